"""bg-streaming-response-generators: the answer's CSV export as it stands, with iter_orders as a stub list of rows
(the generator records its thread). Checked: the CSV body and headers, no Content-Length, the plain generator
iterated in a worker thread and an async one on the loop, an exception halfway giving a 200 with a cut body and
no 500, a path function that yields with response_class=StreamingResponse (0.134+). With a real Uvicorn on a free
127.0.0.1 port: a client that leaves stops the iteration and the generator's finally runs, a with-block's sync
cleanup completes, an await in that finally is cancelled at once, and the same await in a shielded CancelScope
finishes."""
import asyncio
import socket
import threading
import time

import anyio
import uvicorn
from fastapi.testclient import TestClient

threads: list[str] = []


def iter_orders():
    for i in range(1, 4):
        threads.append(threading.current_thread().name)
        yield (i, f"customer {i}", i * 9.5)


# --- the answer's code, as it stands ---
import csv, io
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

app = FastAPI()

def export_rows(rows):
    buf = io.StringIO()
    writer = csv.writer(buf)
    for row in rows:                     # rows can be a lazy DB cursor
        writer.writerow(row)
        yield buf.getvalue()
        buf.seek(0); buf.truncate(0)

@app.get("/reports/orders.csv")
def orders_csv():
    return StreamingResponse(
        export_rows(iter_orders()),
        media_type="text/csv",
        headers={"Content-Disposition": 'attachment; filename="orders.csv"'},
    )


# --- the other claims ---
loop_threads: list[str] = []
log: list[str] = []


@app.get("/async")
async def async_stream():
    async def gen():
        for i in range(2):
            loop_threads.append(threading.current_thread().name)
            yield f"{i}\n".encode()
    return StreamingResponse(gen())


@app.get("/halfway")
def halfway():
    def gen():
        yield "line 1\n"
        raise RuntimeError("source failed")
    return StreamingResponse(gen(), media_type="text/plain")


@app.get("/yields", response_class=StreamingResponse)
async def yields():
    for word in ("a", "b", "c"):
        yield f"{word}\n"


@app.get("/forever")
async def forever():
    async def gen():
        try:
            with open(__file__) as f:                       # sync resource in a with block
                for i in range(10_000):
                    yield f"{i} {f.readline()}".encode()
                    await asyncio.sleep(0.02)
        finally:
            log.append(f"finally entered, file closed: {f.closed}")
            try:
                await asyncio.sleep(0.01)                   # an async cleanup step
                log.append("async cleanup finished")
            except asyncio.CancelledError:
                log.append("async cleanup cancelled")
                raise
    return StreamingResponse(gen())


@app.get("/forever-shielded")
async def forever_shielded():
    async def gen():
        try:
            for i in range(10_000):
                yield f"{i}\n".encode()
                await asyncio.sleep(0.02)
        finally:
            with anyio.CancelScope(shield=True):
                await asyncio.sleep(0.01)
                log.append("shielded async cleanup finished")
    return StreamingResponse(gen())


client = TestClient(app)
r = client.get("/reports/orders.csv")
print(r.status_code, r.headers["content-type"], "|", r.headers["content-disposition"], "| content-length:",
      r.headers.get("content-length"))
print(repr(r.text), "| generator threads:", set(threads))
assert r.text == "1,customer 1,9.5\r\n2,customer 2,19.0\r\n3,customer 3,28.5\r\n"
assert r.headers["content-type"] == "text/csv; charset=utf-8" and "content-length" not in r.headers
assert threads and all(t.startswith("AnyIO worker thread") for t in threads)

client.get("/async")
print("async generator ran in:", set(loop_threads))
assert all("run_blocking_portal" in t for t in loop_threads)

quiet = TestClient(app, raise_server_exceptions=False)
r = quiet.get("/halfway")
print("exception halfway:", r.status_code, repr(r.text))
assert r.status_code == 200

r = client.get("/yields")
print("yield in the path function:", r.status_code, r.headers.get("content-type"), repr(r.text))
assert r.text == "a\nb\nc\n"

sock = socket.socket()
sock.bind(("127.0.0.1", 0))
server = uvicorn.Server(uvicorn.Config(app, http="h11", log_level="warning"))
thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
thread.start()
while not server.started:
    time.sleep(0.01)


def leave(path):
    log.clear()
    s = socket.create_connection(sock.getsockname())
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: t\r\n\r\n".encode())
    time.sleep(0.2)
    s.close()
    time.sleep(0.5)
    return list(log)


try:
    out = leave("/forever")
    print("client left:", out)
    assert out == ["finally entered, file closed: True", "async cleanup cancelled"], out
    out = leave("/forever-shielded")
    print("client left, cleanup shielded:", out)
    assert out == ["shielded async cleanup finished"], out
finally:
    server.should_exit = True
    thread.join(5)
print("OK bg-streaming-response-generators")
