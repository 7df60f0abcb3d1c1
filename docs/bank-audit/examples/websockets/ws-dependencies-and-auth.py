"""ws-dependencies-and-auth: the answer's ws_user dependency and notifications route as they stand. Stubs: User,
ALLOWED_ORIGINS, users.from_credential (knows "good-session" and "good-token"), and a body for the handler after
accept(). With TestClient: cookie and query credentials accepted, a foreign Origin and missing credentials closed
with 1008 before accept; an HTTPException before accept comes back as a denial response (TestClient's
WebSocketDenialResponse); OAuth2PasswordBearer and HTTPBearer on a WebSocket route; an HTTPConnection dependency
serving both kinds of route; CORSMiddleware letting a foreign Origin through; a yield dependency held open until
the connection ends. With a real Uvicorn on a free 127.0.0.1 port: WebSocketException before accept is an HTTP
403, and HTTPException before accept a real 401 with its JSON body."""
import asyncio
import socket
import threading
import time
from types import SimpleNamespace

import uvicorn
import websockets
from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import HTTPBearer, OAuth2PasswordBearer
from fastapi.testclient import TestClient
from pydantic import BaseModel
from starlette.requests import HTTPConnection
from starlette.testclient import WebSocketDenialResponse
from starlette.websockets import WebSocketDisconnect


class User(BaseModel):
    id: int
    name: str


ALLOWED_ORIGINS = {"https://app.example"}


async def _from_credential(credential):
    return {"good-session": User(id=1, name="ana"), "good-token": User(id=2, name="bo")}.get(credential)


users = SimpleNamespace(from_credential=_from_credential)
app = FastAPI()
log: list[str] = []

# --- the answer's code, as it stands ---
from typing import Annotated
from fastapi import Cookie, Depends, Query, WebSocket, WebSocketException, status

async def ws_user(
    websocket: WebSocket,
    session: Annotated[str | None, Cookie()] = None,
    token: Annotated[str | None, Query()] = None,
) -> User:
    if websocket.headers.get("origin") not in ALLOWED_ORIGINS:
        raise WebSocketException(code=status.WS_1008_POLICY_VIOLATION)
    user = await users.from_credential(session or token)
    if user is None:
        raise WebSocketException(code=status.WS_1008_POLICY_VIOLATION, reason="auth")
    return user

@app.websocket("/ws/notifications")
async def notifications(websocket: WebSocket, user: Annotated[User, Depends(ws_user)]):
    await websocket.accept()
    await websocket.send_json({"hello": user.name})      # stands in for the answer's "..."


# --- the other claims ---
@app.websocket("/ws/http-exception")
async def http_exc(websocket: WebSocket):
    raise HTTPException(status_code=401, detail="Not authenticated")


oauth2 = OAuth2PasswordBearer(tokenUrl="token")
bearer = HTTPBearer()


@app.websocket("/ws/oauth2")
async def with_oauth2(websocket: WebSocket, token: Annotated[str, Depends(oauth2)]):
    await websocket.accept()


@app.websocket("/ws/bearer")
async def with_bearer(websocket: WebSocket, creds: Annotated[object, Depends(bearer)]):
    await websocket.accept()


def token_from(conn: HTTPConnection) -> str:
    auth = conn.headers.get("authorization", "")
    if not auth.startswith("Bearer "):
        raise WebSocketException(code=1008) if conn.scope["type"] == "websocket" else HTTPException(401)
    return auth.removeprefix("Bearer ")


@app.get("/me")
def me(token: Annotated[str, Depends(token_from)]):
    return {"token": token}


@app.websocket("/ws/me")
async def ws_me(websocket: WebSocket, token: Annotated[str, Depends(token_from)]):
    await websocket.accept()
    await websocket.send_json({"token": token})


@app.websocket("/ws/no-origin-check")
async def no_origin_check(websocket: WebSocket):
    await websocket.accept()
    await websocket.send_json({"origin": websocket.headers.get("origin")})


