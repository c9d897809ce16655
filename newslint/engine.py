"""Run rules over a Document and turn their Hits into located Findings."""

from __future__ import annotations

import traceback

from newslint.config import ConfigError, Settings
from newslint.document import Document
from newslint.finding import FileResult, Finding
from newslint.rule import Rule
from newslint.suppress import apply_suppressions


def run_rule(rule: Rule, doc: Document, options=None, severity: str | None = None) -> list[Finding]:
    findings = []
    for hit in rule.check(doc, options if options is not None else rule.options):
        start, end = hit.span
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        findings.append(
            Finding(
                rule=rule.code,
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
            )
        )
    return findings


def lint_document(doc: Document, settings: Settings) -> FileResult:
    """Every enabled rule over doc; a rule that crashes is reported, the others still run."""
    result = FileResult(path=doc.path, text=doc.text)
    for rule in settings.rules:
        try:
            result.findings.extend(
                run_rule(rule, doc, settings.options.get(rule.code), settings.severity.get(rule.code))
            )
        except ConfigError:
            raise  # a broken fact sheet or option: the user's to fix, said once per file
        except Exception as exc:  # one broken rule must not hide the others' findings
            where = traceback.extract_tb(exc.__traceback__)[-1]
            result.crashes.append(
                f"internal error in rule {rule.code} ({rule.name}): {type(exc).__name__}: {exc}"
                f" [{where.filename}:{where.lineno}]"
            )
    result.findings = apply_suppressions(doc.text, doc.position, result.findings)
    result.findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return result
