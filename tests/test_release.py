"""Releases: one version, CITATION.cff, cite, exports, the Hub layout, versioned loading, push, diff."""

from __future__ import annotations

import csv
import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import REPO

import mppdata
from mppdata.analysis.stance_task import SPLITS, task_schema
from mppdata.contract.errors import MppdataError, VersionNotAvailableError
from mppdata.contract.tables import TABLES
from mppdata.release import exports, hub
from mppdata.storage.frames import restore_dtypes
from mppdata.storage.resources import bundled_data_dir, table_schema

yaml = pytest.importorskip("yaml")
datasets = pytest.importorskip("datasets")


# --- one version everywhere -------------------------------------------------------------
def test_version_is_the_same_everywhere() -> None:
    v = mppdata.__version__
    assert importlib.metadata.version("mppdata") == v
    assert json.loads((bundled_data_dir() / "datapackage.json").read_text())["version"] == v
    cff = yaml.safe_load((REPO / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["version"] == v and cff["preferred-citation"]["version"] == v
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(v)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M), (
        "CHANGELOG lacks this version"
    )


def test_citation_cff_is_valid_cff_1_2_0() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO / "tests" / "data" / "cff-1.2.0.schema.json").read_text())
    cff = yaml.safe_load((REPO / "CITATION.cff").read_text(encoding="utf-8"))
    cff["date-released"] = str(cff["date-released"])
    jsonschema.validate(cff, schema)
    for key in (
        "type",
        "title",
        "abstract",
        "version",
        "date-released",
        "authors",
        "license",
        "repository",
        "keywords",
        "preferred-citation",
    ):
        assert key in cff, key
    assert cff["type"] == "dataset"


def test_invalid_cff_is_rejected_by_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO / "tests" / "data" / "cff-1.2.0.schema.json").read_text())
    cff = yaml.safe_load((REPO / "CITATION.cff").read_text(encoding="utf-8"))
    cff["type"] = "novel"
    with pytest.raises(jsonschema.ValidationError, match="'novel' is not one of"):
        jsonschema.validate(cff, schema)


