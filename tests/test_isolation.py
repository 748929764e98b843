"""Importing and loading never open a socket and never write inside the installed package."""

from __future__ import annotations

import subprocess
import sys

GUARD = r"""
import socket, os, sys
def _refuse(*a, **k):
    raise RuntimeError("network access attempted")
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
import importlib.util
pkg = os.path.dirname(importlib.util.find_spec("mppdata").origin)
def snapshot():
    out = {}
    for root, dirs, files in os.walk(pkg, followlinks=True):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for f in files:
            p = os.path.join(root, f)
            st = os.stat(p)
            out[p] = (st.st_size, st.st_mtime_ns)
    return out
before = snapshot()
import mppdata
tables = mppdata.load_all(validate=True)
report = mppdata.validate()
mppdata.summary()
mppdata.load_stance_task()
mppdata.agreement()
after = snapshot()
assert report.ok
changed = sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p))
print("changed:", changed)
print("rows:", sum(len(t) for t in tables.values()))
"""


def test_import_and_load_open_no_socket_and_write_nothing() -> None:
    result = subprocess.run([sys.executable, "-B", "-c", GUARD], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "changed: []" in result.stdout
    assert "rows:" in result.stdout


def test_the_guard_catches_a_connection() -> None:
    code = (
        GUARD.split("import importlib.util")[0]
        + "import socket\nsocket.create_connection(('127.0.0.1', 9))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    assert "network access attempted" in result.stderr
