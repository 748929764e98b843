"""Reading the numbers a passage prints, so a figure can be checked against its evidence.

A figure's ``value`` must be printed in an evidence excerpt of its source. Pages print numbers
in many ways: ``71,071`` and ``71.071`` (English and Spanish thousands separators), ``4,1``
(Spanish decimal comma), ``1.1 million``, ``70 mil``, ``2 millones``, ``41.5%``, and the
Mexican press style ``62 mil 144`` (62,144), ``seis mil 244`` (6,244), ``mil 371`` (1,371).
:func:`printed_numbers` returns every value such a passage can be read as;
:func:`value_is_printed` asks whether one figure is among them. Numbers written out in words
("seventy thousand") are not read: a figure needs digits on the page.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(
    r"(?<![0-9])([0-9]{1,3}(?:[,.\u00a0 \u202f][0-9]{3})+(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)?)(?![0-9])"
    r"(?:\s*(millones|millón|millon|million|millions|mil|thousand|k\b))?",
    re.IGNORECASE,
)
# Mexican press style: "62 mil 144" is 62,144; "mil 371" is 1,371; "seis mil 244" is 6,244
_MIL = re.compile(r"(?:(?<![0-9])([0-9]{1,3})\s+|\b([a-záéíóú]+)\s+|\b)mil\s+([0-9]{1,3})(?![0-9])", re.IGNORECASE)
_UNITS_ES = {
    "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90, "cien": 100,
}  # fmt: skip
_SCALE = {
    "millones": 1e6,
    "millón": 1e6,
    "millon": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "mil": 1e3,
    "thousand": 1e3,
    "k": 1e3,
}


def _readings(token: str) -> set[float]:
    """Every value ``token`` can stand for under English or Spanish separators."""
    out: set[float] = set()
    plain = token.replace("\u00a0", " ").replace("\u202f", " ")
    grouped = re.fullmatch(r"[0-9]{1,3}(?:([,. ])[0-9]{3})+(?:([.,])[0-9]+)?", plain)
    if grouped:
        sep = grouped.group(1)
        body = plain.replace(sep, "") if sep != " " else plain.replace(" ", "")
        decimal = grouped.group(2)
        if decimal and decimal != sep:
            body = body.replace(decimal, ".")
        try:
            out.add(float(body))
        except ValueError:
            pass
    # a single separator can also be a decimal mark ("4,1" or "1.5")
    if plain.count(",") + plain.count(".") == 1 and " " not in plain:
        out.add(float(plain.replace(",", ".")))
    if re.fullmatch(r"[0-9]+", plain):
        out.add(float(plain))
    return out


def printed_numbers(text: str) -> set[float]:
    """Return every value the numbers printed in ``text`` can be read as.

    Parameters
    ----------
    text : str
        A passage of a page.

    Returns
    -------
    set of float
        Each number under English and Spanish separator conventions, multiplied out where a
        scale word follows (``mil``, ``thousand``, ``million``, ``millones``).

    Examples
    --------
    >>> sorted(printed_numbers("Más de 70 mil personas; 71,071 casos; 4,1 millones"))
    [4.1, 70.0, 71.071, 70000.0, 71071.0, 4100000.0]
    """
    values: set[float] = set()
    for match in _NUMBER.finditer(text):
        readings = _readings(match.group(1))
        values |= readings
        scale = match.group(2)
        if scale:
            factor = _SCALE[scale.lower()]
            values |= {round(v * factor, 6) for v in readings}
    for match in _MIL.finditer(text):
        digits, word, rest = match.groups()
        if digits is not None:
            thousands = int(digits)
        elif word is not None and word.lower() in _UNITS_ES:
            thousands = _UNITS_ES[word.lower()]
        else:
            thousands = 1  # "mil 371"
        values.add(float(thousands * 1000 + int(rest)))
    return values


def value_is_printed(value: float, text: str) -> bool:
    """Tell whether ``value`` is one of the numbers ``text`` prints.

    Examples
    --------
    >>> value_is_printed(71071, "TRAC counted 71,071 MPP cases")
    True
    >>> value_is_printed(71071, "TRAC counted 70,000 MPP cases")
    False
    >>> value_is_printed(62144, "había devuelto a 62 mil 144 personas"), value_is_printed(1371, "al menos mil 371")
    (True, True)
    """
    target = float(value)
    return any(abs(v - target) <= 1e-9 * max(1.0, abs(target)) for v in printed_numbers(text))


COURT_EVENT_TYPES = ("court_ruling", "lawsuit_filed")
"""Event types whose ``instrument`` holds a case name and docket number."""

_DOCKET_TOKEN = re.compile(r"[^\s,;()\[\]]*\d[^\s,;()\[\]]*")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2212": "-"})


def docket_numbers(instrument: str) -> list[str]:
    """Return the docket-like numbers of an ``instrument`` cell.

    A docket-like number is a token with a digit and a hyphen, colon or slash
    (``19-15716``, ``3:19-cv-00807-RS``, ``302/2020``) or an application number such as
    ``21A21``; reporter citations, years and proclamation numbers are not.

    Examples
    --------
    >>> docket_numbers("Innovation Law Lab v. Wolf, No. 19-15716 (9th Cir.), 951 F.3d 1073")
    ['19-15716']
    >>> docket_numbers("Biden v. Texas, No. 21A21; Proclamation 10888")
    ['21A21']
    """
    out = []
    for token in _DOCKET_TOKEN.findall(str(instrument).translate(_DASHES)):
        token = token.strip(".:")
        if re.search(r"\d[-:/]|[-:/]\d", token) or re.fullmatch(r"\d{2}A\d+", token):
            out.append(token)
    return out


def docket_is_printed(number: str, text: str) -> bool:
    """Whether ``number`` occurs in ``text``, ignoring dash variants, case and spacing.

    Examples
    --------
    >>> docket_is_printed("21-954", "No. 21\u2013954. Argued April 26, 2022")
    True
    >>> docket_is_printed("19-1212", "Docket number: 19-1213")
    False
    """
    return _squash(number) in _squash(text)


def _squash(text: str) -> str:
    """Lower-case ``text`` with dash variants unified and all whitespace removed."""
    return re.sub(r"\s+", "", str(text).translate(_DASHES)).lower()
