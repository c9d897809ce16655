"""The `newslint` command: check | rules | explain.

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 a usage,
configuration or input error (one line on stderr names the file and the reason).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from newslint.readers import SUFFIXES
from newslint.report import FORMATS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newslint", description="Editorial quality linter for news copy.")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="lint articles (files, folders, or - for stdin)")
    check.add_argument("paths", nargs="+", help="article files, folders (searched for .txt/.md), or -")
    check.add_argument("--format", choices=FORMATS, help="report format (default: rich on a terminal, text otherwise)")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    check.add_argument("--fix", action="store_true", help="apply safe fixes (junk lines, template labels, house substitutions) in place")
    check.add_argument("--diff", action="store_true", help="show the safe fixes as a diff; change nothing")
    check.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in this baseline")
    check.add_argument("--write-baseline", metavar="FILE", help="record the current findings as a baseline")
    check.add_argument("--select", type=_csv, help="only these rules: codes, names, categories or packs, comma-separated")
    check.add_argument("--ignore", type=_csv, default=[], help="skip these rules (codes, names, categories or packs)")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), help="lowest severity that fails the run (default: warning)")
    check.add_argument("--stdin-filename", default="<stdin>", help="name (and so format, by extension) for text read from -")
    check.add_argument("--jobs", "-j", type=int, default=None, help="processes to lint files in (default: the number of CPUs; a few files always run in one)")
    check.add_argument("--encoding", metavar="NAME", help="decode articles with this encoding (e.g. cp1252 for old archives); default UTF-8, UTF-16 with a BOM")
    check.add_argument("--languagetool", metavar="URL|local|off|auto", help="how to reach LanguageTool for grammar checks (default: auto; also NEWSLINT_LANGUAGETOOL)")

    sub.add_parser("rules", help="list every rule")
    explain = sub.add_parser("explain", help="show a rule's documentation and examples")
    explain.add_argument("rule", help="rule code or name")
    from newslint import audit

    audit.add_parser(sub)
    return parser


def _csv(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _error(message: str) -> None:
    sys.stderr.write(f"newslint: error: {message}\n")


def _collect(paths: list[str]) -> list[str]:
    """Expand folders into their article files (sorted); keep files and - as given. A
    folder that cannot be listed is kept as a path, so reading it reports the reason."""
    found: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path, onerror=lambda exc: found.append(exc.filename)):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    os.path.join(root, name)
                    for name in sorted(files)
                    if Path(name).suffix.lower() in SUFFIXES and not name.startswith(".")
                )
        else:
            found.append(path)
    return found


def _check(args) -> int:
    from newslint.config import ConfigError
    from newslint.finding import FileResult
    from newslint.lint import lint_file
    from newslint.parallel import lint_files
    from newslint.report import render
    from newslint.rule import SEVERITY_RANK

    if args.languagetool:
        os.environ["NEWSLINT_LANGUAGETOOL"] = args.languagetool  # read by the grammar rule
    if args.jobs is None:
        from newslint.parallel import default_jobs

        args.jobs = default_jobs()
    if args.encoding:
        import codecs

        try:
            codecs.lookup(args.encoding)
        except LookupError:
            _error(f"--encoding: unknown encoding {args.encoding!r}")
            return EXIT_ERROR
    if (args.fix or args.diff) and "-" in args.paths:
        _error("--fix and --diff work on files, not on standard input")
        return EXIT_ERROR
    baseline = None
    if args.baseline:
        from newslint import baseline as baselines

        try:
            baseline = baselines.load(Path(args.baseline))
        except ConfigError as exc:
            _error(str(exc))
            return EXIT_ERROR

    def lint_one(path: str) -> FileResult:
        data = sys.stdin.buffer.read() if path == "-" else None
        return lint_file(args.stdin_filename if data is not None else path, args.select, args.ignore,
                         args.encoding, data=data)

    names = _collect(args.paths)
    files = [n for n in names if n != "-"]
    linted = dict(zip(files, lint_files(files, args.jobs, args.select, args.ignore, args.encoding)))
    results: list[FileResult] = [linted[n] if n != "-" else lint_one(n) for n in names]
    if args.fix or args.diff:
        results = [_fix(result, lint_one, write=args.fix) for result in results]
    if args.write_baseline:
        from newslint import baseline as baselines
        from newslint.files import write_atomic

        write_atomic(Path(args.write_baseline), json.dumps(baselines.build(results), indent=1) + "\n")
    if baseline is not None:
        for entry in baselines.apply(baseline, results):
            from newslint.notices import notice

            notice(f"baseline entry no longer matches: {entry['path']}: {entry['rule']} {entry['text']!r}")

    reported = set()
    for result in results:
        for message in ([result.error] if result.error else []) + [f"{result.path}: {c}" for c in result.crashes]:
            if message not in reported:  # a bad config is said once, not once per file
                reported.add(message)
                _error(message)

    fmt = args.format or ("rich" if sys.stdout.isatty() and not args.output else "text")
    if args.output:
        write_report(Path(args.output), fmt, results)
    else:
        render(fmt, results, sys.stdout)
    from newslint.notices import take

    for message in take():
        sys.stderr.write(f"newslint: note: {message}\n")

    if any(r.error or r.crashes for r in results):
        return EXIT_ERROR
    fail_on = args.fail_on or _configured_fail_on() or "warning"
    threshold = SEVERITY_RANK[fail_on]
    failed = any(SEVERITY_RANK[f.severity] >= threshold for r in results for f in r.findings)
    return EXIT_FINDINGS if failed else EXIT_CLEAN


def _fix(result, lint_one, write: bool):
    """Apply a file's safe fixes (or show them) and lint it again."""
    from newslint.files import write_atomic
    from newslint.fix import apply_fixes, unified_diff

    if result.error or not result.findings:
        return result
    fixed, applied = apply_fixes(result.text, result.findings)
    if not applied:
        return result
    if not write:
        sys.stdout.write(unified_diff(result.path, result.text, fixed))
        return result
    path = Path(result.path)
    original = path.read_bytes()
    encoding = "utf-8-sig" if original.startswith(b"\xef\xbb\xbf") else "utf-8"
    write_atomic(path, fixed, encoding)
    sys.stderr.write(f"newslint: fixed {applied} finding(s) in {result.path}\n")
    return lint_one(result.path)


