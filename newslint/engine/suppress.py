"""Inline suppression comments in articles.

    <!-- newslint-disable PH002 junk -->  ...  <!-- newslint-enable -->
    <!-- newslint-disable-line tk-marker -->       this line only
    <!-- newslint-disable-next-line tk-marker -->  the line after the comment
    <!-- newslint-disable-next-line tk-marker -- the figure comes at 6pm -->

Without selectors a comment covers every rule. Selectors are codes, names, categories,
packs or code prefixes (PH), as --ignore takes them, separated by spaces or commas; text
after "--" is the reason and is not read. `enable A` after a bare `disable` turns A back
on. A disable never closed by an enable lasts to the end of the file.

A directive newslint does not know, or one naming a rule it does not know, disables
nothing, and a directive that suppressed nothing is left in the copy for no reason: both
are said as notices (with a path to point to), since a silent typo leaves a finding
either hidden or shown without the editor knowing why.
"""

from __future__ import annotations

from newslint import lazy_re
from newslint.errors import did_you_mean
from newslint.model.finding import Finding
from newslint.notices import notice

DIRECTIVES = ("disable", "enable", "disable-line", "disable-next-line")
_PREFIX = "newslint-"
_SEPARATORS = lazy_re.compile(r"[\s,]+")
# Codes another tool's rules are relayed under (GR001 reports LanguageTool's as LT-<ID>):
# their ids are the other tool's, so newslint cannot tell a typo from a rule it never saw.
_RELAYED = ("LT-",)
_EVERYTHING = ""  # the selector of a directive that names no rule
_EXEMPTING = " exempting"  # where bare ranges with exemptions wait (no selector has a space)


class Directive:
    """One newslint comment: what it says, the selectors it names, the lines it spans,
    and which of its selectors suppressed a finding (or ended a disable)."""

    __slots__ = ("end_line", "line", "selectors", "used", "what")

    def __init__(self, what: str, selectors: tuple[str, ...], line: int, end_line: int):
        self.what, self.selectors, self.line, self.end_line = what, selectors, line, end_line
        self.used: set[str] = set()


class _Range:
    """Lines [first, last] where selector (or every rule but those in exempt) is off."""

    __slots__ = ("directive", "exempt", "first", "last", "selector")

    def __init__(self, first: int, last: float, selector: str, directive: Directive,
                 exempt: frozenset[str] = frozenset()):
        self.first, self.last, self.selector, self.directive, self.exempt = first, last, selector, directive, exempt


def _comments(text: str):
    """(start, end, body) of each HTML comment, in one pass: str.find, no backtracking."""
    start = text.find("<!--")
    while start != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            return  # unclosed: no later comment can close either
        yield start, end + 3, text[start + 4 : end]
        start = text.find("<!--", end + 3)


def parse_directives(text: str, position, path: str | None = None) -> list[Directive]:
    """The newslint comments in text; position maps an offset to (line, column). An
    unknown directive is left out (and said, given a path)."""
    found = []
    for start, end, body in _comments(text):
        words = [w for w in _SEPARATORS.split(body.split("--", 1)[0]) if w]
        if not words or not words[0].startswith(_PREFIX):
            continue  # an ordinary comment, or one that merely mentions newslint
        line = position(start)[0]
        what = words[0][len(_PREFIX) :]
        if what not in DIRECTIVES:
            if path is not None:
                hint = did_you_mean(words[0], [_PREFIX + d for d in DIRECTIVES])
                notice(f"{path}:{line}: unknown newslint directive {words[0]!r}{hint}")
            continue
        found.append(Directive(what, tuple(dict.fromkeys(words[1:])), line, position(end - 1)[0]))
    return found


def _ranges(directives: list[Directive]) -> list[_Range]:
    """The suppressed stretches the directives make, in the order they are written."""
    ranges: list[_Range] = []
    named: dict[str, _Range] = {}  # open `disable A` ranges by selector
    blanket: _Range | None = None  # an open bare `disable`

    def close(item: _Range, line: int) -> None:
        item.last = line
        ranges.append(item)

    for d in directives:
        if d.what == "disable-line":
            ranges += [_Range(d.line, d.end_line, s, d) for s in d.selectors or (_EVERYTHING,)]
        elif d.what == "disable-next-line":
            ranges += [_Range(d.end_line + 1, d.end_line + 1, s, d) for s in d.selectors or (_EVERYTHING,)]
        elif d.what == "disable":
            if not d.selectors:
                if blanket is not None:
                    close(blanket, d.line)
                blanket = _Range(d.line, float("inf"), _EVERYTHING, d)
            for s in d.selectors:
                named.setdefault(s, _Range(d.line, float("inf"), s, d))
        else:  # enable: it is used when it ends something
            ended = blanket is not None
            for s in d.selectors or list(named):
                if s in named:
                    close(named.pop(s), d.line)
                    d.used.add(s)
                    ended = True
            if blanket is not None:
                d.used.update(d.selectors)
                if not d.selectors:
                    close(blanket, d.line)
                    blanket = None
                else:  # enable A inside a bare disable: everything but A stays off
                    exempt = blanket.exempt | set(d.selectors)
                    if blanket.first < d.line:  # (on its own first line the new exemptions win)
                        close(blanket, d.line)
                    blanket = _Range(d.line, float("inf"), _EVERYTHING, blanket.directive, exempt)
            if ended and not d.selectors:
                d.used.add(_EVERYTHING)
    ranges += named.values()
    if blanket is not None:
        ranges.append(blanket)
    return ranges