def db_session():
    log.append("session opened")
    yield "session"
    log.append("session closed")


@app.websocket("/ws/held")
async def held(websocket: WebSocket, db: Annotated[str, Depends(db_session)]):
    await websocket.accept()
    async for text in websocket.iter_text():
        log.append(f"message {text} with the session still open")


app.add_middleware(CORSMiddleware, allow_origins=["https://app.example"], allow_credentials=True)

ok_origin = {"origin": "https://app.example"}


def attempt(path, **kwargs):
    try:
        with TestClient(app, cookies=kwargs.pop("cookies", None)).websocket_connect(path, **kwargs) as ws:
            return ws.receive_json()
    except WebSocketDenialResponse as exc:           # a subclass of WebSocketDisconnect: test it first
        return f"denied HTTP {exc.status_code} {exc.json()}"
    except WebSocketDisconnect as exc:
        return f"closed {exc.code} {exc.reason!r}"
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc)[:70]}"


results = {
    "cookie": attempt("/ws/notifications", headers=ok_origin, cookies={"session": "good-session"}),
    "query token": attempt("/ws/notifications?token=good-token", headers=ok_origin),
    "foreign origin": attempt("/ws/notifications?token=good-token", headers={"origin": "https://evil.example"}),
    "no credentials": attempt("/ws/notifications", headers=ok_origin),
    "HTTPException before accept": attempt("/ws/http-exception"),
    "OAuth2PasswordBearer": attempt("/ws/oauth2", headers={"authorization": "Bearer abc"}),
    "HTTPBearer": attempt("/ws/bearer", headers={"authorization": "Bearer abc"}),
    "HTTPConnection dependency (ws)": attempt("/ws/me", headers={"authorization": "Bearer abc"}),
    "CORS, foreign origin": attempt("/ws/no-origin-check", headers={"origin": "https://evil.example"}),
}
for k, v in results.items():
    print(f"{k:32} {v}")
assert results["cookie"] == {"hello": "ana"} and results["query token"] == {"hello": "bo"}
assert results["foreign origin"] == "closed 1008 ''" and results["no credentials"] == "closed 1008 'auth'"
assert results["HTTPException before accept"] == "denied HTTP 401 {'detail': 'Not authenticated'}"
assert not isinstance(results["OAuth2PasswordBearer"], dict) and not isinstance(results["HTTPBearer"], dict)
assert results["HTTPConnection dependency (ws)"] == {"token": "abc"}
assert results["CORS, foreign origin"] == {"origin": "https://evil.example"}
r = TestClient(app).get("/me", headers={"authorization": "Bearer abc"})
print("HTTPConnection dependency (http):", r.json())
assert r.json() == {"token": "abc"}

with TestClient(app).websocket_connect("/ws/held") as ws:
    ws.send_text("1")
    ws.send_text("2")
time.sleep(0.1)
print("yield dependency:", log)
assert log == ["session opened", "message 1 with the session still open", "message 2 with the session still open",
               "session closed"]

# real server
sock = socket.socket()
sock.bind(("127.0.0.1", 0))
server = uvicorn.Server(uvicorn.Config(app, log_level="critical"))
thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
thread.start()
while not server.started:
    time.sleep(0.01)


async def real(path):
    try:
        async with websockets.connect(f"ws://127.0.0.1:{sock.getsockname()[1]}{path}", origin="https://evil.example"):
            return "connected"
    except websockets.exceptions.InvalidStatus as exc:
        return f"HTTP {exc.response.status_code} {bytes(exc.response.body)!r}"


try:
    wse, httpe = asyncio.run(real("/ws/notifications")), asyncio.run(real("/ws/http-exception"))
    print("real server: WebSocketException before accept ->", wse, "| HTTPException before accept ->", httpe)
    assert wse.startswith("HTTP 403") and httpe == "HTTP 401 b'{\"detail\":\"Not authenticated\"}'"
finally:
    server.should_exit = True
    thread.join(5)
print("OK ws-dependencies-and-auth")
