# migrating-flask-service-to-fastapi-design: the step-1 layout as in the file. Neither Flask nor a2wsgi is
# installed here, so `legacy.wsgi.flask_app` is a plain WSGI callable and `a2wsgi.WSGIMiddleware` is stubbed with
# Starlette's WSGIMiddleware (same role: runs a WSGI app in threads). Shows that the routers win because the
# mount comes last, and that a mount at "/" placed first swallows every path.
import sys
import tempfile
import textwrap
import types
import warnings
from pathlib import Path

with warnings.catch_warnings(record=True) as caught:      # the file: fastapi.middleware.wsgi is deprecated
    warnings.simplefilter("always")
    from fastapi.middleware.wsgi import WSGIMiddleware as _StarletteWSGI
print("importing fastapi.middleware.wsgi warns:", [f"{w.category.__name__}: {w.message}" for w in caught])
assert any(issubclass(w.category, DeprecationWarning) for w in caught)

sys.modules["a2wsgi"] = types.SimpleNamespace(WSGIMiddleware=_StarletteWSGI)   # stub for the missing package

root = Path(tempfile.mkdtemp())
files = {
    "legacy/__init__.py": "",
    "legacy/wsgi.py": """
        def flask_app(environ, start_response):          # stands in for the Flask app
            body = ("flask:" + environ["PATH_INFO"]).encode()
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [body]
    """,
    "app/__init__.py": "",
    "app/api/__init__.py": "",
    "app/api/orders.py": """
        from fastapi import APIRouter
        router = APIRouter(prefix="/orders")
        @router.get("/{order_id}")
        def get_order(order_id: int):
            return {"ported": "orders", "order_id": order_id}
    """,
    "app/api/users.py": """
        from fastapi import APIRouter
        router = APIRouter(prefix="/users")
        @router.get("/me")
        def me():
            return {"ported": "users"}
    """,
    # --- the file's code, word for word ---
    "app/main.py": """
        from a2wsgi import WSGIMiddleware
        from fastapi import FastAPI
        from legacy.wsgi import flask_app
        from app.api import orders, users

        app = FastAPI()
        app.include_router(orders.router)          # ported endpoints win
        app.include_router(users.router)
        app.mount("/", WSGIMiddleware(flask_app))  # everything else is still Flask
    """,
}
for name, src in files.items():
    p = root / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(textwrap.dedent(src))
sys.path.insert(0, str(root))

from fastapi import FastAPI
from fastapi.testclient import TestClient
from app.main import app
from app.api import orders
from legacy.wsgi import flask_app

c = TestClient(app)
for path in ("/orders/3", "/users/me", "/invoices/9", "/"):
    r = c.get(path)
    print("mount last ", path, r.status_code, r.text)
assert c.get("/orders/3").json() == {"ported": "orders", "order_id": 3}
assert c.get("/invoices/9").text == "flask:/invoices/9"

wrong = FastAPI()
wrong.mount("/", _StarletteWSGI(flask_app))      # mount first ...
wrong.include_router(orders.router)              # ... then the ported router
r = TestClient(wrong).get("/orders/3")
print("mount first", "/orders/3", r.status_code, r.text)
assert r.text == "flask:/orders/3", "the mount at / catches the path before the ported route"
print("OK migrating-flask-service-to-fastapi-design")
