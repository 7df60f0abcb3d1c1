"""ws-broadcast-connection-manager: the answer's RoomManager and chat handler as they stand, with TestClient
clients in two rooms: a message reaches everyone in its room (sender included) and nobody in the other room; a
client that leaves is unregistered in finally and an empty room is deleted. Then broadcast() on its own with two
fake sockets added to a room: one whose send raises (a dead client) and one that never finishes (a slow client,
hit by the 2 s wait_for); both are dropped and the healthy socket still gets the message."""
import asyncio
import time

from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()

# --- the answer's code, as it stands ---
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

@app.websocket("/ws/rooms/{room}")
async def chat(websocket: WebSocket, room: str):
    await manager.connect(room, websocket)
    try:
        async for text in websocket.iter_text():
            await manager.broadcast(room, {"room": room, "text": text})
    finally:
        manager.disconnect(room, websocket)


client = TestClient(app)
with client.websocket_connect("/ws/rooms/r1") as a, client.websocket_connect("/ws/rooms/r1") as b, \
        client.websocket_connect("/ws/rooms/r2") as other:
    time.sleep(0.05)
    print("rooms while connected:", {k: len(v) for k, v in manager.rooms.items()})
    assert {k: len(v) for k, v in manager.rooms.items()} == {"r1": 2, "r2": 1}
    a.send_text("hello")
    got_a, got_b = a.receive_json(), b.receive_json()
    print("a got", got_a, "| b got", got_b)
    assert got_a == got_b == {"room": "r1", "text": "hello"}
    other.send_text("ping")
    assert other.receive_json() == {"room": "r2", "text": "ping"}       # r2 only saw its own message
time.sleep(0.1)
print("rooms after everyone left:", dict(manager.rooms))
assert dict(manager.rooms) == {}


class Healthy:
    def __init__(self):
        self.got = []

    async def send_json(self, message):
        self.got.append(message)


class Dead:
    async def send_json(self, message):
        raise RuntimeError("socket already closed")


class Slow:
    async def send_json(self, message):
        await asyncio.sleep(60)


async def main():
    m = RoomManager()
    healthy, dead, slow = Healthy(), Dead(), Slow()
    m.rooms["r"].update({healthy, dead, slow})
    t0 = time.perf_counter()
    await m.broadcast("r", {"text": "hi"})
    return healthy.got, m.rooms["r"] == {healthy}, time.perf_counter() - t0


got, only_healthy_left, took = asyncio.run(main())
print(f"broadcast with a dead and a slow client: healthy got {got}, only healthy left: {only_healthy_left}, took {took:.1f}s")
assert got == [{"text": "hi"}] and only_healthy_left and 1.9 < took < 2.5
print("OK ws-broadcast-connection-manager")
