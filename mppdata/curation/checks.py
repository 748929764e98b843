"""Checks a staged batch must pass before it is merged (see docs/contributing-data.md).

Each failure names the batch line, the check and what to do. The checks are those of the
curation rules: every record has evidence from its own sources; a direct quote or document
excerpt occurs verbatim (up to whitespace) in its evidence; a date cue is given and occurs in
its excerpt; excerpts and quotes stay short; non-English text has a translation; no statement
repeats one already in the data (same speaker, date and normalized text); no actor repeats an
existing name; no new source repeats an address already in the sources; every reference
resolves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mppdata.contract.models import MAX_EXCERPT_CHARS, MAX_QUOTE_WORDS
from mppdata.curation.date_cues import is_dateline
from mppdata.curation.staging import Candidate, as_list
from mppdata.validation.checks import normalize_name, normalize_space

if TYPE_CHECKING:
    import pandas as pd

CHECKS: dict[str, str] = {
    "missing_field": "a required field is empty",
    "unknown_reference": "an actor, source, event or record id (or staged url) does not resolve",
    "no_evidence": "a statement or event has no evidence passage",
    "source_not_cited": "an evidence passage comes from a page the record does not cite",
    "verbatim": "a direct quote or document excerpt is not inside its evidence passage",
    "date_cue": "no date cue is given, or the cue is not inside its excerpt",
    "length": "an excerpt is over 600 characters or a quote over 60 words",
    "translation": "a statement not in English has no text_en",
    "duplicate_statement": "same speaker, date and normalized text as a statement in the data or batch",
    "duplicate_actor": "an actor id or normalized name that already exists",
    "existing_url": "a staged source repeats the address of a source in the data or batch",
    "vocabulary": "a metric, unit, place type or precision outside its controlled vocabulary",
    "number_not_printed": "a figure's value is not printed in any of its evidence excerpts",
    "duplicate_place": "a place id that already exists",
    "unsourced_coordinates": "a place has neither a geonames_id nor a source for its coordinates",
    "retired_id": "an actor or place id that was retired (data/retired_ids.txt), without \"reinstate\": true",
    "dateline_only": "a quote from a report whose only date cue is a dateline or byline, not words dating the speech",
}

# a statement whose page is the dated document itself (or whose channel is one) is dated by it
DOCUMENT_CHANNELS = frozenset(
    {"press_release", "official_document", "court_opinion", "letter", "social_media", "testimony"}
)
DOCUMENT_SOURCE_TYPES = frozenset(
    {"press_release", "government_document", "court_document", "transcript", "social_media_post"}
)

REQUIRED = {
    "source": ("url", "title", "publisher", "source_type", "language", "accessed_date"),
    "actor": ("actor_id", "name", "actor_type"),
    "statement": ("actor_id", "date", "statement_type", "text", "language", "channel", "source"),
    "event": ("date_start", "date_precision", "event_type", "title", "description", "country", "sources"),
    "evidence": ("record_id", "source", "excerpt"),
    "place": ("place_id", "name", "place_type", "country", "latitude", "longitude"),
    "figure": (
        "metric",
        "value",
        "unit",
        "period_end",
        "date_precision",
        "producer_id",
        "source",
        "note",
    ),
}


@dataclass(frozen=True)
class CandidateProblem:
    """Why one staged candidate is not merged."""

    line: int
    kind: str
    check: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line} ({self.kind}): [{self.check}] {self.message}"


class _Index:
    """What the data and the accepted part of the batch hold, for lookups."""

    def __init__(self, tables: dict[str, pd.DataFrame], candidates: list[Candidate]) -> None:
        src = tables["sources"]
        self.url_to_source = dict(zip(src["url"], src["source_id"], strict=True))
        self.source_ids = set(src["source_id"])
        self.actor_ids = set(tables["actors"]["actor_id"])
        self.actor_names = {
            normalize_name(str(n)): a
            for a, n in zip(tables["actors"]["actor_id"], tables["actors"]["name"], strict=True)
        }
        self.event_ids = set(tables["events"]["event_id"])
        self.event_sources = {
            e: set(as_list(s))
            for e, s in zip(tables["events"]["event_id"], tables["events"]["source_ids"], strict=True)
        }
        st = tables["statements"]
        self.statement_source = dict(zip(st["statement_id"], st["source_id"], strict=True))
        self.quotes = {
            i: str(t)
            for i, k, t in zip(st["statement_id"], st["statement_type"], st["text"], strict=True)
            if k in ("direct_quote", "document_excerpt")
        }
        self.statement_keys = {
            (a, d, _text_key(t)) for a, d, t in zip(st["actor_id"], st["date"], st["text"], strict=True)
        }
        self.place_ids = set(tables["places"]["place_id"]) if "places" in tables else set()
        self.staged_places = {c.get("place_id") for c in candidates if c.kind == "place"}
        self.staged_urls = {c.get("url") for c in candidates if c.kind == "source"}
        self.retired: set[str] = set()
        self.staged_actors = {c.get("actor_id") for c in candidates if c.kind == "actor"}
        documents = src["source_type"].isin(list(DOCUMENT_SOURCE_TYPES)).to_numpy(dtype=bool)
        self.document_sources = set(src["source_id"][documents]) | set(src["url"][documents])
        self.document_sources |= {
            c.get("url") for c in candidates if c.kind == "source" and c.get("source_type") in DOCUMENT_SOURCE_TYPES
        }

    def resolves_source(self, ref: Any) -> bool:
        return isinstance(ref, str) and (
            ref in self.source_ids or ref in self.url_to_source or ref in self.staged_urls
        )

    def source_key(self, ref: str) -> str:
        """The source's id if it exists, else its (staged) url: one key per page."""
        return self.url_to_source.get(ref, ref)


