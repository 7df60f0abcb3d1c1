# middleware-per-request-data-on-self: the question's AuditMiddleware under two overlapping requests (httpx over
# ASGITransport, one event loop), then the fix from the model answer.
import asyncio
import logging
import re

import httpx
from fastapi import FastAPI, Request

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record.getMessage())


audit_log = logging.getLogger("audit")
audit_log.setLevel(logging.INFO)
audit_log.addHandler(Keep())


def build(fixed: bool) -> FastAPI:
    app = FastAPI()

    @app.get("/work")
    async def work(seconds: float, request: Request):
        await asyncio.sleep(seconds)
        return {"audit_user": getattr(request.state, "audit_user", None)}

    if not fixed:
        # --- the question's code ---
        import time
        from starlette.middleware.base import BaseHTTPMiddleware

        class AuditMiddleware(BaseHTTPMiddleware):
            async def dispatch(self, request, call_next):
                self.user = request.headers.get("x-user-id", "anonymous")
                self.started = time.perf_counter()
                response = await call_next(request)
                elapsed_ms = (time.perf_counter() - self.started) * 1000
                audit_log.info("%s %s user=%s status=%s %.1fms", request.method,
                               request.url.path, self.user, response.status_code, elapsed_ms)
                return response

        app.add_middleware(AuditMiddleware)
        # --- end ---
    else:
        import time
        from starlette.middleware.base import BaseHTTPMiddleware

        # --- the model answer's fix ---
        class AuditMiddleware(BaseHTTPMiddleware):
            async def dispatch(self, request, call_next):
                user = request.headers.get("x-user-id", "anonymous")
                started = time.perf_counter()
                request.state.audit_user = user            # if endpoints need it
                response = await call_next(request)
                elapsed_ms = (time.perf_counter() - started) * 1000
                audit_log.info("%s %s user=%s status=%s %.1fms", request.method,
                               request.url.path, user, response.status_code, elapsed_ms)
                return response
        # --- end ---
        app.add_middleware(AuditMiddleware)
    return app


async def overlap(app):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        async def alice():
            return await c.get("/work", params={"seconds": 0.4}, headers={"x-user-id": "alice"})

        async def bob():
            await asyncio.sleep(0.1)                       # arrives while alice's request is in the endpoint
            return await c.get("/work", params={"seconds": 0.05}, headers={"x-user-id": "bob"})
        return await asyncio.gather(alice(), bob())


def parse(lines):
    return [(m.group(1), float(m.group(2))) for m in (re.search(r"user=(\w+) status=200 ([\d.]+)ms", x) for x in lines)]


records.clear()
asyncio.run(overlap(build(fixed=False)))
buggy = parse(records)
print("buggy, log lines (bob finishes first):", records)
assert buggy[0][0] == "bob" and buggy[1][0] == "bob"      # alice's request is logged as bob's
assert buggy[1][1] < 350                                   # and measured from bob's start: ~300 ms, not ~400

records.clear()
responses = asyncio.run(overlap(build(fixed=True)))
fixed = parse(records)
print("fixed, log lines:", records, "| request.state.audit_user:", [r.json() for r in responses])
assert [u for u, _ in fixed] == ["bob", "alice"] and fixed[1][1] >= 390
assert [r.json()["audit_user"] for r in responses] == ["alice", "bob"]

# one instance serves every request
app = build(fixed=False)
cls = app.user_middleware[0].cls
ids = []
orig = cls.dispatch


async def spy(self, request, call_next):
    ids.append(id(self))
    return await orig(self, request, call_next)
cls.dispatch = spy
asyncio.run(overlap(app))
asyncio.run(overlap(app))
print("middleware instances seen over four requests:", len(set(ids)))
assert len(ids) == 4 and len(set(ids)) == 1
print("OK middleware-per-request-data-on-self")
