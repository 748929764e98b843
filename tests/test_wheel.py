"""The wheel is self-contained: built, installed in a fresh venv outside the checkout, every table loads."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from conftest import REPO

from mppdata.contract.tables import TABLES


@pytest.fixture(scope="module", params=["checkout", "clone-without-symlinks"])
def wheel(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    source = REPO
    if request.param == "clone-without-symlinks":
        # what Windows (core.symlinks=false by default) checks out: the wheel must be the same
        if not (REPO / ".git").exists():
            pytest.skip("not a git checkout")
        source = tmp_path_factory.mktemp("clone") / "mppdata"
        subprocess.run(
            ["git", "-c", "core.symlinks=false", "clone", "-q", "--no-hardlinks", str(REPO), str(source)],
            check=True,
        )
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    (whl,) = out.glob("mppdata-*.whl")
    return whl


def test_wheel_contains_data_and_schemas(wheel: Path) -> None:
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    for table in TABLES:
        assert f"mppdata/data/{table}.csv" in names
        assert f"mppdata/schemas/{table}.json" in names
    assert "mppdata/data/datapackage.json" in names


def test_wheel_installs_and_loads_outside_checkout(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)], check=True
    )
    # dependencies (pandas, pandera, ...) come from this interpreter's site-packages, added as a
    # plain path: .pth files there (e.g. an editable install of the checkout) are not processed.
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    deps = [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
    Path(purelib, "zz_test_deps.pth").write_text("\n".join(dict.fromkeys(deps)) + "\n")
    code = (
        "import mppdata, pathlib; "
        "assert 'site-packages' in mppdata.__file__ and '/venv/' in mppdata.__file__, mppdata.__file__; "
        "t = mppdata.load_all(validate=True); "
        "print(';'.join(f'{k}={len(v)}' for k, v in t.items()))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([str(python), "-c", code], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    counts = dict(item.split("=") for item in result.stdout.strip().split(";"))
    assert set(counts) == set(TABLES)
    assert all(int(n) > 0 for n in counts.values())
    summary = subprocess.run(
        [str(env_dir / "bin" / "mppdata"), "summary"], cwd=tmp_path, capture_output=True, text=True, env=env
    )
    assert summary.returncode == 0, summary.stderr
    assert summary.stdout.startswith("mppdata ")
