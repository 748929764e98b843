"""docs/datasheet.md: the Datasheets-for-Datasets answers, with the counts of the data as it stands.

Written by ``python -m mppdata.release.generate``; a test fails when it is stale, so the figures
quoted here always match the bundled tables.
"""

from __future__ import annotations


def datasheet_markdown() -> str:
    """Return docs/datasheet.md.

    Examples
    --------
    >>> datasheet_markdown().splitlines()[0]
    '# Datasheet for mppdata'
    """
    from mppdata import __version__
    from mppdata.analysis.overview import summary
    from mppdata.analysis.reliability import agreement
    from mppdata.loading.loaders import load_all

    s = summary()
    t = load_all()
    st, so = t["statements"], t["sources"]
    rows = s["rows"]
    by_type = st["statement_type"].value_counts()
    src_types = ", ".join(f"{k} {v}" for k, v in so["source_type"].value_counts().items() if v)
    langs = ", ".join(f"{k} {v}" for k, v in s["languages"].items())
    years = ", ".join(f"{y}: {n}" for y, n in s["statements_per_year"].items())
    ann = agreement()
    n_rel = ann.n_statements
    top = st["actor_id"].value_counts().head(10)
    names = t["actors"].set_index("actor_id")["name"]
    top_text = "; ".join(f"{names[a]} ({n})" for a, n in top.items())
    return f"""# Datasheet for mppdata

Answers to the questions of *Datasheets for Datasets* (Gebru et al.) for mppdata {__version__}.
Generated from the bundled data by `python -m mppdata.release.generate`; every figure below is the
data's own.

## Motivation

* **Purpose.** To make claims about the US "Migrant Protection Protocols" (MPP, "Remain in
  Mexico", "Quédate en México") and Mexico's response traceable and analysable: who said
  what, when, where it was reported, and what position it took, across languages, actors and
  years. It serves political science and migration research (positions, coalitions,
  discourse networks), NLP (bilingual stance detection) and fact-checking.
* **Creators.** The mppdata project (see CITATION.cff). **Funding:** none declared.

## Composition

* **Instances.** {rows["statements"]} statements, {rows["events"]} events, {rows["sources"]} sources,
  {rows["actors"]} actors, {rows["stances"]} adjudicated stances and {rows["annotations"]} annotator labels
  (see docs/schema.md for every field).
* **Statements** by type: direct quotes {int(by_type.get("direct_quote", 0))}, document excerpts
  {int(by_type.get("document_excerpt", 0))}, paraphrases {int(by_type.get("paraphrase", 0))}; by language:
  {langs}; by year: {years}; {s["speakers"]} distinct speakers. Most frequent speakers: {top_text}.
* **Sources** by type: {src_types}.
* **Period.** {s["date_range"][0]} to {s["date_range"][1]}.
* **Sample, not census.** The statements are a curated selection covering every phase of the
  policy and every kind of actor, not a random sample of all that was said; counts of
  statements are not measures of salience or opinion.
* **Labels.** Stances (favor, against, neutral) toward nine targets defined in
  docs/codebook.md; the primary pass coded every statement, an independent reliability pass
  coded {n_rel} of them (stance alpha {ann.alpha:.3f} on units both passes coded; see the codebook for
  both rounds and per-target figures).
* **Missing data.** Optional fields are empty, never filled by guess: `published_date`
  where a page shows none, `text_en` for English statements, `date_end` for one-day events.
* **Confidentiality.** Only public actors speaking in public roles; private persons are not
  coded. Quotations come from published pages.
* **Offensive content.** Some quotations contain harsh political language about migrants;
  they are kept verbatim as data.

## Collection process

* **How.** Public web pages (news and wire reports, government releases and documents, court
  opinions, NGO reports, transcripts) were searched in English and Spanish by period, actor,
  case name and policy name, in a stored corpus of public pages. Candidate records were
  collected by research assistants in parallel batches and each was checked by the curator
  against the saved page text before entering the data (see docs/methodology.md).
* **Who.** The curator and research assistants working from written rules; the reliability
  annotators never saw the primary labels.
* **When.** Records were collected and checked on {so["accessed_date"].min().date()} to
  {so["accessed_date"].max().date()} (the `accessed_date` of the sources); they describe events from
  December 2018 onwards.
* **Ethics.** Public statements of public actors only; no personal data of migrants.

## Preprocessing, cleaning, labelling

* Quotes are copied verbatim; only page-layout line breaks are turned into spaces.
  Translations (`text_en`), titles, descriptions, paraphrases and rationales are the
  project's own words.
* Records whose day could not be established from the page were dropped, not guessed.
* Duplicate events found across batches were merged; their ids are retired.
* The raw candidate files are not distributed; each record's source address lets anyone
  re-read the page.

## Uses

* **Intended:** analyses of positions on MPP and related policies, actor networks, change
  over time; bilingual stance detection (`load_stance_task()`); fact-checking.
* **Not intended:** inferring facts about individual migrants; measuring public opinion or
  media attention from statement counts; quoting without checking the linked source.

## Distribution

* As a Python package (`pip install mppdata`) with the data bundled and checksummed, and as
  a Hugging Face dataset (`mppdata export --format hf`, one config per table and the stance
  task). Data and annotations under CC BY 4.0 (quotations remain their speakers'); code
  under MIT.

## Maintenance

* Versioned releases (MAJOR for breaking the table contract, MINOR for records added, PATCH
  for corrections) with CHANGELOG.md and record-level diffs (`mppdata diff OLD NEW`); ids
  are never renumbered or reused. Errors can be reported with the record id and the source
  address; corrections ship as PATCH releases.
"""
