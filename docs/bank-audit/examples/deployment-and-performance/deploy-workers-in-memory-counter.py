"""deploy-workers-in-memory-counter: the question's main.py exactly as it stands, served by `python3 -m uvicorn
main:app --workers 4` in a child process on 127.0.0.1 and a free port (`fastapi run` needs fastapi-cli, which is
not installed; it starts the same Uvicorn workers). Six calls on new connections: values repeat across pids and
the highest value per pid adds up to 6; six calls on one keep-alive connection; one worker gives 1 to 6. Then the
plain-def variant's race, with threads calling the function as the thread pool would: `hits += 1` alone lost no
update in 1.6 million calls on this CPython 3.13 (GIL build), while `hits += step()`, a call between the read and
the write, loses most of them."""
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

import httpx

QUESTION = '''import os
from fastapi import FastAPI

app = FastAPI()
hits = 0

@app.get("/hits")
async def count_hit():
    global hits
    hits += 1
    return {"hits": hits, "pid": os.getpid()}
'''

folder = tempfile.mkdtemp()
with open(os.path.join(folder, "main.py"), "w") as f:
    f.write(QUESTION)


def start(workers):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "main:app", "--host", "127.0.0.1", "--port", str(port),
                             "--workers", str(workers)], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            httpx.get(base + "/docs")
            break
        except httpx.HTTPError:
            time.sleep(0.05)
    time.sleep(1.0 if workers > 1 else 0)              # let every worker come up
    return proc, base


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    proc.wait(20)


proc, base = start(4)
try:
    fresh = [httpx.get(base + "/hits").json() for _ in range(6)]       # a new connection each call
    with httpx.Client() as one_connection:
        kept = [one_connection.get(base + "/hits").json() for _ in range(6)]
finally:
    stop(proc)
for r in fresh:
    print("  new connection:", r)
per_pid: dict[int, list[int]] = {}
for r in fresh:
    per_pid.setdefault(r["pid"], []).append(r["hits"])
print("per pid:", per_pid, "| highest values add up to", sum(max(v) for v in per_pid.values()))
assert sum(max(v) for v in per_pid.values()) == 6
assert all(v == list(range(1, len(v) + 1)) for v in per_pid.values())       # each pid counts on its own
print("one keep-alive connection:", [(r["hits"], r["pid"]) for r in kept])
assert len({r["pid"] for r in kept}) == 1

proc, base = start(1)
try:
    single = [httpx.get(base + "/hits").json()["hits"] for _ in range(6)]
finally:
    stop(proc)
print("one worker:", single)
assert single == [1, 2, 3, 4, 5, 6]

# the plain-def variant, called from 8 threads the way the thread pool would
sys.setswitchinterval(1e-6)                            # switch threads as often as CPython allows
ns: dict = {}
exec("hits = 0\ndef count_hit():\n    global hits\n    hits += 1\n", ns)


def step():
    return 1


ns["step"] = step
exec("def count_hit_with_call():\n    global hits\n    hits += step()\n", ns)


def hammer(fn, per_thread):
    ns["hits"] = 0
    threads = [threading.Thread(target=lambda: [fn() for _ in range(per_thread)]) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return ns["hits"], 8 * per_thread


got, expected = hammer(ns["count_hit"], 200_000)
print(f"def, hits += 1: {got} of {expected}")
assert got == expected
got, expected = hammer(ns["count_hit_with_call"], 20_000)
print(f"def, hits += step(): {got} of {expected}")
assert got < expected
print("OK deploy-workers-in-memory-counter")
