# resp-html-redirect-file-responses: the file's three endpoints (health, SignupForm, users and reports stubbed;
# the PDF is a temporary file), what the responses and OpenAPI say, RedirectResponse's default, and a
# StreamingResponse over a sync generator running in a worker thread.
import tempfile
import threading
import types
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel

app = FastAPI()
pdf = Path(tempfile.mkdtemp()) / "r.pdf"
pdf.write_bytes(b"%PDF-1.4 fake")


class SignupForm(BaseModel):
    email: str


async def _summary(): return "all good"
async def _create(form): return None
async def _pdf_path(rid): return pdf

health = types.SimpleNamespace(summary=_summary)
users = types.SimpleNamespace(create=_create)
reports = types.SimpleNamespace(pdf_path=_pdf_path)

# --- the file's code ---
from typing import Annotated
from fastapi import Form
from fastapi.responses import HTMLResponse, RedirectResponse, FileResponse

@app.get("/status", response_class=HTMLResponse)
async def status_page() -> str:
    return f"<h1>{await health.summary()}</h1>"

@app.post("/signup")
async def signup(form: Annotated[SignupForm, Form()]) -> RedirectResponse:
    await users.create(form)
    return RedirectResponse("/welcome", status_code=303)

@app.get("/reports/{rid}/pdf")
async def report_pdf(rid: int) -> FileResponse:
    path = await reports.pdf_path(rid)
    return FileResponse(path, media_type="application/pdf", filename=f"report-{rid}.pdf")
# -----------------------

c = TestClient(app, follow_redirects=False)
r = c.get("/status")
print("/status:", r.status_code, r.headers["content-type"], r.text)
assert r.headers["content-type"].startswith("text/html") and r.text == "<h1>all good</h1>"
r = c.post("/signup", data={"email": "a@b.c"})
print("/signup:", r.status_code, r.headers["location"])
assert r.status_code == 303
r = c.get("/reports/7/pdf")
print("/reports/7/pdf:", r.status_code, {k: r.headers.get(k) for k in ("content-type", "content-length", "last-modified", "etag", "content-disposition")})
assert r.headers["content-disposition"] == 'attachment; filename="report-7.pdf"' and r.headers["etag"] and r.headers["last-modified"]
paths = c.get("/openapi.json").json()["paths"]
print("OpenAPI media types: /status", list(paths["/status"]["get"]["responses"]["200"]["content"]),
      "| /reports/{rid}/pdf", list(paths["/reports/{rid}/pdf"]["get"]["responses"]["200"].get("content", {})))
assert list(paths["/status"]["get"]["responses"]["200"]["content"]) == ["text/html"]
print("RedirectResponse default status:", RedirectResponse("/x").status_code)
assert RedirectResponse("/x").status_code == 307

from fastapi.responses import PlainTextResponse, StreamingResponse

b = FastAPI()
seen = {}


@b.get("/pdf-declared", response_class=FileResponse)
async def declared():
    return FileResponse(pdf, media_type="application/pdf")


@b.get("/stream")
async def stream():
    loop_thread = threading.get_ident()
    seen["loop"] = loop_thread

    def chunks():
        seen["gen"] = threading.get_ident()
        yield b"a"
        yield b"b"
    return StreamingResponse(chunks(), media_type="text/plain")


@b.get("/text", response_class=PlainTextResponse)
async def text():
    return "hi"


bc = TestClient(b)
print("response_class=FileResponse documents:", list(bc.get("/openapi.json").json()["paths"]["/pdf-declared"]["get"]["responses"]["200"].get("content", {})))
r = bc.get("/stream")
print("sync generator:", r.text, "| iterated off the event loop thread:", seen["gen"] != seen["loop"])
assert seen["gen"] != seen["loop"]
print("PlainTextResponse:", bc.get("/text").headers["content-type"])


class Out(BaseModel):
    a: int


d = FastAPI()


@d.get("/returned", response_model=Out)
async def returned():
    from fastapi.responses import JSONResponse
    return JSONResponse({"a": "not an int", "secret": 1})


print("returned instance skips the model:", TestClient(d).get("/returned").json())
print("OK resp-html-redirect-file-responses")
