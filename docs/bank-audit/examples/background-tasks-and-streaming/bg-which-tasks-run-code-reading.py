"""bg-which-tasks-run-code-reading: the question's code exactly as it stands, with the status codes kept from the
loop; the answer says 200, 404, 200, 202 and log == ["a", "c2", "d"]."""
# --- the question's code, as it stands ---
from fastapi import BackgroundTasks, FastAPI, HTTPException
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from starlette.background import BackgroundTask

app = FastAPI()
log: list[str] = []

def note(msg: str) -> None:
    log.append(msg)

@app.post("/a")
def a(tasks: BackgroundTasks):
    tasks.add_task(note, "a")
    return {"ok": True}

@app.post("/b")
def b(tasks: BackgroundTasks):
    tasks.add_task(note, "b")
    raise HTTPException(status_code=404, detail="Missing")

@app.post("/c")
def c(tasks: BackgroundTasks):
    tasks.add_task(note, "c1")
    return JSONResponse({"ok": True}, background=BackgroundTask(note, "c2"))

@app.post("/d")
def d(tasks: BackgroundTasks):
    tasks.add_task(note, "d")
    return JSONResponse({"ok": True}, status_code=202)

client = TestClient(app)
statuses = []
for path in ("/a", "/b", "/c", "/d"):
    r = client.post(path)
    statuses.append(r.status_code)
    print(path, r.status_code, r.json(), "log so far:", list(log))

print("statuses:", statuses, "log:", log)
assert statuses == [200, 404, 200, 202]
assert log == ["a", "c2", "d"]

# the takeaway: add your own task to the same object and pass it as the response's background
@app.post("/e")
def e(tasks: BackgroundTasks):
    tasks.add_task(note, "e1")
    tasks.add_task(note, "e2")
    return JSONResponse({"ok": True}, background=tasks)


log.clear()
client.post("/e")
print("background=tasks:", log)
assert log == ["e1", "e2"]
print("OK bg-which-tasks-run-code-reading")
