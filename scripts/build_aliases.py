"""Build ``claimx/data/aliases/countries.json`` from two openly licensed packages.

* ``countryinfo`` (MIT licence, https://github.com/porimol/countryinfo) ships one JSON file
  per ISO 3166-1 country with its English name, alternative spellings, ISO codes, capital,
  English demonym and translations of the formal name (de, es, fr, it);
* ``babel`` (BSD-3-Clause; its locale data is Unicode CLDR, Unicode License v3) adds the
  common short country names of CLDR in en, fr, de, es, it and nl ("États-Unis",
  "Noord-Korea"), and the names of capitals in those languages where CLDR has them: a
  capital that is the exemplar city of a time zone of its country gets that zone's city name
  in each language ("Moscou", "Moskau", "Moscú", "Mosca", "Moskou" for Europe/Moscow).

Both are build-time tools only, not dependencies of claimx::

    pip install countryinfo==1.0.1 babel==2.18.0
    python scripts/build_aliases.py            # writes claimx/data/aliases/countries.json
    python scripts/build_aliases.py --check    # exit 1 if the committed file is stale

Derived forms: a capital ending in an abbreviation ("Washington D.C.") also yields the name
before it ("Washington"). An alias that names two countries after normalisation
(``claimx.entities.aliases.normalize_name``) goes to the most populous one when it dominates
(:data:`DOMINANCE`), else it is dropped; both lists are written into the file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from importlib import metadata, resources
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimx.entities.aliases import normalize_name  # noqa: E402

OUT = ROOT / "claimx" / "data" / "aliases" / "countries.json"
LANGUAGES = ("fr", "de", "es", "it", "nl")
DATA_VERSION = "2"
_ABBREVIATION = re.compile(r"^(.+?),?\s+(?:[A-Z]\.){2,}$")
_LATIN = re.compile(r"^[\w\s'’.,()&-]+$")


def _latin(text: str) -> bool:
    """Keep names written in Latin script (the languages claimx reads)."""
    return bool(_LATIN.match(text)) and all(ord(c) < 0x2000 for c in text)


def _capitals(capital: str | list[str] | None) -> list[str]:
    """The capital(s), plus the name before a trailing abbreviation ("Washington D.C.")."""
    if not capital:
        return []
    out: list[str] = []
    for name in [capital] if isinstance(capital, str) else capital:
        if name and _latin(name):
            out.append(name)
            m = _ABBREVIATION.match(name)
            if m:
                out.append(m.group(1))
    return out


def _country(record: dict[str, Any]) -> dict[str, Any] | None:
    iso = record.get("ISO") or {}
    alpha3, alpha2 = iso.get("alpha3"), iso.get("alpha2")
    if not alpha3 or not record.get("name"):
        return None
    codes = {c for c in (alpha2, alpha3) if c}
    english = [record["name"]]
    for alt in record.get("altSpellings", []):
        if alt in codes or not _latin(alt):
            continue
        if alt.isupper() and len(alt) <= 4:  # an extra abbreviation such as "UK"
            codes.add(alt)
            continue
        english.append(alt)
    names: dict[str, list[str]] = {"en": sorted(set(english), key=english.index)}
    translations = record.get("translations") or {}
    for lang in LANGUAGES:
        value = translations.get(lang)
        if value and _latin(value):
            names[lang] = [value]
    demonym = record.get("demonym")
    return {
        "code": alpha3,
        "alpha2": alpha2,
        "name": record["name"],
        "codes": sorted(codes),
        "capitals": _capitals(record.get("capital")),
        "names": names,
        "demonyms": {"en": [demonym]} if demonym else {},
        "population": int(record.get("population") or 0),
    }


#: An alias shared by several countries goes to the most populous one only when it has at
#: least this many times the population of the next ("American": United States, not
#: American Samoa); otherwise it is dropped ("Jerusalem").
DOMINANCE = 10


def _forms(country: dict[str, Any]) -> list[str]:
    forms = list(country["capitals"])
    for group in ("names", "demonyms", "capital_names"):
        for values in country[group].values():
            forms += values
    return forms


def _resolve_shared(countries: list[dict[str, Any]]) -> tuple[list[str], dict[str, str]]:
    """Give each shared alias to a dominant country or drop it: ``(dropped, given)``."""
    owners: dict[str, set[str]] = {}
    for c in countries:
        for form in _forms(c):
            owners.setdefault(normalize_name(form), set()).add(c["code"])
    population = {c["code"]: c.pop("population") for c in countries}
    given: dict[str, str] = {}
    dropped: list[str] = []
    for key, codes in sorted(owners.items()):
        if len(codes) < 2:
            continue
        ranked = sorted(codes, key=lambda code: -population[code])
        if population[ranked[0]] >= DOMINANCE * max(population[ranked[1]], 1):
            given[key] = ranked[0]
        else:
            dropped.append(key)

    def keep(form: str, code: str) -> bool:
        key = normalize_name(form)
        return key not in dropped and given.get(key, code) == code

    for c in countries:
        c["capitals"] = [f for f in c["capitals"] if keep(f, c["code"])]
        for group in ("names", "demonyms", "capital_names"):
            c[group] = {
                lang: kept
                for lang, values in c[group].items()
                if (kept := [f for f in values if keep(f, c["code"])])
            }
    return dropped, given


def _merge(countries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge records that share an alpha-3 code (the source has a few duplicates)."""
    merged: dict[str, dict[str, Any]] = {}
    for c in countries:
        into = merged.setdefault(c["code"], c)
        if into is c:
            continue
        into["codes"] = sorted({*into["codes"], *c["codes"]})
        into["capitals"] = list(dict.fromkeys([*into["capitals"], *c["capitals"]]))
        into["population"] = max(into["population"], c["population"])
        for group in ("names", "demonyms"):
            for lang, values in c[group].items():
                into[group][lang] = list(dict.fromkeys([*into[group].get(lang, []), *values]))
    return sorted(merged.values(), key=lambda c: c["code"])


