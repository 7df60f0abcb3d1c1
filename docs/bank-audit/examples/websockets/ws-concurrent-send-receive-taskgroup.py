"""ws-concurrent-send-receive-taskgroup: the answer's prices handler as it stands. Stubs: WsUser (a dependency
returning a user) and hub.open_feed, a feed object standing in for a Redis subscription: async-iterable price
events for the subscribed symbols (every 20 ms, or a fixed number then the end), apply() for subscribe and
unsubscribe messages, close() recorded. With TestClient: prices arrive while the client sends; a client that
leaves stops the writer and close() runs once; a feed that ends cancels the reader and the handler finishes, close() again once. Then the
"exception groups" pitfall: a WebSocketDisconnect raised in a task-group child does not match a plain except."""
import asyncio
import itertools
from typing import Annotated

import anyio
from fastapi import Depends, FastAPI, WebSocketDisconnect
from fastapi.testclient import TestClient
from pydantic import BaseModel

log: list[str] = []


class User(BaseModel):
    id: int


WsUser = Annotated[User, Depends(lambda: User(id=5))]


class Feed:
    def __init__(self, user_id, limit=None):
        self.symbols: set[str] = set()
        self.limit = limit
        log.append(f"feed opened for {user_id}")

    async def __aiter__(self):
        for n in itertools.count():
            if self.limit is not None and n >= self.limit:
                log.append("feed ended")
                return
            await asyncio.sleep(0.02)
            for s in sorted(self.symbols) or ["IDX"]:
                yield {"symbol": s, "n": n}

    async def apply(self, msg):
        (self.symbols.add if msg["op"] == "subscribe" else self.symbols.discard)(msg["symbol"])
        log.append(f"apply {msg}")

    async def close(self):
        log.append("feed closed")


class hub:
    limit = None

    @staticmethod
    async def open_feed(user_id):
        return Feed(user_id, hub.limit)


app = FastAPI()

# --- the answer's code, as it stands ---
import anyio
from fastapi import WebSocket, WebSocketDisconnect

@app.websocket("/ws/prices")
async def prices(websocket: WebSocket, user: WsUser):
    await websocket.accept()
    feed = await hub.open_feed(user.id)              # wraps a Redis pub/sub subscription
    try:
        async with anyio.create_task_group() as tg:

            async def writer() -> None:
                try:
                    async for event in feed:           # bounded queue inside
                        await websocket.send_json(event)
                except WebSocketDisconnect:
                    pass
                tg.cancel_scope.cancel()

            tg.start_soon(writer)
            async for msg in websocket.iter_json():    # the only place that receives
                await feed.apply(msg)                  # subscribe / unsubscribe
            tg.cancel_scope.cancel()                   # client left: stop the writer
    finally:
        await feed.close()                             # unsubscribe from Redis
        log.append("handler finished")


client = TestClient(app)
with client.websocket_connect("/ws/prices") as ws:
    first = ws.receive_json()
    ws.send_json({"op": "subscribe", "symbol": "AAPL"})
    seen = [ws.receive_json() for _ in range(6)]
import time
time.sleep(0.2)
print("first:", first, "| later:", seen[-2:])
print("log:", log)
assert first["symbol"] == "IDX" and any(e["symbol"] == "AAPL" for e in seen)
assert log[:2] == ["feed opened for 5", "apply {'op': 'subscribe', 'symbol': 'AAPL'}"]
assert log[-2:] == ["feed closed", "handler finished"] and log.count("feed closed") == 1

log.clear()
hub.limit = 3
with client.websocket_connect("/ws/prices") as ws:
    events = [ws.receive_json() for _ in range(3)]
    time.sleep(0.2)
    print("feed ended after", len(events), "events, client still connected | log:", log)
    assert log[-3:] == ["feed ended", "feed closed", "handler finished"]   # the reader was cancelled too
# (TestClient delivers no close frame when a handler returns without close(), so the client side is not checked)


async def group_pitfall():
    async def child():
        raise WebSocketDisconnect(1006)
    try:
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(child)
                await anyio.sleep(1)
        except WebSocketDisconnect:
            return "plain except matched"
    except BaseException as exc:
        caught = type(exc).__name__
        matched = []
        try:
            raise exc
        except* WebSocketDisconnect as group:
            matched.extend(group.exceptions)
        return f"plain except missed it: {caught}; except* caught {matched}"


result = anyio.run(group_pitfall)
print(result)
assert result.startswith("plain except missed it: ExceptionGroup")
print("OK ws-concurrent-send-receive-taskgroup")
