"""bg-file-response-vs-streaming-response: the answer's download and proxy_backup endpoints as they stand. EXPORTS
is pointed at a temporary folder after the code runs (the function reads the module global on each call), and
storage.open_stream is a stub async iterator of bytes. Checked: FileResponse's Content-Length, Last-Modified, ETag,
guessed media type, Content-Disposition (attachment, and inline with content_disposition_type), a Range request
answered 206 with Content-Range and If-Range honoured; a conditional If-None-Match gets the full 200 (StaticFiles is
what answers 304); path traversal refused with 404; StreamingResponse sends no Content-Length (the
server then uses chunked encoding, not visible through TestClient)."""
import tempfile
from pathlib import Path
from types import SimpleNamespace

from fastapi.testclient import TestClient

# --- the answer's code, as it stands ---
from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse, StreamingResponse

app = FastAPI()
EXPORTS = Path("/srv/exports").resolve()

@app.get("/exports/{name}")
def download(name: str):
    path = (EXPORTS / name).resolve()
    if not path.is_relative_to(EXPORTS) or not path.is_file():
        raise HTTPException(404)
    return FileResponse(path, filename=path.name)

@app.get("/backups/{key}")
async def proxy_backup(key: str):
    body = await storage.open_stream(key)          # async iterator of bytes
    return StreamingResponse(body, media_type="application/octet-stream")


# --- stubs and requests ---
async def _open_stream(key):
    async def gen():
        for i in range(3):
            yield f"part {i} of {key}\n".encode()
    return gen()


storage = SimpleNamespace(open_stream=_open_stream)
tmp = Path(tempfile.mkdtemp())
EXPORTS = (tmp / "exports").resolve()
EXPORTS.mkdir()
(EXPORTS / "report.csv").write_text("id,total\n" + "".join(f"{i},{i * 10}\n" for i in range(100)))
(tmp / "secret.txt").write_text("do not serve")

client = TestClient(app)
r = client.get("/exports/report.csv")
h = r.headers
print("FileResponse:", r.status_code, {k: h.get(k) for k in ("content-length", "last-modified", "etag", "content-type",
                                                               "content-disposition", "accept-ranges")})
assert r.status_code == 200 and int(h["content-length"]) == len(r.content)
assert h["last-modified"] and h["etag"] and h["content-type"].startswith("text/csv")
assert h["content-disposition"] == 'attachment; filename="report.csv"' and h["accept-ranges"] == "bytes"

r = client.get("/exports/report.csv", headers={"Range": "bytes=0-8"})
print("Range 0-8:", r.status_code, r.headers["content-range"], repr(r.content))
assert r.status_code == 206 and r.content == b"id,total\n" and r.headers["content-range"].startswith("bytes 0-8/")

r = client.get("/exports/report.csv", headers={"If-None-Match": h["etag"]})
print("If-None-Match with the ETag:", r.status_code, len(r.content), "bytes")
assert r.status_code == 200 and len(r.content) == 688      # FileResponse does not answer 304 itself
r = client.get("/exports/report.csv", headers={"Range": "bytes=9-", "If-Range": h["etag"]})
stale = client.get("/exports/report.csv", headers={"Range": "bytes=9-", "If-Range": '"other"'})
print("resume with If-Range: matching ETag ->", r.status_code, "| stale ETag ->", stale.status_code)
assert r.status_code == 206 and stale.status_code == 200

from fastapi.staticfiles import StaticFiles
static = FastAPI()
static.mount("/files", StaticFiles(directory=EXPORTS))
sc = TestClient(static)
etag = sc.get("/files/report.csv").headers["etag"]
r = sc.get("/files/report.csv", headers={"If-None-Match": etag})
print("StaticFiles with If-None-Match:", r.status_code)
assert r.status_code == 304

(EXPORTS / "link.txt").symlink_to(tmp / "secret.txt")      # a name that resolves outside EXPORTS
assert (EXPORTS / "link.txt").is_file()                     # would be served without the is_relative_to check
for attempt in ("link.txt", "missing.csv"):
    r = client.get(f"/exports/{attempt}")
    print(f"/exports/{attempt}:", r.status_code, r.json())
    assert r.status_code == 404
# (an encoded slash such as ..%2Fsecret.txt is decoded before routing, so {name} never matches it: 404 too)

inline = FileResponse(EXPORTS / "report.csv", filename="report.csv", content_disposition_type="inline")
print("inline:", inline.headers["content-disposition"])
assert inline.headers["content-disposition"] == 'inline; filename="report.csv"'

r = client.get("/backups/nightly")
print("StreamingResponse:", r.status_code, r.headers.get("content-type"), "content-length:", r.headers.get("content-length"),
      "| etag:", r.headers.get("etag"), "|", r.text.splitlines())
assert r.status_code == 200 and "content-length" not in r.headers and "etag" not in r.headers
assert r.text.splitlines() == ["part 0 of nightly", "part 1 of nightly", "part 2 of nightly"]
print("OK bg-file-response-vs-streaming-response")
