"""bg-function-scope-dependency-streaming-bug: the question's endpoint as it stands, then the answer's fixes (the
default scope, and the connection opened inside the generator). Stubs: `engine` is SQLAlchemy on a SQLite file
with an `orders` table of 50 rows. SQLite has no server-side cursors, so the buggy endpoint runs twice: with the
default pool (the cursor survives the connection's return to the pool and every row arrives), and with NullPool,
where closing really closes the connection as a server-side cursor's transaction ends with it (the stream breaks
after the header and at most one row). The order of events is recorded: when the connection is handed back or
closed, when the response starts, each chunk sent."""
import logging
import os
import tempfile
import traceback

from fastapi.testclient import TestClient
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, event, insert
from sqlalchemy.pool import NullPool

# --- stubs: a database with 50 orders ---
path = os.path.join(tempfile.mkdtemp(), "shop.db")
engine = create_engine(f"sqlite:///{path}")
meta = MetaData()
orders = Table("orders", meta, Column("id", Integer, primary_key=True), Column("total", Integer))
meta.create_all(engine)
with engine.begin() as c:
    c.execute(insert(orders), [{"id": i, "total": i * 10} for i in range(1, 51)])
log: list[str] = []
logging.getLogger("sqlalchemy.pool").setLevel(logging.CRITICAL)     # SQLAlchemy's own "Error closing cursor" noise
event.listen(engine, "checkin", lambda dbapi_conn, rec: log.append("connection returned to the pool"))

# --- the question's code, as it stands ---
from typing import Annotated
from fastapi import Depends, FastAPI
from fastapi.responses import StreamingResponse
from sqlalchemy import Connection, select

app = FastAPI()

def get_conn():
    with engine.connect() as conn:
        yield conn

ConnDep = Annotated[Connection, Depends(get_conn, scope="function")]

@app.get("/reports/orders.csv")
def orders_csv(conn: ConnDep):
    result = conn.execution_options(stream_results=True).execute(select(orders.c.id, orders.c.total))

    def rows():
        yield "id,total\n"
        for order_id, total in result:
            yield f"{order_id},{total}\n"

    return StreamingResponse(rows(), media_type="text/csv")


class Recorder:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        async def wrapped(message):
            if message["type"] == "http.response.start":
                log.append(f"response start {message['status']}")
            elif message.get("body"):
                log.append(f"chunk {message['body'].decode().strip()!r}")
            await send(message)
        try:
            await self.app(scope, receive, wrapped)
        except Exception as exc:
            log.append(f"raised after the response started: {type(exc).__name__}: {str(exc).splitlines()[0][:70]}")
            raise


def run(application, label):
    log.clear()
    client = TestClient(Recorder(application), raise_server_exceptions=False)
    r = client.get("/reports/orders.csv")
    lines = r.text.splitlines()
    print(f"{label}: status {r.status_code}, {len(lines)} lines: {lines[:3]}{' ...' if len(lines) > 3 else ''}")
    for entry in log[:5] + (["..."] + log[-2:] if len(log) > 7 else log[5:]):
        print("    ", entry)
    return r, lines


r, lines = run(app, "scope='function', SQLite with its default pool")
assert r.status_code == 200
assert log.index("connection returned to the pool") < log.index("response start 200")   # closed before streaming
# SQLite's cursor outlives the connection's return to the pool: every row still arrives, read through a
# connection the pool already counts as free.
assert len(lines) == 51

# A driver whose cursor dies with its connection: NullPool really closes the SQLite connection on close().
engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
event.listen(engine, "close", lambda dbapi_conn, rec: log.append("connection returned to the pool"))
r, lines = run(app, "scope='function', connection really closed")
assert r.status_code == 200
assert log.index("connection returned to the pool") < log.index("response start 200")
sent = [e for e in log if e.startswith("chunk")]
assert sent == ["chunk 'id,total'", "chunk '1,10'"], sent        # the header and the one row fetched ahead
assert log[-1].startswith("raised after the response started: ProgrammingError")

# --- fix 1: default scope ---
app2 = FastAPI()
ConnDepRequest = Annotated[Connection, Depends(get_conn)]


@app2.get("/reports/orders.csv")
def orders_csv_request_scope(conn: ConnDepRequest):
    result = conn.execution_options(stream_results=True).execute(select(orders.c.id, orders.c.total))

    def rows():
        yield "id,total\n"
        for order_id, total in result:
            yield f"{order_id},{total}\n"

    return StreamingResponse(rows(), media_type="text/csv")


r, lines = run(app2, "default scope")
assert len(lines) == 51 and log[-1] == "connection returned to the pool"

# --- fix 2: the answer's code, as it stands ---
app3 = FastAPI()

@app3.get("/reports/orders.csv")
def orders_csv():
    def rows():
        with engine.connect() as conn:
            result = conn.execution_options(stream_results=True).execute(select(orders.c.id, orders.c.total))
            yield "id,total\n"
            for order_id, total in result:
                yield f"{order_id},{total}\n"
    return StreamingResponse(rows(), media_type="text/csv")


r, lines = run(app3, "connection inside the generator")
assert len(lines) == 51 and lines[-1] == "50,500" and log[-1] == "connection returned to the pool"
print("OK bg-function-scope-dependency-streaming-bug")