def _text_key(text: object) -> str:
    return re.sub(r"\W+", " ", str(text).casefold()).strip()


def check_batch(
    candidates: list[Candidate], tables: dict[str, pd.DataFrame], retired: set[str] | frozenset[str] = frozenset()
) -> list[CandidateProblem]:
    """Check staged candidates against the data (text frames keyed by table name).

    A candidate that depends on a rejected one (a statement citing a staged source that failed)
    is rejected too, so what passes can be merged on its own. ``retired`` holds the ids of
    ``data/retired_ids.txt``: a staged actor or place may take a retired slug only with
    ``"reinstate": true`` (the same person, organisation or place coming back).

    Examples
    --------
    >>> from mppdata.curation.staging import Candidate
    >>> from mppdata.storage.reading import read_raw
    >>> from mppdata.storage.resources import bundled_data_dir
    >>> tables = {n: read_raw(bundled_data_dir() / f"{n}.csv") for n in ("sources", "actors", "events", "statements")}
    >>> bad = Candidate(1, "actor", {"actor_id": "x-new", "name": "Claudia Sheinbaum", "actor_type": "person"})
    >>> [p.check for p in check_batch([bad], tables)]
    ['duplicate_actor']
    """
    accepted = list(candidates)
    problems: list[CandidateProblem] = []
    while True:
        index = _Index(tables, accepted)
        index.retired = set(retired)
        found = _check_all(accepted, index)
        if not found:
            return sorted(problems, key=lambda p: (p.line, p.check))
        problems += found
        bad_lines = {p.line for p in found}
        accepted = [c for c in accepted if c.line not in bad_lines]


def _check_all(candidates: list[Candidate], index: _Index) -> list[CandidateProblem]:
    problems: list[CandidateProblem] = []
    seen_urls: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    seen_statements: dict[tuple[str, str, str], int] = {}
    seen_places: dict[str, int] = {}
    for c in candidates:

        def fail(check: str, message: str, c: Candidate = c) -> None:
            problems.append(CandidateProblem(c.line, c.kind, check, message))

        missing = [f for f in REQUIRED[c.kind] if c.get(f) in (None, [])]
        if missing:
            fail("missing_field", f"fill in {', '.join(missing)}")
            continue
        if c.kind == "source":
            url = c.get("url")
            if url in index.url_to_source:
                fail(
                    "existing_url",
                    f"{url} is already {index.url_to_source[url]}; refer to that source_id instead",
                )
            elif url in seen_urls:
                fail("existing_url", f"{url} is staged twice (also line {seen_urls[url]})")
            seen_urls[url] = c.line
        elif c.kind == "actor":
            actor_id, name = c.get("actor_id"), normalize_name(str(c.get("name")))
            if actor_id in index.actor_ids:
                fail(
                    "duplicate_actor", f"actor_id {actor_id!r} already exists; use it or choose another slug"
                )
            elif name in index.actor_names:
                fail(
                    "duplicate_actor",
                    f"{c.get('name')!r} is already actor {index.actor_names[name]!r}; use that id",
                )
            elif name in seen_names:
                fail("duplicate_actor", f"{c.get('name')!r} is staged twice (also line {seen_names[name]})")
            elif actor_id in index.retired and not c.get("reinstate"):
                fail(
                    "retired_id",
                    f"actor_id {actor_id!r} was retired (data/retired_ids.txt); choose another slug, or set "
                    '"reinstate": true if it is the same person or organisation',
                )
            seen_names[name] = c.line
        elif c.kind == "statement":
            _check_statement(c, index, fail, seen_statements)
        elif c.kind == "event":
            _check_event(c, index, fail)
        elif c.kind == "place":
            _check_place(c, index, fail, seen_places)
        elif c.kind == "figure":
            _check_figure(c, index, fail)
        else:
            _check_evidence(c, index, fail)
    return problems


