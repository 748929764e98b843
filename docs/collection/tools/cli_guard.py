"""Argument check shared by the curator's scripts: usage on too few arguments, a clear message
for a missing file, exit code 1, nothing written.
"""

import sys
from pathlib import Path


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
    script = Path(sys.argv[0]).name
    for i in files:
        if not Path(sys.argv[i]).exists():
            sys.exit(f"{script}: no such file or folder: {sys.argv[i]}")
