"""mppdata benchmarks: each figure against its baseline, side by side, medians of repeats.

Run from the repository root: ``python benchmarks/run.py`` (about 3-5 minutes on 2 cores).
Prints a table and, last, one JSON line with the ratios. Targets are in docs/performance.md.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synth import make_tables, write_tables  # noqa: E402

PY = sys.executable


def wall(cmd: list[str], reps: int) -> float:
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed(fn, reps: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def plain_read(folder: Path) -> dict:
    """Read the table files with plain pandas, giving them the loaders' dtypes."""
    import pandas as pd

    from mppdata.contract.tables import TABLES
    from mppdata.storage.resources import table_schema

    out = {}
    for name, spec in TABLES.items():
        schema = table_schema(name)
        df = pd.read_csv(folder / spec.file, dtype=str, keep_default_na=False, na_values=[""])
        for f in schema["fields"]:
            col, enum = f["name"], f.get("constraints", {}).get("enum")
            if f["type"] == "date":
                df[col] = pd.to_datetime(df[col], format="%Y-%m-%d").astype("datetime64[ns]")
            elif enum:
                df[col] = df[col].astype(pd.CategoricalDtype(enum))
            elif f["type"] == "list":
                df[col] = df[col].fillna("").str.split(";")
        out[name] = df
    return out


def peak_rss_of_validation(folder: Path) -> tuple[float, float]:
    """Peak resident memory (MiB) of validating ``folder`` in a fresh process, minus the
    process's footprint after imports; and the in-memory size (MiB) of the typed frames."""
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith(("VmHWM", "VmRSS")):
            yield int(line.split()[1])
import mppdata, pandera.pandas, pandas
from mppdata.validation import checks
from mppdata.contract import models
base = list(hwm())[1]
report = mppdata.validate({str(folder)!r})
peak = list(hwm())[0]
from benchmarks.run import plain_read
frames = plain_read(__import__('pathlib').Path({str(folder)!r}))
size = sum(int(df.memory_usage(deep=True).sum()) for df in frames.values())
print((peak - base) / 1024, size / 2**20, report.ok)
"""
    out = subprocess.run([PY, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    assert out[2] == "True", "synthetic data did not validate"
    return float(out[0]), float(out[1])


def main() -> int:
    import pandas as pd
    import pandera.pandas  # noqa: F401  - imported up front: its import is excluded by design

    import mppdata
    from mppdata.loading import loaders
    from mppdata.release.exports import export
    from mppdata.storage import checksums
    from mppdata.storage.resources import bundled_data_dir

    rows = []

    def add(figure: str, value: float, baseline: float, base_name: str, target: str) -> float:
        ratio = value / baseline
        rows.append((figure, value, base_name, baseline, ratio, target))
        return ratio

    ratios: dict[str, float] = {}
    t_pandas = wall([PY, "-c", "import pandas"], 7)
    ratios["version_vs_import_pandas"] = add(
        "mppdata --version",
        wall([PY, "-m", "mppdata", "--version"], 7),
        t_pandas,
        "python -c 'import pandas'",
        "<= 0.3",
    )
    ratios["cite_vs_import_pandas"] = add(
        "mppdata cite",
        wall([PY, "-m", "mppdata", "cite"], 7),
        t_pandas,
        "python -c 'import pandas'",
        "<= 0.3",
    )
    ratios["import_mppdata_vs_pandas"] = add(
        "import mppdata",
        wall([PY, "-c", "import mppdata"], 7),
        wall([PY, "-c", "import pandas"], 7),
        "import pandas",
        "<= 1.1",
    )

    data = bundled_data_dir()
    plain = timed(lambda: plain_read(data), 7)

    def load_fresh() -> None:
        checksums._VERIFIED.clear()
        loaders._FRAMES.clear()
        mppdata.load_all()

    ratios["load_all_vs_plain"] = add(
        "load_all() with checksums", timed(load_fresh, 7), plain, "plain pandas typed read", "<= 1.5"
    )

    def load_validated() -> None:
        checksums._VERIFIED.clear()
        loaders._FRAMES.clear()
        loaders._validate_bundled.cache_clear()
        mppdata.load_all(validate=True)

    ratios["load_all_validate_vs_plain"] = add(
        "load_all(validate=True)", timed(load_validated, 5), plain, "plain pandas typed read", "<= 4"
    )

    tmp = Path(tempfile.mkdtemp(prefix="mppdata-bench-"))
    small, big = tmp / "100k", tmp / "1m"
    write_tables(small, make_tables(100_000))
    write_tables(big, make_tables(1_000_000))
    v_small = timed(lambda: mppdata.validate(small), 2)
    v_big = timed(lambda: mppdata.validate(big), 2)
    read_big = timed(lambda: plain_read(big), 2)
    ratios["validate_1m_vs_typed_read"] = add(
        "validate 1M statements", v_big, read_big, "typed CSV read of the same files", "<= 2"
    )
    ratios["validate_1m_over_100k"] = v_big / v_small
    rows.append(("validate 1M / validate 100k", v_big, "validate 100k", v_small, v_big / v_small, "<= 12"))
    peak, size = peak_rss_of_validation(big)
    ratios["validate_1m_peak_memory_vs_frames"] = peak / size
    rows.append(
        (
            "peak memory of 1M validation (MiB)",
            peak,
            "in-memory size of the frames (MiB)",
            size,
            peak / size,
            "<= 2.5",
        )
    )

    out = tmp / "export"
    frames = mppdata.load_all()

    def hf_export() -> None:
        export(out, format="hf", overwrite=True)

    def to_parquet() -> None:
        for name, df in frames.items():
            df.to_parquet(tmp / f"{name}.parquet")

    ratios["export_hf_vs_to_parquet"] = add(
        "export --format hf",
        timed(hf_export, 5),
        timed(to_parquet, 5),
        "DataFrame.to_parquet of the tables",
        "<= 2",
    )

    print(f"mppdata {mppdata.__version__}, pandas {pd.__version__}, Python {sys.version.split()[0]}")
    print(f"{'figure':<38} {'value':>9}  {'baseline':<36} {'value':>9} {'ratio':>7}  target")
    for figure, value, base_name, base, ratio, target in rows:
        print(f"{figure:<38} {value:>9.3f}  {base_name:<36} {base:>9.3f} {ratio:>7.2f}  {target}")
    print(json.dumps({k: round(v, 3) for k, v in ratios.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
