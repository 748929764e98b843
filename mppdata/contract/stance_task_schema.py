"""The stance task's contract: its columns, splits and Frictionless-style schema."""

from __future__ import annotations

from typing import Any

SPLITS: tuple[str, ...] = ("train", "validation", "test")
# the test share is larger than usual so that every target has enough test examples
SPLIT_FRACTIONS: tuple[float, float, float] = (0.60, 0.15, 0.25)
COLUMNS = [
    "stance_id", "statement_id", "text", "text_en", "target", "label", "statement_type",
    "speaker", "speaker_name", "date", "language", "source_id", "group", "split",
]  # fmt: skip


def task_schema() -> dict[str, Any]:
    """Return the Frictionless-style schema of the stance task (used by exports).

    Examples
    --------
    >>> [f["name"] for f in task_schema()["fields"]][:3]
    ['stance_id', 'statement_id', 'text']
    """
    from mppdata.contract import vocabularies as voc

    enums = {
        "target": list(voc.TARGETS),
        "label": list(voc.STANCES),
        "statement_type": list(voc.STATEMENT_TYPES),
        "split": list(SPLITS),
    }
    optional = {"text_en"}
    fields = []
    for name in COLUMNS:
        field: dict[str, Any] = {"name": name, "type": "date" if name == "date" else "string"}
        field["constraints"] = {"required": name not in optional}
        if name in enums:
            field["constraints"]["enum"] = enums[name]
        fields.append(field)
    return {"fields": fields}
