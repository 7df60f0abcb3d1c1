# errors-custom-exception-handlers: the model answer's DomainError hierarchy and handler, MRO matching, status-code
# handlers, where handlers run relative to middleware, and the special Exception handler.
from fastapi import FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

app = FastAPI()

# --- the model answer's code ---
class DomainError(Exception):
    status_code = 400
    code = "domain_error"

    def __init__(self, message: str, **context):
        super().__init__(message)
        self.message, self.context = message, context

class InsufficientFunds(DomainError):
    status_code, code = 409, "insufficient_funds"

class AccountFrozen(DomainError):
    status_code, code = 423, "account_frozen"

@app.exception_handler(DomainError)
async def domain_error_handler(request: Request, exc: DomainError) -> JSONResponse:
    return JSONResponse(
        status_code=exc.status_code,
        content={"code": exc.code, "message": exc.message, **exc.context},
    )
# --- end ---


class LimitExceeded(InsufficientFunds):
    code = "limit_exceeded"


class Special(DomainError):
    pass


@app.exception_handler(Special)
async def special_handler(request, exc):
    return JSONResponse({"special": True}, status_code=418)


@app.exception_handler(404)
async def not_found(request, exc):
    return JSONResponse({"not_found": request.url.path}, status_code=404)


@app.exception_handler(Exception)
async def unexpected(request, exc):
    return JSONResponse({"code": "internal_error"}, status_code=500)


class Broken(Exception):
    pass


@app.exception_handler(Broken)
async def broken_handler(request, exc):
    raise ValueError("bug in the handler")


def svc(kind: str):  # the "service layer": no HTTPException here
    if kind == "funds":
        raise InsufficientFunds("Balance too low", balance=3, needed=10)
    if kind == "frozen":
        raise AccountFrozen("Account frozen")
    if kind == "limit":
        raise LimitExceeded("Daily limit")
    if kind == "special":
        raise Special("x")
    if kind == "missing":
        raise HTTPException(404, "no such account")
    if kind == "crash":
        raise RuntimeError("secret internals")
    if kind == "broken":
        raise Broken()
    return {"ok": True}


@app.post("/transfer/{kind}")
async def transfer(kind: str):
    return svc(kind)


@app.middleware("http")
async def add_timing(request: Request, call_next):
    response = await call_next(request)
    response.headers["X-Timing"] = "1ms"
    return response


app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])
c = TestClient(app, raise_server_exceptions=False)
H = {"Origin": "https://app.example.com"}
expect = {
    "funds": (409, {"code": "insufficient_funds", "message": "Balance too low", "balance": 3, "needed": 10}),
    "frozen": (423, {"code": "account_frozen", "message": "Account frozen"}),
    "limit": (409, {"code": "limit_exceeded", "message": "Daily limit"}),     # base-class handler via the MRO
    "special": (418, {"special": True}),                                       # the more specific handler wins
    "missing": (404, {"not_found": "/transfer/missing"}),                      # status-code handler
}
for kind, (status, body) in expect.items():
    r = c.post(f"/transfer/{kind}", headers=H)
    print(kind, "->", r.status_code, r.json(), "| X-Timing:", r.headers.get("x-timing"),
          "| CORS:", r.headers.get("access-control-allow-origin"))
    assert (r.status_code, r.json()) == (status, body)
    assert r.headers["x-timing"] == "1ms" and r.headers["access-control-allow-origin"] == "https://app.example.com"
r = c.get("/no-route")
assert r.status_code == 404 and r.json() == {"not_found": "/no-route"}       # also router 404s

# Exception handler: ServerErrorMiddleware, outermost
r = c.post("/transfer/crash", headers=H)
print("crash ->", r.status_code, r.json(), "| X-Timing:", r.headers.get("x-timing"),
      "| CORS:", r.headers.get("access-control-allow-origin"))
assert r.status_code == 500 and r.json() == {"code": "internal_error"}
assert "x-timing" not in r.headers and "access-control-allow-origin" not in r.headers
raised = []


async def server_view(scope, receive, send):
    try:
        await app(scope, receive, send)
    except Exception as exc:
        raised.append(exc)
        raise


r = TestClient(server_view, raise_server_exceptions=False).post("/transfer/crash")
print("re-raised to the server after the 500 was sent:", [type(e).__name__ for e in raised], r.status_code)
assert r.status_code == 500 and isinstance(raised[0], RuntimeError)
try:
    TestClient(app).post("/transfer/crash")
    raise AssertionError
except RuntimeError:
    print("TestClient() re-raises it into the test")

# a handler that raises: a 500
r = c.post("/transfer/broken")
print("handler raises ->", r.status_code, r.json())
assert r.status_code == 500

# exception_handlers= and add_exception_handler work the same
other = FastAPI(exception_handlers={DomainError: domain_error_handler})
other.add_exception_handler(404, not_found)


@other.get("/x")
async def x():
    raise AccountFrozen("nope")


assert TestClient(other).get("/x").status_code == 423
assert TestClient(other).get("/y").json() == {"not_found": "/y"}
print("OK errors-custom-exception-handlers")
