"""Execute every notebook in a fresh kernel and save their figures to docs/figures/.

Usage (from the repository root): ``python notebooks/make_figures.py``
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    """Execute the notebooks and write their figures; return the exit code."""
    figures = ROOT / "docs" / "figures"
    os.environ["MPPDATA_FIGURES_DIR"] = str(figures)
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        book = nbformat.read(path, as_version=4)
        NotebookClient(
            book, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
        ).execute()
        print(f"executed {path.name}")
    import matplotlib

    # the test compares regenerated figures with these pixel for pixel under this matplotlib
    (figures / "VERSIONS.txt").write_text(f"matplotlib {matplotlib.__version__}\n", encoding="utf-8")
    print(f"figures in {figures}:", ", ".join(sorted(p.name for p in figures.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
