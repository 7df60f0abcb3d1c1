# files-bytes-vs-uploadfile: the file's two endpoints, what UploadFile carries, the spooled file spilling to
# disk above 1 MB, a def endpoint using .file, and metadata the client makes up.
import tempfile

from fastapi.testclient import TestClient

# --- the file's code ---
from typing import Annotated
from fastapi import FastAPI, File, UploadFile

app = FastAPI()

@app.post("/checksum")
async def checksum(data: Annotated[bytes, File()]):
    return {"size": len(data)}                  # whole file already in RAM

@app.post("/documents")
async def upload(doc: UploadFile):
    head = await doc.read(1024)                 # read a chunk
    await doc.seek(0)                           # rewind before passing it on
    return {"name": doc.filename, "type": doc.content_type, "size": doc.size}
# -----------------------

seen = {}


@app.post("/inspect")
async def inspect(doc: UploadFile, data: Annotated[bytes, File()]):
    head = await doc.read(4)
    await doc.seek(0)
    again = await doc.read(4)
    seen.update(data_type=type(data).__name__, file_type=type(doc.file).__name__, rolled=doc.file._rolled,
                head=head, again=again, headers=dict(doc.headers))
    return {}


@app.post("/sync")
def sync_endpoint(doc: UploadFile):
    return {"first": doc.file.read(3).decode(), "rest_len": len(doc.file.read())}


@app.post("/no-rewind")
async def no_rewind(doc: UploadFile):
    await doc.read()
    return {"second_read": len(await doc.read())}


c = TestClient(app)
r = c.post("/checksum", files={"data": ("sig.bin", b"x" * 300)})
print("/checksum:", r.json())
assert r.json() == {"size": 300}
r = c.post("/documents", files={"doc": ("report.pdf", b"%PDF-1.7 " + b"0" * 5000, "application/pdf")})
print("/documents:", r.json())
assert r.json() == {"name": "report.pdf", "type": "application/pdf", "size": 5009}
for size in (1000, 2 * 1024 * 1024):
    c.post("/inspect", files={"doc": ("a.bin", b"a" * size), "data": ("b.bin", b"b" * 10)})
    print(f"UploadFile of {size} bytes:", {k: seen[k] for k in ("data_type", "file_type", "rolled", "head", "again")})
assert seen["rolled"] is True and seen["file_type"] == "SpooledTemporaryFile" and seen["head"] == seen["again"]
print("part headers:", seen["headers"])
print("temp dir used when it spills:", tempfile.gettempdir())
print("def endpoint with .file:", c.post("/sync", files={"doc": ("a.txt", b"abcdef")}).json())
print("second read without seek:", c.post("/no-rewind", files={"doc": ("a.txt", b"abcdef")}).json())
r = c.post("/documents", files={"doc": ("../../etc/passwd.png", b"MZ\x90\x00 not an image", "image/png")})
print("client-chosen metadata is passed through:", r.json())
assert r.json()["name"] == "../../etc/passwd.png" and r.json()["type"] == "image/png"
print("OK files-bytes-vs-uploadfile")
