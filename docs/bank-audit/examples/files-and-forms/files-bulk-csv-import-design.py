# files-bulk-csv-import-design: the answer's run_import, with ImportJob, ProductRow and upsert_products written
# here, on a small generated CSV (BOM, a bad price, a missing SKU) instead of two million rows. The endpoints,
# the queue and the storage are a design and are not run.
import csv
import io
from decimal import Decimal
from typing import BinaryIO

from pydantic import BaseModel, Field, ValidationError


class ProductRow(BaseModel):
    sku: str = Field(min_length=1)
    name: str
    price: Decimal


class ImportJob:
    def __init__(self):
        self.errors, self.batches = [], []

    def add_error(self, line_no, errors):
        self.errors.append((line_no, [(e["loc"], e["type"]) for e in errors]))


def upsert_products(job, batch):
    if batch:
        job.batches.append(len(batch))

# --- the file's code ---
def run_import(job: ImportJob, stream: BinaryIO) -> None:
    rows = csv.DictReader(io.TextIOWrapper(stream, encoding="utf-8-sig", newline=""))
    batch = []
    for line_no, raw in enumerate(rows, start=2):          # line 1 is the header
        try:
            batch.append(ProductRow.model_validate(raw))   # lax mode turns "9.50" into Decimal
        except ValidationError as exc:
            job.add_error(line_no, exc.errors(include_url=False))
        if len(batch) >= 2_000:
            upsert_products(job, batch)                    # one transaction per batch
            batch.clear()
    upsert_products(job, batch)
# -----------------------

lines = ["sku,name,price"] + [f"SKU-{i},Item {i},{i}.50" for i in range(4500)]
lines[10] = "SKU-9,Item 9,nine"            # line 11: bad price
lines[20] = ",No sku,1.00"                 # line 21: empty sku
data = ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8")      # Excel-style BOM
job = ImportJob()
run_import(job, io.BytesIO(data))
print("batches:", job.batches, "| errors:", job.errors)
assert job.batches == [2000, 2000, 498] and [e[0] for e in job.errors] == [11, 21]
first = next(csv.DictReader(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")))
print("first row with utf-8-sig:", first, "| price type after validation:", type(ProductRow.model_validate(first).price).__name__)
plain = next(csv.DictReader(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="")))
print("with plain utf-8 the first column is", repr(list(plain)[0]))
assert list(plain)[0] == "\ufeffsku"
print("OK files-bulk-csv-import-design")
