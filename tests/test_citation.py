"""Citations render correctly: BibTeX parsed and formatted, APA with publisher, CFF fields."""

from __future__ import annotations

import pytest
import yaml
from conftest import REPO

import mppdata
from mppdata.release.citation import PUBLISHER, REPOSITORY, TITLE, to_apa, to_bibtex


def test_bibtex_parses_as_one_misc_entry() -> None:
    bibtexparser = pytest.importorskip("bibtexparser")
    library = bibtexparser.parse_string(to_bibtex())
    assert library.failed_blocks == []
    (entry,) = library.entries
    assert entry.entry_type == "misc"
    fields = {f.key: f.value for f in entry.fields}
    assert sorted(fields) == ["author", "howpublished", "note", "title", "url", "year"]
    # the version once (no `version` field that biblatex would print again), no licence
    assert sum(mppdata.__version__ in v for v in fields.values()) == 1
    assert not any("CC-BY" in v or "license" in v.lower() for v in fields.values())
    assert fields["howpublished"] == f"Data set, version {mppdata.__version__}"


@pytest.mark.parametrize("style", ["plain", "unsrt", "alpha"])
def test_bibtex_renders_under_bibtex_styles(style: str) -> None:
    pybtex_database = pytest.importorskip("pybtex.database")
    from pybtex.plugin import find_plugin

    bib = pybtex_database.parse_string(to_bibtex(), "bibtex")
    formatted = find_plugin("pybtex.style.formatting", style)().format_entries(bib.entries.values())
    text = next(iter(formatted)).text.render(find_plugin("pybtex.backends", "text")())
    assert text == (
        f"mppdata contributors. {TITLE}. Data set, version {mppdata.__version__}, 2026. "
        f"{PUBLISHER}. URL: {REPOSITORY}."
    )


def test_apa_names_version_type_and_publisher() -> None:
    assert to_apa() == (
        f"mppdata contributors. (2026). {TITLE} (Version {mppdata.__version__}) [Data set]. "
        f"{PUBLISHER}. {REPOSITORY}\n"
    )


def test_citation_cff_has_code_repository_contact_and_both_licences() -> None:
    cff = yaml.safe_load((REPO / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["repository-code"].startswith("https://")
    assert cff["contact"][0]["name"] and cff["contact"][0]["website"].startswith("https://")
    assert cff["license"] == ["CC-BY-4.0", "MIT"]
    assert cff["preferred-citation"]["publisher"]["name"] == PUBLISHER
