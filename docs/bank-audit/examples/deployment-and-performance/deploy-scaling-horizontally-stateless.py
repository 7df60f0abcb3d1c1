"""deploy-scaling-horizontally-stateless: the file has no code. Two of its claims run here with `python3 -m uvicorn
--workers 3` in a child process on 127.0.0.1 and a free port: the lifespan handler runs once in every worker (so a
migration or scheduler started there runs three times), and a module-level dict used as a session store gives a
different answer depending on the worker a new connection reaches. Replicas, object storage, PgBouncer and
PostgreSQL's max_connections are not run."""
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
marker = os.path.join(folder, "lifespan.log")
with open(os.path.join(folder, "main.py"), "w") as f:
    f.write(textwrap.dedent(f'''
        import os
        from contextlib import asynccontextmanager
        from fastapi import FastAPI

        @asynccontextmanager
        async def lifespan(app):
            with open({marker!r}, "a") as f:
                f.write(f"startup in {{os.getpid()}}\\n")      # e.g. "run migrations", "start scheduler"
            yield

        app = FastAPI(lifespan=lifespan)
        sessions: dict[str, str] = {{}}

        @app.post("/login/{{user}}")
        def login(user: str):
            sessions["token-1"] = user
            return {{"pid": os.getpid()}}

        @app.get("/me")
        def me():
            return {{"user": sessions.get("token-1"), "pid": os.getpid()}}
    '''))
s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "main:app", "--host", "127.0.0.1", "--port", str(port),
                         "--workers", "3"], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
base = f"http://127.0.0.1:{port}"
try:
    deadline = time.time() + 20
    while time.time() < deadline and (not os.path.exists(marker) or len(open(marker).read().splitlines()) < 3):
        time.sleep(0.1)
    time.sleep(0.5)
    startups = open(marker).read().splitlines()
    print("lifespan ran:", startups)
    assert len(startups) == 3 and len(set(startups)) == 3

    logged_in_at = httpx.post(base + "/login/ana").json()["pid"]
    answers = {}
    for _ in range(40):
        r = httpx.get(base + "/me").json()                 # a new connection each time
        answers.setdefault(r["pid"], r["user"])
    print("logged in on worker", logged_in_at, "| /me per worker:", answers)
    assert answers.get(logged_in_at, "ana") == "ana" and None in answers.values()
finally:
    proc.send_signal(signal.SIGTERM)
    proc.wait(20)
print("OK deploy-scaling-horizontally-stateless")
