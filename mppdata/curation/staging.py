"""The staging format: candidate records with their evidence, one JSON object per line.

A batch file (``*.jsonl``) holds candidates of seven kinds, each a JSON object with ``kind``:

``source``
    A new page: the ``sources`` columns except ``source_id`` (``url``, ``title``,
    ``publisher``, ``original_publisher``, ``author``, ``published_date``, ``source_type``,
    ``language``, ``accessed_date``). Other candidates refer to it by its ``url``.
``actor``
    A new actor: the ``actors`` columns (``actor_id`` is the readable slug you choose).
``statement``
    The ``statements`` columns except ``statement_id``; ``source`` is a ``source_id`` or the
    ``url`` of a source (existing or staged); ``evidence`` is a list of
    ``{"excerpt": ..., "date_cue": ...}`` from that source; optional ``stances`` is a list of
    ``{"target", "stance", "confidence", "rationale", "annotator_id"}`` (each also becomes a
    primary-pass annotation).
``event``
    The ``events`` columns except ``event_id``; ``sources`` is a list of source ids or urls;
    ``evidence`` is a list of ``{"source": id-or-url, "excerpt": ..., "date_cue": ...}``.
``place``
    A new place: the ``places`` columns (``place_id`` is the readable slug you choose); the
    coordinates need a ``geonames_id`` or a ``source`` (id or url) that prints them.
``figure``
    A published number: the ``figures`` columns except ``figure_id``; ``source`` is a source id
    or url; ``evidence`` is a list of ``{"excerpt": ..., "date_cue": ...}`` from that source, and
    one of them must print the value.
``evidence``
    Evidence for a record already in the data: ``record_id``, ``source`` (id or url),
    ``excerpt``, ``date_cue``. With ``"cite": true`` the source is added to an event's
    ``source_ids``, or becomes a statement's ``source_id`` (re-sourcing a statement whose page
    is gone: a statement rests on exactly one page).

Lists may also be given as ``;``-separated strings; empty strings and ``null`` are the same.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mppdata.contract.errors import MppdataError

KINDS: tuple[str, ...] = ("source", "actor", "place", "statement", "event", "figure", "evidence")


class StagingError(MppdataError):
    """A batch file cannot be read as staged candidates."""


@dataclass
class Candidate:
    """One staged candidate: its line in the batch file, kind and fields."""

    line: int
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str, default: Any = None) -> Any:
        """Return field ``name``, with ``""`` read as missing.

        Examples
        --------
        >>> Candidate(1, "actor", {"role": ""}).get("role") is None
        True
        """
        value = self.fields.get(name, default)
        return default if value == "" else value


def read_batch(path: str | Path) -> list[Candidate]:
    r"""Read a staging batch (JSON Lines); raise :class:`StagingError` naming the bad line.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "b.jsonl"
    >>> _ = p.write_text('{"kind": "actor", "actor_id": "x", "name": "X", "actor_type": "ngo"}\n')
    >>> [c.kind for c in read_batch(p)]
    ['actor']
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StagingError(f"cannot read the batch {path}: {exc}") from None
    candidates = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise StagingError(
                f"{path}, line {number}: not valid JSON ({exc}); one object per line"
            ) from None
        if not isinstance(obj, dict) or obj.get("kind") not in KINDS:
            raise StagingError(f'{path}, line {number}: needs a "kind" of {", ".join(KINDS)}')
        kind = obj.pop("kind")
        candidates.append(Candidate(number, kind, obj))
    if not candidates:
        raise StagingError(f"{path} holds no candidates")
    return candidates


def as_list(value: Any) -> list[str]:
    """Return a list of strings from a list, a ``;``-separated string or nothing.

    Examples
    --------
    >>> as_list("a;b"), as_list(["a"]), as_list(None)
    (['a', 'b'], ['a'], [])
    """
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v for v in value.split(";") if v]
    return [str(v) for v in value]
