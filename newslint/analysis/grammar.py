"""Reaching LanguageTool, through language-tool-python, the ways a newsroom runs it.

The setting (--languagetool, else NEWSLINT_LANGUAGETOOL, else the rule's `server` option)
is one of:

- a URL: a LanguageTool server (how newsrooms run it; `/v2/check` and `/v2/languages`);
- "local": a local installation, Java plus an unpacked LanguageTool, found the way
  language-tool-python finds it (LTP_JAR_DIR_PATH, or LanguageTool-* under LTP_PATH or
  ~/.cache/language_tool_python);
- "off";
- "auto" (the default): a URL if one is set, else a local installation if there is one,
  else nothing: grammar is skipped with one line saying why.

Nothing is ever downloaded: language-tool-python would fetch LanguageTool when it finds
none, so newslint only asks it for a local server after finding one on disk. Results are
cached per paragraph text on disk, so an unchanged article costs no second request.

The server is not trusted. Each request (connect, headers and body together) has a
wall-clock deadline, the configured timeout, and an answer over MAX_BODY_BYTES is refused
unread (lt_http.py); a server that is slow, down or answers nonsense ends grammar checking for the run
with one notice, so no later paragraph waits for it again. In an answer, matches whose
offsets fall outside the text sent are dropped and counted, repeats are dropped, and at
most MAX_MATCHES_PER_ANSWER are kept (see read_answer).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import NamedTuple

from newslint import lazy_re
from newslint.errors import BrokenAnswer, Deadline
from newslint.files import cache_dir
from newslint.notices import notice

ENV = "NEWSLINT_LANGUAGETOOL"

# What a sane server sends: a paragraph's answer is a few KB and a few dozen matches; a
# file of copy has at most a few hundred slips worth reporting. More is a broken server.
MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_MATCHES_PER_ANSWER = 100
MAX_FINDINGS_PER_FILE = 300


class LTMatch(NamedTuple):
    """One LanguageTool match, offsets relative to the text that was checked."""

    offset: int
    length: int
    rule_id: str
    message: str
    replacements: tuple[str, ...]
    issue_type: str


def setting(option: str | None) -> str:
    return (os.environ.get(ENV) or option or "auto").strip()


def local_installation() -> tuple[Path, str | None] | None:
    """(folder, version) of an unpacked LanguageTool on disk, if Java is there to run it."""
    import shutil

    if shutil.which("java") is None:
        return None
    jar_dir = os.environ.get("LTP_JAR_DIR_PATH")
    if jar_dir and (Path(jar_dir) / "languagetool-server.jar").is_file():
        return Path(jar_dir), None
    base = Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")
    if not base.is_dir():
        return None
    for folder in sorted(base.glob("LanguageTool*"), reverse=True):
        if (folder / "languagetool-server.jar").is_file():
            version = re.search(r"(\d+\.\d+(?:\.\d+)?|\d{8})", folder.name)
            return folder, version.group(1) if version else None
    return None


class Answer(NamedTuple):
    """LanguageTool's matches for one text, after read_answer threw out what was broken."""

    matches: list[LTMatch]
    dropped: int = 0  # matches outside the text, or not shaped like a match
    sent: int = 0  # matches the server sent, before any were dropped or cut
    truncated: bool = False  # more than MAX_MATCHES_PER_ANSWER good ones: the rest were cut


class Grammar:
    """A LanguageTool client with a per-paragraph cache; None-safe when unavailable.

    It is also the run's circuit breaker: after one failure (a timeout included) it answers
    None at once, so no further paragraph or file waits for a server that has let us down.
    """

    def __init__(self, tool, identity: str, timeout: float):
        self.tool = tool
        self.identity = identity
        self.timeout = timeout
        self.failed = False
        self.said: set[str] = set()  # the kinds of once-a-run notice the rule has given
        self._cache = _Cache()

    def check(self, text: str, language: str, where: str = "") -> Answer | None:
        """Matches for text, or None once LanguageTool has failed in this run. where (the
        file being checked) only names it in the notice."""
        if self.failed:
            return None
        # v2: entries from before matches were checked may hold impossible offsets
        import hashlib

        key = hashlib.sha256(f"v2\0{self.identity}\0{language}\0{text}".encode()).hexdigest()
        cached = self._cache.get(key)
        if cached is not None and _fits(cached, text):
            return Answer(cached, sent=len(cached))
        try:
            answer = read_answer(self.tool.answer(text), text)
        except Exception as exc:  # refused, timed out, 500, malformed or huge: report, don't crash
            self.failed = True
            in_file = f" in {where}" if where else ""
            if isinstance(exc, Deadline):
                problem = f"did not answer within {self.timeout:g} s"
            else:
                problem = f"failed ({_reason(exc)})"
            notice(f"grammar checks stopped{in_file}: LanguageTool at {self.identity} {problem}; "
                   "grammar skipped for the rest of the run")
            return None
        if not answer.dropped and not answer.truncated:
            self._cache.put(key, answer.matches)  # a repaired answer is asked for again next run
        return answer


