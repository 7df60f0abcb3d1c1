"""async-cpu-bound-work-design: the answer's lifespan (ProcessPoolExecutor + semaphore) and upload endpoint as they
stand. resize_and_hash is a module-level stub that burns CPU on the bytes (hashlib) and reports the worker's pid.
Checked: the work runs in another process, the semaphore's locked() path answers 503 with Retry-After, and an
UploadFile pickles only while it is held in memory: one spooled to a temporary file cannot go to the pool (why
the answer passes bytes)."""
import asyncio
import hashlib
import os
import pickle
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request, UploadFile
from fastapi.testclient import TestClient
from pydantic import BaseModel


class ImageOut(BaseModel):
    digest: str
    size: int
    pid: int


def resize_and_hash(data: bytes) -> dict:               # module level, so the pool can pickle it
    digest = data
    for _ in range(20000):
        digest = hashlib.sha256(digest).digest()
    return {"digest": digest.hex()[:16], "size": len(data), "pid": os.getpid()}


# --- the answer's code, as it stands ---
@asynccontextmanager
async def lifespan(app: FastAPI):
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        app.state.cpu_pool = pool
        app.state.cpu_slots = asyncio.Semaphore(2 * os.cpu_count())
        yield

app = FastAPI(lifespan=lifespan)

@app.post("/images")
async def upload(request: Request, file: UploadFile) -> ImageOut:
    data = await file.read()                      # plain bytes are picklable
    if request.app.state.cpu_slots.locked():
        raise HTTPException(503, "Busy, retry later", headers={"Retry-After": "5"})
    async with request.app.state.cpu_slots:
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(request.app.state.cpu_pool, resize_and_hash, data)
    return ImageOut(**result)


if __name__ == "__main__":
    with TestClient(app) as client:
        r = client.post("/images", files={"file": ("a.png", b"\x89PNG fake image", "image/png")})
        print("upload:", r.status_code, r.json(), "api pid", os.getpid())
        assert r.status_code == 200 and r.json()["pid"] != os.getpid()      # computed in a pool process

        slots = client.app.state.cpu_slots
        for _ in range(2 * os.cpu_count()):                                  # every slot taken
            client.portal.call(slots.acquire)
        r = client.post("/images", files={"file": ("a.png", b"x", "image/png")})
        print("all slots busy:", r.status_code, r.json(), "Retry-After:", r.headers.get("retry-after"))
        assert r.status_code == 503 and r.headers["retry-after"] == "5"
        for _ in range(2 * os.cpu_count()):
            slots.release()

        @app.post("/wrong")
        async def wrong(file: UploadFile):
            try:
                pickle.dumps(file)                 # what run_in_executor does with each argument
                return {"pickled": True}
            except Exception as exc:
                return {"pickled": False, "error": f"{type(exc).__name__}: {exc}"}

        small = client.post("/wrong", files={"file": ("a.png", b"x" * 1000, "image/png")}).json()
        big = client.post("/wrong", files={"file": ("a.png", b"x" * 2_000_000, "image/png")}).json()
        print("UploadFile to the pool: small upload", small, "| 2 MB upload", big)
        assert small["pickled"] is True                # an in-memory spool pickles as a copy
        assert big["pickled"] is False                 # one rolled over to a temporary file does not
    print("OK async-cpu-bound-work-design")
