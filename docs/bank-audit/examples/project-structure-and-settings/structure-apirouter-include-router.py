"""structure-apirouter-include-router: the file's orders and admin routers, then each behaviour it lists."""
from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException
from fastapi.testclient import TestClient

order: list[str] = []


def require_user():
    order.append("router dependency (require_user)")


def require_admin(x_admin: str = Header("no")):
    order.append("include_router dependency (require_admin)")
    if x_admin != "yes":
        raise HTTPException(403, "admins only")
    return "ADMIN"


class admin:
    router = APIRouter()


@admin.router.get("/stats")
def stats():
    return {"stats": True}


class orders:
    pass

# --- the file's code ---------------------------------------------------------------------------
# app/routers/orders.py
router = APIRouter(
    prefix="/orders",
    tags=["orders"],
    dependencies=[Depends(require_user)],
    responses={404: {"description": "Order not found"}},
)

@router.get("/")                   # GET /orders/
def list_orders(): ...

@router.get("/{order_id}", tags=["reports"])
def read_order(order_id: int): ...  # tags: orders + reports

# app/main.py
orders.router = router
app = FastAPI()
app.include_router(orders.router)
app.include_router(admin.router, prefix="/admin", tags=["admin"],
                   dependencies=[Depends(require_admin)])
# -----------------------------------------------------------------------------------------------

s = app.openapi()
print("paths:", list(s["paths"]))
assert list(s["paths"]) == ["/orders/", "/orders/{order_id}", "/admin/stats"]
ro = s["paths"]["/orders/{order_id}"]["get"]
print("read_order tags:", ro["tags"], "| responses:", sorted(ro["responses"]))
assert ro["tags"] == ["orders", "reports"] and "404" in ro["responses"]
print("admin stats tags:", s["paths"]["/admin/stats"]["get"]["tags"])

c = TestClient(app)
print("GET /orders/ ->", c.get("/orders/").status_code, order)
print("GET /admin/stats without the header ->", c.get("/admin/stats").status_code, "| with ->",
      c.get("/admin/stats", headers={"X-Admin": "yes"}).json())


# dependency order: app, router/include, decorator, parameter; return values not passed in
def dep(name):
    def f():
        order.append(name)
        return name
    return f

app2 = FastAPI(dependencies=[Depends(dep("app"))])
r = APIRouter(dependencies=[Depends(dep("router"))])


@r.get("/x", dependencies=[Depends(dep("decorator"))])
def x(p: str = Depends(dep("parameter"))):
    return {"p": p}


app2.include_router(r, dependencies=[Depends(dep("include"))])
order.clear()
print("GET /x ->", TestClient(app2).get("/x").json(), "| order:", order)

# prefix rules
for bad in ("orders", "/orders/"):
    try:
        APIRouter(prefix=bad)
        print(f"APIRouter(prefix={bad!r}) accepted")
    except AssertionError as e:
        print(f"APIRouter(prefix={bad!r}) ->", e)
double = FastAPI()
double.include_router(router, prefix="/orders")
print("prefix on the router and at include time ->", list(double.openapi()["paths"]))

# the same router twice, and routes added after inclusion
twice = FastAPI()
twice.include_router(admin.router, prefix="/v1")
twice.include_router(admin.router, prefix="/latest")


@admin.router.get("/late")
def late():
    return {"late": True}


print("included twice, then a route added ->", list(twice.openapi()["paths"]),
      TestClient(twice).get("/latest/late").json())
print("router.routes of the app:", [type(x).__name__ for x in twice.router.routes])

print("OK structure-apirouter-include-router")
