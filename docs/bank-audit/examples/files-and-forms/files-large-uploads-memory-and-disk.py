# files-large-uploads-memory-and-disk: a 24 MB upload stands in for the 5 GB video. Shows the body being read
# before the endpoint, the part spilling into TMPDIR, memory of read() against the file's chunked copy
# (VIDEO_DIR is a temporary folder), no size cap by default, a byte-counting middleware that also catches
# chunked requests, the raw-stream alternative, and when the upload is closed.
import os
import shutil
import tempfile
import tracemalloc
from pathlib import Path
from uuid import uuid4

tmpdir = tempfile.mkdtemp(prefix="tmpdir-")
os.environ["TMPDIR"] = tmpdir
tempfile.tempdir = None                          # re-read TMPDIR

from fastapi import BackgroundTasks, FastAPI, HTTPException, Request, UploadFile
from fastapi.testclient import TestClient

SIZE = 24 * 1024 * 1024
BODY = b"v" * SIZE
VIDEO_DIR = Path(tempfile.mkdtemp(prefix="videos-"))
log = []

app = FastAPI()

# --- the file's fixed endpoint ---
@app.post("/videos")
def upload_video(video: UploadFile):
    dest = VIDEO_DIR / f"{uuid4().hex}.mp4"
    with dest.open("wb") as out:
        shutil.copyfileobj(video.file, out, length=4 * 1024 * 1024)
    return {"key": dest.name}
# ---------------------------------


@app.post("/videos-read-all")
async def read_all(video: UploadFile):
    tracemalloc.start()
    data = await video.read()                  # the launch version
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"peak_mb": round(peak / 2**20, 1), "len": len(data)}


@app.post("/videos-chunked-measured")
def chunked_measured(video: UploadFile):
    tracemalloc.start()
    dest = VIDEO_DIR / f"{uuid4().hex}.mp4"
    with dest.open("wb") as out:
        shutil.copyfileobj(video.file, out, length=4 * 1024 * 1024)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"peak_mb": round(peak / 2**20, 1), "written": dest.stat().st_size}


@app.post("/where")
async def where(video: UploadFile):
    log.append("endpoint starts")
    f = video.file
    fd = f._file.fileno()                      # an unnamed temporary file (O_TMPFILE) once rolled over
    try:
        where = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        where = None
    return {"rolled": f._rolled, "fd_points_to": where, "size_on_disk": os.fstat(fd).st_size,
            "tempfile.gettempdir()": tempfile.gettempdir(), "TMPDIR": tmpdir}


class ReceiveLog:
    def __init__(self, app): self.app = app
    async def __call__(self, scope, receive, send):
        async def r():
            m = await receive()
            if m["type"] == "http.request" and not m.get("more_body"):
                log.append("last body chunk received")
            return m
        await self.app(scope, r, send)


c = TestClient(ReceiveLog(app))
r = c.post("/where", files={"video": ("v.mp4", BODY, "video/mp4")})
print("order:", log, "| spooled part:", r.json())
assert log == ["last body chunk received", "endpoint starts"] and r.json()["rolled"] and r.json()["size_on_disk"] == SIZE
assert r.json()["tempfile.gettempdir()"] == tmpdir

r = c.post("/videos", files={"video": ("v.mp4", BODY, "video/mp4")})
stored = VIDEO_DIR / r.json()["key"]
print("file's endpoint:", r.status_code, r.json(), "stored bytes:", stored.stat().st_size, "(no size limit stopped it)")
assert stored.stat().st_size == SIZE
print("await video.read():", c.post("/videos-read-all", files={"video": ("v.mp4", BODY)}).json())
print("copyfileobj 4 MB chunks:", c.post("/videos-chunked-measured", files={"video": ("v.mp4", BODY)}).json())


# a byte-counting middleware: works without Content-Length (chunked)
LIMIT = 8 * 1024 * 1024


class BodyLimit:
    def __init__(self, app, limit): self.app, self.limit = app, limit
    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        seen = 0

        async def counted():
            nonlocal seen
            m = await receive()
            seen += len(m.get("body", b""))
            if seen > self.limit:
                raise HTTPException(413, "body too large")
            return m
        await self.app(scope, counted, send)


guarded = FastAPI()
guarded.add_middleware(BodyLimit, limit=LIMIT)


@guarded.put("/videos/{vid}")
async def raw_put(vid: str, request: Request):
    dest = VIDEO_DIR / f"{vid}.mp4"
    n = 0
    with dest.open("wb") as out:
        async for chunk in request.stream():            # raw streaming, no multipart, no temp file
            n += len(chunk)
            out.write(chunk)
    return {"written": n}


def gen(total, step=1024 * 1024):
    for _ in range(total // step):
        yield b"v" * step


gc = TestClient(guarded, raise_server_exceptions=False)
r = gc.put("/videos/a", content=gen(4 * 1024 * 1024), headers={"content-type": "video/mp4"})
print("raw PUT 4 MB, chunked:", r.status_code, r.json(), "| sent Content-Length:", r.request.headers.get("content-length"),
      "| transfer-encoding:", r.request.headers.get("transfer-encoding"))
r = gc.put("/videos/b", content=gen(16 * 1024 * 1024), headers={"content-type": "video/mp4"})
print("raw PUT 16 MB over the 8 MB limit, chunked:", r.status_code, r.text)
assert r.status_code != 200

# the upload's temp file belongs to the request
late = FastAPI()
state = {}


def later(f: UploadFile):
    state["closed_in_task"] = f.file.closed


@late.post("/bg")
async def bg(video: UploadFile, tasks: BackgroundTasks):
    state["file"] = video.file
    tasks.add_task(later, video)
    return {}


TestClient(late).post("/bg", files={"video": ("v.mp4", b"x" * 10)})
print("0.141: closed when the background task ran:", state["closed_in_task"], "| closed after the request:", state["file"].closed)
assert state["closed_in_task"] is False and state["file"].closed is True
shutil.rmtree(VIDEO_DIR)
shutil.rmtree(tmpdir)
print("OK files-large-uploads-memory-and-disk")