def _evidence_items(c: Candidate, fail: Any) -> list[dict[str, Any]]:
    """The candidate's evidence items; a malformed list or item is reported, not raised."""
    raw = c.get("evidence")
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        fail("no_evidence", 'evidence must be a list of objects like {"excerpt": "...", "date_cue": "..."}')
        return [item for item in raw if isinstance(item, dict)] if isinstance(raw, list) else []
    return raw


def _check_excerpts(evidence: list[dict[str, Any]], fail: Any, *, need_cue: bool) -> None:
    has_cue = False
    for item in evidence:
        excerpt = str(item.get("excerpt") or "")
        cue = item.get("date_cue") or None
        if not excerpt.strip():
            fail("missing_field", "an evidence item has no excerpt")
        if len(excerpt) > MAX_EXCERPT_CHARS:
            fail(
                "length",
                f"excerpt of {len(excerpt)} characters; cut it to the sentences that carry the claim (max {MAX_EXCERPT_CHARS})",
            )
        if cue is not None:
            if str(cue) not in excerpt:
                fail("date_cue", f"date cue {cue!r} does not occur in its excerpt; copy it from the excerpt")
            has_cue = True
    if need_cue and evidence and not has_cue:
        fail("date_cue", "no evidence item gives a date_cue (the words that pin the date)")


def _check_statement(c: Candidate, index: _Index, fail: Any, seen: dict[tuple[str, str, str], int]) -> None:
    actor = c.get("actor_id")
    if actor not in index.actor_ids and actor not in index.staged_actors:
        fail("unknown_reference", f"actor_id {actor!r} is neither in actors.csv nor staged")
    source = c.get("source")
    if not index.resolves_source(source):
        fail(
            "unknown_reference", f"source {source!r} is neither a source_id, a known url nor a staged source"
        )
    event = c.get("event_id")
    if event is not None and event not in index.event_ids:
        fail("unknown_reference", f"event_id {event!r} is not in events.csv")
    if c.get("language") != "en" and not c.get("text_en"):
        fail("translation", "language is not en: add text_en, our own English translation")
    text = str(c.get("text"))
    quoted = c.get("statement_type") in ("direct_quote", "document_excerpt")
    if quoted and len(text.split()) > MAX_QUOTE_WORDS:
        fail("length", f"quote of {len(text.split())} words; keep a sentence or two (max {MAX_QUOTE_WORDS})")
    evidence = _evidence_items(c, fail)
    if not evidence:
        fail("no_evidence", "add evidence: the passage of the source holding the statement")
    _check_excerpts(evidence, fail, need_cue=True)
    if (
        quoted
        and evidence
        and not any(normalize_space(text) in normalize_space(str(e.get("excerpt") or "")) for e in evidence)
    ):
        fail("verbatim", "the quote is not inside any evidence excerpt: copy it character for character")
    _check_dateline_only(c, index, fail, evidence)
    key = (str(actor), str(c.get("date")), _text_key(text))
    if key in index.statement_keys:
        fail("duplicate_statement", "this speaker said this on this date already in statements.csv")
    elif key in seen:
        fail("duplicate_statement", f"same statement staged twice (also line {seen[key]})")
    seen[key] = c.line


def _check_dateline_only(c: Candidate, index: _Index, fail: Any, evidence: list[dict[str, Any]]) -> None:
    """A reported statement needs words that date the speech, not only the page's dateline."""
    source = c.get("source")
    if (
        c.get("statement_type") == "document_excerpt"
        or str(c.get("channel")) in DOCUMENT_CHANNELS
        or (isinstance(source, str) and source in index.document_sources)
        or c.get("same_day_report") is True
    ):
        return
    cues = [(str(e["date_cue"]), str(e.get("excerpt") or "")) for e in evidence if e.get("date_cue")]
    if cues and all(is_dateline(cue, excerpt) for cue, excerpt in cues):
        fail(
            "dateline_only",
            f"the only date cue ({cues[0][0]!r}) is a dateline or byline: add the passage that says when "
            "the words were said (hoy, este martes, on Tuesday), or set \"same_day_report\": true if the "
            "page reports that day's press conference or communiqué",
        )


