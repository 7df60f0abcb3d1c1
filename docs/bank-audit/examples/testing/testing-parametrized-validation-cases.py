"""testing-parametrized-validation-cases: the file's parametrized test run with pytest against the model it
describes (sku: str, qty: int = Field(ge=1)), plus the valid edge case it recommends."""
import os
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
open(f"{root}/conftest.py", "w").write('''
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

class OrderIn(BaseModel):
    sku: str
    qty: int = Field(ge=1)

app = FastAPI()

@app.post("/orders", status_code=201)
def create(order: OrderIn):
    return order

@pytest.fixture
def client():
    return TestClient(app)
''')
# --- the file's test ------------------------------------------------------------------------------
TEST = '''
import pytest

@pytest.mark.parametrize(
    ("payload", "loc", "err_type"),
    [
        ({"qty": 2}, ["body", "sku"], "missing"),
        ({"sku": "A1", "qty": 0}, ["body", "qty"], "greater_than_equal"),
        ({"sku": "A1", "qty": "many"}, ["body", "qty"], "int_parsing"),
    ],
    ids=["no-sku", "qty-zero", "qty-not-int"],
)
def test_rejects_bad_orders(client, payload, loc, err_type):
    resp = client.post("/orders", json=payload)
    assert resp.status_code == 422
    errors = resp.json()["detail"]
    assert [(e["loc"], e["type"]) for e in errors] == [(loc, err_type)]
'''
# ---------------------------------------------------------------------------------------------------
TEST += '''

@pytest.mark.parametrize("payload", [{"sku": "A1", "qty": 1}, {"sku": "A1", "qty": "3"}], ids=["qty-one", "qty-str-int"])
def test_accepts_valid_edges(client, payload):
    assert client.post("/orders", json=payload).status_code == 201

def test_error_entry_fields(client):
    e = client.post("/orders", json={"sku": "A1", "qty": 0}).json()["detail"][0]
    print("ERROR ENTRY", e)
    assert set(e) >= {"type", "loc", "msg", "input"}
'''
open(f"{root}/test_orders.py", "w").write(TEST)
p = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", "-s"],
                   cwd=root, capture_output=True, text=True, timeout=40)
print("\n".join(l for l in p.stdout.splitlines()
                if l.startswith(("PASSED", "FAILED", "ERROR")) or " passed" in l or "ERROR ENTRY" in l))
assert p.returncode == 0 and "6 passed" in p.stdout, p.stdout
print("OK testing-parametrized-validation-cases")
