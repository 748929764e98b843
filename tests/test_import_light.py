"""`import mppdata` must stay light: no pandas, pandera, datasets, huggingface_hub, matplotlib."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ["pandas", "pandera", "datasets", "huggingface_hub", "matplotlib", "pyarrow"]


def test_import_mppdata_loads_no_heavy_module() -> None:
    code = f"import sys, mppdata; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_loading_does_not_import_pandera() -> None:
    code = "import sys, mppdata; mppdata.load_all(); print('pandera' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
