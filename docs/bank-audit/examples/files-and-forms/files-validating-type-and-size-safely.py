# files-validating-type-and-size-safely: Pillow is not installed here, so the answer's safe endpoint (Image.open,
# DecompressionBombError, re-encoding) is not run. What runs: the colleague's version, written from the
# question, accepting a spoofed upload and writing outside its folder; file.size being counted by Starlette's
# parser whatever the part's headers say; and the answer's read(MAX_BYTES + 1) size check without Pillow.
import shutil
import tempfile
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile
from fastapi.testclient import TestClient

base = Path(tempfile.mkdtemp())
UPLOADS = base / "uploads"
UPLOADS.mkdir()
(base / "app").mkdir()

colleague = FastAPI()


@colleague.post("/me/avatar")
def colleague_avatar(file: UploadFile):
    if file.content_type not in {"image/png", "image/jpeg"} or not file.filename.endswith((".png", ".jpg")):
        raise HTTPException(415, "only PNG or JPEG")
    with open(f"{UPLOADS}/{file.filename}", "wb") as out:
        shutil.copyfileobj(file.file, out)
    return {"saved": file.filename}


c = TestClient(colleague)
r = c.post("/me/avatar", files={"file": ("a.png", b"<?php system($_GET['c']); ?>", "image/png")})
print("PHP bytes claimed as image/png, a.png:", r.status_code, r.json(), "| stored:", (UPLOADS / "a.png").read_bytes()[:20])
assert r.status_code == 200
r = c.post("/me/avatar", files={"file": ("../app/main.png", b"overwritten", "image/png")})
print("filename ../app/main.png:", r.status_code, "| written outside uploads:", (base / "app" / "main.png").exists())
assert (base / "app" / "main.png").read_bytes() == b"overwritten"

# file.size comes from the parser, not from the client
boundary = "b0undary"
body = (f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="file"; filename="a.png"\r\n'
        "Content-Type: image/png\r\nContent-Length: 10\r\n\r\n").encode() + b"P" * 5000 + f"\r\n--{boundary}--\r\n".encode()
sizes = FastAPI()


@sizes.post("/size")
def size(file: UploadFile):
    return {"size": file.size, "part_header_content_length": file.headers.get("content-length")}


r = TestClient(sizes).post("/size", content=body, headers={"content-type": f"multipart/form-data; boundary={boundary}"})
print("part claims Content-Length: 10, sends 5000 bytes ->", r.json())
assert r.json()["size"] == 5000

# the answer's size logic (without the Pillow part)
MAX_BYTES = 2 * 1024 * 1024
bounded = FastAPI()


@bounded.post("/me/avatar")
def upload_avatar(file: UploadFile):
    if file.size is not None and file.size > MAX_BYTES:
        raise HTTPException(413, "image too large")
    data = file.file.read(MAX_BYTES + 1)                # never more than the limit + 1
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "image too large")
    return {"read": len(data)}


bc = TestClient(bounded)
for n in (MAX_BYTES, MAX_BYTES + 1):
    r = bc.post("/me/avatar", files={"file": ("a.png", b"\x89PNG" + b"0" * (n - 4), "image/png")})
    print(f"{n} bytes ->", r.status_code, r.json())
assert bc.post("/me/avatar", files={"file": ("a.png", b"0" * (MAX_BYTES + 1))}).status_code == 413
try:
    import PIL  # noqa: F401
    print("Pillow present")
except ImportError:
    print("Pillow not installed: Image.open, MAX_IMAGE_PIXELS, DecompressionBombError and re-encoding not run")
shutil.rmtree(base)
print("OK files-validating-type-and-size-safely")
