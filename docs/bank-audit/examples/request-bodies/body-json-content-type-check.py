# body-json-content-type-check: the file's endpoint and the four requests, then the pitfalls and the
# strict_content_type=False switch on a router.
import json

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class Note(BaseModel):
    text: str

@app.post("/notes")
async def create_note(note: Note):
    return {"saved": note.text}

from fastapi import APIRouter
from fastapi.testclient import TestClient

c = TestClient(app)
payload = {"text": "hi"}
raw = json.dumps(payload)
cases = {"a": {"content-type": "application/json"}, "b": {"content-type": "application/merge-patch+json"},
         "c": {"content-type": "text/plain"}, "d": {}}
want = {"a": 200, "b": 200, "c": 422, "d": 422}
for k, h in cases.items():
    r = c.post("/notes", content=raw, headers=h)
    print(f"({k})", h.get("content-type", "no Content-Type"), "sent:", r.request.headers.get("content-type"), "->", r.status_code, r.json())
    assert r.status_code == want[k], r.text
r = c.post("/notes", content=raw, headers={"content-type": "text/plain"})
expected_c = {"detail": [{"type": "model_attributes_type", "loc": ["body"],
                          "msg": "Input should be a valid dictionary or object to extract fields from",
                          "input": "{\"text\": \"hi\"}"}]}
assert r.json() == expected_c, r.json()
print("(c) body identical to the file's JSON")
r = c.post("/notes", content=raw, headers={"content-type": "application/json; charset=utf-8"})
print("application/json; charset=utf-8 ->", r.status_code)
assert r.status_code == 200
r = c.post("/notes", content=raw, headers={"content-type": "application/geo+json"})
assert r.status_code == 200

# curl -d without -H sends application/x-www-form-urlencoded
r = c.post("/notes", content=raw, headers={"content-type": "application/x-www-form-urlencoded"})
print("form-urlencoded (curl -d) ->", r.status_code, r.json()["detail"][0]["type"])
assert r.status_code == 422
r = c.post("/notes", content='{"text": "hi"', headers={"content-type": "application/json"})
print("malformed JSON ->", r.status_code, r.json())
assert r.json()["detail"][0]["type"] == "json_invalid" and r.json()["detail"][0]["loc"][0] == "body"
r = c.post("/notes", json=payload)
print("json=payload sets", r.request.headers["content-type"], "->", r.status_code)

legacy = APIRouter(strict_content_type=False)


@legacy.post("/legacy/notes")
async def legacy_note(note: Note):
    return {"saved": note.text}


app.include_router(legacy)
print("router with strict_content_type=False, no header ->", c.post("/legacy/notes", content=raw).status_code,
      "| main app route, no header ->", c.post("/notes", content=raw).status_code)
assert c.post("/legacy/notes", content=raw).status_code == 200 and c.post("/notes", content=raw).status_code == 422
print("OK body-json-content-type-check")
