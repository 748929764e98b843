"""The Hugging Face dataset card (README.md of the Hub export), built from the data.

The YAML header declares one config per table and the stance task with its splits; the
body follows the Hub's dataset-card sections and quotes figures computed from the bundled
data at export time, so the card never disagrees with the files beside it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any


def _size_category(n: int) -> str:
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K")):
        if n < limit:
            return label
    return "100K<n<1M"


def card_metadata() -> dict[str, Any]:
    """Return the YAML header of the dataset card as a dict.

    Examples
    --------
    >>> meta = card_metadata()
    >>> [c["config_name"] for c in meta["configs"]][-1]
    'stance_task'
    """
    from mppdata.analysis.stance_task import task_schema
    from mppdata.contract.tables import TABLES
    from mppdata.loading.loaders import load_statements, load_table
    from mppdata.release.exports import hf_files
    from mppdata.release.hf_features import dataset_info
    from mppdata.storage.resources import table_schema

    n = len(load_statements())
    empty = tuple(name for name in TABLES if len(load_table(name)) == 0)
    schemas = {name: table_schema(name) for name in TABLES if name not in empty}
    schemas["stance_task"] = task_schema()
    return {
        "pretty_name": "mppdata: Migrant Protection Protocols (Remain in Mexico) statements, events and stances",
        "license": "cc-by-4.0",
        "language": ["en", "es"],
        "annotations_creators": ["expert-generated"],
        "language_creators": ["found"],
        "source_datasets": ["original"],
        "multilinguality": "multilingual",
        "task_categories": ["text-classification"],
        "task_ids": ["multi-class-classification"],
        "size_categories": [_size_category(n)],
        "tags": [
            "stance-detection",
            "political-science",
            "migration",
            "asylum",
            "remain-in-mexico",
            "migrant-protection-protocols",
            "mexico",
            "united-states",
            "discourse-network-analysis",
        ],  # fmt: skip
        "configs": [
            {
                "config_name": name,
                "data_files": [{"split": split, "path": path} for split, path in files],
                **({"default": True} if name == "statements" else {}),
            }
            for name, files in hf_files(without=empty).items()
        ],
        "dataset_info": dataset_info(schemas),
    }


def _yaml(meta: dict[str, Any]) -> str:
    from mppdata.release.citation import _yaml as emit

    return emit(meta)


def _fields_section() -> str:
    from mppdata.analysis.stance_task import task_schema
    from mppdata.contract.tables import TABLES
    from mppdata.storage.resources import table_schema

    lines = []
    for name, spec in TABLES.items():
        lines += [
            f"#### `{name}`",
            "",
            spec.description,
            "",
            "| field | type | required | description |",
            "|---|---|---|---|",
        ]
        for f in table_schema(name)["fields"]:
            enum = f["constraints"].get("enum")
            kind = f["type"] + (f" (one of: {', '.join(enum)})" if enum else "")
            req = "yes" if f["constraints"]["required"] else "no"
            lines.append(f"| `{f['name']}` | {kind} | {req} | {f['description']} |")
        lines.append("")
    lines += [
        "#### `stance_task`",
        "",
        "One row per adjudicated (statement, target) stance joined to its statement. The split keeps "
        "speakers and sources apart: statements sharing a speaker or a page (directly or through "
        "others) form a `group`, and whole groups go to one split (about 60/15/25), so no speaker "
        "and no source appears in two splits. `statement_type` tells the speakers' own words "
        "(`direct_quote`, `document_excerpt`) from the project's paraphrases; with the Python "
        "package, `load_stance_task(include_paraphrases=False)` drops the paraphrases.",
        "",
        "| field | type |",
        "|---|---|",
    ]
    for f in task_schema()["fields"]:
        enum = f["constraints"].get("enum")
        lines.append(f"| `{f['name']}` | {f['type']}{' (one of: ' + ', '.join(enum) + ')' if enum else ''} |")
    return "\n".join(lines)


def dataset_card() -> str:
    """Return the full README.md of the Hub export (YAML header and body).

    The card's figures (summary, agreement, stance-task counts) are computed once per
    process for a given state of the data: the cache is keyed by the sha256 of every file
    recorded in datapackage.json, so changed data always gets a new card.

    Examples
    --------
    >>> card = dataset_card()
    >>> card.startswith("---") and "## Citation" in card
    True
    """
    from mppdata.storage.resources import descriptor

    hashes = tuple(r["hash"] for r in descriptor()["resources"])
    return _card_for(hashes)


@lru_cache(maxsize=4)
def _card_for(hashes: tuple[str, ...]) -> str:
    from mppdata import __version__
    from mppdata.analysis.overview import summary
    from mppdata.analysis.reliability import agreement
    from mppdata.analysis.stance_task import load_stance_task
    from mppdata.contract.tables import TABLES
    from mppdata.release.citation import to_bibtex

    s = summary()
    rows = s["rows"]
    task = load_stance_task()
    splits = task["split"].value_counts().reindex(["train", "validation", "test"]).to_dict()
    ann = agreement()
    if ann.n_units:
        agreement_text = (
            f"On the {ann.n_units} (statement, target) units of {ann.n_statements} statements coded in both "
            f"passes: Krippendorff's alpha (nominal) = {ann.alpha:.3f}, Cohen's kappa = {ann.kappa:.3f}, "
            f"raw agreement = {ann.raw_agreement:.3f}; alpha counting disagreement about which targets a "
            f"statement addresses = {ann.alpha_with_target_choice:.3f}. Per-target figures and the confusion "
            "matrix are recomputable with `mppdata.agreement()` from the shipped `annotations` config."
        )
    else:
        agreement_text = (
            "The reliability pass has not been run on this release; no agreement figure is reported."
        )
    langs = ", ".join(f"{k}: {v}" for k, v in s["languages"].items())
    years = ", ".join(f"{y}: {n}" for y, n in s["statements_per_year"].items())
    body = f"""
