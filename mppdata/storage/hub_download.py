"""Reading other data versions from the Hugging Face Hub (tag ``v{version}``).

The installed package bundles one version of the data. Any other version is read from the
Hub dataset repo at the tag ``v{version}`` through ``datasets.load_dataset`` (cached by
``datasets``) and given back the schema's dtypes. ``datasets`` is the optional ``hf`` extra
and is imported only here, only when needed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mppdata.contract.errors import VersionNotAvailableError

if TYPE_CHECKING:
    import pandas as pd

HUB_REPO_ID = "mppdata/mppdata"


def default_repo_id() -> str:
    """Return the Hub dataset repo: ``$MPPDATA_HUB_REPO`` or the project's default.

    Examples
    --------
    >>> isinstance(default_repo_id(), str)
    True
    """
    return os.environ.get("MPPDATA_HUB_REPO", HUB_REPO_ID)


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def _endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", "https://huggingface.co")


def _hub_reachable(timeout: float = 3.0) -> bool:
    """Return whether a TCP connection to the Hub opens within ``timeout`` seconds.

    Without it, ``datasets`` retries for about 20 s before failing on a machine with no
    network; this probe fails in at most ``timeout`` seconds (DNS included).
    """
    import socket
    import threading
    from urllib.parse import urlparse

    url = urlparse(_endpoint())
    host, port = url.hostname, url.port or (443 if url.scheme == "https" else 80)
    if not host:
        return False
    outcome: list[bool] = []

    def probe() -> None:
        try:
            socket.create_connection((host, port), timeout=timeout).close()
            outcome.append(True)
        except OSError:
            outcome.append(False)

    worker = threading.Thread(target=probe, daemon=True)
    worker.start()
    worker.join(timeout + 0.5)
    return bool(outcome and outcome[0])


def load_from_hub(name: str, version: str, *, repo_id: str | None = None) -> pd.DataFrame:
    """Load table ``name`` of data version ``version`` from the Hub (tag ``v{version}``).

    Parameters
    ----------
    name : str
        A table name, or ``"stance_task"``.
    version : str
        A released version, e.g. ``"0.2.0"``.
    repo_id : str, optional
        Hub dataset repo (default :func:`default_repo_id`) or a local folder laid out
        like one (as written by ``mppdata export --format hf``).

    Returns
    -------
    pandas.DataFrame
        The table with the same dtypes as the bundled loaders give.

    Raises
    ------
    VersionNotAvailableError
        Offline, the ``hf`` extra missing, or the tag/config not found; the message names
        the bundled version.

    Examples
    --------
    >>> import os
    >>> os.environ["HF_HUB_OFFLINE"] = "1"
    >>> load_from_hub("statements", "0.0.1")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    mppdata.contract.errors.VersionNotAvailableError: ...
    """
    from mppdata import __version__
    from mppdata.storage.frames import restore_dtypes

    repo = repo_id or default_repo_id()
    local = Path(repo).is_dir()
    if _offline() and not local:
        raise VersionNotAvailableError(
            f"mppdata version {version} is not bundled (this installation bundles {__version__}) and "
            f"HF_HUB_OFFLINE is set, so it cannot be fetched from the Hugging Face Hub ({repo}, tag "
            f"v{version}). Use version=None for the bundled data, or unset HF_HUB_OFFLINE with network access."
        )
    if not local and not _hub_reachable():
        raise VersionNotAvailableError(
            f"mppdata version {version} is not bundled (this installation bundles {__version__}) and the "
            f"Hugging Face Hub ({_endpoint()}) cannot be reached from this machine, so {repo} (tag "
            f"v{version}) cannot be fetched. Use version=None for the bundled data, or retry online."
        )
    try:
        import datasets
    except ImportError:
        raise VersionNotAvailableError(
            f"mppdata version {version} is not bundled (this installation bundles {__version__}); loading "
            "other versions needs the Hugging Face extra: pip install 'mppdata[hf]'"
        ) from None
    schema = _schema(name)
    try:
        kwargs: dict[str, Any] = {} if local else {"revision": f"v{version}"}
        ds = datasets.load_dataset(repo, name, **kwargs)
    except Exception as exc:  # network, missing tag or config: one clear message
        raise VersionNotAvailableError(
            f"could not load table {name!r} of mppdata version {version} from {repo} (tag v{version}): "
            f"{type(exc).__name__}: {exc}. This installation bundles version {__version__} "
            "(use version=None for it)."
        ) from exc
    import pandas as pd

    frames = [ds[split].to_pandas() for split in ds]
    return restore_dtypes(pd.concat(frames, ignore_index=True), schema)


def _schema(name: str) -> dict[str, Any]:
    if name == "stance_task":
        from mppdata.contract.stance_task_schema import task_schema

        return task_schema()
    from mppdata.storage.resources import table_schema

    return table_schema(name)
