"""GR001 languagetool: grammar and spelling from LanguageTool, as LT-<RULE_ID> findings."""

from __future__ import annotations

import re

from newslint.analysis.grammar import (
    MAX_FINDINGS_PER_FILE,
    MAX_MATCHES_PER_ANSWER,
    client,
)
from newslint.analysis.plaintext import plain_text
from newslint.model.document import Document
from newslint.notices import notice
from newslint.rules.rule import Example, Hit, Rule

_SEVERITY = {"misspelling": "warning", "grammar": "warning"}  # style, typography...: info


def _consistent_name(doc: Document, word: str) -> bool:
    """A capitalised word the article spells the same way twice is a name, not a typo."""
    return word[:1].isupper() and len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", doc.text)) >= 2


def check(doc: Document, options):
    grammar = client(options["server"], options["language"], float(options["timeout"]))
    if grammar is None:
        return
    disabled = set(options["disabled-rules"])
    seen: set[tuple] = set()  # two answers (or one, twice) must not report the same slip twice
    dropped, flood, cut = 0, 0, False  # for the notices: see _say_what_was_cut
    try:
        for paragraph in doc.paragraphs:
            text, offsets = plain_text(doc.text, paragraph.start, paragraph.end, doc.format == "md")
            if not text.strip():
                continue
            answer = grammar.check(text, options["language"], doc.path)
            if answer is None:
                return  # LanguageTool failed; a notice says so
            dropped += answer.dropped
            if answer.truncated:
                flood = max(flood, answer.sent)
            for match in answer.matches:
                # read_answer keeps only spans inside text; a zero-length one marks no words
                if match.rule_id in disabled or match.length == 0:
                    continue
                start = offsets[match.offset]
                end = offsets[match.offset + match.length - 1] + 1
                if not options["check-quotes"] and doc.in_quote(start):
                    continue  # what a source said is not the writer's to correct
                if match.issue_type == "misspelling" and _consistent_name(doc, doc.text[start:end]):
                    continue
                key = (start, end, match.rule_id, match.message)
                if key in seen:
                    continue
                if len(seen) == MAX_FINDINGS_PER_FILE:
                    cut = True
                    return
                seen.add(key)
                suggestion = match.replacements[0] if match.replacements else None
                others = f" (or: {', '.join(match.replacements[1:3])})" if len(match.replacements) > 1 else ""
                yield Hit(
                    (start, end),
                    match.message + others,
                    suggestion,
                    severity=_SEVERITY.get(match.issue_type, "info"),
                    code=f"LT-{match.rule_id}",
                )
    finally:
        _say_what_was_cut(grammar, doc.path, dropped, flood, cut)


def _say_what_was_cut(grammar, path: str, dropped: int, flood: int, cut: bool) -> None:
    """One notice per kind a run, for the first file it happened in: a broken server would
    otherwise say the same thing for every file."""
    said = grammar.said
    where = f"LanguageTool at {grammar.identity}"
    if dropped and "dropped" not in said:
        said.add("dropped")
        notice(f"grammar: {where} sent {dropped} match{'es' * (dropped != 1)} in {path} with offsets "
               "outside the text it was given or not shaped like a match; they were dropped (and any "
               "more this run)")
    if flood and "truncated" not in said:
        said.add("truncated")
        notice(f"grammar: {where} sent {flood} matches for one paragraph of {path}; its answers were "
               f"cut to the first {MAX_MATCHES_PER_ANSWER} (for the rest of the run too)")
    if cut and "cut" not in said:
        said.add("cut")
        notice(f"grammar: {path} has over {MAX_FINDINGS_PER_FILE} LanguageTool findings; the first "
               f"{MAX_FINDINGS_PER_FILE} are reported and the rest of the file was not checked for "
               "grammar (the same for any more files this run)")


RULE = Rule(
    code="GR001",
    name="languagetool",
    category="grammar",
    severity="warning",
    summary="Grammar and spelling from LanguageTool (reported as LT-<RULE_ID>)",
    why=(
        "LanguageTool finds the grammar and spelling slips an editor would mark. newslint sends "
        "it each paragraph as plain text (Markdown markup removed, offsets mapped back), drops "
        "matches inside direct quotations (a source's words are not the writer's to correct) "
        "and misspellings of names the article spells the same way twice. Misspellings and "
        "grammar are warnings; style and typography are info. Reach LanguageTool with "
        "--languagetool URL, NEWSLINT_LANGUAGETOOL, or this rule's `server` option ('auto', "
        "'local', 'off' or a URL); when none is available grammar is skipped with a notice."
    ),
    check=check,
    # Its examples need a LanguageTool; tests/test_grammar.py runs them against a stand-in.
    examples=(
        Example("The council will meet on Monday to [[recieve]] the report.", bad=True),
        Example("The council will meet on Monday to receive the report.", bad=False),
    ),
    options={"server": "auto", "language": "en-US", "timeout": 10, "check-quotes": False,
             "disabled-rules": ()},
    source=__name__,
)
