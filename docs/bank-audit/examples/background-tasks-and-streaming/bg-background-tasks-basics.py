"""bg-background-tasks-basics: the answer's signup endpoint as it stands (stubs: NewUser, accounts.create,
mailer.send). Checked: the task runs after the response with its positional and keyword arguments, a def task in a
worker thread and an async def one on the loop, tasks run in the order added, a failing task leaves the 201
alone, and Starlette's singular BackgroundTask cannot be injected as a parameter."""
import threading
from types import SimpleNamespace

from fastapi import BackgroundTasks, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel
from starlette.background import BackgroundTask

log: list[str] = []


class NewUser(BaseModel):
    email: str
    lang: str = "en"


async def _create(user):
    log.append("account created")
    return SimpleNamespace(id=7)


def _send(address, template):
    if address.startswith("bad"):
        raise RuntimeError("SMTP refused")
    log.append(f"mail {template} to {address} in {threading.current_thread().name}")


accounts = SimpleNamespace(create=_create)
mailer = SimpleNamespace(send=_send)

# --- the answer's code, as it stands ---
app = FastAPI()

def send_welcome(address: str, *, lang: str = "en") -> None:
    mailer.send(address, template=f"welcome-{lang}")   # blocking SMTP call

@app.post("/signup", status_code=201)
async def signup(user: NewUser, tasks: BackgroundTasks):
    account = await accounts.create(user)
    tasks.add_task(send_welcome, user.email, lang=user.lang)
    return {"id": account.id}


class Recorder:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        async def wrapped(message):
            if message["type"] == "http.response.body":
                log.append("response body sent")
            await send(message)
        await self.app(scope, receive, wrapped)


client = TestClient(Recorder(app))
r = client.post("/signup", json={"email": "ana@x.io", "lang": "pt"})
print(r.status_code, r.json(), log)
assert r.status_code == 201 and r.json() == {"id": 7}
assert log == ["account created", "response body sent", "mail welcome-pt to ana@x.io in AnyIO worker thread"]


@app.post("/many")
async def many(tasks: BackgroundTasks):
    async def on_loop(n):
        log.append(f"async task {n} in {threading.current_thread().name}")
    tasks.add_task(log.append, "first")
    tasks.add_task(on_loop, 2)
    tasks.add_task(log.append, "third")
    return {}


log.clear()
client.post("/many")
print("order:", log)
assert log[0] == "response body sent" and log[1] == "first" and log[3] == "third"
assert log[2] == "async task 2 in Thread-2 (run_blocking_portal)"      # the test client's event-loop thread

log.clear()
quiet = TestClient(Recorder(app), raise_server_exceptions=False)
r = quiet.post("/signup", json={"email": "bad@x.io"})
print("failing task:", r.status_code, r.json(), log)
assert r.status_code == 201                       # the response had already gone out

try:
    broken = FastAPI()

    @broken.post("/x")
    async def x(task: BackgroundTask):
        return {}
    c = TestClient(broken)
    res = c.post("/x")
    outcome = f"{res.status_code} {res.text[:80]}"
except Exception as exc:
    outcome = f"{type(exc).__name__}: {str(exc).splitlines()[0][:90]}"
print("singular BackgroundTask as a parameter:", outcome)
assert "Error" in outcome or outcome.startswith("422")
print("OK bg-background-tasks-basics")
