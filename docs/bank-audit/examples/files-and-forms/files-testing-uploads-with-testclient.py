# files-testing-uploads-with-testclient: the file describes POST /reports but gives only the test, so app/main.py
# is written here from the description (title form field, file: UploadFile, PDF magic bytes, 5 MB limit,
# Storage from Depends(get_storage), 201). Then the file's test runs as written, followed by the table's cases
# and the pitfalls.
import sys
import tempfile
import textwrap
from pathlib import Path

root = Path(tempfile.mkdtemp())
(root / "app").mkdir()
(root / "app" / "__init__.py").write_text("")
(root / "app" / "main.py").write_text(textwrap.dedent('''
    from typing import Annotated
    from uuid import uuid4
    from fastapi import Depends, FastAPI, Form, HTTPException, UploadFile

    MAX = 5 * 1024 * 1024
    app = FastAPI()

    class Storage:
        def put(self, key: str, data: bytes, content_type: str) -> None:
            raise RuntimeError("real storage must not be used in tests")

    def get_storage() -> Storage:
        return Storage()

    @app.post("/reports", status_code=201)
    def create_report(title: Annotated[str, Form()], file: UploadFile,
                      storage: Annotated[Storage, Depends(get_storage)]):
        data = file.file.read(MAX + 1)
        if len(data) > MAX:
            raise HTTPException(413, "file too large")
        if not data.startswith(b"%PDF-"):
            raise HTTPException(415, "not a PDF")
        key = f"reports/{uuid4().hex}.pdf"
        storage.put(key, data, content_type="application/pdf")
        return {"key": key, "title": title}
'''))
sys.path.insert(0, str(root))

# --- the file's code ---
from fastapi.testclient import TestClient
from app.main import app, get_storage

PDF = b"%PDF-1.7\n" + b"0" * 100          # enough for a magic-bytes check

class FakeStorage:
    def __init__(self):
        self.saved: dict[str, bytes] = {}
    def put(self, key: str, data: bytes, content_type: str) -> None:
        self.saved[key] = data

def test_upload_stores_the_pdf():
    storage = FakeStorage()
    app.dependency_overrides[get_storage] = lambda: storage
    try:
        client = TestClient(app)
        r = client.post(
            "/reports",
            data={"title": "Q3"},
            files={"file": ("../../q3.pdf", PDF, "application/pdf")},
        )
        assert r.status_code == 201
        [(key, data)] = storage.saved.items()
        assert data == PDF and ".." not in key     # content kept, client name not reused
    finally:
        app.dependency_overrides.clear()
# -----------------------

test_upload_stores_the_pdf()
print("test_upload_stores_the_pdf passed; overrides cleared:", app.dependency_overrides == {})

storage = FakeStorage()
app.dependency_overrides[get_storage] = lambda: storage
client = TestClient(app)
cases = [
    ("valid PDF and title", dict(data={"title": "Q3"}, files={"file": ("q3.pdf", PDF, "application/pdf")}), 201),
    ("missing file part", dict(data={"title": "Q3"}), 422),
    ("same data sent as JSON", dict(json={"title": "Q3", "file": PDF.decode()}), 422),
    ("5 MB + 1 byte", dict(data={"title": "Q3"}, files={"file": ("big.pdf", b"%PDF-" + b"x" * (5 * 1024 * 1024 - 4), "application/pdf")}), 413),
    ("text file named x.pdf", dict(data={"title": "Q3"}, files={"file": ("x.pdf", b"hello, not a pdf", "application/pdf")}), 415),
]
for label, kw, want in cases:
    r = client.post("/reports", **kw)
    detail = r.json().get("detail")
    print(f"{label:24} -> {r.status_code}", detail if isinstance(detail, str) else [(e["type"], e["loc"]) for e in detail or []])
    assert r.status_code == want, (label, r.status_code, r.text)

r = client.post("/reports", data={"title": "Q3"}, files={"file": ("q3.pdf", PDF, "application/pdf")},
                headers={"Content-Type": "multipart/form-data"})
print("Content-Type set by hand:", r.status_code, r.json(), "| sent:", r.request.headers["content-type"])
assert r.status_code == 400 and r.json() == {"detail": "Missing boundary in multipart."}

with open(root / "q3.pdf", "wb") as f:
    f.write(PDF)
with open(root / "q3.pdf", "rb") as f:
    r = client.post("/reports", data={"title": "Q3"}, files={"file": ("q3.pdf", f, "application/pdf")})
print("open file as content:", r.status_code)

from typing import Annotated
from fastapi import FastAPI, UploadFile
multi = FastAPI()


@multi.post("/many")
def many(files: list[UploadFile]):
    return [f.filename for f in files]


r = TestClient(multi).post("/many", files=[("files", ("a.pdf", PDF, "application/pdf")), ("files", ("b.pdf", PDF, "application/pdf"))])
print("list of tuples:", r.json())
assert r.json() == ["a.pdf", "b.pdf"]
app.dependency_overrides.clear()
print("OK files-testing-uploads-with-testclient")
