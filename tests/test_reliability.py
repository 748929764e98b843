"""Agreement statistics: published examples, the krippendorff package, sklearn's kappa."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from mppdata.analysis.reliability import agreement, cohen_kappa, krippendorff_alpha_nominal

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", nominal example:
# 4 coders (rows) x 12 units (columns); published nominal alpha 0.743.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]
# Wikipedia "Krippendorff's alpha" computational example: 3 coders x 15 units, nominal 0.691.
WIKIPEDIA = [
    [None, None, None, None, None, 3, 4, 1, 2, 1, 1, 3, 3, None, 3],
    [1, None, 2, 1, 3, 3, 4, 3, None, None, None, None, None, None, None],
    [None, None, 2, 1, 3, 4, 4, None, 2, 1, 1, 3, 3, None, 4],
]


def units(coders: list[list[object]]) -> list[list[object]]:
    return [list(col) for col in zip(*coders, strict=True)]


def test_alpha_matches_krippendorff_2011_example() -> None:
    assert round(krippendorff_alpha_nominal(units(KRIPPENDORFF_2011)), 3) == 0.743


def test_alpha_matches_wikipedia_example() -> None:
    assert round(krippendorff_alpha_nominal(units(WIKIPEDIA)), 3) == 0.691


@pytest.mark.parametrize("seed", range(20))
def test_alpha_equals_krippendorff_package_on_random_data(seed: int) -> None:
    krippendorff = pytest.importorskip("krippendorff")
    rng = np.random.default_rng(seed)
    coders, n_units = int(rng.integers(2, 5)), int(rng.integers(5, 40))
    data = rng.integers(0, 3, size=(coders, n_units)).astype(float)
    data[rng.random(data.shape) < 0.2] = np.nan
    # keep only units with at least two values, as alpha ignores the rest anyway
    keep = (~np.isnan(data)).sum(axis=0) >= 2
    data = data[:, keep]
    if data.shape[1] < 2 or len(np.unique(data[~np.isnan(data)])) < 2:
        pytest.skip("degenerate draw")
    ours = krippendorff_alpha_nominal([[None if math.isnan(v) else v for v in col] for col in data.T])
    theirs = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert ours == pytest.approx(theirs, abs=1e-9)


def test_kappa_textbook_example() -> None:
    a = ["y"] * 25 + ["n"] * 25
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


@pytest.mark.parametrize("seed", range(10))
def test_kappa_equals_sklearn_on_random_data(seed: int) -> None:
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(seed)
    a = list(rng.choice(["favor", "against", "neutral"], size=60))
    b = [x if rng.random() < 0.6 else str(rng.choice(["favor", "against", "neutral"])) for x in a]
    assert cohen_kappa(a, b) == pytest.approx(metrics.cohen_kappa_score(a, b))


def test_kappa_rejects_unequal_lengths() -> None:
    with pytest.raises(ValueError, match="the two codings differ in length: 2 and 1"):
        cohen_kappa(["a", "b"], ["a"])


def _ann(rows: list[tuple[str, str, str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["statement_id", "target", "annotator_id", "stance", "pass"])


def test_agreement_on_crafted_annotations() -> None:
    ann = _ann(
        [
            ("STM-00001", "mpp", "a", "favor", "primary"),
            ("STM-00001", "mpp", "b", "favor", "reliability"),
            ("STM-00002", "mpp", "a", "against", "primary"),
            ("STM-00002", "mpp", "b", "against", "reliability"),
            ("STM-00003", "cbp_one", "a", "neutral", "primary"),
            ("STM-00003", "cbp_one", "b", "against", "reliability"),
            ("STM-00003", "mpp", "b", "against", "reliability"),  # coded by one pass only
            ("STM-00004", "mpp", "a", "favor", "primary"),  # not in the reliability sample
        ]
    )
    r = agreement(ann)
    assert (r.n_units, r.n_statements) == (3, 3)
    assert r.raw_agreement == pytest.approx(2 / 3)
    assert r.units_coded_by_one_pass == 1
    assert r.per_target["mpp"]["n"] == 2 and r.per_target["mpp"]["raw_agreement"] == 1.0
    assert r.confusion.loc["neutral", "against"] == 1
    assert int(r.confusion.to_numpy().sum()) == 3
    expected_alpha = krippendorff_alpha_nominal(
        [["favor", "favor"], ["against", "against"], ["neutral", "against"]]
    )
    assert r.alpha == pytest.approx(expected_alpha)
    assert r.kappa == pytest.approx(
        cohen_kappa(["favor", "against", "neutral"], ["favor", "against", "against"])
    )


def test_perfect_agreement_gives_alpha_one() -> None:
    ann = _ann(
        [
            ("STM-00001", "mpp", "a", "favor", "primary"),
            ("STM-00001", "mpp", "b", "favor", "reliability"),
            ("STM-00002", "mpp", "a", "against", "primary"),
            ("STM-00002", "mpp", "b", "against", "reliability"),
        ]
    )
    assert agreement(ann).alpha == 1.0


def test_codebook_reports_the_agreement_recomputed_from_the_shipped_labels() -> None:
    from pathlib import Path

    import mppdata

    codebook = (Path(__file__).resolve().parents[1] / "docs" / "codebook.md").read_text(encoding="utf-8")
    ann = mppdata.load_annotations()
    annotators = sorted(set(ann.loc[ann["pass"] == "reliability", "annotator_id"]))
    assert len(annotators) >= 4
    for annotator in annotators:  # every reliability round is reported, with today's figures
        r = mppdata.agreement(annotator_b=annotator)
        assert r.n_units > 0
        row = (
            f"| `{annotator}` | {r.n_units} | {r.n_statements} | {r.alpha:.3f} | {r.kappa:.3f} | "
            f"{r.raw_agreement:.3f} | {r.alpha_with_target_choice:.3f} | {r.units_coded_by_one_pass} |"
        )
        assert row in codebook, row


def test_reliability_sample_covers_a_quarter_of_statements() -> None:
    import mppdata

    ann = mppdata.load_annotations()
    sampled = ann.loc[ann["pass"] == "reliability", "statement_id"].nunique()
    assert sampled / len(mppdata.load_statements()) >= 0.25
