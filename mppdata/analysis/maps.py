"""The base map shipped with mppdata: country outlines from Natural Earth, offline.

The outlines (Natural Earth 1:110m Admin 0 countries, public domain; see
``mppdata/analysis/basemap/README.md``) let the map notebook draw the MPP sites without any
network access or GIS dependency: :func:`base_map` returns plain GeoJSON and
:func:`outline_rings` the polygon rings ready for matplotlib.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

BASE_MAP_FILE = "naturalearth_110m_countries_north_america.geojson"
ATTRIBUTION = "Made with Natural Earth (1:110m Admin 0 countries, public domain)"


@cache
def _read() -> str:
    from importlib.resources import files

    return (files("mppdata.analysis") / "basemap" / BASE_MAP_FILE).read_text(encoding="utf-8")


def base_map() -> dict[str, Any]:
    """Return the shipped country outlines of North and Central America as GeoJSON.

    Returns
    -------
    dict
        A GeoJSON ``FeatureCollection``; each feature has ``name`` and ``iso_a3`` properties.

    Examples
    --------
    >>> import mppdata
    >>> sorted(f["properties"]["iso_a3"] for f in mppdata.base_map()["features"])[:3]
    ['BHS', 'BLZ', 'CAN']
    """
    return json.loads(_read())


def outline_rings(countries: list[str] | None = None) -> dict[str, list[list[tuple[float, float]]]]:
    """Return each country's outer polygon rings as lists of (longitude, latitude) points.

    Parameters
    ----------
    countries : list of str, optional
        ISO 3166-1 alpha-3 codes to keep (default: every country of the base map).

    Returns
    -------
    dict
        ``{iso_a3: [ring, ...]}``, each ring a list of ``(lon, lat)`` tuples, ready for
        ``matplotlib.patches.Polygon``.

    Examples
    --------
    >>> import mppdata
    >>> rings = mppdata.outline_rings(["MEX"])
    >>> list(rings), len(rings["MEX"]) >= 1
    (['MEX'], True)
    """
    out: dict[str, list[list[tuple[float, float]]]] = {}
    for feature in base_map()["features"]:
        code = feature["properties"]["iso_a3"]
        if countries is not None and code not in countries:
            continue
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        out[code] = [[(float(x), float(y)) for x, y in polygon[0]] for polygon in polygons]
    return out
