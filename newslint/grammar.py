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
cached per paragraph text on disk, so an unchanged article costs no second request; a
server that is slow, down or answers nonsense ends grammar checking for the run with one
notice, after language-tool-python's single retry.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from newslint.notices import notice
from newslint.readability import cache_dir

ENV = "NEWSLINT_LANGUAGETOOL"


@dataclass(frozen=True)
class LTMatch:
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


class Grammar:
    """A LanguageTool client with a per-paragraph cache; None-safe when unavailable."""

    def __init__(self, tool, identity: str):
        self.tool = tool
        self.identity = identity
        self.failed = False
        self._cache = _Cache()

    def check(self, text: str, language: str) -> list[LTMatch] | None:
        """Matches for text, or None once LanguageTool has failed in this run."""
        if self.failed:
            return None
        key = hashlib.sha256(f"{self.identity}\0{language}\0{text}".encode()).hexdigest()
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        try:
            raw = self.tool.check(text)
            matches = [
                LTMatch(m.offset, m.error_length, m.rule_id, m.message, tuple(m.replacements[:5]),
                        getattr(m, "rule_issue_type", "") or "")
                for m in raw
            ]
        except Exception as exc:  # refused, timed out, 500, malformed JSON: report, don't crash
            self.failed = True
            notice(f"grammar checks stopped: LanguageTool at {self.identity} failed ({_reason(exc)})")
            return None
        self._cache.put(key, matches)
        return matches


def _reason(exc: Exception) -> str:
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
        import language_tool_python

        class Bounded(language_tool_python.LanguageTool):
            _TIMEOUT = timeout  # language-tool-python waits 300 s by default

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
        notice(f"grammar checks skipped: LanguageTool at {where} is not available ({_reason(exc)})")
        return None
    return Grammar(tool, identity)


class _Cache:
    """Matches by paragraph, in SQLite under the cache folder; in memory if that fails."""

    def __init__(self):
        self.memory: dict[str, list[LTMatch]] = {}
        self.db = None
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
        except sqlite3.Error:
            return None
        if row is None:
            return None
        matches = [LTMatch(**{**m, "replacements": tuple(m["replacements"])}) for m in json.loads(row[0])]
        self.memory[key] = matches
        return matches

    def put(self, key: str, matches: list[LTMatch]) -> None:
        self.memory[key] = matches
        if self.db is None:
            return
        try:
            with self.db:  # one transaction: a killed run leaves the cache consistent
                self.db.execute("INSERT OR REPLACE INTO matches VALUES (?, ?)",
                                (key, json.dumps([m.__dict__ for m in matches])))
        except sqlite3.Error:
            pass
