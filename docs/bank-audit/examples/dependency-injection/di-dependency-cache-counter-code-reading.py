# di-dependency-cache-counter-code-reading: the question's app as it stands, two GET /numbers, plus the follow-ups.
from fastapi.testclient import TestClient

# --- the question's code ---
from itertools import count
from typing import Annotated
from fastapi import Depends, FastAPI

app = FastAPI()
counter = count(1)

def next_number() -> int:
    return next(counter)

def doubled(n: Annotated[int, Depends(next_number)]) -> int:
    return n * 2

@app.get("/numbers")
def numbers(
    a: Annotated[int, Depends(next_number)],
    b: Annotated[int, Depends(doubled)],
    c: Annotated[int, Depends(next_number, use_cache=False)],
):
    return {"a": a, "b": b, "c": c}
# --- end ---

client = TestClient(app)
first = client.get("/numbers").json()
second = client.get("/numbers").json()
print("first:", first)
print("second:", second)
assert first == {"a": 1, "b": 2, "c": 2}
assert second == {"a": 3, "b": 6, "c": 4}

# follow-up: c first; its uncached result is still stored and then reused
counter2 = count(1)

def next_number2() -> int:
    return next(counter2)

def doubled2(n: Annotated[int, Depends(next_number2)]) -> int:
    return n * 2

@app.get("/c-first")
def c_first(
    c: Annotated[int, Depends(next_number2, use_cache=False)],
    a: Annotated[int, Depends(next_number2)],
    b: Annotated[int, Depends(doubled2)],
):
    return {"a": a, "b": b, "c": c}

r = client.get("/c-first").json()
print("c first:", r)
assert r == {"a": 1, "b": 2, "c": 1}

# follow-up: two lambdas are two callables, both run
counter3 = count(1)

@app.get("/lambdas")
def lambdas(x: Annotated[int, Depends(lambda: next(counter3))], y: Annotated[int, Depends(lambda: next(counter3))]):
    return {"x": x, "y": y}

r = client.get("/lambdas").json()
print("two lambdas:", r)
assert r == {"x": 1, "y": 2}
print("OK di-dependency-cache-counter-code-reading")