def _fits(matches: list[LTMatch], text: str) -> bool:
    """Whether cached matches could have come from read_answer for text (a cache file is
    as untrusted as the server that filled it)."""
    return len(matches) <= MAX_MATCHES_PER_ANSWER and all(
        type(m.offset) is int and type(m.length) is int and 0 <= m.offset <= m.offset + m.length <= len(text)
        for m in matches
    )


def read_answer(answer, text: str) -> Answer:
    """The usable matches in a /v2/check answer for text.

    A match is kept only if its offset and length are integers (LanguageTool's, counted in
    UTF-16 units as Java counts) that give a span inside text; others are dropped and
    counted. Repeats of a match are dropped; after MAX_MATCHES_PER_ANSWER good ones the
    rest are cut. Raises BrokenAnswer when the answer is not a LanguageTool answer at all.
    """
    if not isinstance(answer, dict) or not isinstance(answer.get("matches"), list):
        raise BrokenAnswer("the answer was not LanguageTool's JSON")
    raw = answer["matches"]
    to_index = _utf16_to_index(text)
    kept: list[LTMatch] = []
    seen: set[tuple] = set()
    dropped = 0
    for item in raw:
        match = _match(item, to_index)
        if match is None:
            dropped += 1
            continue
        identity = (match.offset, match.length, match.rule_id, match.message)
        if identity in seen:
            continue
        if len(kept) == MAX_MATCHES_PER_ANSWER:
            return Answer(kept, dropped, len(raw), truncated=True)
        seen.add(identity)
        kept.append(match)
    return Answer(kept, dropped, len(raw))


def _match(item, to_index) -> LTMatch | None:
    """One LTMatch from one raw match, or None if it is broken."""
    if not isinstance(item, dict):
        return None
    offset, length = item.get("offset"), item.get("length")
    if type(offset) is not int or type(length) is not int or offset < 0 or length < 0:
        return None  # not bool, float or string: LanguageTool sends plain integers
    start, end = to_index(offset), to_index(offset + length)
    if start is None or end is None:
        return None  # past the end of the text, or inside a character's surrogate pair
    rule = item.get("rule") if isinstance(item.get("rule"), dict) else {}
    replacements = item.get("replacements") if isinstance(item.get("replacements"), list) else []
    return LTMatch(
        start,
        end - start,
        re.sub(r"[^A-Za-z0-9_.-]", "_", _text(rule.get("id"), 80)) or "UNKNOWN",
        _text(item.get("message"), 500),
        tuple(_text(r.get("value"), 200) for r in replacements[:5] if isinstance(r, dict)),
        _text(rule.get("issueType"), 40),
    )


