"""Exports of the bundled data: CSV, Parquet, and a folder laid out as a Hub dataset repo.

Every export is written to a temporary folder next to the destination and moved into place
only when complete, so a failed export leaves neither a partial folder nor temporary files.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mppdata.contract.errors import MppdataError

FORMATS: tuple[str, ...] = ("csv", "parquet", "hf")


class ExportError(MppdataError):
    """An export could not be written (bad format, destination exists, write failed)."""


def export(out: str | Path, *, format: str = "hf", overwrite: bool = False) -> Path:  # noqa: A002
    """Export the bundled data to folder ``out``.

    Parameters
    ----------
    out : str or Path
        Destination folder; it must not exist (an empty folder is fine) unless ``overwrite``
        is true.
    format : {"csv", "parquet", "hf"}, default "hf"
        ``csv``: the canonical CSV files and datapackage.json, byte for byte;
        ``parquet``: one Parquet file per table; ``hf``: a Hugging Face dataset repo
        layout (README.md dataset card with one config per table and the stance task,
        Parquet files under data/).
    overwrite : bool, default False
        Replace ``out`` if it is a previous mppdata export (it holds the
        ``.mppdata-export.json`` manifest every export writes). Any other folder is never
        replaced: not the current folder or one of its parents, not the package's own data.

    Returns
    -------
    Path
        The destination folder.

    Raises
    ------
    ExportError
        Unknown format, a destination that may not be replaced, tampered bundled data, or the
        export failed or was interrupted (SIGINT, SIGTERM, SIGHUP): nothing is left behind.

    Examples
    --------
    >>> import tempfile, pathlib, mppdata.release.exports as ex
    >>> out = ex.export(pathlib.Path(tempfile.mkdtemp()) / "csv", format="csv")
    >>> (out / "statements.csv").is_file(), (out / ex.MANIFEST).is_file()
    (True, True)
    """
    from mppdata import __version__

    if format not in FORMATS:
        raise ExportError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    if str(out).strip() == "":
        raise ExportError("the destination is an empty path; name the folder to write, e.g. mppdata-csv")
    out = Path(out)
    _check_destination(out, overwrite)
    _verify_bundled()
    writer: Callable[[Path], None] = {"csv": _write_csv, "parquet": _write_parquet, "hf": _write_hf}[format]
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    except OSError as exc:
        raise ExportError(
            f"cannot write into {out.parent}: {exc.strerror or exc}; choose another folder"
        ) from None
    old: Path | None = None
    try:
        with _signals_as_interrupts():
            writer(tmp)
            manifest = {"mppdata_export": True, "format": format, "version": __version__}
            (tmp / MANIFEST).write_text(json.dumps(manifest) + "\n", encoding="utf-8")
            os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes 0700; the result follows the umask
            if out.exists():
                old = out.with_name(f".{out.name}.old-{os.getpid()}")
                os.replace(out, old)
            os.replace(tmp, out)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not out.exists():
            os.replace(old, out)  # put the previous export back
            old = None
        if isinstance(exc, ExportInterrupted):
            raise
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        if isinstance(exc, MppdataError):
            raise
        raise ExportError(f"export to {out} failed, nothing was written: {exc}") from exc
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return out


MANIFEST = ".mppdata-export.json"


class ExportInterrupted(ExportError):
    """The export was stopped by a signal; nothing was written."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(f"export interrupted by signal {signal.Signals(signum).name}; nothing was written")


@contextmanager
def _signals_as_interrupts() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into an exception, so the temporary folder is removed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise ExportInterrupted(signum)

    caught = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None]
    previous = {s: signal.signal(s, interrupt) for s in caught}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _is_within(inner: Path, outer: Path) -> bool:
    return inner == outer or outer in inner.parents


def _check_destination(out: Path, overwrite: bool) -> None:
    """Refuse any destination whose replacement could lose files that are not an export."""
    from mppdata.storage.resources import bundled_data_dir, bundled_schemas_dir

    target = out.resolve()
    for own in (bundled_data_dir(), bundled_schemas_dir()):
        if _is_within(own.resolve(), target):
            raise ExportError(
                f"{out} is (or contains) mppdata's own bundled data {own}; export to a new folder instead"
            )
    try:
        cwd = Path.cwd().resolve()
    except OSError:
        cwd = None
    if cwd is not None and _is_within(cwd, target):
        raise ExportError(
            f"{out} is the current folder or one of its parents; export to a new folder instead"
        )
    if out.is_symlink():
        raise ExportError(f"{out} is a symbolic link; export to a new folder instead")
    if not out.exists():
        return
    if not out.is_dir():
        raise ExportError(f"{out} exists and is not a folder; choose another destination")
    try:
        entries = [p.name for p in out.iterdir()]
    except OSError as exc:
        raise ExportError(f"cannot look into {out}: {exc.strerror or exc}") from None
    if not entries:
        return  # an empty folder holds nothing to lose
    if not overwrite:
        raise ExportError(
            f"{out} already exists; choose a new folder, or pass overwrite=True (--force) to replace a "
            "previous mppdata export"
        )
    if MANIFEST not in entries or not _is_manifest(out / MANIFEST):
        raise ExportError(
            f"{out} is not an mppdata export (it has no {MANIFEST}), so --force will not replace it; "
            "nothing was touched. Choose a new folder."
        )


