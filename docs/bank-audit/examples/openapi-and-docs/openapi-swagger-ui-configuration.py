"""openapi-swagger-ui-configuration: swagger_ui_parameters in the generated page, then the file's self-hosted
page with StaticFiles (dummy JS/CSS files in a temporary static/ folder)."""
import json
import os
import re
import tempfile

from fastapi.testclient import TestClient

# --- the file's code ---------------------------------------------------------------------------
from fastapi import FastAPI
app = FastAPI(swagger_ui_parameters={"syntaxHighlight": {"theme": "obsidian"}, "deepLinking": False})
# -----------------------------------------------------------------------------------------------
page = TestClient(app).get("/docs").text
print("generated /docs options:")
for line in page.splitlines():
    if re.match(r'\s*"(dom_id|layout|deepLinking|showExtensions|showCommonExtensions|syntaxHighlight)"', line):
        print("  ", line.strip())
assert '"deepLinking": false' in page and '"syntaxHighlight": {"theme": "obsidian"}' in page
assert '"layout": "BaseLayout"' in page
print("assets from:", sorted(set(re.findall(r'https://[^/"]+', page))))
assert "cdn.jsdelivr.net" in page
from fastapi.openapi.docs import swagger_ui_default_parameters
print("FastAPI's defaults:", swagger_ui_default_parameters)

work = tempfile.mkdtemp()
os.chdir(work)                    # StaticFiles(directory="static") is relative to the working directory
os.makedirs("static")
for f in ("swagger-ui-bundle.js", "swagger-ui.css"):
    open(f"static/{f}", "w").write(f"/* {f} */")

# --- the file's code ---------------------------------------------------------------------------
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.staticfiles import StaticFiles

app = FastAPI(docs_url=None, redoc_url=None)
app.mount("/static", StaticFiles(directory="static"), name="static")

@app.get("/docs", include_in_schema=False)
async def swagger_ui():
    return get_swagger_ui_html(
        openapi_url=app.openapi_url,
        title=app.title + " - Swagger UI",
        oauth2_redirect_url=app.swagger_ui_oauth2_redirect_url,
        swagger_js_url="/static/swagger-ui-bundle.js",
        swagger_css_url="/static/swagger-ui.css",
    )

@app.get(app.swagger_ui_oauth2_redirect_url, include_in_schema=False)
async def swagger_ui_redirect():
    return get_swagger_ui_oauth2_redirect_html()
# -----------------------------------------------------------------------------------------------

c = TestClient(app)
page = c.get("/docs").text
print("self-hosted /docs loads:", re.findall(r'(?:src|href)="([^"]+)"', page))
print("  static files served:", c.get("/static/swagger-ui-bundle.js").status_code, c.get("/static/swagger-ui.css").status_code)
print("  oauth2 redirect route:", app.swagger_ui_oauth2_redirect_url, c.get(app.swagger_ui_oauth2_redirect_url).status_code)
assert "/static/swagger-ui-bundle.js" in page and "/static/swagger-ui.css" in page
print("  favicon still external:", [u for u in re.findall(r'href="([^"]+)"', page) if "favicon" in u])

bare = FastAPI(docs_url=None)
print("docs_url=None also drops the redirect route:", TestClient(bare).get("/docs/oauth2-redirect").status_code)
assert TestClient(bare).get("/docs/oauth2-redirect").status_code == 404

themed = FastAPI(docs_url=None, swagger_ui_parameters={"deepLinking": False})
print("custom page ignores app.swagger_ui_parameters unless passed:",
      '"deepLinking": false' in get_swagger_ui_html(openapi_url="/openapi.json", title="t").body.decode(),
      "| passed:", '"deepLinking": false' in get_swagger_ui_html(
          openapi_url="/openapi.json", title="t", swagger_ui_parameters=themed.swagger_ui_parameters).body.decode())
print("OK openapi-swagger-ui-configuration")
