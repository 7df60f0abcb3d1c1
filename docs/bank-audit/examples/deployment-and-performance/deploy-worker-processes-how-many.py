"""deploy-worker-processes-how-many: the file's `uvicorn ... --workers` line in a child process, on 127.0.0.1 and a
free port (not 0.0.0.0), with 2 workers to keep it light. Shown: several worker processes behind one socket
(their pids seen over new connections), a worker killed with SIGKILL replaced by the supervisor, SIGTTIN adding
a worker and SIGTTOU removing one, SIGTERM stopping everything; uvicorn.workers' deprecation notice (read from its source: importing it needs
Gunicorn). Not run:
`fastapi run` (fastapi-cli not installed), Gunicorn and uvicorn-worker (not installed), Kubernetes."""
import os
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time

import httpx

folder = tempfile.mkdtemp()
with open(os.path.join(folder, "main.py"), "w") as f:
    f.write(textwrap.dedent('''
        import os
        from fastapi import FastAPI
        app = FastAPI()

        @app.get("/pid")
        def pid():
            return {"pid": os.getpid()}
    '''))
s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()


def pids_seen(n=60):
    seen = set()
    for _ in range(n):
        try:
            seen.add(httpx.get(f"http://127.0.0.1:{port}/pid").json()["pid"])   # new connection each time
        except httpx.HTTPError:
            time.sleep(0.05)
    return seen


def wait_for(count, timeout=15):
    deadline = time.time() + timeout
    seen = set()
    while time.time() < deadline:
        seen = pids_seen()
        if len(seen) == count:
            return seen
        time.sleep(0.3)
    return seen


proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "main:app", "--host", "127.0.0.1", "--port", str(port),
                         "--workers", "2"], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
try:
    first = wait_for(2)
    print("--workers 2: worker pids", sorted(first), "| supervisor", proc.pid)
    assert len(first) == 2 and proc.pid not in first

    victim = min(first)
    os.kill(victim, signal.SIGKILL)                          # a worker this script's child started
    time.sleep(1.5)
    after = wait_for(2)
    print("after SIGKILL to", victim, "-> pids", sorted(after))
    assert victim not in after and len(after) == 2

    proc.send_signal(signal.SIGTTIN)
    more = wait_for(3)
    print("after SIGTTIN -> pids", sorted(more))
    assert len(more) == 3

    proc.send_signal(signal.SIGTTOU)
    time.sleep(1.0)
    fewer = wait_for(2)
    print("after SIGTTOU -> pids", sorted(fewer))
    assert len(fewer) == 2
finally:
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=20)
notes = [l.split(":", 1)[1].strip() for l in out.splitlines()
         if any(w in l for w in ("died", "Received", "Child process", "Stopping parent"))]
print("supervisor log:", notes)

src = open(os.path.join(os.path.dirname(__import__("uvicorn").__file__), "workers.py")).read()
print("uvicorn/workers.py:", next(l.strip() for l in src.splitlines() if "deprecated" in l))
assert "The `uvicorn.workers` module is deprecated" in src
print("OK deploy-worker-processes-how-many")
