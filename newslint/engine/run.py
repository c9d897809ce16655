"""Run rules over a Document and turn their Hits into located Findings."""

from __future__ import annotations

from newslint import lazy_re
from newslint.analysis.literals import save_pattern_facts
from newslint.engine.config import Settings
from newslint.engine.suppress import apply_suppressions
from newslint.engine.time_limit import RuleTimedOut, limit_for, time_limit
from newslint.errors import ConfigError
from newslint.model.document import Document
from newslint.model.finding import FileResult, Finding
from newslint.rules.rule import SEVERITIES, Rule


def run_rule(rule: Rule, doc: Document, options=None, severity: str | None = None) -> list[Finding]:
    findings = []
    size = len(doc.text)
    for hit in rule.check(doc, options if options is not None else rule.options):
        start, end = _checked_span(hit.span, size)
        _check_fields(hit, size)
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        findings.append(
            Finding(
                rule=hit.code or rule.code,
                name=rule.name,
                category=rule.category,
                severity=severity or hit.severity or rule.severity,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                message=hit.message or rule.message or rule.summary,
                suggestion=hit.suggestion,
                start=start,
                end=end,
                fix=hit.fix,
            )
        )
    return findings


class InvalidHit(ValueError):
    """A rule (usually a plugin) gave a Hit that cannot be reported: a span outside the
    article, an unknown severity, a message that is not text."""


def _checked_span(span, size: int) -> tuple[int, int]:
    try:
        start, end = span
    except (TypeError, ValueError):
        raise InvalidHit(f"returned a span that is not a (start, end) pair: {span!r}") from None
    if type(start) is not int or type(end) is not int or not 0 <= start <= end <= size:
        raise InvalidHit(f"returned the span {span!r}, outside the article's {size} characters")
    return start, end


def _check_fields(hit, size: int) -> None:
    """A plugin's Hit must be what reports can print: known severity, text or nothing."""
    if hit.severity is not None and hit.severity not in SEVERITIES:
        raise InvalidHit(f"returned the severity {hit.severity!r}, not one of {', '.join(SEVERITIES)}")
    for field in ("message", "suggestion", "code"):
        value = getattr(hit, field)
        if value is not None and not isinstance(value, str):
            raise InvalidHit(f"returned a {field} that is not text: {type(value).__name__}")
    if hit.fix is not None:
        try:
            start, end, replacement = hit.fix
        except (TypeError, ValueError):
            raise InvalidHit(f"returned a fix that is not (start, end, text): {hit.fix!r}") from None
        if not isinstance(replacement, str):
            raise InvalidHit("returned a fix whose replacement is not text")
        _checked_span((start, end), size)


def lint_document(doc: Document, settings: Settings) -> FileResult:
    """Every enabled rule over doc; a rule that crashes, exits or runs out of time is
    reported, and the others still run."""
    result = FileResult(path=doc.path, text=doc.text)
    for rule in settings.rules:
        try:
            rule.prepared  # noqa: B018 - every rule's literals, before the first scan
        except Exception:  # noqa: S110 - reported below, where the rule runs
            pass
    article_limit = limit_for(len(doc.text))
    for rule in settings.rules:
        # Grammar waits on a server, under deadlines of its own: a hang guard only.
        limit = article_limit * 10 if rule.category == "grammar" else article_limit
        try:
            applies = rule.applies  # the literal test of a rule that has one
            if applies is not None and not applies(doc):
                continue
            with time_limit(limit, f"rule {rule.code} ({rule.name}) on {doc.path}"):
                found = run_rule(rule, doc, settings.options.get(rule.code), settings.severity.get(rule.code))
            if rule.category == "style":
                # Style rules leave quoted speech alone: an editor cannot restyle what a
                # source said. (Grammar does the same in its own rule.)
                found = [f for f in found if not doc.in_quote(f.start)]
            result.findings.extend(found)
        except ConfigError:
            raise  # a broken fact sheet or option: the user's to fix, said once per file
        except TimeoutError:
            result.crashes.append(
                f"rule {rule.code} ({rule.name}) timed out: a pattern from {rule.source}, or an "
                "allow pattern from the config, backtracks too much on this file; simplify it"
            )
        except RuleTimedOut:
            result.crashes.append(f"rule {rule.code} ({rule.name}) ran out of time ({limit:.0f} s) on this file; "
                                  "it was stopped and its findings dropped")
        except InvalidHit as exc:
            result.crashes.append(f"rule {rule.code} ({rule.name}) {exc}; its findings were dropped")
        except (Exception, SystemExit) as exc:  # one broken rule must not hide the others' findings
            import traceback

            where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
            result.crashes.append(
                f"internal error in rule {rule.code} ({rule.name}): {type(exc).__name__}: {exc}"
                + (f" [{where.filename}:{where.lineno}]" if where else "")
            )
    save_pattern_facts()  # once per process: what this run worked out about its patterns
    lazy_re.save_compiled()
    result.findings = drop_inside_runs(apply_suppressions(
        doc.text, doc.position, resolve_overlaps(drop_covered(result.findings, doc.text)),
        path=doc.path, rules=settings.known or None, enabled=settings.rules))
    result.findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return result