def _check_event(c: Candidate, index: _Index, fail: Any) -> None:
    sources = as_list(c.get("sources"))
    for ref in sources:
        if not index.resolves_source(ref):
            fail(
                "unknown_reference", f"source {ref!r} is neither a source_id, a known url nor a staged source"
            )
    for actor in as_list(c.get("actor_ids")):
        if actor not in index.actor_ids and actor not in index.staged_actors:
            fail("unknown_reference", f"actor_id {actor!r} is neither in actors.csv nor staged")
    evidence = _evidence_items(c, fail)
    if not evidence:
        fail("no_evidence", "add evidence: the sentences of a cited page that carry the event")
    own = {index.source_key(s) for s in sources}
    for item in evidence:
        if index.source_key(str(item.get("source"))) not in own:
            fail(
                "source_not_cited",
                f"evidence from {item.get('source')!r}, which the event does not list in sources",
            )
    _check_excerpts(evidence, fail, need_cue=True)


def _check_evidence(c: Candidate, index: _Index, fail: Any) -> None:
    record, source = c.get("record_id"), c.get("source")
    if not index.resolves_source(source):
        fail(
            "unknown_reference", f"source {source!r} is neither a source_id, a known url nor a staged source"
        )
        return
    key = index.source_key(source)
    if record in index.statement_source:
        if key != index.statement_source[record] and not c.get("cite"):
            fail(
                "source_not_cited",
                f'{record} rests on {index.statement_source[record]}, not {source}; set "cite": true to '
                "re-source the statement to this page",
            )
        elif record in index.quotes and normalize_space(index.quotes[record]) not in normalize_space(
            str(c.get("excerpt") or "")
        ):
            fail("verbatim", f"the quote of {record} is not inside this excerpt")
    elif record in index.event_sources:
        if key not in index.event_sources[record] and not c.get("cite"):
            fail(
                "source_not_cited",
                f'{record} does not cite {source}; set "cite": true to add the page to the event',
            )
    else:
        fail("unknown_reference", f"record {record!r} is not in statements.csv or events.csv")
    _check_excerpts([c.fields], fail, need_cue=False)


def _check_place(c: Candidate, index: _Index, fail: Any, seen: dict[str, int]) -> None:
    from mppdata.contract.vocabularies import PLACE_TYPES

    place_id = str(c.get("place_id"))
    if place_id in index.place_ids:
        fail("duplicate_place", f"place_id {place_id!r} already exists in places.csv")
    elif place_id in seen:
        fail("duplicate_place", f"place_id {place_id!r} is staged twice (also line {seen[place_id]})")
    seen[place_id] = c.line
    if place_id in index.retired and not c.get("reinstate"):
        fail("retired_id", f"place_id {place_id!r} was retired (data/retired_ids.txt); choose another slug")
    if c.get("place_type") not in PLACE_TYPES:
        fail("vocabulary", f"place_type {c.get('place_type')!r} is not one of {', '.join(PLACE_TYPES)}")
    paired = c.get("paired_place_id")
    if paired is not None and paired not in index.place_ids and paired not in index.staged_places:
        fail("unknown_reference", f"paired_place_id {paired!r} is neither in places.csv nor staged")
    source = c.get("source_id")
    if c.get("geonames_id") is None and source is None:
        fail("unsourced_coordinates", "give the geonames_id or the source_id the coordinates come from")
    if source is not None and not index.resolves_source(source):
        fail("unknown_reference", f"source {source!r} is neither a source_id, a known url nor a staged source")


def _check_figure(c: Candidate, index: _Index, fail: Any) -> None:
    from mppdata.contract.numbers import value_is_printed
    from mppdata.contract.vocabularies import DATE_PRECISIONS, METRICS, UNITS

    for name, vocabulary in (("metric", METRICS), ("unit", UNITS), ("date_precision", DATE_PRECISIONS)):
        if c.get(name) not in vocabulary:
            fail("vocabulary", f"{name} {c.get(name)!r} is not one of {', '.join(vocabulary)}")
    value = c.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        fail("missing_field", f"value {value!r} must be a number >= 0 (JSON number, not text)")
        return
    producer = c.get("producer_id")
    if producer not in index.actor_ids and producer not in index.staged_actors:
        fail("unknown_reference", f"producer_id {producer!r} is neither in actors.csv nor staged")
    source = c.get("source")
    if not index.resolves_source(source):
        fail("unknown_reference", f"source {source!r} is neither a source_id, a known url nor a staged source")
    place = c.get("place_id")
    if place is not None and place not in index.place_ids and place not in index.staged_places:
        fail("unknown_reference", f"place_id {place!r} is neither in places.csv nor staged")
    event = c.get("event_id")
    if event is not None and event not in index.event_ids:
        fail("unknown_reference", f"event_id {event!r} is not in events.csv")
    evidence = _evidence_items(c, fail)
    if not evidence:
        fail("no_evidence", "add evidence: the sentence of the source that prints the number")
        return
    _check_excerpts(evidence, fail, need_cue=False)
    if not any(value_is_printed(value, str(e.get("excerpt") or "")) for e in evidence):
        fail("number_not_printed", f"{value:g} is not printed in any evidence excerpt; copy the sentence with the number")
