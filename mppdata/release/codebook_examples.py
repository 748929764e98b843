"""Section 6 of docs/codebook.md, "Examples from the data", written from the stances table.

The examples are chosen deterministically (for each target and label, the first adjudicated
stance by statement id with confidence ``high``, from a direct quote or document excerpt of at
most 40 words; an English and a Spanish one where both exist), so they always agree with the
shipped labels and quotes. ``python -m mppdata.release.generate`` rewrites the section; a test
fails when it is stale.
"""

from __future__ import annotations

START = "## 6. Examples from the data"
END = "## 7. Event types"


def examples_markdown() -> str:
    """Return the examples section (heading included).

    Examples
    --------
    >>> examples_markdown().splitlines()[0]
    '## 6. Examples from the data'
    """
    from mppdata.contract.vocabularies import STANCES, TARGETS
    from mppdata.loading.loaders import load_actors, load_stances, load_statements

    st = load_statements().set_index("statement_id")
    names = load_actors().set_index("actor_id")["name"]
    sn = load_stances().sort_values("statement_id")
    quoted = st["statement_type"].isin(["direct_quote", "document_excerpt"]) & (
        st["text"].str.split().str.len() <= 40
    )
    sn = sn[(sn["confidence"] == "high") & sn["statement_id"].map(quoted).fillna(False).astype(bool)]
    lines = [
        START,
        "",
        "Generated from the data by `python -m mppdata.release.generate`: for each target and label,",
        "the first statement (by id) whose adjudicated stance has confidence `high`, in English and in",
        "Spanish where both exist. Translations in parentheses are the project's `text_en`.",
        "",
    ]
    for target in TARGETS:
        lines.append(f"* **{target}**")
        for label in STANCES:
            picks = sn[(sn["target"] == target) & (sn["stance"] == label)]
            for language in ("en", "es"):
                ids = [i for i in picks["statement_id"] if st.loc[i, "language"] == language][:1]
                for sid in ids:
                    row = st.loc[sid]
                    text = row["text"]
                    if language != "en":
                        text += f" ({row['text_en']})"
                    who = names.get(row["actor_id"], row["actor_id"])
                    lines.append(f"  - `{label}` — {sid}, {who}, {row['date'].date()}: “{text}”")
    lines.append("")
    return "\n".join(lines) + "\n"


def with_examples(codebook: str) -> str:
    r"""Return the codebook text with section 6 replaced by :func:`examples_markdown`.

    Examples
    --------
    >>> text = "# C\n\n## 6. Examples from the data\n\nold\n\n## 7. Event types\n\nrest\n"
    >>> with_examples(text).count("## 7. Event types")
    1
    """
    head, _, rest = codebook.partition(START)
    _, _, tail = rest.partition(END)
    return head + examples_markdown() + END + tail
