"""pandera models of the tables: the single definition of columns, types and rules.

Each model is strict (no column may be added or dropped) and coerces: dates become
``datetime64[ns]``, vocabularies become pandas ``Categorical`` with their fixed
categories, list columns hold Python lists. The generated files (schemas/, docs/schema.md,
data/datapackage.json) are written from these models by ``python -m mppdata.release.generate``.

This module imports pandera; import it only where validation is needed.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from mppdata.contract import vocabularies as voc

ID_SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z"
URL = r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?\Z"
LANGUAGE = r"^[a-z]{2}\Z"
COUNTRY = r"^[A-Z]{3}\Z"
MAX_QUOTE_WORDS = 60
MAX_EXCERPT_CHARS = 600
RECORD_ID = r"^(?:STM|EVT|FIG)-[0-9]{5,}\Z"


def _cat(categories: tuple[str, ...]) -> dict:
    return {"dtype_kwargs": {"categories": list(categories), "ordered": False}, "isin": list(categories)}


def _not_blank(series: pd.Series) -> pd.Series:
    return series.isna() | (series.astype("str").str.strip() != "")


def _id_list(series: pd.Series, pattern: str, *, min_items: int) -> pd.Series:
    """Vectorised: each cell a list of at least ``min_items`` ids matching ``pattern``, no repeats."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    is_list = series.map(lambda v: isinstance(v, list)).to_numpy(dtype=bool)
    lists = pa.array([v if isinstance(v, list) else [] for v in series], type=pa.list_(pa.string()))
    lengths = pc.list_value_length(lists).to_numpy(zero_copy_only=False)
    flat = pc.list_flatten(lists)
    parents = pc.list_parent_indices(lists).to_numpy(zero_copy_only=False)
    body = pattern.removeprefix("^").removesuffix("\\Z")
    bad_item = ~pc.match_substring_regex(flat, f"^(?:{body})$").fill_null(False).to_numpy(
        zero_copy_only=False
    )
    bad_item |= pc.match_substring(flat, "\n").fill_null(True).to_numpy(zero_copy_only=False)
    repeated = pd.DataFrame({"p": parents, "v": flat.to_numpy(zero_copy_only=False)}).duplicated().to_numpy()
    broken = np.zeros(len(series), dtype=bool)
    broken[parents[bad_item | repeated]] = True
    return pd.Series(is_list & (lengths >= min_items) & ~broken, index=series.index)


class SourcesModel(pa.DataFrameModel):
    """One row per public document that a record rests on."""

    source_id: Series[str] = pa.Field(
        unique=True, str_matches=r"^SRC-[0-9]{5,}\Z", description="Stable id of the source, SRC-00001."
    )
    url: Series[str] = pa.Field(
        unique=True,
        str_matches=URL,
        description="Address of the page as it was read (scheme kept); unique.",
    )
    title: Series[str] = pa.Field(description="Headline or title of the document as published.")
    publisher: Series[str] = pa.Field(description="Who published this copy (outlet, agency, court).")
    original_publisher: Series[str] = pa.Field(
        nullable=True,
        description="Original publisher when this copy is a republication (e.g. the wire service).",
    )
    author: Series[str] = pa.Field(nullable=True, description="Byline, when the page gives one.")
    published_date: Series[pa.DateTime] = pa.Field(
        nullable=True, description="Date the document was published (YYYY-MM-DD), when known."
    )
    source_type: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.SOURCE_TYPES), description="Kind of document."
    )
    language: Series[str] = pa.Field(
        str_matches=LANGUAGE, description="Language of the document, ISO 639-1 (en, es)."
    )
    accessed_date: Series[pa.DateTime] = pa.Field(
        description="Date the page was read for this dataset (YYYY-MM-DD)."
    )

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.check("title", "publisher", name="not_blank")
    def _not_blank(cls, series: pd.Series) -> pd.Series:
        return _not_blank(series)


