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
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from newslint.errors import ConfigError, did_you_mean, type_name

_KINDS = {
    "date": ({"about", "mentions", "date", "source"}, {"about", "mentions", "date", "source"}),
    "title": ({"about", "person", "title", "source"}, {"about", "person", "title", "source"}),
    "name": ({"about", "name", "variants", "source"}, {"about", "name", "source"}),
    "figure": ({"about", "mentions", "figure", "source"}, {"about", "mentions", "figure", "source"}),
}
_ALL_KEYS = set().union(*(allowed for allowed, _ in _KINDS.values()))


class Fact(NamedTuple):
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
    """(year, month, day) from 2022, "2022-12" or 2022-12-01, checked against the calendar:
    a month 13 would otherwise surface as an IndexError in the rule, on every file."""
    if isinstance(value, dt.date):
        return value.year, value.month, value.day
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", str(value).strip())
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not match:
        raise ConfigError(f"{where}: date: {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError as exc:
        raise ConfigError(f"{where}: date: {value!r} is not a date ({exc})") from None
    return year, month, day


def _text(item: dict, key: str, where: str) -> str:
    """A fact's field that must be words: a list or a number there is a slip, not a fact."""
    value = item[key]
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: {key}: expected text, got {type_name(value)}")
    return value


def _words(item: dict, key: str, where: str, required: bool) -> tuple[str, ...]:
    """A list of words or phrases. `mentions` must name at least one: with none, every
    sentence of every article would be held to the fact."""
    value = item.get(key, [])
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: {key}: expected a list of words or phrases, got {type_name(value)}")
    if required and not value:
        raise ConfigError(f"{where}: {key}: give at least one word or phrase")
    return tuple(value)


def _fact(item, where: str) -> Fact:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: a fact is a mapping of keys to values")
    for key in item:
        if key not in _ALL_KEYS:
            raise ConfigError(f"{where}: unknown key {key!r}{did_you_mean(str(key), _ALL_KEYS)}")
    kind = next((k for k, (_, required) in _KINDS.items() if required <= set(item)), None)
    if kind is None or not set(item) <= _KINDS[kind][0]:
        raise ConfigError(
            f"{where}: give about and source, and one of: mentions + date, person + title, "
            "name (+ variants), mentions + figure"
        )
    fact = Fact(kind=kind, about=_text(item, "about", where), source=_text(item, "source", where),
                mentions=_words(item, "mentions", where, required=kind in ("date", "figure")))
    if kind == "date":
        year, month, day = _date(item["date"], where)
        return fact._replace(year=year, month=month, day=day)
    if kind == "title":
        return fact._replace(person=_text(item, "person", where), title=_text(item, "title", where))
    if kind == "name":
        return fact._replace(name=_text(item, "name", where), variants=_words(item, "variants", where, required=False))
    figure = item["figure"]
    if isinstance(figure, bool) or not isinstance(figure, (int, float)):
        raise ConfigError(f"{where}: figure: expected a number, got {type_name(figure)}")
    return fact._replace(figure=float(figure))


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> tuple[Fact, ...]:
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read fact sheet ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: fact sheet is not UTF-8 (byte {exc.object[exc.start]:#04x} at offset {exc.start})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"{path}{f':{mark.line + 1}' if mark else ''}: fact sheet is not valid YAML") from None
    except RecursionError:  # PyYAML composes nested collections recursively
        raise ConfigError(f"{path}: fact sheet is not valid YAML (nested too deeply)") from None
    except ValueError as exc:  # a timestamp YAML cannot build, such as 2024-02-30
        raise ConfigError(f"{path}: fact sheet is not valid YAML ({exc})") from None
    if not isinstance(data, dict) or set(data) != {"facts"} or not isinstance(data["facts"], list):
        raise ConfigError(f"{path}: a fact sheet is a mapping with one key, facts: a list of facts")
    return tuple(_fact(item, f"{path}: facts[{i}]") for i, item in enumerate(data["facts"]))


def parse_facts(items, where: str) -> tuple[Fact, ...]:
    """Facts given inline (a list of mappings), as in a rule option."""
    if not isinstance(items, (list, tuple)):
        raise ConfigError(f"{where}: facts: expected a list of facts")
    return tuple(_fact(_mapping(item), f"{where}: facts[{i}]") for i, item in enumerate(items))


def _mapping(item):
    """A config's table arrives frozen into (key, value) pairs; anything else is passed on
    for _fact to reject."""
    if isinstance(item, tuple) and all(isinstance(pair, tuple) and len(pair) == 2 for pair in item):
        return dict(item)
    return item


def load_facts(path: str) -> tuple[Fact, ...]:
    """The facts in a fact sheet; read again only when the file changes."""
    try:
        mtime = Path(path).stat().st_mtime
    except OSError:
        raise ConfigError(f"{path}: fact sheet not found") from None
    return _load(path, mtime)
