# files-read-then-copy-stores-empty-files-bug: the buggy endpoint (STORE moved to a temporary folder) stores
# empty blobs while the response looks right; the seek(0) fix and the chunked fix store the bytes.
import hashlib
import shutil
import tempfile
from pathlib import Path

from fastapi.testclient import TestClient

DATA = b"%PDF-1.7 " + bytes(range(256)) * 8000        # about 2 MB, so the part spills to disk
WANT = hashlib.sha256(DATA).hexdigest()
made = []

# --- the file's buggy code ---
import hashlib, shutil
from pathlib import Path
from fastapi import FastAPI, UploadFile

app = FastAPI()
STORE = Path("/data/blobs")

@app.post("/documents")
def store_document(doc: UploadFile):
    digest = hashlib.sha256(doc.file.read()).hexdigest()
    with open(STORE / digest, "wb") as out:
        shutil.copyfileobj(doc.file, out)
    return {"sha256": digest, "size": doc.size}
# -----------------------------

STORE = Path(tempfile.mkdtemp())
made.append(STORE)
r = TestClient(app).post("/documents", files={"doc": ("a.pdf", DATA, "application/pdf")})
blob = STORE / r.json()["sha256"]
print("buggy response:", r.json(), "| right hash:", r.json()["sha256"] == WANT, "| right size:", r.json()["size"] == len(DATA))
print("buggy stored blob size:", blob.stat().st_size)
assert r.json() == {"sha256": WANT, "size": len(DATA)} and blob.stat().st_size == 0

# minimal fix: rewind
app = FastAPI()


@app.post("/documents")
def store_document(doc: UploadFile):
    digest = hashlib.sha256(doc.file.read()).hexdigest()
    doc.file.seek(0)
    with open(STORE / digest, "wb") as out:
        shutil.copyfileobj(doc.file, out)
    return {"sha256": digest, "size": doc.size}


STORE = Path(tempfile.mkdtemp())
made.append(STORE)
r = TestClient(app).post("/documents", files={"doc": ("a.pdf", DATA, "application/pdf")})
print("seek(0) fix: stored", (STORE / r.json()["sha256"]).read_bytes() == DATA)
assert (STORE / r.json()["sha256"]).read_bytes() == DATA

# --- the file's better fix ---
app = FastAPI()
from uuid import uuid4

@app.post("/documents")
def store_document(doc: UploadFile):
    h = hashlib.sha256()
    tmp = STORE / f"{uuid4().hex}.part"
    with open(tmp, "wb") as out:
        while chunk := doc.file.read(1024 * 1024):
            h.update(chunk)
            out.write(chunk)
    digest = h.hexdigest()
    tmp.replace(STORE / digest)          # atomic on one filesystem; same content, same name
    return {"sha256": digest, "size": doc.size}
# -----------------------------

STORE = Path(tempfile.mkdtemp())
made.append(STORE)
r = TestClient(app).post("/documents", files={"doc": ("../a.pdf", DATA, "application/pdf")})
print("chunked fix:", r.json()["sha256"] == WANT, "| stored bytes equal:", (STORE / WANT).read_bytes() == DATA,
      "| files in store:", [p.name[:12] for p in STORE.iterdir()])
assert (STORE / WANT).read_bytes() == DATA and len(list(STORE.iterdir())) == 1

# async variant the answer mentions
app = FastAPI()


@app.post("/documents")
async def store_async(doc: UploadFile):
    first = await doc.read(10)
    await doc.seek(0)
    return {"again": (await doc.read(10)) == first, "size": doc.size}


print("async read/seek:", TestClient(app).post("/documents", files={"doc": ("a.pdf", DATA)}).json())
for d in made:
    shutil.rmtree(d)
print("OK files-read-then-copy-stores-empty-files-bug")