class ActorsModel(pa.DataFrameModel):
    """People and organisations."""

    actor_id: Series[str] = pa.Field(
        unique=True,
        str_matches=ID_SLUG,
        description="Stable readable slug, e.g. claudia-sheinbaum, us-dhs, mx-sre.",
    )
    name: Series[str] = pa.Field(description="Name of the person or organisation.")
    actor_type: Series[pd.CategoricalDtype] = pa.Field(**_cat(voc.ACTOR_TYPES), description="Kind of actor.")
    country: Series[str] = pa.Field(
        nullable=True,
        str_matches=COUNTRY,
        description="ISO 3166-1 alpha-3 country; empty for international bodies.",
    )
    affiliation_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=ID_SLUG,
        description="actor_id of the organisation the person spoke for, when there is one.",
    )
    role: Series[str] = pa.Field(
        nullable=True,
        description="Role in own words, e.g. 'Secretary of Homeland Security (2021-2025)'.",
    )

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.check("name", name="not_blank")
    def _not_blank(cls, series: pd.Series) -> pd.Series:
        return _not_blank(series)


class EventsModel(pa.DataFrameModel):
    """Things that happened."""

    event_id: Series[str] = pa.Field(
        unique=True, str_matches=r"^EVT-[0-9]{5,}\Z", description="Stable id of the event, EVT-00001."
    )
    date_start: Series[pa.DateTime] = pa.Field(
        description="Day the event happened or began (YYYY-MM-DD; see date_precision)."
    )
    date_end: Series[pa.DateTime] = pa.Field(
        nullable=True, description="Last day of a multi-day event; empty for one-day events."
    )
    date_precision: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.DATE_PRECISIONS),
        description="How precise date_start is: day, month (day set to 01) or year (01-01).",
    )
    event_type: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.EVENT_TYPES), description="Kind of event (see docs/codebook.md)."
    )
    title: Series[str] = pa.Field(description="Short title in our own words.")
    description: Series[str] = pa.Field(
        description="What happened, in our own words; notes disagreements between sources."
    )
    country: Series[str] = pa.Field(
        str_matches=COUNTRY, description="ISO 3166-1 alpha-3 country where it happened."
    )
    location: Series[str] = pa.Field(nullable=True, description="City or port of entry, when specific.")
    actor_ids: Series[object] = pa.Field(
        description="Actors involved (list of actor_id; ';'-separated in the CSV)."
    )
    source_ids: Series[object] = pa.Field(
        description="Sources attesting the event (list of source_id, at least one; ';'-separated in the CSV)."
    )
    instrument: Series[str] = pa.Field(
        nullable=True,
        description="Legal or policy instrument: case name and docket, order or memo number.",
    )
    place_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=ID_SLUG,
        description="The site where it happened (places.place_id), when it is one of the mapped places.",
    )

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.check("title", "description", name="not_blank")
    def _not_blank(cls, series: pd.Series) -> pd.Series:
        return _not_blank(series)

    @pa.check("actor_ids", name="id_list")
    def _actor_list(cls, series: pd.Series) -> pd.Series:
        return _id_list(series, ID_SLUG, min_items=0)

    @pa.check("source_ids", name="id_list")
    def _source_list(cls, series: pd.Series) -> pd.Series:
        return _id_list(series, r"^SRC-[0-9]{5,}\Z", min_items=1)

    @pa.dataframe_check(name="precision_mismatch")
    def _precision(cls, df: pd.DataFrame) -> pd.Series:
        start = df["date_start"]
        precision = df["date_precision"].astype("str")
        month_ok = (precision != "month") | (start.dt.day == 1)
        year_ok = (precision != "year") | ((start.dt.day == 1) & (start.dt.month == 1))
        return start.isna() | (month_ok & year_ok)

    @pa.dataframe_check(name="end_before_start")
    def _date_order(cls, df: pd.DataFrame) -> pd.Series:
        return df["date_end"].isna() | df["date_start"].isna() | (df["date_end"] >= df["date_start"])


