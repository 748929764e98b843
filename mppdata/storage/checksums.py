"""sha256 checksums of the data files, verified against datapackage.json."""

from __future__ import annotations

import hashlib
from pathlib import Path

from mppdata.contract.errors import ChecksumError, DataFileMissingError

_VERIFIED: set[tuple[str, int, int]] = set()


def sha256_of(path: Path) -> str:
    """Return the hex sha256 of the file at ``path``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> _ = p.write_bytes(b"abc")
    >>> sha256_of(p)[:16]
    'ba7816bf8f01cfea'
    """
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(path: Path, expected: str) -> None:
    """Raise :class:`ChecksumError` unless ``path`` hashes to ``expected``.

    A file that passed is not hashed again in the same process unless its size or
    modification time changed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> _ = p.write_bytes(b"abc")
    >>> verify(p, sha256_of(p))
    """
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key in _VERIFIED:
        return
    actual = sha256_of(path)
    if actual != expected:
        raise ChecksumError(str(path), expected, actual)
    _VERIFIED.add(key)


def verify_bundled(name: str) -> Path:
    """Check bundled table ``name`` against datapackage.json; return its path.

    Raises :class:`DataFileMissingError` when the installed file is gone or is not a readable
    file, and :class:`ChecksumError` when its bytes changed (tampered or truncated).

    Examples
    --------
    >>> verify_bundled("actors").name
    'actors.csv'
    """
    from mppdata.contract.tables import get_spec
    from mppdata.storage.reading import file_problem
    from mppdata.storage.resources import bundled_data_dir, descriptor

    spec = get_spec(name)
    folder = bundled_data_dir()
    path = folder / spec.file
    problem = file_problem(path, spec.file)
    if problem is not None:
        raise DataFileMissingError(
            f"the bundled file {path} cannot be read ({problem.message}); the installation is "
            "damaged: reinstall mppdata (pip install --force-reinstall mppdata)"
        )
    resource = next((r for r in descriptor()["resources"] if r["name"] == spec.name), None)
    if resource is None:
        raise DataFileMissingError(
            f"{spec.name} is not listed in {folder / 'datapackage.json'}; reinstall mppdata "
            "(pip install --force-reinstall mppdata)"
        )
    verify(path, resource["hash"].removeprefix("sha256:"))
    return path