def write_report(path: Path, fmt: str, results) -> None:
    """Write a report file atomically: a reader never sees half of one."""
    import io
    import tempfile

    from newslint.report import render

    buffer = io.StringIO()
    render(fmt, results, buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(buffer.getvalue())
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def _configured_fail_on() -> str | None:
    from newslint.config import find_config

    try:
        return find_config(Path.cwd()).fail_on
    except Exception:
        return None  # a broken config was already reported per file


def _registry():
    from newslint.config import find_config

    return find_config(Path.cwd()).registry


def _rules(args) -> int:
    registry = _registry()
    rules = sorted(registry.rules, key=lambda rule: rule.code)
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table("code", "name", "category", "severity", "pack", "summary")
        for rule in rules:
            pack = rule.pack + ("" if registry.default_on(rule) else " (opt-in)")
            table.add_row(rule.code, rule.name, rule.category, rule.severity, pack, rule.summary)
        Console().print(table)
    else:
        for rule in rules:
            print("\t".join((rule.code, rule.name, rule.category, rule.severity, rule.pack, rule.summary)))
    return EXIT_CLEAN


def _explain(args) -> int:
    from newslint.rule import mark

    registry = _registry()
    rule = registry.find(args.rule) or registry.find(args.rule.upper())
    if rule is None:
        from newslint.packs import did_you_mean

        known = [k for r in registry.rules for k in (r.code, r.name)]
        _error(f"unknown rule {args.rule!r}{did_you_mean(args.rule, known)}")
        return EXIT_ERROR
    out = [
        f"{rule.code} {rule.name}",
        f"category: {rule.category}   severity: {rule.severity}   pack: {rule.pack}",
        "",
        rule.summary,
        "",
        "Why",
        *("  " + line for line in rule.why.splitlines()),
    ]
    if rule.options:
        out += ["", "Options (set under [tool.newslint.rules." + rule.code + "])"]
        out += [f"  {key} = {value!r}" for key, value in rule.options.items()]
    for label, bad in (("Flagged (the [[marked]] text is reported)", True), ("Not flagged", False)):
        out += ["", label]
        for example in (e for e in rule.examples if e.bad == bad):
            shown = mark(example.text, example.spans) if bad else example.text
            out += ["  " + line for line in shown.splitlines()] + [""]
    print("\n".join(out).rstrip())
    return EXIT_CLEAN


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from newslint.config import ConfigError
    from newslint.packs import PackError

    try:
        if args.command == "audit":
            from newslint import audit

            return audit.run(args)
        return {"check": _check, "rules": _rules, "explain": _explain}[args.command](args)
    except (ConfigError, PackError) as exc:
        _error(str(exc))
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