class StatementsModel(pa.DataFrameModel):
    """Who said what, when."""

    statement_id: Series[str] = pa.Field(
        unique=True,
        str_matches=r"^STM-[0-9]{5,}\Z",
        description="Stable id of the statement, STM-00001.",
    )
    actor_id: Series[str] = pa.Field(str_matches=ID_SLUG, description="The speaker (actor_id).")
    date: Series[pa.DateTime] = pa.Field(description="When it was said or written (YYYY-MM-DD).")
    source_id: Series[str] = pa.Field(
        str_matches=r"^SRC-[0-9]{5,}\Z", description="Source that attests the statement."
    )
    event_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=r"^EVT-[0-9]{5,}\Z",
        description="The occasion or the event the statement answers, when there is one.",
    )
    statement_type: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.STATEMENT_TYPES),
        description=(
            "direct_quote: speaker's words exactly as printed; document_excerpt: exact words "
            "of the actor's own document; paraphrase: our own summary of reported speech."
        ),
    )
    text: Series[str] = pa.Field(description="The quote, excerpt or paraphrase, in its language.")
    language: Series[str] = pa.Field(str_matches=LANGUAGE, description="Language of text, ISO 639-1.")
    text_en: Series[str] = pa.Field(
        nullable=True,
        description="Our English translation; required when language is not en, empty otherwise.",
    )
    channel: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.CHANNELS), description="How the statement was made."
    )

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.check("text", name="not_blank")
    def _not_blank(cls, series: pd.Series) -> pd.Series:
        return _not_blank(series)

    @pa.dataframe_check(name="translation_missing")
    def _text_en(cls, df: pd.DataFrame) -> pd.Series:
        needs = df["language"].astype("str") != "en"
        has = df["text_en"].notna() & (df["text_en"].astype("str").str.strip() != "")
        return ~needs | has

    @pa.dataframe_check(name="quote_too_long")
    def _quote_length(cls, df: pd.DataFrame) -> pd.Series:
        quoted = df["statement_type"].astype("str").isin(["direct_quote", "document_excerpt"])
        import pyarrow as pa
        import pyarrow.compute as pc

        text = pa.array(df["text"].astype("str"), type=pa.string(), from_pandas=True)
        words = pc.count_substring_regex(text, r"\S+").fill_null(0).to_numpy(zero_copy_only=False)
        return ~quoted | pd.Series(words <= MAX_QUOTE_WORDS, index=df.index)


class StancesModel(pa.DataFrameModel):
    """Adjudicated stance of a statement toward a policy target."""

    stance_id: Series[str] = pa.Field(
        unique=True, str_matches=r"^STN-[0-9]{5,}\Z", description="Stable id of the stance, STN-00001."
    )
    statement_id: Series[str] = pa.Field(
        str_matches=r"^STM-[0-9]{5,}\Z", description="The statement (statement_id)."
    )
    target: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.TARGETS), description="Policy target (defined in docs/codebook.md)."
    )
    stance: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.STANCES), description="Adjudicated position: favor, against or neutral."
    )
    confidence: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.CONFIDENCES),
        description="high: explicit and agreed; medium: inferred or adjudicated; low: contested.",
    )
    rationale: Series[str] = pa.Field(description="Why this label, in our own words, short.")

    class Config:
        strict = True
        coerce = True
        ordered = True
        unique = ["statement_id", "target"]

    @pa.check("rationale", name="not_blank")
    def _not_blank(cls, series: pd.Series) -> pd.Series:
        return _not_blank(series)


