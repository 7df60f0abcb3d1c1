"""deploy-running-with-uvicorn-and-fastapi-run: `fastapi dev` and `fastapi run` need fastapi-cli, which is not
installed, so those two lines are not run. What runs: the Uvicorn line (`python3 -m uvicorn app.main:app`, in a
child process, on 127.0.0.1 and a free port instead of 0.0.0.0:8000) serving an app from a temporary folder, then
stopped with SIGTERM; Uvicorn's default host; uvicorn.run() with the app object and reload=True refusing to
start (exit status 1); the warning when reload and workers are combined; which event loop and HTTP parser the
"auto" settings pick here (no uvloop is installed)."""
import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time

import httpx
import uvicorn

folder = tempfile.mkdtemp()
os.makedirs(os.path.join(folder, "app"))
open(os.path.join(folder, "app", "__init__.py"), "w").close()
with open(os.path.join(folder, "app", "main.py"), "w") as f:
    f.write(textwrap.dedent('''
        from fastapi import FastAPI
        app = FastAPI()

        @app.get("/")
        def root():
            return {"hello": "world"}
    '''))

print("Uvicorn's default host:", uvicorn.Config("m:app").host)
assert uvicorn.Config("m:app").host == "127.0.0.1"

s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)],
                        cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
try:
    for _ in range(100):
        try:
            r = httpx.get(f"http://127.0.0.1:{port}/")
            break
        except httpx.ConnectError:
            time.sleep(0.05)
    print("uvicorn app.main:app ->", r.status_code, r.json())
    assert r.json() == {"hello": "world"}
finally:
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=10)
print("stopped with SIGTERM, exit status", proc.returncode, "| last log line:", out.strip().splitlines()[-1])
# Uvicorn shuts down gracefully, then re-raises the signal, so the status reads as "killed by SIGTERM"
assert "Finished server process" in out and proc.returncode == -signal.SIGTERM

script = os.path.join(folder, "run_object.py")
with open(script, "w") as f:
    f.write(textwrap.dedent('''
        import uvicorn
        from fastapi import FastAPI
        app = FastAPI()
        if __name__ == "__main__":
            uvicorn.run(app, host="127.0.0.1", port=0, reload=True)
    '''))
res = subprocess.run([sys.executable, script], capture_output=True, text=True, timeout=20)
print("uvicorn.run(app, reload=True): exit status", res.returncode, "|", res.stderr.strip().splitlines()[-1])
assert res.returncode == 1 and "import string" in res.stderr


class Capture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


cap = Capture()
logging.getLogger("uvicorn.error").addHandler(cap)
uvicorn.Config("app.main:app", reload=True, workers=4, log_config=None)
print("reload + workers:", cap.messages)
assert any('"workers" flag is ignored' in m for m in cap.messages)

from uvicorn.protocols.http.auto import AutoHTTPProtocol
import uvicorn.loops.auto as loops_auto
try:
    import uvloop  # noqa
    loop = "uvloop"
except ImportError:
    loop = "asyncio (uvloop not installed)"
print("auto picks: HTTP", AutoHTTPProtocol.__name__, "| loop", loop)
print("OK deploy-running-with-uvicorn-and-fastapi-run")
