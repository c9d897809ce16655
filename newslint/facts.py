"""House fact sheets: facts a newsroom keeps getting wrong, in YAML, each with its source.

    facts:
      - about: Lachin corridor blockade began
        mentions: [Lachin corridor, blockad]   # all of these in one sentence
        date: 2022-12                          # YYYY, YYYY-MM or YYYY-MM-DD
        source: Reuters, 12 December 2022
      - about: Armenia's prime minister
        person: Nikol Pashinyan
        title: Prime Minister
        source: Government of Armenia
      - about: Spelling of the prime minister's name
        name: Nikol Pashinyan
        variants: [Pashinian]                  # optional: near-misses are caught anyway
        source: House style guide
      - about: Population of Nagorno-Karabakh, 2023
        mentions: [Nagorno-Karabakh, population]
        figure: 120000
        source: UN OCHA, September 2023

A fact's kind follows from its keys: date, person and title, name, or figure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from newslint.config import ConfigError
from newslint.packs import did_you_mean

_KINDS = {
    "date": ({"about", "mentions", "date", "source"}, {"about", "mentions", "date", "source"}),
    "title": ({"about", "person", "title", "source"}, {"about", "person", "title", "source"}),
    "name": ({"about", "name", "variants", "source"}, {"about", "name", "source"}),
    "figure": ({"about", "mentions", "figure", "source"}, {"about", "mentions", "figure", "source"}),
}
_ALL_KEYS = set().union(*(allowed for allowed, _ in _KINDS.values()))


@dataclass(frozen=True)
class Fact:
    kind: str
    about: str
    source: str
    mentions: tuple[str, ...] = ()
    year: int | None = None
    month: int | None = None
    day: int | None = None
    person: str = ""
    title: str = ""
    name: str = ""
    variants: tuple[str, ...] = ()
    figure: float | None = None

    def cited(self) -> str:
        return f"{self.about} (source: {self.source})"


def _date(value, where: str) -> tuple[int, int | None, int | None]:
    if isinstance(value, int):
        return value, None, None
    if isinstance(value, dt.date):
        return value.year, value.month, value.day
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", str(value).strip())
    if not match:
        raise ConfigError(f"{where}: date: {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def _fact(item, where: str) -> Fact:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: a fact is a mapping of keys to values")
    for key in item:
        if key not in _ALL_KEYS:
            raise ConfigError(f"{where}: unknown key {key!r}{did_you_mean(key, _ALL_KEYS)}")
    kind = next((k for k, (_, required) in _KINDS.items() if required <= set(item)), None)
    if kind is None or not set(item) <= _KINDS[kind][0]:
        raise ConfigError(
            f"{where}: give about and source, and one of: mentions + date, person + title, "
            "name (+ variants), mentions + figure"
        )
    mentions = item.get("mentions", [])
    if not isinstance(mentions, (list, tuple)) or not all(isinstance(m, str) for m in mentions):
        raise ConfigError(f"{where}: mentions: expected a list of words or phrases")
    fact = Fact(kind=kind, about=str(item["about"]), source=str(item["source"]), mentions=tuple(mentions))
    if kind == "date":
        year, month, day = _date(item["date"], where)
        return Fact(**{**fact.__dict__, "year": year, "month": month, "day": day})
    if kind == "title":
        return Fact(**{**fact.__dict__, "person": str(item["person"]), "title": str(item["title"])})
    if kind == "name":
        variants = item.get("variants", [])
        return Fact(**{**fact.__dict__, "name": str(item["name"]), "variants": tuple(map(str, variants))})
    if not isinstance(item["figure"], (int, float)):
        raise ConfigError(f"{where}: figure: expected a number")
    return Fact(**{**fact.__dict__, "figure": float(item["figure"])})


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> tuple[Fact, ...]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read fact sheet ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"{path}{f':{mark.line + 1}' if mark else ''}: fact sheet is not valid YAML") from None
    if not isinstance(data, dict) or set(data) != {"facts"} or not isinstance(data["facts"], list):
        raise ConfigError(f"{path}: a fact sheet is a mapping with one key, facts: a list of facts")
    return tuple(_fact(item, f"{path}: facts[{i}]") for i, item in enumerate(data["facts"]))


def parse_facts(items, where: str) -> tuple[Fact, ...]:
    """Facts given inline (a list of mappings), as in a rule option."""
    if not isinstance(items, (list, tuple)):
        raise ConfigError(f"{where}: facts: expected a list of facts")
    return tuple(_fact(dict(item) if isinstance(item, tuple) else item, f"{where}: facts[{i}]") for i, item in enumerate(items))


def load_facts(path: str) -> tuple[Fact, ...]:
    """The facts in a fact sheet; read again only when the file changes."""
    try:
        mtime = Path(path).stat().st_mtime
    except OSError:
        raise ConfigError(f"{path}: fact sheet not found") from None
    return _load(path, mtime)