# Rules that find furniture (or a chatbot's frame) by its shape: they speak only for lines no
# rule that knows the line's own wording has flagged, so a share bar is reported once, as a
# share bar.
BY_SHAPE = frozenset({"JK009", "JK010", "JK011", "SC005"})
RUNS = frozenset({"JK009", "JK011"})


def drop_covered(findings: list[Finding], text: str) -> list[Finding]:
    """Drop a by-shape finding when the other findings touch every non-blank line of it."""
    if not any(f.rule in BY_SHAPE for f in findings):
        return findings
    import bisect
    from itertools import accumulate

    spans = sorted((f.start, f.end) for f in findings if f.rule not in BY_SHAPE)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # furthest end so far: bisected, linear

    def touched(a: int, b: int) -> bool:
        before = bisect.bisect_left(starts, b)
        return before > 0 and reach[before - 1] > a

    kept = []
    for finding in findings:
        if finding.rule in BY_SHAPE and all(touched(a, b) for a, b in _lines(text, finding.start, finding.end)):
            continue
        kept.append(finding)
    return kept


def drop_inside_runs(findings: list[Finding]) -> list[Finding]:
    """Drop a by-shape line finding inside a run (JK009's tail, JK011's list): the line is
    reported once, as part of the run. After suppressions, so a run the user silenced
    does not silence the lines in it."""
    if not any(f.rule in RUNS for f in findings):
        return findings
    import bisect
    from itertools import accumulate

    runs = sorted((f.start, f.end) for f in findings if f.rule in RUNS)
    starts = [a for a, _ in runs]
    reach = list(accumulate((b for _, b in runs), max))

    def inside(finding: Finding) -> bool:
        before = bisect.bisect_right(starts, finding.start)
        return before > 0 and reach[before - 1] >= finding.end

    return [f for f in findings if not (f.rule in BY_SHAPE and f.rule not in RUNS and inside(f))]


def _lines(text: str, start: int, end: int):
    """(start, end) of each non-blank line in text[start:end]."""
    position = start
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop < 0 else stop
        if text[position:stop].strip():
            yield position, stop
        position = stop + 1


# Who speaks when two rules flag the same words: newslint's news rules, then LanguageTool,
# then style packs (the order the Guardian's Typerighter settled on).
_PRIORITY = {"grammar": 1, "style": 2}


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Drop a grammar or style finding whose span overlaps a finding that ranks above it."""
    import bisect
    from itertools import accumulate

    ranked = [f for f in findings if f.category not in _PRIORITY]
    for level in (1, 2):
        spans = sorted((f.start, f.end) for f in ranked)
        starts = [s for s, _ in spans]
        reach = list(accumulate((e for _, e in spans), max))  # furthest end so far
        for finding in findings:
            if _PRIORITY.get(finding.category) != level:
                continue
            before = bisect.bisect_left(starts, finding.end)  # spans starting before it ends
            if before == 0 or reach[before - 1] <= finding.start:
                ranked.append(finding)
    return ranked
