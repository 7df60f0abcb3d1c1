# files-multiple-uploads-in-one-request: the file's endpoint (UPLOAD_DIR moved to a temporary folder), several
# parts under one name, the endpoint's own limit, Starlette's 1000-file limit, an optional list, the caption
# constraint, and the generated names.
import shutil
import tempfile
from pathlib import Path

from fastapi.testclient import TestClient

# --- the file's code ---
from pathlib import Path
from typing import Annotated
from uuid import uuid4
import shutil

from fastapi import FastAPI, File, Form, HTTPException, UploadFile

app = FastAPI()
MAX_FILES = 20
UPLOAD_DIR = Path("/data/uploads")

def save(upload: UploadFile) -> str:
    name = f"{uuid4().hex}.bin"
    with open(UPLOAD_DIR / name, "wb") as out:
        shutil.copyfileobj(upload.file, out, length=1024 * 1024)   # 1 MiB chunks
    return name

@app.post("/albums/{album_id}/photos")
def add_photos(
    album_id: int,
    caption: Annotated[str, Form(max_length=200)],
    photos: Annotated[list[UploadFile], File(description="one or more images")],
):
    if len(photos) > MAX_FILES:
        raise HTTPException(400, f"at most {MAX_FILES} files per request")
    stored = [save(p) for p in photos]
    return {"album": album_id, "caption": caption, "stored": stored}
# -----------------------

UPLOAD_DIR = Path(tempfile.mkdtemp())
c = TestClient(app)
files = [("photos", ("a.jpg", b"A" * 3000, "image/jpeg")), ("photos", ("../b.jpg", b"B" * 2_500_000, "image/jpeg"))]
r = c.post("/albums/3/photos", data={"caption": "Trip"}, files=files)
print("two photos:", r.status_code, r.json())
assert r.status_code == 200 and len(r.json()["stored"]) == 2
sizes = sorted((UPLOAD_DIR / n).stat().st_size for n in r.json()["stored"])
print("stored sizes:", sizes, "| names generated, not the client's:", all(n.endswith(".bin") and ".." not in n for n in r.json()["stored"]))
assert sizes == [3000, 2_500_000]
r = c.post("/albums/3/photos", data={"caption": "Trip"}, files=[("photos", (f"{i}.jpg", b"x")) for i in range(21)])
print("21 photos:", r.status_code, r.json())
assert r.status_code == 400
r = c.post("/albums/3/photos", data={"caption": "Trip"}, files=[("photos", (f"{i}.jpg", b"x")) for i in range(1001)])
print("1001 photos:", r.status_code, r.json())
assert r.status_code == 400 and "Too many files" in r.json()["detail"]
r = c.post("/albums/3/photos", data={"caption": "x" * 201}, files=files[:1])
print("caption of 201 chars:", r.status_code, r.json()["detail"][0]["type"])
r = c.post("/albums/3/photos", data={"caption": "Trip"})
print("no photos:", r.status_code, r.json()["detail"][0]["type"], r.json()["detail"][0]["loc"])
op = c.get("/openapi.json").json()
schema = list(op["components"]["schemas"].values())[0]
print("photos in the docs:", schema["properties"]["photos"])

opt = FastAPI()


@opt.post("/p")
def optional(photos: list[UploadFile] | None = None):
    return {"n": len(photos) if photos else 0}


oc = TestClient(opt)
print("optional list: none ->", oc.post("/p", data={"x": "1"}).json(), "| two ->", oc.post("/p", files=files).json())
shutil.rmtree(UPLOAD_DIR)
print("OK files-multiple-uploads-in-one-request")
