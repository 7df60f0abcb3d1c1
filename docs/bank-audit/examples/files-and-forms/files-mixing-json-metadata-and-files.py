# files-mixing-json-metadata-and-files: option 2 as written (its body `...` answers null), good and bad meta,
# the 500 without the conversion, the 1 MB limit on a non-file field, what the docs show, a JSON model next to a
# File, a form model holding the file (option 1), and a client forcing Content-Type: application/json.
import json
from typing import Annotated

from fastapi import Depends, FastAPI, File, Form, UploadFile
from fastapi.testclient import TestClient
from pydantic import BaseModel

# --- the file's code ---
from typing import Annotated
from fastapi import Depends, FastAPI, File, Form, UploadFile
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

class Author(BaseModel):
    name: str
    email: str

class DocumentMeta(BaseModel):
    title: str
    tags: list[str] = []
    author: Author

def parse_meta(meta: Annotated[str, Form()]) -> DocumentMeta:
    try:
        return DocumentMeta.model_validate_json(meta)
    except ValidationError as exc:
        errors = [{**e, "loc": ("body", "meta", *e["loc"])} for e in exc.errors(include_url=False)]
        raise RequestValidationError(errors) from exc

app = FastAPI()

@app.post("/documents")
async def upload(
    meta: Annotated[DocumentMeta, Depends(parse_meta)],
    pdf: Annotated[UploadFile, File()],
):
    ...
# -----------------------

PDF = ("a.pdf", b"%PDF-1.7 x", "application/pdf")
good = {"title": "Spec", "tags": ["a"], "author": {"name": "Ada", "email": "ada@example.com"}}
c = TestClient(app)
r = c.post("/documents", data={"meta": json.dumps(good)}, files={"pdf": PDF})
print("good meta:", r.status_code, r.json())
assert r.status_code == 200
r = c.post("/documents", data={"meta": json.dumps({"title": "Spec", "author": {"name": "Ada"}})}, files={"pdf": PDF})
print("bad meta:", r.status_code, [(e["type"], e["loc"]) for e in r.json()["detail"]])
assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "meta", "author", "email"]
r = c.post("/documents", data={"meta": "{not json"}, files={"pdf": PDF})
print("malformed meta:", r.status_code, [(e["type"], e["loc"]) for e in r.json()["detail"]])
op = c.get("/openapi.json").json()
body = op["paths"]["/documents"]["post"]["requestBody"]["content"]
schema = op["components"]["schemas"][body["multipart/form-data"]["schema"]["$ref"].split("/")[-1]]
print("docs: content", list(body), "| meta:", schema["properties"]["meta"], "| pdf:", schema["properties"]["pdf"])
assert schema["properties"]["meta"]["type"] == "string"

big = json.dumps({**good, "title": "x" * (1024 * 1024)})
r = c.post("/documents", data={"meta": big}, files={"pdf": PDF})
print("meta over 1 MB:", r.status_code, r.text)
assert r.status_code == 400

raw = FastAPI()


def parse_meta_raw(meta: Annotated[str, Form()]) -> DocumentMeta:
    return DocumentMeta.model_validate_json(meta)          # no conversion


@raw.post("/documents")
async def upload_raw(meta: Annotated[DocumentMeta, Depends(parse_meta_raw)], pdf: Annotated[UploadFile, File()]):
    return {}


r = TestClient(raw, raise_server_exceptions=False).post("/documents", data={"meta": "{}"}, files={"pdf": PDF})
print("without the conversion:", r.status_code, r.text)
assert r.status_code == 500

mixed = FastAPI()


@mixed.post("/documents")
async def upload_mixed(meta: DocumentMeta, pdf: Annotated[UploadFile, File()]):
    return meta


mc = TestClient(mixed)
r = mc.post("/documents", data={"meta": json.dumps(good)}, files={"pdf": PDF})
print("JSON model parameter next to File, meta as a form field:", r.status_code, r.json()["detail"][0]["type"] if r.status_code == 422 else r.json())
mop = mc.get("/openapi.json").json()["paths"]["/documents"]["post"]["requestBody"]["content"]
print("  its request body content types:", list(mop))


class DocForm(BaseModel):
    title: str
    version: int = 1
    pdf: UploadFile


flat = FastAPI()


@flat.post("/documents")
async def upload_form(form: Annotated[DocForm, Form()]):
    return {"title": form.title, "version": form.version, "file": form.pdf.filename}


r = TestClient(flat).post("/documents", data={"title": "Spec", "version": "2"}, files={"pdf": PDF})
print("form model with the file inside:", r.status_code, r.json())
assert r.json() == {"title": "Spec", "version": 2, "file": "a.pdf"}

r = c.post("/documents", data={"meta": json.dumps(good)}, files={"pdf": PDF}, headers={"content-type": "application/json"})
print("client forces Content-Type: application/json:", r.status_code, r.text[:120])
print("OK files-mixing-json-metadata-and-files")
