"""deploy-https-tls-termination-proxy: the file's shell line uses `fastapi run`; fastapi-cli is not installed, so the
same settings go to Uvicorn (proxy_headers, forwarded_allow_ips). Real Uvicorn servers on free 127.0.0.1 ports;
this script plays the terminating proxy by sending X-Forwarded-Proto from 127.0.0.1.
- without trust (forwarded_allow_ips names another address): scheme http, the slash redirect and url_for give
  http:// links, and HTTPSRedirectMiddleware redirects every request, even one the proxy marked as https;
- with the proxy trusted: https links, and the middleware lets the request through;
- Uvicorn serving HTTPS itself with ssl_certfile/ssl_keyfile (a throw-away self-signed certificate).
No real proxy, ACME or HSTS setup is run."""
import datetime
import os
import socket
import tempfile
import threading
import time

import httpx
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from fastapi import FastAPI, Request
from fastapi.middleware.httpsredirect import HTTPSRedirectMiddleware


def make_app(redirect_middleware=False):
    app = FastAPI()

    @app.get("/items/")
    def items(request: Request):
        return {"scheme": request.url.scheme, "url_for": str(request.url_for("items"))}

    if redirect_middleware:
        app.add_middleware(HTTPSRedirectMiddleware)
    return app


def serve(app, **config):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="critical", **config))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    return server, thread, sock.getsockname()[1]


def stop(server, thread):
    server.should_exit = True
    thread.join(5)


proxy = {"x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.4"}
rows = {}
for label, allow in (("untrusted", "10.0.0.5"), ("trusted", "127.0.0.1")):
    server, thread, port = serve(make_app(), proxy_headers=True, forwarded_allow_ips=allow)
    try:
        base = f"http://127.0.0.1:{port}"
        body = httpx.get(base + "/items/", headers=proxy).json()
        redirect = httpx.get(base + "/items", headers=proxy).headers["location"]
    finally:
        stop(server, thread)
    server, thread, port = serve(make_app(True), proxy_headers=True, forwarded_allow_ips=allow)
    try:
        mw = httpx.get(f"http://127.0.0.1:{port}/items/", headers=proxy)
    finally:
        stop(server, thread)
    rows[label] = (body["scheme"], body["url_for"].split(":")[0], redirect.split(":")[0],
                   f"{mw.status_code} {mw.headers.get('location', '')}")
    print(f"{label:9}: scheme {rows[label][0]}, url_for {rows[label][1]}://, slash redirect {rows[label][2]}://, "
          f"HTTPSRedirectMiddleware -> {rows[label][3]}")
assert rows["untrusted"][:3] == ("http", "http", "http") and rows["untrusted"][3].startswith("307 https://")
assert rows["trusted"][:3] == ("https", "https", "https") and rows["trusted"][3].startswith("200")

# Uvicorn terminating TLS itself
key = ec.generate_private_key(ec.SECP256R1())
name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
now = datetime.datetime.now(datetime.timezone.utc)
cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1)).sign(key, hashes.SHA256()))
folder = tempfile.mkdtemp()
certfile, keyfile = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
with open(certfile, "wb") as f:
    f.write(cert.public_bytes(serialization.Encoding.PEM))
with open(keyfile, "wb") as f:
    f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
server, thread, port = serve(make_app(), ssl_certfile=certfile, ssl_keyfile=keyfile)
try:
    body = httpx.get(f"https://127.0.0.1:{port}/items/", verify=False).json()
finally:
    stop(server, thread)
print("Uvicorn with ssl_certfile/ssl_keyfile:", body)
assert body["scheme"] == "https"
print("OK deploy-https-tls-termination-proxy")
