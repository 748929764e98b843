"""Exception classes of mppdata.

Every error the package raises on purpose is a subclass of :class:`MppdataError`, so
``except mppdata.MppdataError`` catches them all. Messages name the file, row, column and
value involved and say what to do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class MppdataError(Exception):
    """Base class of every error raised by mppdata."""


class UnknownTableError(MppdataError, KeyError):
    """A table name that is not in the registry."""

    def __init__(self, name: object, valid: Sequence[str]) -> None:
        self.name = name
        self.valid = list(valid)
        super().__init__(
            f"unknown table {name!r}; valid tables are: {', '.join(self.valid)} "
            "(use mppdata.list_tables() to see what exists)"
        )

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


@dataclass(frozen=True)
class Problem:
    """One validation problem: where it is, what was found and which rule it breaks.

    ``row`` is the 1-based data row of the file (the header is not counted) or ``None``
    for problems about a whole file or column.
    """

    file: str
    rule: str
    message: str
    row: int | None = None
    column: str | None = None
    value: object = None

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column is not None:
            where += f", column {self.column!r}"
        text = f"{where}: [{self.rule}] {self.message}"
        if self.value is not None:
            text += f" (value: {self.value!r})"
        return text

    def to_dict(self) -> dict[str, object]:
        """Return the problem as a JSON-ready dict."""
        value = self.value
        if value is not None and not isinstance(value, (str, int, float, bool)):
            value = str(value)
        return {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "value": value,
            "rule": self.rule,
            "message": self.message,
        }


class ValidationError(MppdataError):
    """The data broke one or more rules; ``problems`` lists every one of them."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        shown = "\n".join(f"  {p}" for p in self.problems[:50])
        more = len(self.problems) - 50
        if more > 0:
            shown += f"\n  ... and {more} more"
        super().__init__(
            f"{len(self.problems)} validation problem(s):\n{shown}\n"
            "Fix the values named above (see docs/schema.md for each column's rules) "
            "and run `mppdata validate DIR` again."
        )


class ChecksumError(MppdataError):
    """A data file's bytes differ from the sha256 recorded in datapackage.json."""

    def __init__(self, path: str, expected: str, actual: str) -> None:
        self.path = path
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"checksum mismatch for {path}: datapackage.json records sha256 {expected}, "
            f"the file has sha256 {actual}. The bundled data was modified or is "
            "corrupt; reinstall mppdata (pip install --force-reinstall mppdata), or if "
            "you edited the data on purpose, run `python -m mppdata.release.generate` to "
            "record the new hashes."
        )


class VersionNotAvailableError(MppdataError):
    """A data version that is neither bundled nor reachable."""


class DataFileMissingError(MppdataError):
    """A bundled data file (or datapackage.json) is missing or unreadable: the install is damaged."""


class UnknownValueError(MppdataError, ValueError):
    """An argument that is not in its controlled vocabulary (a metric, a place, a date)."""

    def __init__(self, argument: str, value: object, valid: Sequence[str], hint: str) -> None:
        self.argument = argument
        self.value = value
        self.valid = list(valid)
        shown = ", ".join(self.valid[:20]) + (" ..." if len(self.valid) > 20 else "")
        super().__init__(f"unknown {argument} {value!r}; valid values are: {shown} ({hint})")