def _add_cldr(countries: list[dict[str, Any]]) -> str:
    """Add CLDR short names (via babel) to each country's ``names``; the babel version."""
    import babel
    from babel import Locale

    for lang in ("en", *LANGUAGES):
        territories = Locale.parse(lang).territories
        for c in countries:
            name = territories.get(c.get("alpha2") or "")
            if name and _latin(name):
                values = c["names"].setdefault(lang, [])
                if name not in values:
                    values.append(name)
    return str(babel.__version__)


def _add_cldr_capitals(countries: list[dict[str, Any]]) -> int:
    """Set each country's ``capital_names`` (by language) from CLDR; the number added.

    A time zone of the country (CLDR ``zone_territories``) whose English exemplar city (the
    zone id's last part when CLDR gives no English override) is the capital lends its city
    name in each language of :data:`LANGUAGES`.
    """
    from babel import Locale
    from babel.core import get_global

    territories = cast(dict[str, str], get_global("zone_territories"))
    former: dict[str, list[str]] = {}  # zone -> its older ids ("Europe/Kiev" for "Europe/Kyiv")
    for old, zone in cast(dict[str, str], get_global("zone_aliases")).items():
        former.setdefault(zone, []).append(old)
    english = Locale.parse("en").time_zones
    localised = {lang: Locale.parse(lang).time_zones for lang in LANGUAGES}

    def city(names: Any, zone: str) -> str | None:
        for key in (zone, *sorted(former.get(zone, []))):
            value = (names.get(key) or {}).get("city")
            if isinstance(value, str):
                return value
        return None

    zones: dict[tuple[str, str], list[str]] = {}
    for zone, territory in sorted(territories.items()):
        name = city(english, zone) or zone.rsplit("/", 1)[-1].replace("_", " ")
        zones.setdefault((territory, name), []).append(zone)
    added = 0
    for c in countries:
        by_language: dict[str, list[str]] = {}
        for capital in c["capitals"]:
            for zone in zones.get((c.get("alpha2") or "", capital), []):
                for lang in LANGUAGES:
                    name = city(localised[lang], zone)
                    values = by_language.setdefault(lang, [])
                    if name and _latin(name) and name != capital and name not in values:
                        values.append(name)
                        added += 1
        c["capital_names"] = {lang: v for lang, v in by_language.items() if v}
    return added


def build() -> dict[str, Any]:
    """The countries.json document."""
    version = metadata.version("countryinfo")
    data_dir = resources.files("countryinfo").joinpath("data")
    countries = []
    for entry in sorted(data_dir.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        country = _country(json.loads(entry.read_text(encoding="utf-8")))
        if country is not None:
            countries.append(country)
    countries = _merge(sorted(countries, key=lambda c: (c["code"], -len(c["capitals"]))))
    babel_version = _add_cldr(countries)
    _add_cldr_capitals(countries)
    dropped, given = _resolve_shared(countries)
    return {
        "version": f"{DATA_VERSION}+countryinfo-{version}+babel-{babel_version}",
        "source": (
            f"countryinfo {version} (PyPI, https://github.com/porimol/countryinfo): names, "
            f"codes, capitals, demonyms, translations; babel {babel_version} (PyPI, Unicode "
            "CLDR locale data): common short names in en, fr, de, es, it, nl, and capitals' "
            "names in fr, de, es, it, nl (time-zone exemplar cities)"
        ),
        "license": (
            "countryinfo: MIT (Copyright (c) 2018 Porimol Chandro); babel: BSD-3-Clause, "
            "its CLDR data: Unicode License v3"
        ),
        "generated_by": "scripts/build_aliases.py",
        "languages": ["en", *LANGUAGES],
        "shared_aliases_given_to_dominant": given,
        "dropped_ambiguous": dropped,
        "countries": countries,
    }


def main(argv: list[str] | None = None) -> int:
    """Write (or ``--check``) the alias data file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    args = parser.parse_args(argv)
    text = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is stale; run scripts/build_aliases.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
