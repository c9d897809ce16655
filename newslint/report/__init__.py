"""Output formats: one module each, exposing render(results, stream)."""

from __future__ import annotations

from collections import Counter

from newslint.model.finding import FileResult

FORMATS = ("rich", "text", "json", "sarif", "github", "junit", "html")


def summary(results: list[FileResult]) -> dict:
    """Counts every format reports the same way."""
    findings = [f for r in results for f in r.findings]
    return {
        "files": len(results),
        "files_with_findings": sum(1 for r in results if r.findings),
        "findings": len(findings),
        "by_severity": dict(Counter(f.severity for f in findings)),
        "by_category": dict(Counter(f.category for f in findings)),
        "errors": sum(1 for r in results if r.error) + sum(len(r.crashes) for r in results),
    }


def render(fmt: str, results: list[FileResult], stream, registry=None) -> None:
    """Write results in fmt. registry: the rules the run used, which formats that describe
    rules (SARIF) read, so a house pack's rules come with their own docs."""
    import importlib

    importlib.import_module(f"newslint.report.{fmt}").render(results, stream, registry)


def rule_info(code: str, registry=None):
    """The Rule behind a finding's code, for formats that describe rules; None for codes
    relayed from another tool (LT-...)."""
    if registry is None:
        from newslint.engine.config import Config

        registry = Config().registry
    return registry.find(code)
