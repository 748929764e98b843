"""Tell a date cue that ties words to a day from a dateline that only dates the page.

The inclusion rule (docs/methodology.md, section 2): a statement's day is pinned by words that
say when it was said ("hoy", "este martes", "on Tuesday", "said on 3 April") or by the dated
document itself. A dateline ("Tijuana, 03 de abril de 2022.-", "29 ene (EFE)") or a byline
timestamp only dates the page; the 0.5.0 final review removed 79 statements whose only cue was
of that kind, so the curation check ``dateline_only`` now catches them at staging.
"""

from __future__ import annotations

import re

_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"
)
# words that attach a day to what was said, in English and Spanish
_RELATIVE = re.compile(
    rf"\b(?:{_WEEKDAYS}|today|tonight|yesterday|last night|this (?:morning|afternoon|evening|week)|"
    r"hoy|ayer|anoche|anteayer|esta (?:mañana|tarde|noche|semana)|este (?:día|fin de semana)|"
    r"el día de hoy|said|says|told|announced|dijo|declaró|afirmó|aseguró|señaló|informó|anunció)\b",
    re.IGNORECASE,
)
# wire credits and the ".-" that closes a Spanish-language dateline
_DATELINE_END = re.compile(
    r"(?:\.-|\.–|\.—)\s*$|\((?:EFE|AFP|AP|NTX|Notimex|Xinhua|AHN|Reuters|EL UNIVERSAL|Europa Press)\)",
    re.IGNORECASE,
)
_ONLY_NUMBERS = re.compile(r"^[\W\d_]*(?:[A-Za-zÁÉÍÓÚáéíóúñ]{3,10}\.?)?[\W\d_]*$")


def is_dateline(cue: str, excerpt: str) -> bool:
    """Return True when ``cue`` only dates the page (a dateline or byline), not the words.

    A cue is a dateline when it holds no word tying a day to speech (a weekday, "hoy", "ayer",
    "today", "said on", ...) and it ends like a dateline (".-", a wire credit), opens its
    excerpt, or is the whole excerpt (a bare date stamp).

    Parameters
    ----------
    cue : str
        The ``date_cue`` of an evidence item, as staged.
    excerpt : str
        The excerpt the cue was copied from.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_dateline("Tijuana, 03 de abril de 2022.-", "Tijuana, 03 de abril de 2022.- El director dijo")
    True
    >>> is_dateline("25/01/2025", "Publicado 25/01/2025 El secretario informó")
    True
    >>> is_dateline("este martes", "El alcalde dijo este martes que no habrá albergues")
    False
    >>> is_dateline("On January 14, 2020", "On January 14, 2020, the judge ordered that")
    False
    >>> is_dateline("April 1", "In an April 1 call with reporters, a DHS official said")
    False
    """
    cue = cue.strip()
    if not cue or _RELATIVE.search(cue):
        return False
    if _DATELINE_END.search(cue) or re.fullmatch(r"[\d/.:\s-]+", cue):
        return True  # a dateline's ending, or a numeric stamp such as 25/01/2025
    # a date stamp at the head of the passage (dateline, byline), not a date inside a sentence
    opening = excerpt.lstrip()[: len(cue) + 3]
    at_head = cue in opening and not re.match(r"(?i)(?:on|in|el|en|desde|since|from)\b", cue)
    return at_head or (_ONLY_NUMBERS.match(cue) is not None and excerpt.strip() == cue)
