"""The package's folders are layers; a module may import only its own layer or lower ones.

Every ``import``/``from ... import`` in every module is walked with ``ast`` (function-level
imports included), so a lazy import cannot hide an upward dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "mppdata"

# lowest first; the package root (``mppdata/__init__.py``) only exposes the lazy public API and
# ``__version__``, which any layer may read.
LAYERS = ["contract", "storage", "validation", "loading", "analysis", "release", "curation", "cli"]


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "mppdata" or len(parts) == 1:
        return None
    if parts[1] in ("cli", "__main__"):
        return "cli"
    return parts[1] if parts[1] in LAYERS else "unknown"


def imports_of(path: Path) -> list[tuple[int, str, list[str]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module, [a.name for a in node.names]))
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_imports_only_its_layer_or_lower(path: Path) -> None:
    here = layer_of(module_name(path))
    if here is None:  # the package root: lazy re-exports only, checked below
        return
    assert here != "unknown", f"{path} is outside every layer {LAYERS}"
    bad = []
    for line, target, names in imports_of(path):
        if target == "mppdata":
            # `from mppdata import __version__` is allowed; submodules via the root are not
            bad += [f"line {line}: from mppdata import {n}" for n in names if n != "__version__"]
            continue
        there = layer_of(target)
        if there is None:
            continue
        if there == "unknown" or LAYERS.index(there) > LAYERS.index(here):
            bad.append(f"line {line}: {target} ({there}) imported from layer {here}")
    assert not bad, f"{path.relative_to(PACKAGE)} imports upward:\n" + "\n".join(bad)


def test_root_imports_nothing_eagerly() -> None:
    root = PACKAGE / "__init__.py"
    eager = [t for _, t, _ in imports_of(root) if t.startswith("mppdata")]
    assert eager == []


def test_layer_check_catches_an_upward_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from mppdata.release.card import dataset_card\n")
    ((_, target, _),) = imports_of(bad)
    assert LAYERS.index(layer_of(target)) > LAYERS.index("storage")


def test_every_layer_folder_exists_and_nothing_is_left_flat() -> None:
    flat = sorted(
        p.name for p in PACKAGE.glob("*.py") if p.name not in {"__init__.py", "__main__.py", "cli.py"}
    )
    assert flat == [], f"modules outside a layer folder: {flat}"
    missing = [name for name in LAYERS[:-1] if not (PACKAGE / name / "__init__.py").is_file()]
    assert missing == []
