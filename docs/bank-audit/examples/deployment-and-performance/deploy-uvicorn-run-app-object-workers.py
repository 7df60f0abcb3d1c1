"""deploy-uvicorn-run-app-object-workers: the question's app/main.py exactly as it stands, run as `python
app/main.py` in a child process: it exits with status 1 and the import-string warning before opening any socket.
Then the answer's first fix, uvicorn.run("main:app", ..., workers=4), with host and port changed to 127.0.0.1 and a
free port (the brief forbids 0.0.0.0:8000 here): four worker processes answer /healthz, the importable name is
main:app because app/ is first on sys.path, and the supervisor is stopped with SIGTERM. The Dockerfile lines and
`fastapi run` (fastapi-cli not installed) are not run; Uvicorn's spawn context is read from its source."""
import inspect
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

import httpx
import uvicorn._subprocess

QUESTION = '''# app/main.py
import uvicorn
from fastapi import FastAPI

app = FastAPI()

@app.get("/healthz")
async def healthz():
    return {"status": "ok"}

if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8000, workers=4)
'''

folder = tempfile.mkdtemp()
os.makedirs(os.path.join(folder, "app"))
with open(os.path.join(folder, "app", "main.py"), "w") as f:
    f.write(QUESTION)
res = subprocess.run([sys.executable, "app/main.py"], cwd=folder, capture_output=True, text=True, timeout=30)
print("python app/main.py -> exit status", res.returncode, "|", res.stderr.strip())
assert res.returncode == 1
assert "You must pass the application as an import string to enable 'reload' or 'workers'." in res.stderr

s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
fixed = QUESTION.replace("import uvicorn\n", "import os\nimport uvicorn\n").replace(
    'return {"status": "ok"}', 'return {"status": "ok", "pid": os.getpid()}').replace(
    'uvicorn.run(app, host="0.0.0.0", port=8000, workers=4)',
    f'uvicorn.run("main:app", host="127.0.0.1", port={port}, workers=4)   # string form')
with open(os.path.join(folder, "app", "main.py"), "w") as f:
    f.write(fixed)
proc = subprocess.Popen([sys.executable, "app/main.py"], cwd=folder, stdout=subprocess.PIPE,
                        stderr=subprocess.STDOUT, text=True)
try:
    pids = set()
    deadline = time.time() + 20
    while len(pids) < 4 and time.time() < deadline:
        try:
            r = httpx.get(f"http://127.0.0.1:{port}/healthz")      # a new connection each time
            pids.add(r.json()["pid"])
        except httpx.HTTPError:
            time.sleep(0.05)
    print(f"string form, workers=4: /healthz answered by {len(pids)} worker pids, supervisor pid {proc.pid}")
    assert len(pids) == 4 and proc.pid not in pids
finally:
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=20)
print("after SIGTERM:", [l for l in out.splitlines() if "Stopping parent" in l or "Finished server" in l][-2:])

src = inspect.getsource(uvicorn._subprocess)
assert 'multiprocessing.get_context("spawn")' in src
print("Uvicorn starts workers with", 'multiprocessing.get_context("spawn")')
print("OK deploy-uvicorn-run-app-object-workers")
