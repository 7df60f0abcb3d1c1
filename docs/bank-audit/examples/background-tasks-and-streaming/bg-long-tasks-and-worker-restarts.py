"""bg-long-tasks-and-worker-restarts: the file has no code. Its Uvicorn claim runs here against a real server on a
free 127.0.0.1 port: after the 202, a graceful shutdown (what SIGTERM triggers) waits for a pending background
task with no limit by default, and --timeout-graceful-shutdown cuts it off. The 1.5 s "job" stands in for the
15-minute one. Gunicorn's and Kubernetes' 30 s defaults, OOM kills and queues are not run (not installed, or
outside one process)."""
import asyncio
import socket
import threading
import time

import httpx
import uvicorn
from fastapi import BackgroundTasks, FastAPI

outcome: list[str] = []
app = FastAPI()


async def process_video(video_id: int) -> None:
    try:
        await asyncio.sleep(1.5)
        outcome.append(f"video {video_id} processed")
    except asyncio.CancelledError:
        outcome.append(f"video {video_id} cancelled")
        raise


@app.post("/videos", status_code=202)
async def upload(tasks: BackgroundTasks):
    tasks.add_task(process_video, 1)
    return {"accepted": True}


def run(**config):
    outcome.clear()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, http="h11", log_level="critical", **config))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    r = httpx.post(f"http://127.0.0.1:{sock.getsockname()[1]}/videos")
    t0 = time.perf_counter()
    server.should_exit = True
    thread.join(10)
    return r.status_code, round(time.perf_counter() - t0, 1), list(outcome)


code, took, out = run()
print(f"default: response {code}, shutdown took {took}s, task: {out}")
assert code == 202 and out == ["video 1 processed"] and took >= 1.3

code, took, out = run(timeout_graceful_shutdown=0.3)
print(f"timeout_graceful_shutdown=0.3: response {code}, shutdown took {took}s, task: {out}")
assert code == 202 and out == ["video 1 cancelled"] and took < 1.0
assert uvicorn.Config(app).timeout_graceful_shutdown is None
print("OK bg-long-tasks-and-worker-restarts")
