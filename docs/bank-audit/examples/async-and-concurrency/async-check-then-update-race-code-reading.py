"""async-check-then-update-race-code-reading: the question's app, fifteen concurrent POST /buy/widget on one event
loop (httpx.ASGITransport, like one Uvicorn worker), then the answer's locked version, then a plain def version
with a blocking wait between read and write (the answer's last bullet)."""
import asyncio
import threading
import time

import httpx
from fastapi import FastAPI, HTTPException

# --- the question's code, as it stands ---
app = FastAPI()
stock = {"widget": 10}

async def reserve_in_warehouse(sku: str) -> None:
    await asyncio.sleep(0.05)          # stands in for an HTTP call

@app.post("/buy/{sku}")
async def buy(sku: str):
    left = stock[sku]
    if left <= 0:
        raise HTTPException(409, "Sold out")
    await reserve_in_warehouse(sku)
    stock[sku] = left - 1
    return {"left": stock[sku]}


# --- the answer's fix, as it stands (on a second app so both can run) ---
app2 = FastAPI()
lock = asyncio.Lock()

@app2.post("/buy/{sku}")
async def buy(sku: str):
    async with lock:                    # check and update as one step
        if stock[sku] <= 0:
            raise HTTPException(409, "Sold out")
        await reserve_in_warehouse(sku)
        stock[sku] -= 1
        return {"left": stock[sku]}


# --- "a def endpoint would race too" ---
app3 = FastAPI()

@app3.post("/buy/{sku}")
def buy_sync(sku: str):
    left = stock[sku]
    if left <= 0:
        raise HTTPException(409, "Sold out")
    time.sleep(0.05)                    # blocking call in a worker thread
    stock[sku] = left - 1
    return {"left": stock[sku], "thread": threading.current_thread().name}


async def fifteen(application):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url="http://t") as c:
        rs = await asyncio.gather(*(c.post("/buy/widget") for _ in range(15)))
    return [(r.status_code, r.json()) for r in rs]


res = asyncio.run(fifteen(app))
print("race:", sorted({(s, str(b)) for s, b in res}), "stock:", stock)
assert all(s == 200 and b == {"left": 9} for s, b in res), res
assert stock["widget"] == 9

stock["widget"] = 10
res = asyncio.run(fifteen(app2))
codes = [s for s, _ in res]
print("locked:", codes.count(200), "x 200,", codes.count(409), "x 409; lefts", sorted(b["left"] for s, b in res if s == 200), "stock:", stock)
assert codes.count(200) == 10 and codes.count(409) == 5
assert stock["widget"] == 0

stock["widget"] = 10
res = asyncio.run(fifteen(app3))
print("def endpoint:", sorted({b["left"] for s, b in res if s == 200}), "stock:", stock, "(15 sold)")
assert [s for s, _ in res].count(200) == 15 and stock["widget"] > 0     # lost updates with threads too
print("OK async-check-then-update-race-code-reading")
