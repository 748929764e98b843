"""Inter-annotator agreement on the stance labels, recomputable from the annotations table.

Units are (statement_id, target) pairs. The headline figures compare the ``primary`` and
``reliability`` passes on the units both passes coded (the reliability sample):
Krippendorff's alpha (nominal), Cohen's kappa, raw agreement and the confusion matrix,
overall and per target. ``alpha_with_target_choice`` also counts disagreement about *which*
targets a statement addresses, by giving units coded in only one pass the value
``not_coded``. Krippendorff's alpha is implemented here (coincidence-matrix form) and tested
against Krippendorff's published example and the ``krippendorff`` package.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

NOT_CODED = "not_coded"


def krippendorff_alpha_nominal(units: Sequence[Sequence[Hashable | None]]) -> float:
    """Krippendorff's alpha for nominal data.

    Parameters
    ----------
    units : sequence of sequences
        One inner sequence per unit holding the values the coders gave it; ``None`` (or
        NaN) marks a coder who did not code the unit. Units with fewer than two values are
        not pairable and are ignored.

    Returns
    -------
    float
        Alpha; ``nan`` when fewer than two pairable values exist or all values are equal.

    Examples
    --------
    Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 coders x 12 units:

    >>> data = [[1, 1, None, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2],
    ...         [1, 2, 3, 4], [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [None, 5, 5, 5],
    ...         [None, None, 1, 1], [None, 3, None, None]]
    >>> round(krippendorff_alpha_nominal(data), 3)
    0.743
    """
    from collections import Counter

    coincidence: Counter[tuple[Hashable, Hashable]] = Counter()
    for unit in units:
        values = [v for v in unit if v is not None and v == v]
        m = len(values)
        if m < 2:
            continue
        counts = Counter(values)
        for c, nc in counts.items():
            for k, nk in counts.items():
                pairs = nc * (nk - 1) if c == k else nc * nk
                if pairs:
                    coincidence[(c, k)] += pairs / (m - 1)
    n_c: Counter[Hashable] = Counter()
    for (c, _k), o in coincidence.items():
        n_c[c] += o
    n = sum(n_c.values())
    if n <= 1:
        return float("nan")
    observed = sum(o for (c, k), o in coincidence.items() if c != k)
    expected = sum(n_c[c] * n_c[k] for c in n_c for k in n_c if c != k)
    if expected == 0:
        return float("nan")
    return 1.0 - (n - 1) * observed / expected


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Cohen's kappa for two coders who coded the same units.

    Examples
    --------
    50 items: both yes 20, a yes/b no 5, a no/b yes 10, both no 15; p_o = 0.7, p_e = 0.5:

    >>> a = ["y"] * 25 + ["n"] * 25
    >>> b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    >>> round(cohen_kappa(a, b), 3)
    0.4
    """
    from collections import Counter

    if len(a) != len(b):
        raise ValueError(f"the two codings differ in length: {len(a)} and {len(b)}")
    n = len(a)
    if n == 0:
        return float("nan")
    p_o = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    p_e = sum(ca[c] * cb[c] for c in set(ca) | set(cb)) / (n * n)
    if p_e == 1:
        return float("nan")
    return (p_o - p_e) / (1 - p_e)


@dataclass
class AgreementReport:
    """Agreement between two annotation passes (see :func:`agreement`)."""

    pass_a: str
    pass_b: str
    n_units: int
    n_statements: int
    alpha: float
    kappa: float
    raw_agreement: float
    alpha_with_target_choice: float
    units_coded_by_one_pass: int
    per_target: dict[str, dict[str, float | int]] = field(default_factory=dict)
    confusion: Any = None  # pandas.DataFrame: rows pass_a labels, columns pass_b labels

    def to_dict(self) -> dict[str, Any]:
        """Return the figures as a JSON-ready dict (the confusion matrix as nested dict)."""
        out = {k: v for k, v in self.__dict__.items() if k != "confusion"}
        out["confusion"] = None if self.confusion is None else self.confusion.to_dict()
        return out

    def __str__(self) -> str:
        lines = [
            f"agreement {self.pass_a} vs {self.pass_b}: {self.n_units} units "
            f"({self.n_statements} statements) coded in both passes",
            f"  Krippendorff's alpha (nominal) {self.alpha:.3f}   Cohen's kappa {self.kappa:.3f}   "
            f"raw agreement {self.raw_agreement:.3f}",
            f"  alpha counting target choice   {self.alpha_with_target_choice:.3f} "
            f"({self.units_coded_by_one_pass} units coded in one pass only)",
            "  per target:",
        ]
        for target, f in self.per_target.items():
            lines.append(
                f"    {target:<26} n={f['n']:<4} alpha={f['alpha']:.3f} kappa={f['kappa']:.3f} "
                f"raw={f['raw_agreement']:.3f}"
            )
        if self.confusion is not None:
            lines += ["  confusion (rows: " + self.pass_a + ", columns: " + self.pass_b + "):"]
            lines += ["    " + line for line in self.confusion.to_string().splitlines()]
        return "\n".join(lines)


def agreement(
    annotations: pd.DataFrame | None = None,
    *,
    pass_a: str = "primary",
    pass_b: str = "reliability",
    annotator_b: str | None = None,
) -> AgreementReport:
    """Compute agreement between two annotation passes.

    Parameters
    ----------
    annotations : pandas.DataFrame, optional
        Rows shaped like the annotations table; default: the bundled table.
    pass_a, pass_b : str
        The passes to compare (default primary against reliability).
    annotator_b : str, optional
        Restrict ``pass_b`` to one annotator (e.g. one reliability round: ``"ann-b"``).

    Returns
    -------
    AgreementReport
        Alpha, kappa, raw agreement and confusion matrix on the units (statement, target)
        that both passes coded, per target too, and alpha counting target choice over the
        statements of the reliability sample.

    Examples
    --------
    >>> import pandas as pd
    >>> ann = pd.DataFrame({
    ...     "statement_id": ["STM-00001", "STM-00001", "STM-00002", "STM-00002"],
    ...     "target": ["mpp", "mpp", "mpp", "mpp"],
    ...     "annotator_id": ["a", "b", "a", "b"],
    ...     "stance": ["favor", "favor", "against", "neutral"],
    ...     "pass": ["primary", "reliability", "primary", "reliability"]})
    >>> agreement(ann).raw_agreement
    0.5
    """
    import pandas as pd

    if annotations is None:
        from mppdata.loading.loaders import load_annotations

        annotations = load_annotations()
    ann = annotations.astype({"target": "str", "stance": "str", "pass": "str"})
    a = (
        ann[ann["pass"] == pass_a]
        .drop_duplicates(["statement_id", "target"])
        .set_index(["statement_id", "target"])
    )
    if annotator_b is not None:
        ann = ann[(ann["pass"] != pass_b) | (ann["annotator_id"].astype("str") == annotator_b)]
    b = (
        ann[ann["pass"] == pass_b]
        .drop_duplicates(["statement_id", "target"])
        .set_index(["statement_id", "target"])
    )
    both = a.merge(b, left_index=True, right_index=True, how="inner", suffixes=("_a", "_b"))
    la, lb = list(both["stance_a"]), list(both["stance_b"])
    labels = ["favor", "against", "neutral"]
    confusion = pd.crosstab(
        pd.Categorical(la, categories=labels), pd.Categorical(lb, categories=labels), dropna=False
    )
    confusion.index.name, confusion.columns.name = pass_a, pass_b
    per_target: dict[str, dict[str, float | int]] = {}
    for target, grp in both.groupby(level="target", sort=True):
        ga, gb = list(grp["stance_a"]), list(grp["stance_b"])
        per_target[str(target)] = {
            "n": len(grp),
            "alpha": krippendorff_alpha_nominal(list(zip(ga, gb, strict=True))),
            "kappa": cohen_kappa(ga, gb),
            "raw_agreement": sum(x == y for x, y in zip(ga, gb, strict=True)) / len(grp),
        }
    # target choice: over the statements both passes annotated, a unit coded in one pass only
    # counts as a disagreement between a label and "not_coded"
    sampled = set(a.index.get_level_values(0)) & set(b.index.get_level_values(0))
    ua = {k: v for k, v in a["stance"].items() if k[0] in sampled}
    ub = {k: v for k, v in b["stance"].items() if k[0] in sampled}
    keys = sorted(set(ua) | set(ub))
    full = [(ua.get(k, NOT_CODED), ub.get(k, NOT_CODED)) for k in keys]
    return AgreementReport(
        pass_a=pass_a,
        pass_b=pass_b,
        n_units=len(both),
        n_statements=both.index.get_level_values(0).nunique(),
        alpha=krippendorff_alpha_nominal(list(zip(la, lb, strict=True))),
        kappa=cohen_kappa(la, lb),
        raw_agreement=(sum(x == y for x, y in zip(la, lb, strict=True)) / len(la)) if la else float("nan"),
        alpha_with_target_choice=krippendorff_alpha_nominal(full),
        units_coded_by_one_pass=sum(1 for x, y in full if NOT_CODED in (x, y)),
        per_target=per_target,
        confusion=confusion,
    )