class AnnotationsModel(pa.DataFrameModel):
    """Every annotator's label."""

    statement_id: Series[str] = pa.Field(
        str_matches=r"^STM-[0-9]{5,}\Z", description="The statement (statement_id)."
    )
    target: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.TARGETS), description="Policy target (defined in docs/codebook.md)."
    )
    annotator_id: Series[str] = pa.Field(
        str_matches=ID_SLUG, description="Pseudonymous annotator id, e.g. ann-a."
    )
    stance: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.STANCES), description="The annotator's label: favor, against or neutral."
    )
    pass_: Series[pd.CategoricalDtype] = pa.Field(
        alias="pass",
        **_cat(voc.PASSES),
        description="primary: the main coding pass; reliability: independent second coding.",
    )

    class Config:
        strict = True
        coerce = True
        ordered = True
        unique = ["statement_id", "target", "annotator_id", "pass"]


class EvidenceModel(pa.DataFrameModel):
    """The passage of a cited page that supports a record, copied verbatim."""

    evidence_id: Series[str] = pa.Field(
        unique=True, str_matches=r"^EVD-[0-9]{5,}\Z", description="Stable id of the evidence row, EVD-00001."
    )
    record_id: Series[str] = pa.Field(
        str_matches=RECORD_ID,
        description="The record supported: a statement_id (STM-), event_id (EVT-) or figure_id (FIG-).",
    )
    source_id: Series[str] = pa.Field(
        str_matches=r"^SRC-[0-9]{5,}\Z",
        description="The page the excerpt is copied from; one of the record's own sources.",
    )
    excerpt: Series[str] = pa.Field(
        description=(
            f"Verbatim passage of the page (at most {MAX_EXCERPT_CHARS} characters): for a quote, the "
            "quoted words and their attribution; for an event, the sentences carrying its claims."
        )
    )
    date_cue: Series[str] = pa.Field(
        nullable=True,
        description="The words of the excerpt that pin the date (e.g. 'este viernes', 'on Jan. 21'); empty if none.",
    )

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.check("excerpt", name="not_blank")
    def _not_blank(cls, series: pd.Series) -> pd.Series:
        return _not_blank(series)

    @pa.check("excerpt", name="excerpt_too_long")
    def _excerpt_length(cls, series: pd.Series) -> pd.Series:
        return series.astype("str").str.len() <= MAX_EXCERPT_CHARS

    @pa.dataframe_check(name="date_cue_not_in_excerpt")
    def _cue_inside(cls, df: pd.DataFrame) -> pd.Series:
        import numpy as np

        cues = df["date_cue"]
        ok = cues.isna().to_numpy().copy()
        given = np.flatnonzero(~ok)
        if len(given):
            cue_text = cues.to_numpy(dtype=object)[given]
            excerpt_text = df["excerpt"].to_numpy(dtype=object)[given]
            ok[given] = [str(c) in str(e) for c, e in zip(cue_text, excerpt_text, strict=True)]
        return pd.Series(ok, index=df.index)


class PlacesModel(pa.DataFrameModel):
    """Where MPP operated: border cities and their ports of entry, with cited coordinates."""

    place_id: Series[str] = pa.Field(
        unique=True, str_matches=ID_SLUG, description="Stable readable slug, e.g. tijuana, el-paso."
    )
    name: Series[str] = pa.Field(description="Name of the place as commonly written.")
    place_type: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.PLACE_TYPES), description="port_of_entry, city, state or country."
    )
    country: Series[str] = pa.Field(str_matches=COUNTRY, description="ISO 3166-1 alpha-3 country.")
    admin1: Series[str] = pa.Field(
        nullable=True, description="State the place lies in (e.g. Baja California, Texas)."
    )
    latitude: Series[float] = pa.Field(
        ge=-90, le=90, description="Latitude in decimal degrees (WGS84), from the cited gazetteer or page."
    )
    longitude: Series[float] = pa.Field(
        ge=-180, le=180, description="Longitude in decimal degrees (WGS84), from the cited gazetteer or page."
    )
    paired_place_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=ID_SLUG,
        description="The place across the border that MPP paired with this one (place_id).",
    )
    ports_of_entry: Series[str] = pa.Field(
        nullable=True,
        description="For a US city: the port(s) of entry through which people were returned, as the sources name them.",
    )
    geonames_id: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, description="GeoNames id the coordinates come from (https://www.geonames.org/<id>)."
    )
    source_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=r"^SRC-[0-9]{5,}\Z",
        description="Source of the coordinates when they do not come from GeoNames.",
    )

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.check("name", name="not_blank")
    def _not_blank(cls, series: pd.Series) -> pd.Series:
        return _not_blank(series)

    @pa.dataframe_check(name="coordinates_unsourced")
    def _cited(cls, df: pd.DataFrame) -> pd.Series:
        return df["geonames_id"].notna() | df["source_id"].notna()


