"""deploy-keepalive-timeouts-load-shedding: the file's command as uvicorn.Config settings, on real Uvicorn servers
bound to free 127.0.0.1 ports (not 0.0.0.0), with shorter values so the run takes seconds:
- defaults: timeout_keep_alive 5, backlog 2048, no concurrency limit, no request limit;
- keep-alive: with timeout_keep_alive=1 an idle connection is closed by the server after about a second, and a
  request sent on it after that gets no answer (the race a load balancer loses);
- limit_concurrency=2: with one slow request in flight, the next connection gets 503 at once;
- limit_max_requests=3: the server stops by itself after three requests.
The load balancer, Nginx and a supervisor restarting the worker are not run."""
import socket
import threading
import time

import httpx
import uvicorn
from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def root():
    return {"ok": True}


@app.get("/slow")
def slow():
    time.sleep(1.0)
    return {"ok": True}


def serve(**config):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, http="h11", log_level="critical", **config))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    return server, thread, sock.getsockname()[1]


def stop(server, thread):
    server.should_exit = True
    thread.join(5)


cfg = uvicorn.Config("m:app")
print("defaults: timeout_keep_alive", cfg.timeout_keep_alive, "backlog", cfg.backlog, "limit_concurrency",
      cfg.limit_concurrency, "limit_max_requests", cfg.limit_max_requests, "timeout_graceful_shutdown",
      cfg.timeout_graceful_shutdown)
assert (cfg.timeout_keep_alive, cfg.backlog, cfg.limit_concurrency, cfg.limit_max_requests) == (5, 2048, None, None)

# keep-alive
server, thread, port = serve(timeout_keep_alive=1)
try:
    s = socket.create_connection(("127.0.0.1", port))
    request = b"GET / HTTP/1.1\r\nHost: t\r\n\r\n"
    s.sendall(request)
    first = b""
    while not first.endswith(b'{"ok":true}'):        # the whole first response
        first += s.recv(4096)
    t0 = time.perf_counter()
    s.settimeout(3)
    closed_after = None
    if s.recv(4096) == b"":                           # blocks until the server closes the idle connection
        closed_after = time.perf_counter() - t0
    try:
        s.sendall(request)
        late = s.recv(4096)
    except OSError as exc:
        late = type(exc).__name__.encode()
    status_line = first.splitlines()[0].decode()
    print(f"keep-alive 1 s: first answer {status_line}; idle connection closed by the server "
          f"after {closed_after:.1f}s; a request sent on it afterwards gets {late!r}")
    assert first.startswith(b"HTTP/1.1 200") and 0.8 < closed_after < 2.0 and not late.startswith(b"HTTP")
finally:
    stop(server, thread)

# load shedding
server, thread, port = serve(limit_concurrency=2)
try:
    results = {}
    t = threading.Thread(target=lambda: results.setdefault("slow", httpx.get(f"http://127.0.0.1:{port}/slow").status_code))
    t.start()
    time.sleep(0.2)
    t0 = time.perf_counter()
    r = httpx.get(f"http://127.0.0.1:{port}/")
    shed = (r.status_code, r.text, round(time.perf_counter() - t0, 2))
    t.join()
    print("limit_concurrency=2, one request in flight: next request ->", shed, "| the slow one ->", results["slow"])
    assert shed[0] == 503 and shed[1] == "Service Unavailable" and shed[2] < 0.5 and results["slow"] == 200
finally:
    stop(server, thread)

# worker recycling
server, thread, port = serve(limit_max_requests=3)
codes = []
for _ in range(3):
    codes.append(httpx.get(f"http://127.0.0.1:{port}/").status_code)
thread.join(5)
print("limit_max_requests=3:", codes, "then the server stopped by itself:", not thread.is_alive())
assert codes == [200, 200, 200] and not thread.is_alive()
print("OK deploy-keepalive-timeouts-load-shedding")
