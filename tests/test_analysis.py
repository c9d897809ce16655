"""The engine analyses each article once: rules share what analysis(doc) worked out, and
one literal pass decides which declarative rules run and on which lines. These tests pin
the mechanisms; tests/test_golden.py shows the findings are those of the engine before."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.analysis import attribution, casualties, names, numbers
from newslint.analysis.index import analysis
from newslint.analysis.prefilter import never_spans_lines, required_literals
from newslint.engine.config import Config, resolve
from newslint.engine.run import lint_document
from newslint.model import sentences
from newslint.model.document import Document
from newslint.readers import read_text
from newslint.rules.checks import parts_whole
from newslint.rules.packs import rule_from_mapping

STORY = (
    "Storm kills 12 across the county\n\n"
    "At least 12 people were killed and 40 injured when the storm struck on Monday, police said.\n\n"
    "Among the dead were six children, the county coroner said.\n\n"
    "The storm also killed four people in the next county, officials said.\n"
)


def test_casualty_figures_are_worked_out_once_for_every_rule_that_reads_them(monkeypatch):
    calls = []
    real = casualties.find_figures

    def counting(found_for, start, end):
        calls.append((start, end))
        return real(found_for, start, end)

    monkeypatch.setattr(casualties, "find_figures", counting)
    settings = resolve(Config(), "a.txt", ["AT001", "AT005", "CO001", "CO002", "CO003"])
    doc = read_text(STORY, "a.txt")
    lint_document(doc, settings)
    assert calls, "the casualty rules did not read any figures"
    assert len(calls) == len(set(calls)), f"a paragraph's figures were worked out twice: {calls}"
    again = read_text(STORY, "b.txt")  # the same text in another document: its own analysis
    lint_document(again, settings)
    assert len(calls) == 2 * len(set(calls))
    assert analysis(doc) is analysis(doc) and analysis(doc) is not analysis(again)


@pytest.mark.parametrize(
    "pattern, one_line",
    [
        (r"you may also like", True),
        (r"[^\r\n]*+x", True),
        (r"read\s+more", False),  # \s takes a line break
        (r"a.b", False),  # . takes a carriage return
        (r"[^a]", False),
        (r"\W", False),
        (r"share (?:this|on) \w+", True),
    ],
)
def test_what_can_cross_a_line_break(pattern, one_line):
    assert never_spans_lines(pattern, re.IGNORECASE | re.MULTILINE) is one_line


def test_required_literals_of_a_case_insensitive_alternation():
    literals = required_literals(r"\b(?:you may also like|related stories)\b", re.IGNORECASE)
    assert sorted(literals.lowered) == ["related stories", "you may also like"] and not literals.exact


def test_a_rare_character_is_the_literal_a_pattern_is_looked_for_by():
    # Every bracketed placeholder holds "[", which news prose seldom does; "add" or "your"
    # are in most articles.
    literals = required_literals(r"\[[ \t]*(?:insert|add|enter|your|tbd)\b[^\]\r\n]{0,80}\]", re.IGNORECASE)
    assert literals.lowered == ("[",)


def _line_rule(lines: list[str]):
    return rule_from_mapping({
        "code": "HS100", "name": "house-junk", "category": "junk", "severity": "warning",
        "summary": "House junk", "why": "Page furniture.", "kind": "line", "lines": lines,
        "message": "Junk line: {match}",
        "examples": {"bad": ["Body text.\n\n[[Read more]]"], "good": ["Read more about it in the report."]},
    }, "house", "house/house-junk.yaml")


def _spans(rule, text: str) -> list[str]:
    doc = read_text(text, "a.txt")
    return [doc.text[h.span[0]:h.span[1]] for h in rule.check(doc, rule.options)]


def test_a_line_rule_that_can_cross_lines_still_scans_the_whole_text():
    rule = _line_rule([r"read\s+more"])
    assert _spans(rule, "Headline\n\nBody text.\n\nRead\nmore\n") == ["Read\nmore"]


def test_a_line_rule_runs_on_the_lines_that_hold_its_words_whatever_the_line_endings():
    rule = _line_rule(["read more", "related stories"])
    for ending in ("\n", "\r\n", "\r"):
        text = ending.join(["Headline", "", "Body text about the vote.", "", "Read more", "Related stories:", ""])
        assert _spans(rule, text) == ["Read more", "Related stories:"], repr(ending)


def test_lines_are_found_where_lower_casing_moves_offsets():
    """'İ' lower-cases to two characters, so literal offsets in the lower-cased text are off:
    every line is then a candidate, and the line is still reported at its own place."""
    rule = _line_rule(["read more"])
    text = "İstanbul vote\n\nİstanbul voted on Sunday, officials said.\n\nRead more\n"
    assert _spans(rule, text) == ["Read more"]


def test_a_rule_whose_literals_are_absent_is_not_run():
    rule = _line_rule(["you may also like"])
    doc = read_text("Headline\n\nThe council met on Monday.\n", "a.txt")
    assert rule.check.applies(doc) is False
    doc = read_text("Headline\n\nThe council met.\n\nYou may also like\n", "a.txt")
    assert rule.check.applies(doc) is True


def _pattern_rule(patterns: list[str]):
    return rule_from_mapping({
        "code": "HS101", "name": "house-said", "category": "style", "severity": "info",
        "summary": "Said", "why": "House style.", "kind": "pattern", "patterns": patterns,
        "scope": "body", "message": "Use 'said': {match}",
        "examples": {"bad": ["The minister [[stated]] it."], "good": ["The minister said it."]},
    }, "house", "house/house-said.yaml")


def test_a_pattern_that_crosses_lines_still_sees_the_whole_paragraph():
    """A Markdown paragraph runs over two lines; a pattern with \\s matches across them."""
    rule = _pattern_rule([r"minister\s+stated"])
    doc = read_text("---\ntitle: Talks\n---\n\nThe minister\nstated that talks resume.\n", "a.md")
    assert [doc.text[h.span[0]:h.span[1]] for h in rule.check(doc, rule.options)] == ["minister\nstated"]


def test_a_line_by_line_pattern_still_sees_the_line_break_after_its_line():
    rule = _pattern_rule([r"stated(?=\n)"])
    doc = read_text("---\ntitle: Talks\n---\n\nThe minister stated\nthat talks would resume.\n", "a.md")
    assert [doc.text[h.span[0]:h.span[1]] for h in rule.check(doc, rule.options)] == ["stated"]


def test_a_python_rule_with_a_trigger_runs_only_where_its_literals_are():
    from newslint import lazy_re
    from newslint.engine.config import Settings
    from newslint.rules.rule import Example, Hit, Rule

    word = lazy_re.compile(r"\bflotilla\b", re.IGNORECASE)
    ran = []

    def check(doc, options):
        ran.append(doc.path)
        for match in word.finditer(doc.text):
            yield Hit(match.span())

    rule = Rule(code="XT050", name="flotilla-word", category="style", severity="info",
                summary="Flotilla", why="For the test.", check=check, trigger=word,
                examples=(Example("A [[flotilla]] sailed.", bad=True), Example("A fleet sailed.", bad=False)))
    found = lint_document(read_text("Boats\n\nA FLOTILLA sailed on Monday.\n", "a.txt"), Settings((rule,))).findings
    lint_document(read_text("Boats\n\nA fleet sailed on Monday.\n", "b.txt"), Settings((rule,)))
    assert [f.rule for f in found] == ["XT050"] and ran == ["a.txt"]


# The fast paths below each claim to find exactly what a slower, plainer form finds. Each
# claim is checked on generated text built from the pieces that decide it (the dotless i
# and long s that IGNORECASE equates with i and s, "İ" whose lower case is longer, quotes,
# numbers and their hedges, casualty words overlapping).

PIECES = ["said", "SAID", "Said", "ſaid", "ı", "İ", " ", "  ", "\n", "\n\n", ":", "“", "”", "\"", ",",
          "including", "Including", "among them", "(", "—", "12", "1,200", "3.5", "-", ".", "at least",
          "More than", "twenty-five", "a dozen", "hundreds", "$", "killed", "kill", "deadie", "toll",
          "total", "Rahm", "Emanuel", "C.", "Mr", "in", "outside", "Paris", "x", "’", "!", "?", "one",
          "someone", "ten", "tens of thousands", "Seventeen", "over", "a", "2004", "no fewer than", "١٢"]
pieced = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)
SLOW_SPEECH = re.compile(attribution.SPEECH_CUE.pattern, re.IGNORECASE | re.MULTILINE)
SLOW_INTRO = re.compile(
    r",[ ](?:including|among[ ]them|among[ ]whom)[ ]|[ ]?:[ ]|[ ]?\([ ]?|[ ]?[—–][ ]?|,[ ]of[ ]whom[ ]|"
    r",[ ](?:comprising|made[ ]up[ ]of|consisting[ ]of)[ ]", re.IGNORECASE)
SLOW_COUNT = re.compile(rf"(?<![\w.,\-])(?:(?P<hedge>{numbers.HEDGE})[ ])?(?P<number>{numbers.NUMBER})\b")


@settings(max_examples=1500, derandomize=True, deadline=None)
@given(pieced, st.integers(0, 200), st.integers(0, 200))
def test_caseless_matching_finds_what_ignorecase_finds(text, a, b):
    doc = Document("x.txt", text, "txt")
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert attribution.has_speech_cue(text, start, end, doc.caseless) == (SLOW_SPEECH.search(text, start, end) is not None)
    intros = parts_whole._INTRO_CASELESS.finditer(doc.caseless) if doc.caseless is not None else parts_whole._INTRO.finditer(text)
    assert [m.span() for m in intros] == [m.span() for m in SLOW_INTRO.finditer(text)]


@settings(max_examples=1500, derandomize=True, deadline=None)
@given(pieced)
def test_counts_found_where_the_literal_pass_says_one_can_begin_are_the_lookbehind_s(text):
    lowered = text.lower()
    if len(lowered) != len(text):
        return  # counts_in then runs the case-insensitive pattern itself
    expected = [(m.start(), m.end(), m.start("number")) for m in SLOW_COUNT.finditer(lowered)]
    found = numbers.counts_in(Document("x.txt", text, "txt"))
    assert [(c.start, c.end, c.number_start) for c in found] == expected


@settings(max_examples=1500, derandomize=True, deadline=None)
@given(pieced, st.integers(0, 200), st.integers(0, 200))
def test_casualty_words_from_the_literal_pass_are_the_regex_s(text, a, b):
    doc = Document("x.txt", text, "txt")
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    found = casualties._triggers(analysis(doc), start, end)
    lowered = text[start:end].lower()
    if len(lowered) == end - start and len(doc.lowered) == len(text):
        assert found == [(start + m.start(), start + m.end()) for m in casualties._TRIGGER.finditer(lowered)]


@settings(max_examples=800, derandomize=True, deadline=None)
@given(st.lists(pieced, min_size=1, max_size=4).map("\n\n".join))
def test_name_mentions_open_sentences_where_the_regex_says(text):
    opening = re.compile(r"(?:^|[.!?:;“\"(]\s*|[.!?][\"”’]\s*)$")
    if not text.strip():
        return
    doc = read_text(text, "x.txt")
    spans = ([doc.headline] if doc.headline else []) + list(doc.paragraphs)
    for mention in names.mentions(doc):
        low = next(s.start for s in spans if s.start <= mention.start < s.end)
        assert mention.opens_sentence == (opening.search(text, max(low, mention.start - 3), mention.start) is not None)


def test_an_article_is_scanned_once_even_by_rules_built_on_first_use(monkeypatch):
    from newslint.analysis import literals
    from newslint.engine.config import Settings
    from newslint.rules.packs import bundled_packs_dir, load_pack

    fresh = tuple(load_pack(bundled_packs_dir() / "core", pack="core"))  # new Rule objects, none built yet
    scans = []
    original = literals.LiteralHits.__init__

    def counted(self, text, lowered):
        scans.append(text)
        original(self, text, lowered)

    monkeypatch.setattr(literals.LiteralHits, "__init__", counted)
    lint_document(read_text(STORY, "story.txt"), Settings(rules=fresh))
    assert len(scans) == 1  # every rule's literals were in before the scan: none forced another


@settings(max_examples=1500, derandomize=True, deadline=None)
@given(pieced)
def test_a_part_after_an_intro_is_always_one_of_the_counts(text):
    """parts-whole skips paragraphs without counts: a part can only start where a count does."""
    doc = Document("x.txt", text, "txt")
    for intro in SLOW_INTRO.finditer(text):
        if parts_whole._PART.match(text, intro.end(), len(text)):
            assert analysis(doc).counts_between(intro.end(), len(text))


@settings(max_examples=1500, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(["Title:", "headline :", "**Headline**: ", "SEO title: ", " ", "\t", "\r",
                                 "\n", "\r\n", "x", ":", "**", "Storm"]), max_size=14).map("".join))
def test_labels_found_line_by_line_are_those_the_pattern_finds(text):
    from newslint.rules.checks import second_headline

    doc = Document("x.txt", text, "txt")
    by_line = [m.span() for line in doc.lines if ":" in text[line.start:line.end]
               and (m := second_headline._LABELLED.match(text, line.start))]
    assert by_line == [m.span() for m in second_headline._LABELLED.finditer(text)]


SLOW_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’]*)\.$")
WORD_PIECES = ["U.S", "Gov", "J.R.R", "a", "No", " ", "  ", "\n", "’", "'", "“", "(", "12", "...", "Mr", "x" * 30]


@settings(max_examples=1500, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=12).map("".join))
def test_the_word_before_a_full_stop_is_found_as_the_40_character_search_finds_it(text):
    text += "."
    stop = len(text) - 1
    slow = SLOW_WORD_BEFORE.search(text, max(0, stop - 40), stop + 1)
    fast = sentences.word_before(text, stop)
    assert (slow and slow.span(1)) == (fast and fast.span(1))


# Words joined by spaces, and by the punctuation pieces: the gate must see an action word
# before a count ("arrested 19"), after it ("12 people arrested") or in a relative clause
# ("12 protesters who were arrested").
EVENT_WORDS = ["12", "1,200", "$4.5", "£", "200", "million", "arrested", "Arrested", "ARRESTS", "hired",
               "hiring", "axed", "axes", "cut", "cutting", "raised", "rescued", "were", "who", "that", "had",
               "been", "people", "jobs", "homes", "more", "about", "up", "to", "the", "ſhed", "floodS",
               "re-arrested", "killed", "at", "least", "x" * 30, "damaged", "K", "ı", "2004", "percent",
               "5%", "Donated", ",", ".", "-", "'", "’", "\n\n", ""]
evented = st.lists(st.sampled_from(EVENT_WORDS), max_size=10).map(" ".join)


@pytest.mark.parametrize("text", [
    "There were 12 people arrested.", "In all 12 protesters who were arrested left.", "12 homes destroyed",
    "Police arrested 19 people.", "The firm cut about 500 jobs.", "They raised $4.5 million.",
])
def test_the_events_gate_passes_a_count_of_an_event(text):
    from newslint.analysis.counts import find_counted, may_count_events

    found = analysis(Document("x.txt", text, "txt"))
    assert any(c.is_event for c in find_counted(found, 0, len(text))) and may_count_events(found, 0, len(text))


@settings(max_examples=3000, derandomize=True, deadline=None)
@given(evented)
def test_a_paragraph_said_to_count_no_event_has_none(text):
    from newslint.analysis.counts import find_counted, may_count_events

    found = analysis(Document("x.txt", text, "txt"))
    if any(c.is_event for c in find_counted(found, 0, len(text))):
        assert may_count_events(found, 0, len(text))


def test_the_events_gate_lets_through_every_corpus_paragraph_that_counts_an_event():
    from conftest import CORPUS, need_shared

    from newslint.analysis.counts import find_counted, may_count_events
    from newslint.readers import read_path

    need_shared(CORPUS)
    events = skipped = 0
    for path in sorted(CORPUS.rglob("*.txt"))[::4]:
        doc = read_path(path)
        found = analysis(doc)
        for paragraph in doc.paragraphs:
            if any(c.is_event for c in find_counted(found, *paragraph)):
                events += 1
                assert may_count_events(found, *paragraph), (path, paragraph)
            elif not may_count_events(found, *paragraph):
                skipped += 1
    assert events > 10 and skipped > 1000  # the gate is exact where it matters, and it skips
