"""The rule contract: a Rule carries its identity, docs and examples; it yields Hits.

A rule's examples are its tests and its documentation. A bad example marks each span the
rule must report with double brackets: ``Date: [[[Insert Date]]]`` expects the span
``[Insert Date]``. A closing ``]]`` is the last of a run of closing brackets, so the span
itself may end in ``]``.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Callable, Iterable, Mapping, NamedTuple

from newslint import lazy_re
from newslint.model.document import Document, Span

CATEGORIES = (
    "placeholder",
    "scaffolding",
    "junk",
    "attribution",
    "consistency",
    "readability",
    "grammar",
    "style",
)
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}

CODE = lazy_re.compile(r"[A-Z][A-Z0-9]{1,7}-?\d{1,4}")
NAME = lazy_re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_MARK = lazy_re.compile(r"\[\[(.*?)\]\](?!\])", re.DOTALL)


class _ReadOnlyDict(dict):
    """An empty default that cannot be changed by mistake and still pickles (a --jobs
    worker or a Dask task may be sent rules and settings)."""

    def _read_only(self, *args, **kwargs):
        raise TypeError("a default mapping is read-only")

    __setitem__ = __delitem__ = __ior__ = update = setdefault = pop = popitem = clear = _read_only


NO_OPTIONS: Mapping = _ReadOnlyDict()


class Hit(NamedTuple):
    """What a rule reports: a span, and optionally its own message, a suggestion (the
replacement text) and a severity."""

    span: Span
    message: str | None = None
    suggestion: str | None = None
    severity: str | None = None  # when one rule reports at two levels; config still wins
    code: str | None = None  # a rule that relays another tool's rules: "LT-MORFOLOGIK_RULE_EN_US"
    fix: tuple[int, int, str] | None = None  # a safe edit: replace text[start:end] with this


class Example(NamedTuple):
    """A good or bad snippet. `article` examples are whole .txt articles (headline first);
    others are body paragraphs of an article with no headline."""

    source: str
    bad: bool
    article: bool = False
    options: Mapping = NO_OPTIONS  # rule options this example needs

    @property
    def text(self) -> str:
        return _MARK.sub(lambda m: m.group(1), self.source)

    @property
    def spans(self) -> list[Span]:
        spans, removed = [], 0
        for match in _MARK.finditer(self.source):
            start = match.start() - removed
            spans.append(Span(start, start + len(match.group(1))))
            removed += 4
        return spans


def mark(text: str, spans: Iterable[Span]) -> str:
    """Render spans into text with the example notation (for readable test diffs)."""
    out, last = [], 0
    for start, end in sorted(spans):
        out += [text[last:start], "[[", text[start:end], "]]"]
        last = end
    out.append(text[last:])
    return "".join(out)


Check = Callable[[Document, Mapping], Iterable[Hit]]


class Rule:
    """A rule: its identity, docs and examples, and the check that yields its Hits.

    Read-only once made (make a changed copy with `replace`). A plain class, not a
    dataclass: see model/document.py."""

    FIELDS = ("code", "name", "category", "severity", "summary", "why", "check", "examples", "message",
              "options", "pack", "source", "enabled", "option_types", "trigger")

    def __init__(self, code: str, name: str, category: str, severity: str, summary: str, why: str,
                 check: Check, examples: tuple[Example, ...], message: str = "", options: Mapping | None = None,
                 pack: str = "builtin", source: str = "", enabled: bool = True,
                 option_types: Mapping | None = None, trigger: object = None):
        fields = self.__dict__
        fields.update(code=code, name=name, category=category, severity=severity, summary=summary, why=why,
                      check=check, examples=examples)
        fields["message"] = message  # default message when a Hit carries none
        fields["options"] = {} if options is None else options
        fields["pack"] = pack
        fields["source"] = source  # file or module that defined the rule, for error messages
        fields["enabled"] = enabled  # False: only runs when selected by code, name or category
        # An option's type, where its default does not say it: list[str] for a list of
        # patterns whose default is empty, float for a threshold whose default is whole. A
        # config's value is checked against this, or else against the default's type.
        fields["option_types"] = {} if option_types is None else option_types
        # A regex (newslint.lazy_re or re) every finding of the rule is a match of, run on the
        # article's text: the rule then runs only on articles holding one of its literals (the
        # engine asks the literal pass), as a declarative rule does.
        fields["trigger"] = trigger
        self._validate()

    def __setattr__(self, name, value):
        raise AttributeError(f"a Rule is read-only: use rule.replace({name}=...)")

    def replace(self, **changes) -> Rule:
        """A copy with some fields changed (checked again)."""
        return type(self)(**{**{name: self.__dict__[name] for name in self.FIELDS}, **changes})

    def __repr__(self) -> str:
        return f"Rule({self.code!r}, {self.name!r}, pack={self.pack!r})"

    @cached_property
    def applies(self):
        """`applies(doc)`: whether the article holds a literal the rule's regexes need (a
        declarative rule's own test, or its trigger's); None when the rule always runs."""
        own = getattr(self.check, "applies", None)
        if own is not None or self.trigger is None:
            return own
        from newslint.analysis.literals import applies_where, literal_ids

        return applies_where(literal_ids(self.trigger.pattern, self.trigger.flags)[0])

    @cached_property
    def prepared(self) -> bool:
        """Put the rule's literals into the literal pass (once): the engine prepares every
        rule before an article's first scan, so the automaton is built once, not once per
        rule that a run reaches."""
        prepare = getattr(self.check, "prepare", None)
        if prepare is not None:
            prepare()
        self.applies  # noqa: B018 - a Python rule's trigger registers its literals
        return True

    def _validate(self) -> None:
        problems = []
        if not CODE.fullmatch(self.code):
            problems.append(f"code {self.code!r} is not like 'PH001'")
        if not NAME.fullmatch(self.name):
            problems.append(f"name {self.name!r} is not kebab-case")
        if self.category not in CATEGORIES:
            problems.append(f"category {self.category!r} is not one of {', '.join(CATEGORIES)}")
        if self.severity not in SEVERITIES:
            problems.append(f"severity {self.severity!r} is not one of {', '.join(SEVERITIES)}")
        if not any(e.bad for e in self.examples) or all(e.bad for e in self.examples):
            problems.append("needs at least one good and one bad example")
        if not self.summary.strip() or not self.why.strip():
            problems.append("needs a summary and a 'why'")
        if problems:
            raise ValueError(f"{self.source or self.code}: " + "; ".join(problems))


def example_document(example: Example):
    """The Document an example is checked on."""
    from newslint.readers import read_text
    from newslint.readers.plaintext import parse_plaintext

    if example.article:
        fmt = "md" if example.text.startswith("---") else "txt"
        return read_text(example.text, f"<example>.{fmt}", fmt)
    return parse_plaintext(example.text, "<example>", has_headline=False)