@pytest.mark.parametrize("fmt", ["bibtex", "apa", "cff"])
def test_cite_includes_version(fmt: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mppdata", "cite", "--format", fmt], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert mppdata.__version__ in result.stdout
    assert result.stdout == mppdata.cite(fmt)


def test_cite_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown citation format 'mla'; use one of bibtex, apa, cff"):
        mppdata.cite("mla")


# --- exports ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return exports.export(tmp_path_factory.mktemp("hub") / "mppdata", format="hf")


def test_csv_export_is_byte_identical(tmp_path: Path) -> None:
    out = exports.export(tmp_path / "csv", format="csv")
    for spec in TABLES.values():
        assert (out / spec.file).read_bytes() == (bundled_data_dir() / spec.file).read_bytes()
    assert mppdata.validate(out).ok


def test_parquet_export_round_trips(tmp_path: Path) -> None:
    out = exports.export(tmp_path / "pq", format="parquet")
    for name in TABLES:
        back = restore_dtypes(pd.read_parquet(out / f"{name}.parquet"), table_schema(name))
        pd.testing.assert_frame_equal(back, mppdata.load_table(name).reset_index(drop=True))


@pytest.fixture(scope="module")
def parquet_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return exports.export(tmp_path_factory.mktemp("pq") / "pq", format="parquet")


@pytest.mark.parametrize("name", list(TABLES))
def test_parquet_export_keeps_the_loaders_dtypes_without_help(parquet_dir: Path, name: str) -> None:
    out = parquet_dir
    back, loaded = pd.read_parquet(out / f"{name}.parquet"), mppdata.load_table(name)
    assert dict(back.dtypes.astype(str)) == dict(loaded.dtypes.astype(str))
    for column in loaded.columns:
        if str(loaded[column].dtype) == "category":
            assert list(back[column].cat.categories) == list(loaded[column].cat.categories), column
        if str(loaded[column].dtype) == "object":  # id lists come back as arrays of strings
            back[column] = back[column].map(list)
    pd.testing.assert_frame_equal(back, loaded.reset_index(drop=True))


def test_hf_features_are_typed_in_codebook_order(hf_dir: Path) -> None:
    from mppdata.contract import vocabularies as voc

    stances = datasets.load_dataset(str(hf_dir), "stances", split="train").features
    assert stances["stance"] == datasets.ClassLabel(names=list(voc.STANCES))
    assert stances["stance"].names == ["favor", "against", "neutral"]  # codebook order, not alphabetical
    assert stances["target"].names == list(voc.TARGETS)
    assert stances["confidence"].names == list(voc.CONFIDENCES)
    events = datasets.load_dataset(str(hf_dir), "events", split="train").features
    assert events["actor_ids"] == datasets.List(datasets.Value("string"))
    assert events["date_start"] == datasets.Value("date32")
    assert events["event_type"].names == list(voc.EVENT_TYPES)
    figures = datasets.load_dataset(str(hf_dir), "figures", split="train").features
    assert figures["value"] == datasets.Value("float64") and figures["metric"].names == list(voc.METRICS)
    task = datasets.load_dataset(str(hf_dir), "stance_task", split="test").features
    assert task["label"].names == list(voc.STANCES) and task["date"] == datasets.Value("date32")


def test_hf_card_header(hf_dir: Path) -> None:
    text = (hf_dir / "README.md").read_text(encoding="utf-8")
    header = yaml.safe_load(text.split("---\n")[1])
    for key in (
        "pretty_name",
        "license",
        "language",
        "multilinguality",
        "task_categories",
        "task_ids",
        "size_categories",
        "tags",
        "configs",
    ):
        assert key in header, key
    assert header["language"] == ["en", "es"]
    assert [c["config_name"] for c in header["configs"]] == [*TABLES, "stance_task"]
    for section in (
        "## Dataset summary",
        "## Uses",
        "### Out-of-scope uses",
        "## Dataset structure",
        "## Curation rationale",
        "## Source data",
        "## Annotations",
        "## Bias, risks and limitations",
        "## Citation",
        "@misc{",
    ):
        assert section in text, section
    for name in TABLES:
        for field in table_schema(name)["fields"]:
            assert f"| `{field['name']}` |" in text


@pytest.mark.parametrize("name", list(TABLES))
def test_hf_export_round_trips_through_load_dataset(hf_dir: Path, name: str) -> None:
    ds = datasets.load_dataset(str(hf_dir), name)
    assert list(ds) == ["train"]
    back = restore_dtypes(ds["train"].to_pandas(), table_schema(name))
    pd.testing.assert_frame_equal(back, mppdata.load_table(name).reset_index(drop=True))


@pytest.mark.parametrize("split", SPLITS)
def test_hf_stance_task_round_trips(hf_dir: Path, split: str) -> None:
    ds = datasets.load_dataset(str(hf_dir), "stance_task", split=split)
    back = restore_dtypes(ds.to_pandas(), task_schema())
    expected = mppdata.load_stance_task(split=split)
    pd.testing.assert_frame_equal(back, expected)


def test_export_refuses_existing_folder(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine")
    with pytest.raises(
        exports.ExportError, match=r"out already exists; choose a new folder, or pass overwrite"
    ):
        exports.export(tmp_path / "out", format="csv")
    assert (tmp_path / "out" / "notes.txt").read_text() == "mine"


def test_export_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(
        exports.ExportError, match="unknown export format 'xlsx'; use one of csv, parquet, hf"
    ):
        exports.export(tmp_path / "out", format="xlsx")


def test_failed_export_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def half_then_fail(folder: Path) -> None:
        (folder / "data").mkdir()
        (folder / "data" / "sources.parquet").write_bytes(b"partial")
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(exports, "_write_hf", half_then_fail)
    with pytest.raises(exports.ExportError, match=r"export to .*out failed, nothing was written: disk full"):
        exports.export(tmp_path / "out", format="hf")
    assert list(tmp_path.iterdir()) == []


# --- versioned loading ----------------------------------------------------------------------
def test_bundled_version_loads_locally() -> None:
    pd.testing.assert_frame_equal(
        mppdata.load_statements(version=mppdata.__version__), mppdata.load_statements()
    )


def test_other_version_offline_names_bundled_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("MPPDATA_HUB_REPO", raising=False)
    with pytest.raises(VersionNotAvailableError) as info:
        mppdata.load_statements(version="0.0.1")
    assert str(info.value) == (
        f"mppdata version 0.0.1 is not bundled (this installation bundles {mppdata.__version__}) and "
        "HF_HUB_OFFLINE is set, so it cannot be fetched from the Hugging Face Hub (mppdata/mppdata, tag "
        "v0.0.1). Use version=None for the bundled data, or unset HF_HUB_OFFLINE with network access."
    )


@pytest.mark.parametrize("name", ["statements", "events"])
def test_other_version_loads_through_load_dataset_from_hub_layout(
    hf_dir: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MPPDATA_HUB_REPO", str(hf_dir))
    other = mppdata.load_table(name, version="0.0.1")
    pd.testing.assert_frame_equal(other, mppdata.load_table(name).reset_index(drop=True))


def test_missing_config_in_hub_layout(hf_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(hf_dir, broken)
    (broken / "data" / "events.parquet").unlink()
    monkeypatch.setenv("MPPDATA_HUB_REPO", str(broken))
    with pytest.raises(
        VersionNotAvailableError, match=r"could not load table 'events' of mppdata version 0\.0\.1"
    ):
        mppdata.load_events(version="0.0.1")


# --- push -----------------------------------------------------------------------------------
def test_push_dry_run_lists_files_and_tag() -> None:
    plan = hub.push("org/mppdata", dry_run=True)
    assert plan["tag"] == f"v{mppdata.__version__}"
    assert plan["files"] == sorted(
        [
            "README.md",
            *[f"data/{n}.parquet" for n in TABLES],
            *[f"data/stance_task/{s}.parquet" for s in SPLITS],
            *[f"docs/{p.name}" for p in (REPO / "docs").glob("*.md")],
        ]
    )
    assert plan["uploaded"] is False


def test_push_calls_hub_api_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    huggingface_hub = pytest.importorskip("huggingface_hub")
    calls: list[tuple[str, str]] = []

    class FakeApi:
        def __init__(self, token: str | None = None) -> None:
            pass

        def create_repo(self, repo_id: str, **kw: object) -> None:
            calls.append(("create_repo", repo_id))

        def upload_folder(self, *, folder_path: str, repo_id: str, **kw: object) -> None:
            assert (Path(folder_path) / "README.md").is_file()
            calls.append(("upload_folder", repo_id))

        def create_tag(self, repo_id: str, *, tag: str, **kw: object) -> None:
            calls.append(("create_tag", tag))

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(huggingface_hub, "HfApi", FakeApi)
    plan = hub.push("org/mppdata")
    assert calls == [
        ("create_repo", "org/mppdata"),
        ("upload_folder", "org/mppdata"),
        ("create_tag", f"v{mppdata.__version__}"),
    ]
    assert plan["uploaded"] is True


def test_push_offline_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(MppdataError, match="cannot push to org/x: HF_HUB_OFFLINE is set"):
        hub.push("org/x")


# --- record-level diff ------------------------------------------------------------------------
def _rewrite(path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    fields = list(rows[0])
    rows = edit(rows)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def test_diff_on_crafted_pair(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(bundled_data_dir(), old)
    shutil.copytree(bundled_data_dir(), new)

    def change_statement(rows):  # type: ignore[no-untyped-def]
        rows[0]["channel"] = "interview"
        extra = dict(rows[0], statement_id="STM-99999", text="Added text.")
        return [*rows, extra]

    _rewrite(new / "statements.csv", change_statement)
    _rewrite(new / "events.csv", lambda rows: rows[1:])
    old_channel = next(csv.DictReader(open(old / "statements.csv", encoding="utf-8")))["channel"]
    first_event = next(csv.DictReader(open(old / "events.csv", encoding="utf-8")))["event_id"]
    first_stm = next(csv.DictReader(open(old / "statements.csv", encoding="utf-8")))["statement_id"]

    report = mppdata.diff(old, new)
    assert report.tables["statements"].added == ["STM-99999"]
    assert report.tables["statements"].changed == {first_stm: {"channel": (old_channel, "interview")}}
    assert report.tables["events"].removed == [first_event]
    assert all(report.tables[t].empty for t in ("sources", "actors", "stances", "annotations"))

    result = subprocess.run(
        [sys.executable, "-m", "mppdata", "diff", "--json", str(old), str(new)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["tables"]["statements"]["changed"][first_stm]["channel"] == {
        "old": old_channel,
        "new": "interview",
    }
    text = subprocess.run(
        [sys.executable, "-m", "mppdata", "diff", str(old), str(new)], capture_output=True, text=True
    )
    assert "  + STM-99999" in text.stdout and f"  - {first_event}" in text.stdout
    assert f"      channel: '{old_channel}' -> 'interview'" in text.stdout


def test_diff_bad_side_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mppdata", "diff", "nonsense", str(bundled_data_dir())],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "'nonsense' is neither a folder nor a version like 0.2.0" in result.stderr


def test_diff_treats_a_table_one_release_lacks_as_added(tmp_path: Path) -> None:
    from tablefactory import write_tables

    old = write_tables(tmp_path / "old")
    (old / "evidence.csv").unlink()  # as in releases before 0.3.0
    new = write_tables(tmp_path / "new")
    report = mppdata.diff(old, new)
    assert report.tables["evidence"].added == ["EVD-00001", "EVD-00002", "EVD-00003", "EVD-00004"]
    assert all(d.empty for name, d in report.tables.items() if name != "evidence")


HUB_CARD_SECTIONS = (
    "## Dataset summary",
    "## Quick start",
    "## Languages",
    "## Uses",
    "## Dataset structure",
    "### Data instances",
    "### Data fields",
    "### Data splits",
    "## Curation rationale",
    "## Source data",
    "## Annotations",
    "## Personal and sensitive information",
    "## Bias, risks and limitations",
    "## Licensing information",
    "## Dataset curators and contact",
    "## Citation",
)


def test_hf_card_has_the_hub_template_sections_and_yaml_fields(hf_dir: Path) -> None:
    text = (hf_dir / "README.md").read_text(encoding="utf-8")
    header = yaml.safe_load(text.split("---\n")[1])
    for key in ("annotations_creators", "language_creators", "source_datasets", "dataset_info", "configs"):
        assert header.get(key), key
    infos = {i["config_name"]: i["features"] for i in header["dataset_info"]}
    assert set(infos) == {c["config_name"] for c in header["configs"]}
    stance = next(f for f in infos["stances"] if f["name"] == "stance")
    names = {int(k): v for k, v in stance["dtype"]["class_label"]["names"].items()}
    assert names == {0: "favor", 1: "against", 2: "neutral"}
    positions = [text.find(section + "\n") for section in HUB_CARD_SECTIONS]
    assert -1 not in positions, [s for s, p in zip(HUB_CARD_SECTIONS, positions, strict=True) if p == -1]
    assert positions == sorted(positions)


def test_hf_card_links_resolve_inside_the_export(hf_dir: Path) -> None:
    text = (hf_dir / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\((docs/[^)#]+)\)", text)
    assert {"docs/codebook.md", "docs/methodology.md", "docs/figures.md"} <= set(links)
    for link in links:
        assert (hf_dir / link).is_file(), link


def _python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, re.S)


def test_every_python_snippet_of_the_card_runs(hf_dir: Path, tmp_path: Path) -> None:
    """The card's snippets run against the export, loaded from a local folder (no network)."""
    text = (hf_dir / "README.md").read_text(encoding="utf-8")
    blocks = _python_blocks(text)
    assert blocks
    from mppdata.release.citation import HUB_REPO_ID

    code = "\n".join(blocks).replace(f'"{HUB_REPO_ID}"', repr(str(hf_dir)))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
        env={**__import__("os").environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_CACHE": str(tmp_path / "cache")},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "['favor', 'against', 'neutral']" in result.stdout


def test_every_python_snippet_of_the_readme_runs(tmp_path: Path) -> None:
    blocks = _python_blocks((REPO / "README.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 2
    result = subprocess.run([sys.executable, "-c", "\n".join(blocks)], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
