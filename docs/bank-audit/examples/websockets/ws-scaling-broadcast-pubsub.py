"""ws-scaling-broadcast-pubsub: Redis is not installed and several worker processes cannot be shown with
TestClient, so this is a stand-in. A fake `redis.asyncio` module (an in-memory broker; its messages are shaped
like redis-py's without decode_responses: type "pmessage", channel and data as bytes) is shared by two copies of
the answer's code, each with its own RoomManager (the one from ws-broadcast-connection-manager), as two workers
would be. Shown: a message sent to worker A reaches a client held by worker B through publish, relay and the local
fan-out; with a local broadcast instead (the single-process design) B's client never gets it. Uvicorn's ping
defaults are checked too; Redis delivery guarantees, NATS/Kafka, nginx and reconnect storms are not run."""
import asyncio
import sys
import threading
import time
import types

import uvicorn
from fastapi.testclient import TestClient


# --- a fake redis.asyncio: one broker for every client, thread-safe delivery to each subscriber's loop ---
class _Broker:
    def __init__(self):
        self.subscribers = []                         # (pattern prefix, loop, queue)
        self.lock = threading.Lock()

    def publish(self, channel, data):
        with self.lock:
            targets = [s for s in self.subscribers if channel.startswith(s[0])]
        for prefix, loop, queue in targets:
            msg = {"type": "pmessage", "pattern": (prefix + "*").encode(), "channel": channel.encode(),
                   "data": data.encode() if isinstance(data, str) else data}
            loop.call_soon_threadsafe(queue.put_nowait, msg)
        return len(targets)


BROKER = _Broker()


class _PubSub:
    async def psubscribe(self, pattern):
        assert pattern.endswith("*")
        self.queue = asyncio.Queue()
        with BROKER.lock:
            BROKER.subscribers.append((pattern[:-1], asyncio.get_running_loop(), self.queue))
        self.queue.put_nowait({"type": "psubscribe", "pattern": None, "channel": pattern.encode(), "data": 1})

    async def listen(self):
        while True:
            yield await self.queue.get()


class _Redis:
    def pubsub(self):
        return _PubSub()

    async def publish(self, channel, data):
        return BROKER.publish(channel, data)


fake_asyncio = types.ModuleType("redis.asyncio")
fake_asyncio.from_url = lambda url: _Redis()
fake_redis = types.ModuleType("redis")
fake_redis.asyncio = fake_asyncio
sys.modules["redis"], sys.modules["redis.asyncio"] = fake_redis, fake_asyncio

MANAGER_SOURCE = '''
import asyncio
from collections import defaultdict
from fastapi import WebSocket, WebSocketDisconnect

class RoomManager:
    def __init__(self) -> None:
        self.rooms: dict[str, set[WebSocket]] = defaultdict(set)

    async def connect(self, room: str, ws: WebSocket) -> None:
        await ws.accept()
        self.rooms[room].add(ws)

    def disconnect(self, room: str, ws: WebSocket) -> None:
        self.rooms[room].discard(ws)
        if not self.rooms[room]:
            del self.rooms[room]

    async def broadcast(self, room: str, message: dict) -> None:
        targets = list(self.rooms.get(room, ()))            # copy: the set may change
        results = await asyncio.gather(
            *(asyncio.wait_for(ws.send_json(message), 2) for ws in targets),
            return_exceptions=True,
        )
        for ws, result in zip(targets, results):
            if isinstance(result, Exception):                # dead or too slow
                self.disconnect(room, ws)

manager = RoomManager()
'''

# --- the answer's code, as it stands ---
ANSWER_SOURCE = '''
import asyncio, json
from contextlib import asynccontextmanager
import redis.asyncio as redis
from fastapi import FastAPI, WebSocket

r = redis.from_url("redis://cache:6379")

async def relay():                                  # one per worker process
    pubsub = r.pubsub()
    await pubsub.psubscribe("room:*")
    async for msg in pubsub.listen():
        if msg["type"] == "pmessage":
            room = msg["channel"].decode().removeprefix("room:")
            await manager.broadcast(room, json.loads(msg["data"]))

@asynccontextmanager
async def lifespan(app):
    task = asyncio.create_task(relay())
    yield
    task.cancel()

app = FastAPI(lifespan=lifespan)

@app.websocket("/ws/rooms/{room}")
async def chat(websocket: WebSocket, room: str):
    await manager.connect(room, websocket)
    try:
        async for text in websocket.iter_text():
            await r.publish(f"room:{room}", json.dumps({"text": text}))   # not a local broadcast
    finally:
        manager.disconnect(room, websocket)
'''

LOCAL_SOURCE = '''
from fastapi import FastAPI, WebSocket
app = FastAPI()

@app.websocket("/ws/rooms/{room}")
async def chat(websocket: WebSocket, room: str):
    await manager.connect(room, websocket)
    try:
        async for text in websocket.iter_text():
            await manager.broadcast(room, {"text": text})                 # local broadcast only
    finally:
        manager.disconnect(room, websocket)
'''


def worker(source):
    ns: dict = {}
    exec(MANAGER_SOURCE, ns)
    exec(source, ns)
    return ns["app"]


worker_a, worker_b = worker(ANSWER_SOURCE), worker(ANSWER_SOURCE)
with TestClient(worker_a) as ca, TestClient(worker_b) as cb:
    with ca.websocket_connect("/ws/rooms/lobby") as alice, cb.websocket_connect("/ws/rooms/lobby") as bob:
        time.sleep(0.1)
        alice.send_text("hello from A")
        got_alice, got_bob = alice.receive_json(), bob.receive_json()
print("through the broker: alice got", got_alice, "| bob (other worker) got", got_bob)
assert got_alice == got_bob == {"text": "hello from A"}

local_a, local_b = worker(LOCAL_SOURCE), worker(LOCAL_SOURCE)
with TestClient(local_a) as ca, TestClient(local_b) as cb:
    with ca.websocket_connect("/ws/rooms/lobby") as alice, cb.websocket_connect("/ws/rooms/lobby") as bob:
        alice.send_text("hello from A")
        got_alice = alice.receive_json()
        bob.send_text("hello from B")
        first_for_bob = bob.receive_json()
print("local broadcast: alice got", got_alice, "| bob's first message is his own:", first_for_bob)
assert first_for_bob == {"text": "hello from B"}              # A's message never reached worker B

cfg = uvicorn.Config("x:app")
print("Uvicorn ws ping interval/timeout:", cfg.ws_ping_interval, cfg.ws_ping_timeout)
assert cfg.ws_ping_interval == 20.0
print("OK ws-scaling-broadcast-pubsub")