def _text(value, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _utf16_to_index(text: str):
    """A function from a UTF-16 offset (LanguageTool's) to the Python index of the
    character it starts (or len(text) for the end); None for any other offset."""
    if not _ASTRAL.search(text):
        return lambda units: units if units <= len(text) else None  # the same count
    import bisect
    from itertools import accumulate

    starts = list(accumulate((2 if ord(char) > 0xFFFF else 1 for char in text), initial=0))

    def to_index(units: int) -> int | None:
        index = bisect.bisect_left(starts, units)
        return index if index < len(starts) and starts[index] == units else None

    return to_index


_ASTRAL = lazy_re.compile("[\U00010000-\U0010FFFF]")  # two UTF-16 units each


def _reason(exc: Exception) -> str:
    if isinstance(exc, BrokenAnswer):
        return str(exc)
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = text.lower()
    if "timed out" in lowered or "timeout" in lowered:
        return "timed out"
    if "refused" in lowered or "newconnectionerror" in lowered or "failed to establish" in lowered:
        return "connection refused"
    if "expecting value" in lowered or "json" in lowered:
        return "the answer was not LanguageTool's JSON"
    return text[:120]


_clients: dict[tuple, Grammar | None] = {}


def client(option: str | None, language: str, timeout: float) -> Grammar | None:
    """The process's LanguageTool client for this setting, or None (with a notice)."""
    choice = setting(option)
    key = (choice, language, timeout)
    if key not in _clients:
        _clients[key] = _connect(choice, language, timeout)
    return _clients[key]


def _connect(choice: str, language: str, timeout: float) -> Grammar | None:
    if choice == "off":
        return None
    url = choice if re.match(r"https?://", choice) else None
    local = None
    if url is None:
        local = local_installation()
        if local is None:
            if choice == "local":
                notice("grammar checks skipped: no local LanguageTool found (Java plus LanguageTool "
                       "under LTP_PATH or ~/.cache/language_tool_python)")
            else:
                notice(f"grammar checks skipped: no LanguageTool server set (--languagetool URL or "
                       f"{ENV}) and no local LanguageTool installation found")
            return None
    try:
        import urllib.parse

        import language_tool_python

        from newslint.analysis.lt_http import fetch_json

        class Bounded(language_tool_python.LanguageTool):
            """language-tool-python (which finds and starts a local server and knows the
            request's parameters), with every request made by fetch_json, under one
            deadline, once: a retry would double the wait for a server that is down."""

            def _query_server(self, url, params=None, num_tries=2, method="get"):
                return fetch_json(url, params, method, timeout, MAX_BODY_BYTES)

            def answer(self, text: str):
                """The raw /v2/check answer: read_answer, not language-tool-python's Match
                (which trusts every field), makes sense of it."""
                return self._query_server(urllib.parse.urljoin(self._url, "check"),
                                          self._create_params(text), method="post")

        if url:
            tool = Bounded(language, remote_server=url)
            identity = url
        else:
            folder, version = local
            kwargs = {"language_tool_download_version": version} if version else {}
            if version is None:
                os.environ.setdefault("LTP_JAR_DIR_PATH", str(folder))
            tool = Bounded(language, **kwargs)
            identity = f"local:{folder.name}"
    except Exception as exc:
        where = url or "the local installation"
        reason = f"did not answer within {timeout:g} s" if isinstance(exc, Deadline) else _reason(exc)
        notice(f"grammar checks skipped: LanguageTool at {where} is not available ({reason})")
        return None
    return Grammar(tool, identity, timeout)


class _Cache:
    """Matches by paragraph, in SQLite under the cache folder; in memory if that fails."""

    def __init__(self):
        import sqlite3  # only when grammar runs: a run without a server never opens it

        self.memory: dict[str, list[LTMatch]] = {}
        self.db = None
        self.Error = sqlite3.Error
        try:
            folder = cache_dir()
            folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(folder / "languagetool.sqlite", timeout=5)
            self.db.execute("CREATE TABLE IF NOT EXISTS matches (key TEXT PRIMARY KEY, value TEXT)")
        except (OSError, sqlite3.Error):
            self.db = None

    def get(self, key: str) -> list[LTMatch] | None:
        if key in self.memory:
            return self.memory[key]
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT value FROM matches WHERE key = ?", (key,)).fetchone()
        except self.Error:
            return None
        if row is None:
            return None
        try:
            matches = [LTMatch(**{**m, "replacements": tuple(m["replacements"])}) for m in json.loads(row[0])]
        except (ValueError, TypeError, KeyError, RecursionError):
            return None  # a damaged entry: ask the server again
        self.memory[key] = matches
        return matches

    def put(self, key: str, matches: list[LTMatch]) -> None:
        self.memory[key] = matches
        if self.db is None:
            return
        try:
            with self.db:  # one transaction: a killed run leaves the cache consistent
                self.db.execute("INSERT OR REPLACE INTO matches VALUES (?, ?)",
                                (key, json.dumps([m._asdict() for m in matches])))
        except self.Error:
            pass