# mppdata: statements, events and stances on the US Migrant Protection Protocols

Version {__version__}. Pin it: `load_dataset("{_repo()}", "statements", revision="v{__version__}")`.

## Dataset summary

Who said what, when and where it was reported about the US "Migrant Protection Protocols"
(MPP, "Remain in Mexico", "Quédate en México") and Mexico's response, December 2018 to today:
{rows["statements"]} statements by {s["speakers"]} speakers ({langs}), {rows["events"]} events,
{rows["sources"]} sources, {rows["actors"]} actors, {rows["stances"]} adjudicated stances and
{rows["annotations"]} annotator labels, {rows.get("evidence", 0)} evidence passages, {rows.get("figures", 0)} published
figures and {rows.get("places", 0)} places. Every statement, event and figure carries the address of the
public page it was read in and the verbatim passage that supports it. Statements per year: {years}.

Configs: one per table ({", ".join(f"`{name}`" for name in TABLES if rows.get(name))}; split `train` =
the whole table) and `stance_task` (train {splits.get("train", 0)}, validation {splits.get("validation", 0)},
test {splits.get("test", 0)} rows).

`figures` lays every published number on MPP side by side: metric (codebook section 8), value,
unit, cut-off date, producer and source; two sources for one number are two rows, never merged,
and each value is printed in its evidence passage. `places` holds the border cities where MPP
operated, with GeoNames coordinates (CC BY 4.0, credit GeoNames) and the city across the border;
events carry a `place_id` where they happened at one of them.

## Quick start

```python
from datasets import load_dataset

stances = load_dataset("mppdata/mppdata", "stances", split="train")
print(stances.features["stance"].names)  # ['favor', 'against', 'neutral'], the codebook's order
task = load_dataset("mppdata/mppdata", "stance_task")
print({{split: task[split].num_rows for split in task}})
```

Pin the release in analyses: add `revision="v{__version__}"` to `load_dataset`. With the Python
package (`pip install mppdata`), `mppdata.load_wide(stances="long")` gives statements with
speaker, source and stances in one frame, with pandas dtypes restored.

## Languages

English (`en`) and Spanish (`es`): each statement keeps the language its speaker used
(`language`, ISO 639-1); statements not in English carry the project's English translation in
`text_en`. Sources are English- and Spanish-language pages (news, government releases, court
documents, NGO reports); Spanish is mostly Mexican usage.

## Uses

* Political science and migration studies: who supported or opposed MPP and related policies,
  how positions shifted across administrations, actor networks (discourse network analysis).
* NLP: bilingual (English/Spanish) target-dependent stance detection with a leakage-free split.
* Fact-checking: each record links to the page it was read in.

### Out-of-scope uses

* Inferring anything about individual migrants: private persons are not coded.
* Treating counts of statements as measures of public opinion or of media salience: the corpus
  is curated for coverage of actors and turning points, not sampled.
* Using quotations outside their context without checking the linked source.

## Dataset structure

### Data instances

One row of the `statements` config and its stance (`stances` config, same `statement_id`):

```json
{_instance()}
```

### Data fields

{_fields_section()}

### Data splits

{_splits_section(rows, splits)}

Dates are days (`date_precision` tells month- or year-precise events). Lists are lists of ids.
Loading through the `mppdata` Python package restores pandas categoricals and datetimes.

## Curation rationale

The dataset exists so that claims about MPP can be traced to their sources and analysed across
actors, languages and years. Collection covered every phase of the policy (announcement, rollout,
litigation, suspension and termination, court-ordered restart, end, 2025 reinstatement and the
safe-third-country disputes), searching English and Spanish sources by phase, actor and case name.

