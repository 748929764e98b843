"""Vectorised string operations on Arrow arrays, so rules over a million rows stay in C.

pandas 3 stores text as Arrow strings; converting them to Python objects costs more than
the checks themselves, so membership, pairing and regex tests are done with pyarrow.compute.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


def arrow(values: Any) -> Any:
    """Return ``values`` (Series, array, list) as a pyarrow string array (nulls kept).

    An Arrow-backed pandas column is handed over without copying its strings.

    Examples
    --------
    >>> import pandas as pd
    >>> arrow(pd.Series(["a", None])).to_pylist()
    ['a', None]
    """
    import pyarrow as pa

    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        return values
    backing = getattr(getattr(values, "array", None), "_pa_array", None)
    if (
        backing is not None
        and pa.types.is_string(backing.type)
        or (backing is not None and pa.types.is_large_string(backing.type))
    ):
        return backing
    try:
        return pa.array(values, type=pa.large_string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        import pandas as pd

        as_text = pd.Series(values, dtype=object).map(lambda v: v if v is None or v != v else str(v))
        return pa.array(as_text, type=pa.large_string(), from_pandas=True)


def is_in(values: Any, allowed: Any) -> Any:
    """Boolean numpy mask: which ``values`` occur in ``allowed`` (nulls are False).

    Examples
    --------
    >>> is_in(["a", "b", None], ["b"]).tolist()
    [False, True, False]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    values = arrow(values)
    allowed = arrow(allowed)
    if isinstance(allowed, pa.ChunkedArray):
        allowed = allowed.combine_chunks()
    # no unique() first: the lookup table is built once inside is_in, repeats and all
    mask = pc.is_in(values, value_set=allowed.cast(values.type))
    return _writable(mask.fill_null(False).to_numpy(zero_copy_only=False))


def _writable(array: Any) -> Any:
    return array if array.flags.writeable else array.copy()


def pair(left: Any, right: Any) -> Any:
    """Join two string arrays element-wise into one key per pair.

    Examples
    --------
    >>> pair(["STM-1"], ["SRC-1"]).to_pylist() == ["STM-1" + chr(31) + "SRC-1"]
    True
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.binary_join_element_wise(
        arrow(left).cast(pa.large_string()),
        arrow(right).cast(pa.large_string()),
        pa.scalar("\x1f", pa.large_string()),
    )


def fullmatch(values: Any, pattern: str) -> Any:
    r"""Boolean numpy mask: which values match ``pattern`` in full (a ``\Z``-anchored regex).

    Examples
    --------
    >>> fullmatch(["SRC-00001", "SRC-1\n"], r"^SRC-[0-9]+\Z").tolist()
    [True, False]
    """
    import pyarrow.compute as pc

    rx = pattern.removeprefix("^").removesuffix("\\Z").removesuffix("$")
    return pc.match_substring_regex(arrow(values), f"^(?:{rx})$").fill_null(False).to_numpy(
        zero_copy_only=False
    ) & ~(pc.match_substring(arrow(values), "\n").fill_null(False).to_numpy(zero_copy_only=False))


def word_counts(values: pd.Series) -> Any:
    """Number of whitespace-separated words per value (numpy int array; null counts 0).

    Examples
    --------
    >>> import pandas as pd
    >>> word_counts(pd.Series(["two words", "  three  more words "])).tolist()
    [2, 3]
    """
    import pyarrow.compute as pc

    return _writable(
        pc.count_substring_regex(arrow(values), r"\S+").fill_null(0).to_numpy(zero_copy_only=False)
    )


def all_distinct(values: Any) -> bool:
    """Whether no non-null value repeats (one hash pass; nulls are ignored).

    Examples
    --------
    >>> all_distinct(["a", "b", None, None]), all_distinct(["a", "a"])
    (True, False)
    """
    import pyarrow.compute as pc

    values = arrow(values)
    present = len(values) - values.null_count
    return pc.count_distinct(values, mode="only_valid").as_py() == present
