# resp-setting-status-codes: the file's upsert and delete endpoints (TagIn, TagOut and tags stubbed in memory),
# run-time 201 through the injected Response with filtering kept, 204 with an empty body, the 404 error body,
# what OpenAPI lists, 304, and a returned JSONResponse.
from fastapi.testclient import TestClient
from pydantic import BaseModel


class TagIn(BaseModel):
    colour: str


class TagOut(BaseModel):
    name: str
    colour: str


class _Tags:
    def __init__(self): self.rows = {}
    async def upsert(self, name, body):
        created = name not in self.rows
        self.rows[name] = {"name": name, "colour": body.colour, "internal": "x"}
        return self.rows[name], created
    async def delete(self, name):
        return self.rows.pop(name, None) is not None

tags = _Tags()

# --- the file's code ---
from fastapi import FastAPI, HTTPException, Response, status

app = FastAPI()

@app.put("/tags/{name}", status_code=status.HTTP_200_OK)
async def upsert_tag(name: str, body: TagIn, response: Response) -> TagOut:
    tag, created = await tags.upsert(name, body)
    if created:
        response.status_code = status.HTTP_201_CREATED
    return tag

@app.delete(
    "/tags/{name}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={404: {"description": "Tag not found"}},
)
async def delete_tag(name: str) -> None:
    if not await tags.delete(name):
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Tag not found")
# -----------------------

c = TestClient(app)
r1 = c.put("/tags/red", json={"colour": "#f00"})
r2 = c.put("/tags/red", json={"colour": "#e00"})
print("PUT new:", r1.status_code, r1.json(), "| PUT again:", r2.status_code, r2.json())
assert r1.status_code == 201 and r2.status_code == 200 and "internal" not in r1.json()
r = c.delete("/tags/red")
print("DELETE:", r.status_code, repr(r.content), "content-length:", r.headers.get("content-length"))
assert r.status_code == 204 and r.content == b""
r = c.delete("/tags/red")
print("DELETE again:", r.status_code, r.json())
assert r.status_code == 404 and r.json() == {"detail": "Tag not found"}
ops = c.get("/openapi.json").json()["paths"]["/tags/{name}"]
print("OpenAPI PUT responses:", list(ops["put"]["responses"]), "| DELETE:", {k: v["description"] for k, v in ops["delete"]["responses"].items()})
assert "201" not in ops["put"]["responses"] and "404" in ops["delete"]["responses"]

from fastapi.responses import JSONResponse
b = FastAPI()


@b.get("/cached", status_code=304)
async def cached():
    return {"ignored": True}


@b.get("/accepted", response_model=TagOut)
async def accepted():
    return JSONResponse(content={"anything": 1}, status_code=202)


bc = TestClient(b)
r = bc.get("/cached")
print("304 with a returned dict:", r.status_code, repr(r.content))
assert r.content == b""
r = bc.get("/accepted")
print("returned JSONResponse 202:", r.status_code, r.json(), "(not validated against TagOut)")
print("status.HTTP_409_CONFLICT =", status.HTTP_409_CONFLICT)
print("OK resp-setting-status-codes")
