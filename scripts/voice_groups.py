"""Count statements per voice group of the corpus-1.0 issue (a reporting aid, not a dataset field).

Usage: ``python scripts/voice_groups.py`` (from the repository root, package installed).

The groups are assigned from each speaker's actor row (type, country, role, affiliation) by
the keyword rules below; they are a coarse, documented heuristic for progress reports, so a
few speakers land in "other" (e.g. US NGOs working in Mexico whose role names no border city).
"""

from __future__ import annotations

import re

import mppdata

BORDER = (
    r"baja california|tijuana|mexicali|chihuahua|ju[aá]rez|tamaulipas|nuevo laredo|matamoros|reynosa|"
    r"coahuila|piedras negras|sonora|nogales|tecate|ensenada|acuña"
)
FEDERAL = {"mx-sre", "mx-segob", "mx-inm", "mx-comar", "comar", "mx-cndh", "cndh", "mx-stps", "mx-government", "mx-presidency"}
PRESIDENTS = {"andres-manuel-lopez-obrador", "claudia-sheinbaum"}
CENTRAL_AMERICA = {"GTM", "HND", "SLV", "PAN", "CRI", "NIC", "BLZ"}


def voice_group(actor_id: str, actors: dict[str, dict]) -> str:
    """Return the voice group of a speaker.

    Examples
    --------
    >>> actors = {"x": {"name": "Casa del Migrante", "actor_type": "ngo", "country": "MEX", "role": None,
    ...                 "affiliation_id": None}}
    >>> voice_group("x", actors)
    'shelters, churches and Mexican civil society'
    """
    a = actors[actor_id]
    role, name, aff_id = (a["role"] or "").lower(), a["name"].lower(), a["affiliation_id"]
    aff = actors.get(aff_id) if isinstance(aff_id, str) else None
    text = f"{role} {name} " + (f"{aff['name'].lower()} {(aff['role'] or '').lower()}" if aff else "")
    kind, country = a["actor_type"], a["country"]
    if kind == "court" or (kind == "person" and re.search(r"\bjudge\b|\bjustice\b|juez|court", f"{role} {name}")):
        return "courts"
    if country == "USA" and (
        aff_id in ("us-house", "us-senate")
        or re.search(r"u\.s\. (representative|senator)|congressional|congress|house (homeland|judiciary|foreign)", text)
    ):
        return "US Congress"
    if kind == "intergovernmental_org" or (aff and aff["actor_type"] == "intergovernmental_org"):
        return "Central American governments and UN agencies"
    if country in CENTRAL_AMERICA and kind in ("person", "government_body"):
        return "Central American governments and UN agencies"
    if country == "MEX":
        civil = r"shelter|albergue|casa del migrante|bishop|obispo|church|iglesia|priest|pastor|activist|researcher|academic|colef|ngo"
        if kind in ("ngo", "media", "other") or re.search(civil, text):
            return "shelters, churches and Mexican civil society"
        if re.search(BORDER, text) and not re.search(r"federal|relaciones exteriores|foreign|senator|senador|diputad", role):
            return "Mexican state and municipal officials of the border cities"
        federal = r"inm|instituto nacional de migraci|comar|cndh|relaciones exteriores|foreign (minister|ministry|secretary)|interior (minister|secretary)|gobernaci|segob|undersecretary|subsecretari|consul"
        if actor_id not in PRESIDENTS and (actor_id in FEDERAL or aff_id in FEDERAL or re.search(federal, text)):
            return "Mexican federal agencies"
    if country == "USA" and kind == "ngo" and re.search(r"matamoros|tijuana|juárez|juarez|nogales|reynosa|border", text):
        return "shelters, churches and Mexican civil society"
    return "other"


def main() -> None:
    """Print statements per voice group."""
    actors = mppdata.load_actors().set_index("actor_id").astype(object).where(lambda d: d.notna(), None)
    table = {k: dict(v) for k, v in actors.to_dict("index").items()}
    groups = mppdata.load_statements()["actor_id"].map(lambda a: voice_group(a, table))
    for group, n in groups.value_counts().items():
        print(f"{n:>5}  {group}")


if __name__ == "__main__":
    main()
