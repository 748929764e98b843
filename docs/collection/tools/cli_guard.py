"""Argument and error handling shared by the curator's scripts: usage on too few arguments, a
clear message for a missing file, a malformed JSON file, an unknown id or data that would not
validate; exit code 1, nothing written.
"""

import json
import sys
from pathlib import Path
from typing import Any


def _script() -> str:
    return Path(sys.argv[0]).name


def require_args(doc: str | None, n: int, files: tuple[int, ...] = ()) -> None:
    """Exit with ``doc`` when fewer than ``n`` arguments are given, or name a missing file.

    Examples
    --------
    >>> import sys
    >>> sys.argv = ["x.py", __file__]
    >>> require_args("usage: x.py FILE", 1, (1,))
    """
    if len(sys.argv) < n + 1:
        sys.exit(doc)
    for i in files:
        if not Path(sys.argv[i]).exists():
            sys.exit(f"{_script()}: no such file or folder: {sys.argv[i]}")


def read_json(path: str | Path, *, lines: bool = False) -> Any:
    """Parse a JSON file (or a JSON Lines file with ``lines=True``), or exit naming the bad line.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "x.json"
    >>> _ = p.write_text('{"a": 1}', encoding="utf-8")
    >>> read_json(p)
    {'a': 1}
    """
    text = Path(path).read_text(encoding="utf-8")
    if not text.strip():
        sys.exit(f"{_script()}: {path}: the file is empty; nothing written")
    chunks = list(enumerate(text.splitlines(), 1)) if lines else [(0, text)]
    parsed = []
    for number, chunk in chunks:
        if not chunk.strip():
            continue
        try:
            parsed.append(json.loads(chunk))
        except json.JSONDecodeError as exc:
            line = number or exc.lineno
            sys.exit(f"{_script()}: {path}: not valid JSON at line {line} ({exc.msg}); nothing written")
    return parsed if lines else parsed[0]


def fail(message: str) -> None:
    """Exit with the script's name and ``message``; nothing has been written.

    Examples
    --------
    >>> try:
    ...     fail("EVT-9 is not an event of this data")
    ... except SystemExit as exc:
    ...     print(exc.code.endswith("nothing written"))
    True
    """
    sys.exit(f"{_script()}: {message}; nothing written")


def write_or_exit(folder: Path, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Write the tables through ``write_tables``; on a validation failure, exit with its message.

    ``write_tables`` validates before it writes, so on failure the data folder is unchanged.
    """
    from mppdata.curation.merge import CurationError, write_tables

    try:
        write_tables(folder, rows)
    except CurationError as exc:
        sys.exit(f"{_script()}: {exc}")
