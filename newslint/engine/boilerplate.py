"""Batch boilerplate: after a run over many articles, the lines one source repeats.

A source is a folder (a scrape of one site, a desk's archive). A line found word for word
in MIN_ARTICLES or more of a folder's articles is handed to JK012 (batch-boilerplate) as
its `recurring` option, which reports the furniture-shaped ones in each article that
holds them. It runs in the parent process after the workers, so `--jobs` does not change
what it finds; articles whose config leaves JK012 off are not touched.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict

from newslint.model.finding import FileResult
from newslint.rules.checks.batch_boilerplate import furniture_shaped

CODE = "JK012"
MIN_ARTICLES = 3
_MAX_LINE = 400  # characters: a longer line is a paragraph of prose
_FURNITURE = frozenset({"junk", "scaffolding", "placeholder"})


def article_lines(text: str) -> set[str]:
    """The article's distinct lines below its headline, trimmed: recurrence is word for
    word (JK012 then matches them to the article's lines with spacing made single)."""
    lines = [line for line in (raw.strip() for raw in text.splitlines()) if line][1:]
    return {line for line in lines if len(line) <= _MAX_LINE}


def candidate_lines(text: str) -> set[str]:
    """The article's lines that could be boilerplate: the furniture-shaped ones."""
    return {line for line in article_lines(text) if furniture_shaped(line)}


def recurring_in(counts: Counter) -> set[str]:
    """Of one source's candidate lines counted by article, those in MIN_ARTICLES or more."""
    return {line for line, count in counts.items() if count >= MIN_ARTICLES}


def recurring_lines(results: list[FileResult]) -> dict[str, tuple[set[str], list[tuple[FileResult, set[str]]]]]:
    """By folder: the furniture-shaped lines found in MIN_ARTICLES or more of its
    articles, and each of its articles with its own lines."""
    folders: dict[str, list[FileResult]] = defaultdict(list)
    for result in results:
        if result.error is None and result.text:
            folders[os.path.dirname(os.path.abspath(result.path))].append(result)
    found = {}
    for folder, members in folders.items():
        if len(members) >= MIN_ARTICLES:
            articles = [(result, candidate_lines(result.text)) for result in members]
            recurring = recurring_in(Counter(line for _, lines in articles for line in lines))
            if recurring:
                found[folder] = recurring, articles
    return found


def boilerplate_findings(text: str, path: str, recurring: set[str], findings, chosen, select=None, ignore=()) -> list:
    """JK012's findings on one article, given its source's recurring lines and the
    article's other findings (a line already named as furniture is reported once).
    chosen: the article's Config."""
    from newslint.engine.config import Settings, resolve
    from newslint.engine.run import lint_document
    from newslint.readers import read_text

    relative = os.path.relpath(os.path.abspath(path), chosen.root).replace(os.sep, "/")
    settings = resolve(chosen, relative, select, ignore)
    rule = next((r for r in settings.rules if r.code == CODE), None)
    if rule is None:
        return []
    options = dict(settings.options.get(CODE) or rule.options)
    options["recurring"] = sorted(recurring | set(options.get("recurring") or ()))
    only = Settings((rule,), settings.severity, {**settings.options, CODE: options}, settings.known)
    found = lint_document(read_text(text, path), only).findings
    taken = [(f.line, f.end_line) for f in findings if f.category in _FURNITURE]
    return [f for f in found if not any(a <= f.line <= b for a, b in taken)]


def add_boilerplate(results: list[FileResult], select=None, ignore=(), config=None) -> None:
    """Add JK012's findings to the results of one run, in place."""
    if sum(result.error is None for result in results) < MIN_ARTICLES:
        return
    from pathlib import Path

    from newslint.engine.config import config_for

    for folder, (lines, articles) in recurring_lines(results).items():
        chosen = config_for(config, Path(folder))
        for result, its_lines in articles:
            if lines & its_lines:
                new = boilerplate_findings(result.text, result.path, lines, result.findings, chosen, select, ignore)
                if new:
                    result.findings = sorted(result.findings + new, key=lambda f: (f.start, f.end, f.rule))
