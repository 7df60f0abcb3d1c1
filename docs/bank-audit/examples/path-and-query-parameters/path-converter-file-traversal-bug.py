# path-converter-file-traversal-bug: the buggy endpoint and the fix, with the reports folder moved to a temporary
# directory (REPORTS / BASE reassigned; the rest as written). Shows both escapes and that the fix refuses them.
import os
import tempfile

from fastapi.testclient import TestClient

# --- the file's buggy code ---
from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
REPORTS = Path("/srv/reports")

@app.get("/reports/{file_path:path}")
async def get_report(file_path: str):
    full = REPORTS / file_path
    if not full.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(full)
# -----------------------------

tmp = Path(tempfile.mkdtemp())
(tmp / "reports").mkdir()
(tmp / "reports" / "q1.txt").write_text("quarter one")
(tmp / "secret.env").write_text("DB_PASSWORD=hunter2")
os.symlink(tmp / "secret.env", tmp / "reports" / "link.txt")      # a symlink inside pointing outside
REPORTS = tmp / "reports"
depth = "..%2F" * len(REPORTS.parts)
enc = f"/reports/{depth}etc%2Fpasswd"
absolute = "/reports//etc/passwd"
sibling = "/reports/..%2Fsecret.env"

bug = TestClient(app)
r = bug.get("/reports/q1.txt")
print("buggy q1.txt:", r.status_code, r.text)
for url in (enc, absolute, sibling, "/reports/link.txt"):
    r = bug.get(url)
    print("buggy", url, "->", r.status_code, repr(r.text[:40]))
    assert r.status_code == 200
assert bug.get(absolute).text.startswith("root:") and bug.get(sibling).text == "DB_PASSWORD=hunter2"

import httpx
print("httpx normalises a literal ../ before sending:", httpx.URL("http://t/reports/../../etc/passwd").path)


@app.get("/probe/{file_path:path}")
async def probe(file_path: str):
    return {"file_path": file_path, "joined": str(Path("/srv/reports") / file_path)}


print("probe encoded:", bug.get("/probe/..%2F..%2Fetc%2Fpasswd").json())
print("probe absolute:", bug.get("/probe//etc/passwd").json())

# --- the file's fix ---
app = FastAPI()
BASE = Path("/srv/reports").resolve()

@app.get("/reports/{file_path:path}")
async def get_report(file_path: str):
    full = (BASE / file_path).resolve()      # collapses "..", follows symlinks
    if not full.is_relative_to(BASE) or not full.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(full)
# ----------------------

BASE = REPORTS.resolve()
fix = TestClient(app)
assert fix.get("/reports/q1.txt").text == "quarter one"
for url in (enc, absolute, sibling, "/reports/link.txt", "/reports/missing.txt"):
    r = fix.get(url)
    print("fixed", url, "->", r.status_code, r.json())
    assert r.status_code == 404 and r.json() == {"detail": "Not Found"}

from fastapi.staticfiles import StaticFiles
st = FastAPI()
st.mount("/reports", StaticFiles(directory=REPORTS))
sc = TestClient(st)
print("StaticFiles:", sc.get("/reports/q1.txt").status_code, sc.get(enc).status_code, sc.get(sibling).status_code,
      sc.get("/reports/link.txt").status_code)
assert sc.get(enc).status_code == 404 and sc.get(sibling).status_code == 404
print("OK path-converter-file-traversal-bug")
