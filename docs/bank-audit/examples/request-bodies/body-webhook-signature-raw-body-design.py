# body-webhook-signature-raw-body-design: the file's endpoint with WEBHOOK_SECRET, dead_letters and inbox
# stubbed in memory; good, bad and missing signatures, an unknown type, a duplicate, the docs, and the
# trade-off variant with `event: Event` as a body parameter.
import hashlib
import hmac
import json

from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()
WEBHOOK_SECRET = b"shared-secret"


class _DeadLetters:
    def __init__(self): self.rows = []
    async def save(self, raw): self.rows.append(raw)


class _Inbox:
    def __init__(self): self.rows = {}
    async def insert_once(self, key, raw): self.rows.setdefault(key, raw)     # unique key: duplicates are no-ops


dead_letters, inbox = _DeadLetters(), _Inbox()

# --- the file's code ---
import hashlib, hmac
from typing import Annotated, Literal
from fastapi import Depends, FastAPI, Header, HTTPException, Request
from pydantic import BaseModel, Field, TypeAdapter, ValidationError

class PaymentSucceeded(BaseModel):
    type: Literal["payment.succeeded"]
    id: str
    amount_cents: int

class PaymentFailed(BaseModel):
    type: Literal["payment.failed"]
    id: str
    reason: str

Event = Annotated[PaymentSucceeded | PaymentFailed, Field(discriminator="type")]
event_adapter = TypeAdapter(Event)

async def signed_body(request: Request, x_signature: Annotated[str | None, Header()] = None) -> bytes:
    raw = await request.body()
    expected = hmac.new(WEBHOOK_SECRET, raw, hashlib.sha256).hexdigest().encode()
    if not x_signature or not hmac.compare_digest(expected, x_signature.encode()):
        raise HTTPException(status_code=401, detail="invalid signature")
    return raw

@app.post("/webhooks/payments", status_code=202)
async def receive(raw: Annotated[bytes, Depends(signed_body)]) -> dict[str, str]:
    try:
        event = event_adapter.validate_json(raw)
    except ValidationError:
        await dead_letters.save(raw)
        return {"status": "ignored"}
    await inbox.insert_once(event.id, raw)    # unique key on the event id
    return {"status": "accepted"}
# -----------------------


def sign(raw: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, raw, hashlib.sha256).hexdigest()


c = TestClient(app)
raw = b'{"type":"payment.succeeded", "id":"evt_1","amount_cents":1200}'
r = c.post("/webhooks/payments", content=raw, headers={"x-signature": sign(raw)})
print("signed:", r.status_code, r.json())
assert r.status_code == 202 and r.json() == {"status": "accepted"}
r = c.post("/webhooks/payments", content=raw, headers={"x-signature": sign(raw)})
print("duplicate:", r.status_code, r.json(), "| inbox rows:", len(inbox.rows))
assert len(inbox.rows) == 1
r = c.post("/webhooks/payments", content=raw, headers={"x-signature": "00" * 32})
print("bad signature:", r.status_code, r.json())
assert r.status_code == 401
r = c.post("/webhooks/payments", content=raw)
print("no signature header:", r.status_code, r.json())
assert r.status_code == 401
unknown = b'{"type":"refund.created","id":"evt_2"}'
r = c.post("/webhooks/payments", content=unknown, headers={"x-signature": sign(unknown)})
print("unknown type:", r.status_code, r.json(), "| dead letters:", dead_letters.rows)
assert r.status_code == 202 and r.json() == {"status": "ignored"} and dead_letters.rows == [unknown]
try:
    event_adapter.validate_json(b'{"type":"payment.failed","id":"x"}')
except ValidationError as e:
    print("discriminated error names one shape:", [(x["type"], x["loc"]) for x in e.errors()])
extra = b'{"type":"payment.failed","id":"evt_3","reason":"card","new_field":1}'
print("extra field from the provider:", c.post("/webhooks/payments", content=extra, headers={"x-signature": sign(extra)}).json())

# re-serialising a parsed body changes the bytes, so the HMAC would not match
parsed = PaymentSucceeded.model_validate_json(raw)
redumped = parsed.model_dump_json().encode()
print("raw:", raw, "\nre-dumped:", redumped, "\nsame HMAC:", sign(raw) == sign(redumped))
assert sign(raw) != sign(redumped)

op = c.get("/openapi.json").json()["paths"]["/webhooks/payments"]["post"]
print("requestBody in docs:", "requestBody" in op, "| parameters:", [p["name"] for p in op.get("parameters", [])])
assert "requestBody" not in op

# trade-off variant: the event as a body parameter
alt = FastAPI()


@alt.post("/webhooks/payments", status_code=202)
async def receive_typed(event: Event, raw: Annotated[bytes, Depends(signed_body)]):
    return {"status": "accepted", "id": event.id}


ac = TestClient(alt)
print("body param, unknown type, bad signature ->", ac.post("/webhooks/payments", content=unknown,
      headers={"x-signature": "00", "content-type": "application/json"}).status_code)
r = ac.post("/webhooks/payments", content=unknown, headers={"x-signature": sign(unknown), "content-type": "application/json"})
print("body param, unknown type, good signature ->", r.status_code, r.json()["detail"][0]["type"])
assert r.status_code == 422
r = ac.post("/webhooks/payments", content=raw, headers={"x-signature": sign(raw), "content-type": "application/json"})
print("body param, valid event ->", r.status_code, r.json(), "| docs requestBody:",
      "requestBody" in ac.get("/openapi.json").json()["paths"]["/webhooks/payments"]["post"])
print("OK body-webhook-signature-raw-body-design")