def _keys(finding: Finding, packs: dict[str, set[str]]) -> set[str]:
    """Every selector that names the finding's rule, as --ignore would take them: its
    code, name and category, its pack, and the upper-case prefixes of its code (PH)."""
    code = finding.rule
    prefixes = {code[:n] for n in range(1, len(code) + 1) if code[:n].isupper()}
    return {code, finding.name, finding.category, *packs.get(code, ()), *prefixes}


def _suppressed(ranges: list[_Range], findings: list[Finding], packs: dict[str, set[str]]) -> set[int]:
    """Indexes of the findings some range covers, crediting each range that covers one.

    One sweep down the lines: the ranges begun by a finding's line wait in a heap per
    selector until they end, so a finding costs a look-up per selector that names it, not
    a look at every directive in the file. Exempting ranges (enable A inside a bare
    disable) are checked one by one; at most two are open on any line.
    """
    import heapq

    pending = sorted(ranges, key=lambda r: r.first)
    open_: dict[str, list] = {}  # selector -> heap of (last, n, range) that began by this line
    fresh: dict[str, list[_Range]] = {}  # opened, not yet credited
    done: set[int] = set()
    n = 0
    for index in sorted(range(len(findings)), key=lambda i: findings[i].line):
        finding = findings[index]
        line = finding.line
        while n < len(pending) and pending[n].first <= line:
            item = pending[n]
            key = _EXEMPTING if item.exempt else item.selector
            heapq.heappush(open_.setdefault(key, []), (item.last, n, item))
            fresh.setdefault(key, []).append(item)
            n += 1
        keys = _keys(finding, packs)
        for key in (*keys, _EVERYTHING, _EXEMPTING):
            heap = open_.get(key)
            while heap and heap[0][0] < line:
                heapq.heappop(heap)
            if not heap:
                continue
            if key == _EXEMPTING:
                live = [item for _, _, item in heap if not item.exempt & keys]
                for item in live:
                    item.directive.used.add(item.selector)
            else:
                live = heap
                for item in fresh.pop(key, ()):
                    if item.last >= line:
                        item.directive.used.add(item.selector)
            if live:
                done.add(index)
    return done


def _groups(rules) -> dict[str, set[str]]:
    """Each selector the rules answer to (code, name, category, pack) -> their codes."""
    groups: dict[str, set[str]] = {}
    for rule in rules:
        for key in (rule.code, rule.name, rule.category, rule.pack):
            groups.setdefault(key, set()).add(rule.code)
    return groups


def _named_codes(selector: str, groups: dict[str, set[str]]) -> set[str]:
    """The codes of the rules a selector names, those a code prefix (PH) names included."""
    codes = set(groups.get(selector, ()))
    if selector.isupper():
        codes.update(code for key in groups for code in groups[key] if code.startswith(selector))
    return codes


def apply_suppressions(text: str, position, findings: list[Finding], *, path: str | None = None,
                       rules=None, enabled=None) -> list[Finding]:
    """The findings no directive in text suppresses.

    Notices are said only given path (where the article is). rules: every Rule the run
    knows (registry.rules), so packs can be named and a selector naming none of them is
    an unknown rule. enabled: the Rules that ran on this text; with both, a disable that
    suppressed nothing is unused, but only when every rule it names ran (a rule left out
    of this run may be what it is for), so a bare one only when every rule ran.
    """
    if _PREFIX not in text:
        return findings
    directives = parse_directives(text, position, path)
    groups = _groups(rules or ())
    packs: dict[str, set[str]] = {}  # code -> the pack selectors naming it
    for rule in rules or ():
        packs.setdefault(rule.code, set()).add(rule.pack)
    done = _suppressed(_ranges(directives), findings, packs)
    kept = [f for i, f in enumerate(findings) if i not in done]
    if path is not None:
        _report(directives, path, groups if rules is not None else None, enabled)
    return kept


def _report(directives: list[Directive], path: str, groups, enabled) -> None:
    """Notices for unknown rules and unused directives, in the order they are written."""
    ran = {rule.code for rule in enabled} if enabled is not None else None
    everything_ran = ran is not None and groups is not None and all(
        codes <= ran for codes in groups.values()
    )
    for d in directives:
        unused = []
        for selector in d.selectors or (_EVERYTHING,):
            if selector == _EVERYTHING:
                checkable = everything_ran or d.what == "enable"
            elif selector.startswith(_RELAYED):
                continue  # never checked: see _RELAYED
            elif groups is not None and not _named_codes(selector, groups):
                known = [key for key in groups if key]
                notice(f"{path}:{d.line}: unknown rule {selector!r} in newslint-{d.what}{did_you_mean(selector, known)}")
                continue
            else:
                codes = _named_codes(selector, groups) if groups is not None else set()
                checkable = d.what == "enable" or (ran is not None and bool(codes) and codes <= ran)
            if checkable and selector not in d.used:
                unused.append(selector)
        if unused:
            names = ", ".join(s for s in unused if s)
            notice(f"{path}:{d.line}: unused newslint-{d.what}" + (f" for {names}" if names else ""))
