"""Documentation: every public function has a docstring with an example; the README quickstart runs."""

from __future__ import annotations

import importlib
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

import mppdata

MODULES = sorted(
    ".".join(p.relative_to(REPO / "mppdata").with_suffix("").parts)
    for p in (REPO / "mppdata").rglob("*.py")
    if not p.stem.startswith("_")
)


def _public_functions():
    for name in MODULES:
        if name == "cli":
            continue
        module = importlib.import_module(f"mppdata.{name}")
        for attr, obj in vars(module).items():
            if attr.startswith("_") or not inspect.isfunction(obj) or obj.__module__ != module.__name__:
                continue
            yield f"mppdata.{name}.{attr}", obj


PUBLIC_FUNCTIONS = list(_public_functions())


def test_public_functions_are_found() -> None:
    assert len(PUBLIC_FUNCTIONS) > 40, [q for q, _ in PUBLIC_FUNCTIONS]


@pytest.mark.parametrize("qualname,func", PUBLIC_FUNCTIONS, ids=lambda v: v if isinstance(v, str) else "")
def test_public_function_has_docstring_with_example(qualname: str, func) -> None:  # type: ignore[no-untyped-def]
    doc = inspect.getdoc(func) or ""
    assert doc, f"{qualname} has no docstring"
    assert "Examples" in doc and ">>>" in doc, f"{qualname} has no example"


@pytest.mark.parametrize("name", [n for n in mppdata.__all__ if n != "__version__"])
def test_top_level_api_is_documented(name: str) -> None:
    obj = getattr(mppdata, name)
    assert (inspect.getdoc(obj) or "").strip(), name


def test_readme_quickstart_runs_as_written(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quickstart\n\n```python\n(.*?)```", readme, re.S)
    assert block, "README has no python quickstart block"
    code = block.group(1)
    assert len([line for line in code.splitlines() if line.strip()]) <= 6
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "favor" in result.stdout and "against" in result.stdout


@pytest.mark.parametrize(
    "doc",
    [
        "datasheet.md",
        "codebook.md",
        "methodology.md",
        "schema.md",
        "releasing.md",
        "index.md",
        "architecture.md",
    ],
)
def test_docs_exist_and_are_linked_from_the_index(doc: str) -> None:
    assert (REPO / "docs" / doc).is_file(), doc
    index = (REPO / "docs" / "index.md").read_text(encoding="utf-8")
    if doc != "index.md":
        assert f"({doc})" in index, doc
