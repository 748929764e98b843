"""The validation rule codes: every problem the validator reports carries one of these.

The codes are part of the public contract (users filter on them); docs/schema.md lists them.
"""

from __future__ import annotations

RULES: dict[str, str] = {
    "missing_file": "a table file is absent from the folder",
    "not_a_file": "the table's path is a folder, FIFO, device, broken link or symlink loop, not a regular file",
    "unreadable": "the file exists but cannot be read (permissions, name too long, I/O error)",
    "checksum": "the file's sha256 differs from the one recorded in the folder's datapackage.json",
    "empty_file": "the file has no header and no rows",
    "encoding": "the file is not valid UTF-8",
    "bom": "the file starts with a UTF-8 byte-order mark (save as UTF-8 without BOM)",
    "line_ending": "a bare carriage return (CR without LF): save the file with LF or CRLF line endings",
    "csv_syntax": "the CSV cannot be parsed (unbalanced quotes, stray quote, blank line, wrong number of fields)",
    "duplicate_column": "the header names a column twice, or has an empty column name",
    "missing_column": "a column of the schema is absent from the header",
    "extra_column": "the header has a column the schema does not define",
    "column_order": "the columns are all present but not in the schema's order",
    "not_null": "a required value is empty",
    "not_blank": "a text value is only whitespace",
    "pattern": "a value does not match the column's pattern (ids, URLs, codes)",
    "vocabulary": "a value is not in the column's controlled vocabulary (case-sensitive)",
    "date_format": "a date is not a real YYYY-MM-DD date",
    "list_format": "a list cell is not ';'-separated valid ids (no blanks, no repeats)",
    "unique": "a value (or combination) that must be unique occurs more than once",
    "end_before_start": "an event's date_end is before its date_start",
    "precision_mismatch": "date_precision month needs date_start on day 01, year needs 01-01",
    "translation_missing": "a statement not in English has no text_en",
    "quote_too_long": "a direct quote or excerpt is longer than 60 words",
    "foreign_key": "a reference does not resolve to a row of the referenced table",
    "date_out_of_range": "a date is before 2018-01-01 or after today",
    "statement_after_source": "a statement is dated after the publication of its source",
    "stance_without_annotation": "an adjudicated stance has no annotation (of any pass) behind it",
    "duplicate_statement": "same speaker, same date and same normalized text as another statement",
    "excerpt_too_long": "an evidence excerpt is longer than 600 characters",
    "date_cue_not_in_excerpt": "an evidence row's date_cue does not occur in its excerpt",
    "record_without_evidence": "a statement, event or figure has no evidence row",
    "evidence_source_not_cited": "an evidence row's source is not one of its record's own sources",
    "quote_not_in_evidence": "a direct quote or document excerpt does not occur verbatim (up to whitespace) in an evidence excerpt of its source",
    "number_format": "a number is not a plain decimal number (digits, optional sign and decimal point, no thousands separators)",
    "out_of_range": "a number lies outside its column's range (latitude -90..90, longitude -180..180, value >= 0)",
    "percent_over_100": "a figure in percent is larger than 100",
    "coordinates_unsourced": "a place's coordinates cite neither a GeoNames id nor a source",
    "figure_not_in_evidence": "a figure's value is not printed in any evidence excerpt of its source",
    "docket_not_in_evidence": "a court event's docket number (in instrument) is not printed in any of its evidence excerpts",
    "duplicate_actor_name": "two actors have the same normalized name (case, accents, punctuation ignored)",
}


def display_pattern(pattern: str) -> str:
    r"""Return a model's regular expression as shown to users and in the Table Schemas.

    The models anchor patterns with ``\Z`` (``$`` would accept a trailing line break);
    users and Frictionless tools read the conventional ``$``.

    Examples
    --------
    >>> display_pattern(r"^SRC-[0-9]{5,}\Z")
    '^SRC-[0-9]{5,}$'
    """
    return pattern[:-2] + "$" if pattern.endswith("\\Z") else pattern
