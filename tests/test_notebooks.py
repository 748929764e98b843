"""Every notebook runs from a fresh kernel, using only the public API, and saves its figures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import REPO

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def test_the_seven_notebooks_exist() -> None:
    assert [p.stem for p in NOTEBOOKS] == [
        "01_overview",
        "02_stances",
        "03_discourse_network",
        "04_reliability",
        "05_stance_baseline",
        "06_figures",
        "07_map",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path: Path) -> None:
    book = nbformat.read(path, as_version=4)
    assert book.cells[0].cell_type == "markdown" and "**Question:**" in book.cells[0].source
    for cell in book.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPPDATA_FIGURES_DIR", str(tmp_path))
    book = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        book, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    assert list(tmp_path.glob("*.png")), "the notebook saved no figure"
    for cell in book.cells:
        if cell.cell_type == "code":
            for out in cell.outputs:
                assert out.output_type != "error", out
    _same_pixels_as_committed(sorted(tmp_path.glob("*.png")))


def _same_pixels_as_committed(made: list[Path]) -> None:
    """Regenerated figures equal the committed ones pixel for pixel (PNG metadata may differ).

    The figures depend on the data and on matplotlib's rasteriser: a stale figure (data changed,
    `python notebooks/make_figures.py` not run) fails here; under another matplotlib version than
    the one recorded in docs/figures/VERSIONS.txt the comparison is skipped, not faked.
    """
    import matplotlib
    import matplotlib.image as mpimg
    import numpy as np

    recorded = (REPO / "docs" / "figures" / "VERSIONS.txt").read_text(encoding="utf-8").split()
    if recorded[1] != matplotlib.__version__:
        pytest.skip(f"figures were made with matplotlib {recorded[1]}, this is {matplotlib.__version__}")
    for png in made:
        committed = REPO / "docs" / "figures" / png.name
        assert committed.is_file(), f"{png.name} is not in docs/figures: run python notebooks/make_figures.py"
        a, b = mpimg.imread(png), mpimg.imread(committed)
        assert a.shape == b.shape and np.array_equal(a, b), (
            f"docs/figures/{png.name} is stale or not deterministic: run python notebooks/make_figures.py"
        )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_uses_only_the_public_api(path: Path) -> None:
    book = nbformat.read(path, as_version=4)
    code = "\n".join(c.source for c in book.cells if c.cell_type == "code")
    assert "from mppdata." not in code and "import mppdata." not in code
    assert "data/" not in code.replace("docs/figures", "")


def test_readme_shows_the_figures() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for fig in sorted((REPO / "docs" / "figures").glob("*.png")):
        assert f"docs/figures/{fig.name}" in readme, fig.name
    assert os.path.isfile(REPO / "notebooks" / "make_figures.py")