## Source data

News and wire reports, government releases and documents, court opinions, NGO reports and
press-conference transcripts. Direct quotes are copied character for character from the page
cited; titles, descriptions, paraphrases, translations and rationales are the project's own words.
Primary sources were preferred; where sources disagree on dates or figures the event description
says so (see docs/methodology.md in the package).

## Annotations

Stances toward nine policy targets (mpp, mexico_accepts_returnees, safe_third_country,
third_country_removals, asylum_restrictions, cbp_one, us_mexico_cooperation,
humanitarian_assistance, mass_deportations) labelled favor / against / neutral following the
codebook (docs/codebook.md). A primary pass coded every statement; an independent reliability pass
coded a stratified sample without seeing the primary labels. {agreement_text}
Disagreements were adjudicated by the curator; the `stances` config holds the adjudicated labels
and `annotations` every annotator's label.

## Personal and sensitive information

The data concern public actors speaking in a public role (officials, institutions,
organisations, their spokespeople). Migrants and other private individuals quoted in the press
are not coded by name and no detail that could identify them is recorded in the project's own
text; evidence passages are short verbatim excerpts of published pages and may mention names as
those pages printed them. Statements are political opinions of public figures about migration
policy; nationality and migration status appear only as aggregate figures.

## Bias, risks and limitations

* Coverage depends on what public pages could be found and read; Mexican local voices and
  2023-2024 are thinner than the 2019 and 2025 peaks.
* Many statements come through news reports, which select and sometimes trim quotes.
* Court opinions are coded for the effect of the holding, not the judges' policy preferences.
* Quotations remain their speakers' words; the CC BY 4.0 license covers the selection, coding
  and annotations.

## Licensing information

Data and annotations: Creative Commons Attribution 4.0 (CC BY 4.0). Quotations (`text`) remain
their speakers' words and evidence passages (`excerpt`) their publishers' text, included for
research, criticism and verification; the licence covers the selection, coding and annotation.
Place coordinates come from GeoNames (CC BY 4.0). The code of the `mppdata` package is MIT.
The documents cited are shipped with this export under `docs/` ([codebook](docs/codebook.md),
[methodology](docs/methodology.md), [figures](docs/figures.md), [schema](docs/schema.md),
[datasheet](docs/datasheet.md)).

## Dataset curators and contact

Curated by the mppdata contributors. Questions, corrections and proposed records: the issue
tracker of the code repository ({_code_repo()}/issues); corrections are listed record by record in
each release's CHANGELOG and `mppdata diff`.

## Citation

```bibtex
{to_bibtex().strip()}
```
"""
    return "---\n" + _yaml(card_metadata()) + "\n---\n" + body


def _code_repo() -> str:
    from mppdata.release.citation import REPOSITORY_CODE

    return REPOSITORY_CODE


def _instance() -> str:
    """A deterministic example: the first direct quote in Spanish that has a stance."""
    import json

    from mppdata.loading.loaders import load_stances, load_statements

    st, sn = load_statements(), load_stances()
    if st.empty:
        return "{}"
    coded = st[st["statement_id"].isin(sn["statement_id"])]
    preferred = coded[(coded["statement_type"] == "direct_quote") & (coded["language"] == "es")]
    row = (preferred if len(preferred) else coded if len(coded) else st).iloc[0]
    record = {
        k: (None if v is None or v != v else (v.date().isoformat() if hasattr(v, "date") else str(v)))
        for k, v in row.items()
    }
    stances = sn[sn["statement_id"] == row["statement_id"]]
    if len(stances):
        stance = stances.iloc[0]
        record["stance (stances config)"] = {k: str(stance[k]) for k in ("target", "stance", "confidence")}
    return json.dumps(record, ensure_ascii=False, indent=2)


def _splits_section(rows: dict[str, int], splits: dict[str, int]) -> str:
    lines = ["| config | split | rows |", "|---|---|---|"]
    lines += [f"| `{name}` | train (the whole table) | {n} |" for name, n in rows.items() if n]
    lines += [f"| `stance_task` | {split} | {splits.get(split, 0)} |" for split in ("train", "validation", "test")]
    lines += [
        "",
        "The tables are not samples: each config's single `train` split is the whole table. The "
        "`stance_task` split shares no speaker and no source between splits (see its description).",
    ]
    return "\n".join(lines)


def _repo() -> str:
    from mppdata.release.citation import HUB_REPO_ID

    return HUB_REPO_ID


def card_json() -> str:
    """Return the card's YAML header as JSON (for tests and tooling).

    Examples
    --------
    >>> import json
    >>> json.loads(card_json())["license"]
    'cc-by-4.0'
    """
    return json.dumps(card_metadata(), ensure_ascii=False)
