"""testing-background-tasks-under-testclient: the file's app and two tests, run with pytest."""
import os
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
# --- the file's code, as a test module (imports added) ------------------------------------------
CODE = '''
from fastapi import BackgroundTasks, FastAPI
from fastapi.testclient import TestClient

app = FastAPI()

sent: list[str] = []

def send_welcome(email: str) -> None:
    if email.endswith("@blocked.test"):
        raise RuntimeError("mail provider rejected the address")
    sent.append(email)

@app.post("/signup", status_code=201)
def signup(email: str, tasks: BackgroundTasks):
    tasks.add_task(send_welcome, email)
    return {"ok": True}

client = TestClient(app)

def test_signup_sends_mail():
    r = client.post("/signup", params={"email": "ann@x.test"})
    assert r.status_code == 201
    assert sent == ["ann@x.test"]

def test_blocked_address():
    r = client.post("/signup", params={"email": "bob@blocked.test"})
    assert r.status_code == 201
'''
# -------------------------------------------------------------------------------------------------
open(f"{root}/test_signup.py", "w").write(CODE)
p = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", "test_signup.py"],
                   cwd=root, capture_output=True, text=True, timeout=40)
summary = [l for l in p.stdout.splitlines() if l.startswith(("PASSED", "FAILED", "ERROR")) or " passed" in l]
print("\n".join(summary))
assert "PASSED test_signup.py::test_signup_sends_mail" in p.stdout
assert "FAILED test_signup.py::test_blocked_address - RuntimeError" in p.stdout
assert "RuntimeError: mail provider rejected the address" in p.stdout

# the same second request with raise_server_exceptions=False, and what a client sees on the wire
sys.path.insert(0, root)
import test_signup as m
from fastapi.testclient import TestClient

r = TestClient(m.app, raise_server_exceptions=False).post("/signup", params={"email": "bob@blocked.test"})
print("raise_server_exceptions=False ->", r.status_code, r.json())
assert r.status_code == 201 and r.json() == {"ok": True}

# order of events inside the one ASGI call: the body is sent, then the task runs
events = []


async def app_logging(scope, receive, send):
    async def s(message):
        events.append(message["type"])
        await send(message)
    await m.app(scope, receive, s)

from fastapi import BackgroundTasks


@m.app.post("/order-of-events")
def order_of_events(tasks: BackgroundTasks):
    tasks.add_task(lambda: events.append("background task runs"))
    return {"ok": True}


TestClient(app_logging).post("/order-of-events")
print("inside one ASGI call:", events)
assert events == ["http.response.start", "http.response.body", "background task runs"]
print("OK testing-background-tasks-under-testclient")