class FiguresModel(pa.DataFrameModel):
    """One published number: what it counts, its value, as of when, who produced it, where printed."""

    figure_id: Series[str] = pa.Field(
        unique=True, str_matches=r"^FIG-[0-9]{5,}\Z", description="Stable id of the figure, FIG-00001."
    )
    metric: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.METRICS), description="What is counted (defined in docs/codebook.md, section 8)."
    )
    value: Series[float] = pa.Field(ge=0, description="The number as published (71,071 is 71071.0).")
    unit: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.UNITS), description="people, cases, percent or attacks."
    )
    breakdown: Series[str] = pa.Field(
        nullable=True,
        description="The subset counted, as key=value (e.g. nationality=Honduras, port=El Paso); empty for a total.",
    )
    period_start: Series[pa.DateTime] = pa.Field(
        nullable=True, description="First day the count covers, when the source gives it."
    )
    period_end: Series[pa.DateTime] = pa.Field(
        description="The count's cut-off (as-of date); see date_precision."
    )
    date_precision: Series[pd.CategoricalDtype] = pa.Field(
        **_cat(voc.DATE_PRECISIONS),
        description="How precise period_end is: day, month (day set to 01) or year (01-01).",
    )
    place_id: Series[str] = pa.Field(
        nullable=True, str_matches=ID_SLUG, description="The place counted (places.place_id); empty for national counts."
    )
    producer_id: Series[str] = pa.Field(
        str_matches=ID_SLUG, description="Who produced the number (actor_id: e.g. us-dhs, trac, mx-inm)."
    )
    source_id: Series[str] = pa.Field(
        str_matches=r"^SRC-[0-9]{5,}\Z", description="The page that prints the number."
    )
    event_id: Series[str] = pa.Field(
        nullable=True,
        str_matches=r"^EVT-[0-9]{5,}\Z",
        description="The event (e.g. a statistic release) the number belongs to, when there is one.",
    )
    note: Series[str] = pa.Field(description="What exactly is counted, in our own words.")

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.check("note", name="not_blank")
    def _not_blank(cls, series: pd.Series) -> pd.Series:
        return _not_blank(series)

    @pa.dataframe_check(name="percent_over_100")
    def _percent_range(cls, df: pd.DataFrame) -> pd.Series:
        return (df["unit"].astype("str") != "percent") | (df["value"] <= 100)

    @pa.dataframe_check(name="precision_mismatch")
    def _precision(cls, df: pd.DataFrame) -> pd.Series:
        end = df["period_end"]
        precision = df["date_precision"].astype("str")
        month_ok = (precision != "month") | (end.dt.day == 1)
        year_ok = (precision != "year") | ((end.dt.day == 1) & (end.dt.month == 1))
        return end.isna() | (month_ok & year_ok)

    @pa.dataframe_check(name="end_before_start")
    def _date_order(cls, df: pd.DataFrame) -> pd.Series:
        return df["period_start"].isna() | df["period_end"].isna() | (df["period_end"] >= df["period_start"])


def model_for(table: str) -> type[pa.DataFrameModel]:
    """Return the pandera model of ``table``.

    Examples
    --------
    >>> from mppdata.contract.models import model_for
    >>> model_for("actors").__name__
    'ActorsModel'
    """
    from mppdata.contract.tables import get_spec

    return globals()[get_spec(table).model]
