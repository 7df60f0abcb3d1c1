#!/usr/bin/env bash
# A Python for the bank's examples on a machine that reaches Debian's archive and GitHub source trees but no PyPI:
# a Debian 13 chroot with Debian's Pydantic, SQLAlchemy and friends, and FastAPI, Starlette, Uvicorn,
# pydantic-settings, SQLModel, typing-inspection, annotated-doc and python-multipart from their source trees.
# Usage (as root): bash setup-without-pypi.sh /tmp/trixie SOURCES
#   SOURCES: a folder holding checkouts named fastapi, starlette, uvicorn, pydantic-settings, sqlmodel,
#   typing-inspection, annotated-doc and python-multipart at the versions listed in README.md.
set -euo pipefail
root="${1:?chroot folder}"
sources="${2:?folder of source checkouts}"
command -v debootstrap >/dev/null || apt-get install -y debootstrap
debootstrap --variant=minbase --include=python3,python3-pydantic,python3-pydantic-core,python3-anyio,python3-httpx,python3-typing-extensions,python3-yaml \
    trixie "$root" http://deb.debian.org/debian
cp /etc/resolv.conf "$root/etc/resolv.conf"
chroot "$root" apt-get update -q
chroot "$root" apt-get install -y -q python3-dotenv python3-jwt python3-sqlalchemy python3-orjson python3-ujson \
    python3-jinja2 python3-email-validator python3-pytest python3-aiosqlite python3-pytest-asyncio python3-click \
    python3-websockets python3-wsproto python3-httptools
mkdir -p "$root/opt/py"
cp -r "$sources/fastapi/fastapi" "$sources/starlette/starlette" "$sources/uvicorn/uvicorn" \
    "$sources/pydantic-settings/pydantic_settings" "$sources/sqlmodel/sqlmodel" \
    "$sources/typing-inspection/src/typing_inspection" "$sources/annotated-doc/src/annotated_doc" \
    "$sources/python-multipart/python_multipart" "$root/opt/py/"
chroot "$root" env PYTHONPATH=/opt/py python3 -c "import fastapi, pydantic; print('fastapi', fastapi.__version__, 'pydantic', pydantic.VERSION)"
