"""Controlled vocabularies of the mppdata tables.

These lists are the single definition of every categorical value in the dataset. The
pandera models in :mod:`mppdata.contract.models` build their categorical dtypes from them, and the
generated schemas, docs/schema.md and docs/codebook.md quote them.
"""

from __future__ import annotations

SOURCE_TYPES: tuple[str, ...] = (
    "news_article",
    "wire_report",
    "press_release",
    "government_document",
    "court_document",
    "transcript",
    "ngo_report",
    "social_media_post",
    "reference",
    "other",
)

ACTOR_TYPES: tuple[str, ...] = (
    "person",
    "government_body",
    "court",
    "legislature",
    "political_party",
    "intergovernmental_org",
    "ngo",
    "media",
    "other",
)

DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")

EVENT_TYPES: tuple[str, ...] = (
    "policy_announcement",
    "policy_implementation",
    "policy_expansion",
    "policy_suspension",
    "policy_termination",
    "executive_order",
    "agency_memo",
    "lawsuit_filed",
    "court_ruling",
    "diplomatic_contact",
    "agreement",
    "statistic_release",
    "report",
    "protest",
    "humanitarian_response",
    "legislative_action",
    "other",
)

STATEMENT_TYPES: tuple[str, ...] = ("direct_quote", "document_excerpt", "paraphrase")

CHANNELS: tuple[str, ...] = (
    "press_conference",
    "interview",
    "press_release",
    "speech",
    "social_media",
    "court_opinion",
    "official_document",
    "testimony",
    "letter",
    "other",
)

TARGETS: tuple[str, ...] = (
    "mpp",
    "mexico_accepts_returnees",
    "safe_third_country",
    "third_country_removals",
    "asylum_restrictions",
    "cbp_one",
    "us_mexico_cooperation",
    "humanitarian_assistance",
    "mass_deportations",
)

STANCES: tuple[str, ...] = ("favor", "against", "neutral")

CONFIDENCES: tuple[str, ...] = ("high", "medium", "low")

PASSES: tuple[str, ...] = ("primary", "reliability")

# figures: what a published number counts (defined with examples in docs/codebook.md §8)
METRICS: tuple[str, ...] = (
    "enrolments",
    "returns_to_mexico",
    "people_received_by_mexico",
    "cases_pending",
    "cases_completed",
    "removal_orders",
    "removal_orders_in_absentia",
    "relief_granted",
    "representation_rate",
    "attacks_recorded",
    "admitted_to_us",
    "encampment_population",
    "foreigners_received_by_mexico",
    "mexican_deportees_received",
    "deaths_recorded",
)

UNITS: tuple[str, ...] = ("people", "cases", "percent", "attacks")

PLACE_TYPES: tuple[str, ...] = ("port_of_entry", "city", "state", "country")
