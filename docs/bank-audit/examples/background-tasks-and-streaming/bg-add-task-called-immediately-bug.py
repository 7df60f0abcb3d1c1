"""bg-add-task-called-immediately-bug: the question's endpoint as it stands, then the answer's one-line fix.
Stubs: OrderIn, orders.insert, smtp.send (blocking, 0.3 s here instead of about 1 s, recording when and in which
thread it ran). Requests go through httpx.ASGITransport on one event loop, with a /health probe sent while the
order is being handled. Shown: the email is sent inside the request, on the loop's thread, and stalls /health;
after the 201, running the scheduled None raises TypeError; the fix sends it after the response in a worker
thread; an async def task called by mistake is never awaited (RuntimeWarning) and fails the same way."""
import asyncio
import gc
import inspect
import threading
import time
import warnings
from types import SimpleNamespace

import httpx
from fastapi import BackgroundTasks, FastAPI
from pydantic import BaseModel

log: list[str] = []
T0 = [0.0]


def stamp(msg):
    log.append(f"{time.perf_counter() - T0[0]:.2f}s {msg}")


class OrderIn(BaseModel):
    email: str


async def _insert(order):
    return SimpleNamespace(id=42)


def _send(email, template, order_id):
    time.sleep(0.3)
    stamp(f"email sent to {email} in {threading.current_thread().name}")


orders = SimpleNamespace(insert=_insert)
smtp = SimpleNamespace(send=_send)

# --- the question's code, as it stands ---
app = FastAPI()

def send_confirmation(order_id: int, email: str) -> None:
    smtp.send(email, template="order-confirmed", order_id=order_id)   # blocking, about 1 s

@app.post("/orders", status_code=201)
async def create_order(order: OrderIn, tasks: BackgroundTasks):
    saved = await orders.insert(order)
    tasks.add_task(send_confirmation(saved.id, order.email))
    return {"id": saved.id}


@app.get("/health")
async def health():
    stamp("health answered")
    return {}


class Recorder:
    """ASGI wrapper: notes when the response start goes out and what the app raised afterwards."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                stamp(f"response {message['status']} sent")
            await send(message)
        try:
            await self.app(scope, receive, send_wrapper)
        except Exception as exc:
            stamp(f"after the response: {type(exc).__name__}: {exc}")


async def run(application):
    log.clear()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=Recorder(application), raise_app_exceptions=False),
                                 base_url="http://t") as c:
        T0[0] = time.perf_counter()

        async def probe():
            await asyncio.sleep(0.05)
            await c.get("/health")

        r, _ = await asyncio.gather(c.post("/orders", json={"email": "a@x.io"}), probe())
        await asyncio.sleep(0.5)
    return r


r = asyncio.run(run(app))
print("buggy:", r.status_code, r.json())
for line in log:
    print("   ", line)
assert r.status_code == 201
def at(word):
    return next(float(line.split("s ")[0]) for line in log if word in line)


assert log[0].endswith("email sent to a@x.io in MainThread")           # inside the request, on the loop
assert "response 201 sent" in log[1] and "TypeError" in log[2] and "callable" in log[2]
assert at("health answered") >= 0.3                                     # sent at 0.05 s, waited for the email

# --- the fix ---
app2 = FastAPI()
app2.get("/health")(health)

@app2.post("/orders", status_code=201)
async def create_order_fixed(order: OrderIn, tasks: BackgroundTasks):
    saved = await orders.insert(order)
    tasks.add_task(send_confirmation, saved.id, order.email)
    return {"id": saved.id}


r = asyncio.run(run(app2))
print("fixed:", r.status_code, r.json())
for line in log:
    print("   ", line)
assert "response 201 sent" in log[0] and at("response 201 sent") < 0.05 and at("health answered") < 0.1
assert any("email sent to a@x.io in AnyIO worker thread" in line for line in log)
assert not any("TypeError" in line for line in log)

# --- had send_confirmation been async def ---
app3 = FastAPI()
app3.get("/health")(health)
sent_async = []

async def send_confirmation_async(order_id: int, email: str) -> None:
    sent_async.append(email)

@app3.post("/orders", status_code=201)
async def create_order_async(order: OrderIn, tasks: BackgroundTasks):
    saved = await orders.insert(order)
    tasks.add_task(send_confirmation_async(saved.id, order.email))
    return {"id": saved.id}


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    r = asyncio.run(run(app3))
    gc.collect()
err = next(line[6:] for line in log if "TypeError" in line)
print("async def task called:", r.status_code, "| emails:", sent_async, "|", err, "|",
      [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)])
assert sent_async == [] and "callable" in err
assert any("never awaited" in str(w.message) for w in caught)

sig = inspect.signature(BackgroundTasks.add_task)
print("add_task signature:", sig)
assert "P.args" in str(sig) and "Callable[~P, Any]" in str(sig)
print("OK bg-add-task-called-immediately-bug")
