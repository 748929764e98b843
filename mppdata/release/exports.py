"""Exports of the bundled data: CSV, Parquet, and a folder laid out as a Hub dataset repo.

Every export is written to a temporary folder next to the destination and moved into place
only when complete, so a failed export leaves neither a partial folder nor temporary files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from mppdata.contract.errors import MppdataError

FORMATS: tuple[str, ...] = ("csv", "parquet", "hf")


class ExportError(MppdataError):
    """An export could not be written (bad format, destination exists, write failed)."""


def export(out: str | Path, *, format: str = "hf", overwrite: bool = False) -> Path:  # noqa: A002
    """Export the bundled data to folder ``out``.

    Parameters
    ----------
    out : str or Path
        Destination folder; it must not exist unless ``overwrite`` is true.
    format : {"csv", "parquet", "hf"}, default "hf"
        ``csv``: the canonical CSV files and datapackage.json, byte for byte;
        ``parquet``: one Parquet file per table; ``hf``: a Hugging Face dataset repo
        layout (README.md dataset card with one config per table and the stance task,
        Parquet files under data/).
    overwrite : bool, default False
        Replace an existing destination folder.

    Returns
    -------
    Path
        The destination folder.

    Raises
    ------
    ExportError
        Unknown format, destination already exists, or the export failed (nothing is left
        behind in that case).

    Examples
    --------
    >>> import tempfile, pathlib, mppdata.release.exports as ex
    >>> out = ex.export(pathlib.Path(tempfile.mkdtemp()) / "csv", format="csv")
    >>> (out / "statements.csv").is_file()
    True
    """
    if format not in FORMATS:
        raise ExportError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    out = Path(out)
    if out.exists() and not overwrite:
        raise ExportError(
            f"{out} already exists; remove it, choose another folder or pass overwrite=True (--force)"
        )
    writer: Callable[[Path], None] = {"csv": _write_csv, "parquet": _write_parquet, "hf": _write_hf}[format]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        writer(tmp)
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, (KeyboardInterrupt, SystemExit, MppdataError)):
            raise
        raise ExportError(f"export to {out} failed, nothing was written: {exc}") from exc
    return out


def _write_csv(folder: Path) -> None:
    from mppdata.contract.tables import TABLES
    from mppdata.storage.resources import DESCRIPTOR, bundled_data_dir

    src = bundled_data_dir()
    for spec in TABLES.values():
        shutil.copyfile(src / spec.file, folder / spec.file)
    shutil.copyfile(src / DESCRIPTOR, folder / DESCRIPTOR)


def _write_parquet(folder: Path) -> None:
    import pyarrow.parquet as pq

    from mppdata.contract.tables import TABLES
    from mppdata.loading.loaders import load_table
    from mppdata.storage.frames import arrow_table
    from mppdata.storage.resources import table_schema

    for name in TABLES:
        pq.write_table(arrow_table(load_table(name), table_schema(name)), folder / f"{name}.parquet")


def hf_files() -> dict[str, list[tuple[str, str]]]:
    """Return each Hub config with its (split, path) data files.

    Examples
    --------
    >>> hf_files()["stance_task"][0]
    ('train', 'data/stance_task/train.parquet')
    """
    from mppdata.analysis.stance_task import SPLITS
    from mppdata.contract.tables import TABLES

    files = {name: [("train", f"data/{name}.parquet")] for name in TABLES}
    files["stance_task"] = [(s, f"data/stance_task/{s}.parquet") for s in SPLITS]
    return files


def _write_hf(folder: Path) -> None:
    import pyarrow.parquet as pq

    from mppdata.analysis.stance_task import SPLITS, load_stance_task, task_schema
    from mppdata.contract.tables import TABLES
    from mppdata.loading.loaders import load_table
    from mppdata.release.card import dataset_card
    from mppdata.storage.frames import arrow_table
    from mppdata.storage.resources import table_schema

    (folder / "data" / "stance_task").mkdir(parents=True)
    for name in TABLES:
        pq.write_table(arrow_table(load_table(name), table_schema(name)), folder / "data" / f"{name}.parquet")
    task = load_stance_task()
    for split in SPLITS:
        part = task[task["split"] == split].reset_index(drop=True)
        pq.write_table(arrow_table(part, task_schema()), folder / "data" / "stance_task" / f"{split}.parquet")
    (folder / "README.md").write_text(dataset_card(), encoding="utf-8")
