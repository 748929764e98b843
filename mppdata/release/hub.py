"""Publishing a release to the Hugging Face Hub.

Reading other versions lives in :mod:`mppdata.storage.hub_download`; this module builds the
Hub export and uploads it. ``huggingface_hub`` is the optional ``hf`` extra and is imported
only when pushing.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from mppdata.contract.errors import MppdataError
from mppdata.storage.hub_download import _offline, default_repo_id


def push(repo_id: str | None = None, *, dry_run: bool = False, token: str | None = None) -> dict[str, Any]:
    """Upload the Hub export of the bundled data and tag it ``v{version}``.

    Parameters
    ----------
    repo_id : str, optional
        Target dataset repo (default :func:`default_repo_id`).
    dry_run : bool, default False
        Only build the export and report the files and tag; contact no server.
    token : str, optional
        Hub token (default: the ``huggingface_hub`` login).

    Returns
    -------
    dict
        ``repo_id``, ``tag``, ``files`` (relative paths) and ``uploaded`` (bool).

    Examples
    --------
    >>> plan = push("org/mppdata", dry_run=True)
    >>> plan["tag"].startswith("v"), "README.md" in plan["files"], plan["uploaded"]
    (True, True, False)
    """
    from mppdata import __version__
    from mppdata.release.exports import MANIFEST, export

    repo = repo_id or default_repo_id()
    tag = f"v{__version__}"
    with tempfile.TemporaryDirectory() as tmp:
        out = export(Path(tmp) / "hf", format="hf")
        files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file() and p.name != MANIFEST)
        plan: dict[str, Any] = {"repo_id": repo, "tag": tag, "files": files, "uploaded": False}
        if dry_run:
            return plan
        if _offline():
            raise MppdataError(f"cannot push to {repo}: HF_HUB_OFFLINE is set; unset it to upload")
        try:
            from huggingface_hub import HfApi
        except ImportError:
            raise MppdataError("pushing needs the Hugging Face extra: pip install 'mppdata[hf]'") from None
        api = HfApi(token=token)
        api.create_repo(repo, repo_type="dataset", exist_ok=True)
        api.upload_folder(
            folder_path=str(out),
            repo_id=repo,
            repo_type="dataset",
            commit_message=f"mppdata {tag}",
            ignore_patterns=[MANIFEST],
        )
        api.create_tag(repo, tag=tag, repo_type="dataset", tag_message=f"mppdata {tag}")
        plan["uploaded"] = True
        return plan
