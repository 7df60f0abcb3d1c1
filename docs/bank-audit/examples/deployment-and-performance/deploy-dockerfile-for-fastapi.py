"""deploy-dockerfile-for-fastapi: the Dockerfile cannot be built here (no container runtime, no network, and
fastapi-cli is not installed). What can run is the reasoning behind the exec form of CMD: Debian's /bin/sh (dash
0.5.12, the shell of python:*-slim images too) started as `sh -c "<one command>"` keeps itself as the parent
instead of exec'ing the command, and a SIGTERM sent to that shell is not passed on: the server keeps serving.
(Inside a container the shell is PID 1, which by default ignores SIGTERM altogether; a PID namespace is not
available here, so that part is not shown.) The server is Uvicorn on a free 127.0.0.1 port, stopped by its pid
at the end."""
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
            return {"pid": os.getpid(), "parent": os.getppid()}
    '''))
s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()

shell = subprocess.Popen(["/bin/sh", "-c", f"{sys.executable} -m uvicorn main:app --host 127.0.0.1 --port {port}"],
                         cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
server_pid = None
try:
    for _ in range(100):
        try:
            info = httpx.get(f"http://127.0.0.1:{port}/pid").json()
            break
        except httpx.ConnectError:
            time.sleep(0.05)
    server_pid = info["pid"]
    print(f"shell form: sh is pid {shell.pid}; Uvicorn is pid {server_pid}, child of {info['parent']}")
    assert server_pid != shell.pid and info["parent"] == shell.pid       # sh did not exec the command

    shell.send_signal(signal.SIGTERM)
    shell.wait(5)
    time.sleep(0.3)
    still = httpx.get(f"http://127.0.0.1:{port}/pid").json()
    print(f"SIGTERM to sh: sh exited ({shell.returncode}); Uvicorn still answering as pid {still['pid']}")
    assert still["pid"] == server_pid
finally:
    if server_pid:
        os.kill(server_pid, signal.SIGTERM)                  # the process this script started, by its id
        time.sleep(0.5)
try:
    httpx.get(f"http://127.0.0.1:{port}/pid", timeout=1)
    raise AssertionError("server still running")
except httpx.ConnectError:
    pass
print("OK deploy-dockerfile-for-fastapi")
