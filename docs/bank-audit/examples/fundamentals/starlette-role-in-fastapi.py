# starlette-role-in-fastapi: the file's two endpoints, the subclass and re-export claims, and which
# HTTPException handler catches the router's own 404.
from fastapi import FastAPI, Request

app = FastAPI()

@app.get("/raw")
async def raw(request: Request):            # plain Starlette object
    return {"agent": request.headers.get("user-agent")}

@app.get("/typed/{order_id}")
async def typed(order_id: int):             # FastAPI: converted, validated, documented
    return {"order_id": order_id}

import fastapi
import fastapi.middleware.cors
import fastapi.responses
import starlette.applications
import starlette.exceptions
import starlette.middleware.cors
import starlette.requests
import starlette.responses
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

assert issubclass(FastAPI, starlette.applications.Starlette)
assert fastapi.Request is starlette.requests.Request
assert fastapi.responses.StreamingResponse is starlette.responses.StreamingResponse
assert fastapi.middleware.cors.CORSMiddleware is starlette.middleware.cors.CORSMiddleware
assert issubclass(fastapi.HTTPException, starlette.exceptions.HTTPException)
print("FastAPI bases:", FastAPI.__mro__[1])

c = TestClient(app)
print("/raw", c.get("/raw", headers={"user-agent": "probe/1"}).json())
print("/typed/5", c.get("/typed/5").json(), "/typed/x", c.get("/typed/x").status_code)
assert c.get("/typed/5").json() == {"order_id": 5} and c.get("/typed/x").status_code == 422
raw_op = c.get("/openapi.json").json()["paths"]["/raw"]["get"]
print("OpenAPI for /raw has parameters:", "parameters" in raw_op)
assert "parameters" not in raw_op


def with_handler(exc_class):
    a = FastAPI()

    @a.exception_handler(exc_class)
    async def h(request, exc):
        return JSONResponse({"handled_by": exc_class.__module__}, status_code=exc.status_code)

    @a.get("/boom")
    async def boom():
        raise fastapi.HTTPException(404, "nope")

    return TestClient(a)


fc, sc = with_handler(fastapi.HTTPException), with_handler(starlette.exceptions.HTTPException)
print("handler on fastapi.HTTPException:   router 404 ->", fc.get("/missing").json(), "| raised ->", fc.get("/boom").json())
print("handler on starlette HTTPException: router 404 ->", sc.get("/missing").json(), "| raised ->", sc.get("/boom").json())
assert fc.get("/missing").json() == {"detail": "Not Found"}          # not caught
assert sc.get("/missing").json() == {"handled_by": "starlette.exceptions"}
assert sc.get("/boom").json() == {"handled_by": "starlette.exceptions"}
print("OK starlette-role-in-fastapi")
