# lifespan-asgi-protocol-and-server: the model answer's lifespan under a real Uvicorn on 127.0.0.1 (a free port):
# no connection accepted during startup, contextvars, draining before shutdown code, a failing startup, --lifespan.
import asyncio
import contextvars
import http.client
import socket
import subprocess
import sys
import threading
import time
from contextlib import asynccontextmanager
from types import SimpleNamespace

import uvicorn
from fastapi import FastAPI, Request

events = []
cv = contextvars.ContextVar("cv", default="unset")
settings = SimpleNamespace(db_url="postgresql://db/app")


class Pool:
    async def close(self):
        events.append("pool closed (code after yield)")


async def create_pool(url):
    events.append("create_pool (code before yield)")
    await asyncio.sleep(0.5)          # a slow startup
    return Pool()


# --- the model answer's code ---
@asynccontextmanager
async def lifespan(app: FastAPI):
    pool = await create_pool(settings.db_url)   # raises -> startup fails, process exits
    cv.set("set in lifespan")                   # added
    yield {"pool": pool}                        # requests are served while suspended here
    await pool.close()                          # after the server has drained requests
# --- end ---

app = FastAPI(lifespan=lifespan)


@app.get("/state")
async def state(request: Request):
    return {"pool": type(request.state.pool).__name__, "cv": cv.get()}


@app.get("/slow")
async def slow():
    events.append("slow request started")
    await asyncio.sleep(0.7)
    events.append("slow request finished")
    return {"slow": True}


def free_socket():
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    return s


def get(port, path, timeout=5):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    conn.request("GET", path)
    r = conn.getresponse()
    return r.status, r.read().decode()


sock = free_socket()
port = sock.getsockname()[1]
server = uvicorn.Server(uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=5))
t = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
t.start()
time.sleep(0.2)
try:                                                   # still inside create_pool
    get(port, "/state", timeout=1)
    during_startup = "accepted"
except OSError as exc:
    during_startup = type(exc).__name__
print("1. a connection during startup:", during_startup, "| events so far:", events)
assert during_startup == "ConnectionRefusedError" and events == ["create_pool (code before yield)"]
while not server.started:
    time.sleep(0.02)
status, body = get(port, "/state")
print("2. after startup.complete:", status, body)
assert status == 200 and body == '{"pool":"Pool","cv":"unset"}'     # state reaches requests, the contextvar does not

result = {}
slow = threading.Thread(target=lambda: result.update(r=get(port, "/slow")))
slow.start()
time.sleep(0.2)
server.should_exit = True                               # what SIGTERM / Ctrl+C does
slow.join(5)
t.join(5)
print("3. shutdown with a request in flight:", result["r"], "| events:", events)
assert result["r"][0] == 200
assert events[-3:] == ["slow request started", "slow request finished", "pool closed (code after yield)"]

# 4. a failing startup: Uvicorn logs it and the process exits without serving
failing = '''
import uvicorn
from contextlib import asynccontextmanager
from fastapi import FastAPI
@asynccontextmanager
async def lifespan(app):
    raise ConnectionError("database unreachable")
    yield
app = FastAPI(lifespan=lifespan)
uvicorn.run(app, host="127.0.0.1", port=0, log_level="info")
'''
p = subprocess.run([sys.executable, "-c", failing], capture_output=True, text=True, timeout=20)
tail = [line for line in p.stderr.splitlines() if "startup" in line.lower() or "ConnectionError" in line]
print("4. failing startup: exit code", p.returncode, "|", tail)
assert p.returncode != 0 and "Application startup failed. Exiting." in p.stderr
assert "Uvicorn running" not in p.stderr

# 4b. the protocol messages, driving the failing app by hand
@asynccontextmanager
async def bad_lifespan(app):
    raise ConnectionError("database unreachable")
    yield


async def drive(asgi):
    sent, inbox = [], [{"type": "lifespan.startup"}]

    async def receive():
        return inbox.pop(0)

    async def send(message):
        sent.append(message)
    try:
        await asgi({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, receive, send)
    except ConnectionError:
        sent.append({"type": "(the app re-raised ConnectionError)"})
    return sent


msgs = asyncio.run(drive(FastAPI(lifespan=bad_lifespan)))
print("4b. messages the app sent:", [m["type"] for m in msgs], "| traceback in message:",
      "ConnectionError: database unreachable" in msgs[0].get("message", ""))
assert msgs[0]["type"] == "lifespan.startup.failed" and "Traceback" in msgs[0]["message"]

# 5. --lifespan off: the lifespan never runs, so request.state has no pool and the request fails
events.clear()
sock = free_socket()
port = sock.getsockname()[1]
server = uvicorn.Server(uvicorn.Config(app, log_level="critical", lifespan="off"))
t = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
t.start()
while not server.started:
    time.sleep(0.02)
status, body = get(port, "/state")
server.should_exit = True
t.join(5)
print("5. lifespan='off':", status, body, "| events:", events)
assert status == 500 and events == []

# 6. an app that does not speak lifespan: auto goes on, on is fatal
no_lifespan = '''
import sys, uvicorn
async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        raise RuntimeError("no lifespan here")
    await send({"type": "http.response.start", "status": 204, "headers": []})
    await send({"type": "http.response.body", "body": b""})
config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="info", lifespan=sys.argv[1])
server = uvicorn.Server(config)
import asyncio
async def main():
    task = asyncio.create_task(server.serve())
    for _ in range(100):
        await asyncio.sleep(0.05)
        if server.started or task.done():
            break
    print("STARTED" if server.started else "NOT STARTED", flush=True)
    server.should_exit = True
    await task
asyncio.run(main())
'''
for mode in ("auto", "on"):
    p = subprocess.run([sys.executable, "-c", no_lifespan, mode], capture_output=True, text=True, timeout=20)
    lines = [line for line in p.stderr.splitlines() if "lifespan" in line.lower() or "startup" in line.lower()]
    print(f"6. lifespan={mode!r}:", p.stdout.strip(), "|", lines[:2])
    assert p.stdout.strip() == ("STARTED" if mode == "auto" else "NOT STARTED")
print("OK lifespan-asgi-protocol-and-server")