def _is_manifest(path: Path) -> bool:
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("mppdata_export") is True
    except (OSError, ValueError, AttributeError):
        return False


def _verify_bundled() -> None:
    """Refuse to export bundled files whose bytes differ from datapackage.json."""
    from mppdata.contract.tables import TABLES
    from mppdata.storage.checksums import verify_bundled

    for spec in TABLES.values():
        verify_bundled(spec.name)


def _write_csv(folder: Path) -> None:
    from mppdata.contract.tables import TABLES
    from mppdata.storage.resources import DESCRIPTOR, bundled_data_dir

    src = bundled_data_dir()
    for spec in TABLES.values():
        shutil.copyfile(src / spec.file, folder / spec.file)
    shutil.copyfile(src / DESCRIPTOR, folder / DESCRIPTOR)


def write_parquet_file(table: Any, path: Path) -> None:
    """Write an Arrow table to ``path``; an empty table gets no row group at all.

    ``datasets`` sizes its read batches by the first row group, so an empty row group (what
    pyarrow writes for a table without rows) makes ``load_dataset`` fail; a file with the
    schema and no row group loads as an empty split.

    Examples
    --------
    >>> import pyarrow as pa, pyarrow.parquet as pq, tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "empty.parquet"
    >>> write_parquet_file(pa.table({"a": pa.array([], pa.string())}), path)
    >>> pq.ParquetFile(path).metadata.num_row_groups
    0
    """
    import pyarrow.parquet as pq

    if table.num_rows:
        pq.write_table(table, path)
    else:
        with pq.ParquetWriter(path, table.schema):
            pass


def _write_parquet(folder: Path) -> None:
    """One Parquet file per table, written from the loaders' frames with pandas' metadata.

    ``pandas.read_parquet`` gives back the loaders' dtypes: categoricals with the full
    vocabulary, ``datetime64[ns]`` dates, ``Int64``/``float64`` numbers, ``str`` text; list
    columns come back as arrays of strings.
    """
    from mppdata.contract.tables import TABLES
    from mppdata.loading.loaders import load_table

    for name in TABLES:
        load_table(name).to_parquet(folder / f"{name}.parquet", index=False)


def hf_files(without: tuple[str, ...] = ()) -> dict[str, list[tuple[str, str]]]:
    """Return each Hub config with its (split, path) data files.

    ``without`` names tables left out: a table without rows gets no config, because
    ``datasets`` cannot load an empty split (its Parquet file is still exported).

    Examples
    --------
    >>> hf_files()["stance_task"][0]
    ('train', 'data/stance_task/train.parquet')
    """
    from mppdata.analysis.stance_task import SPLITS
    from mppdata.contract.tables import TABLES

    files = {name: [("train", f"data/{name}.parquet")] for name in TABLES if name not in without}
    files["stance_task"] = [(s, f"data/stance_task/{s}.parquet") for s in SPLITS]
    return files


def _write_hf(folder: Path) -> None:
    from mppdata.analysis.stance_task import SPLITS, load_stance_task, task_schema
    from mppdata.contract.tables import TABLES
    from mppdata.loading.loaders import load_table
    from mppdata.release.card import dataset_card
    from mppdata.release.hf_features import hub_table
    from mppdata.storage.resources import bundled_docs_dir, table_schema

    (folder / "data" / "stance_task").mkdir(parents=True)
    for name in TABLES:
        write_parquet_file(hub_table(load_table(name), table_schema(name)), folder / "data" / f"{name}.parquet")
    task = load_stance_task()
    for split in SPLITS:
        part = task[task["split"] == split].reset_index(drop=True)
        write_parquet_file(hub_table(part, task_schema()), folder / "data" / "stance_task" / f"{split}.parquet")
    (folder / "README.md").write_text(dataset_card(), encoding="utf-8")
    (folder / "docs").mkdir()
    for doc in sorted(bundled_docs_dir().glob("*.md")):  # the documents the card links to
        shutil.copyfile(doc, folder / "docs" / doc.name)
