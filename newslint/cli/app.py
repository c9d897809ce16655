"""The `newslint` command: check | rules | explain.

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 a usage,
configuration or input error (one line on stderr names the file and the reason).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from newslint.files import ARTICLE_SUFFIXES, article_paths
from newslint.report import FORMATS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    from newslint import __version__

    parser = argparse.ArgumentParser(prog="newslint", description="Editorial quality linter for news copy.")
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
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
    from newslint.audit.options import add_parser

    add_parser(sub)
    return parser


def _csv(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _error(message: str) -> None:
    from newslint.report.terminal import safe_for_terminal

    sys.stderr.write(f"newslint: error: {safe_for_terminal(message)}\n")


def _note(message: str) -> None:
    from newslint.report.terminal import safe_for_terminal

    sys.stderr.write(f"newslint: note: {safe_for_terminal(message)}\n")


def _unique(names: list[str]) -> list[str]:
    """Each file once, however it was reached (named twice, a folder and a file in it, a
    symlink beside its target): linting or fixing it twice would report a false change."""
    seen, kept = set(), []
    for name in names:
        try:
            info = os.stat(name) if name != "-" else None
        except OSError:
            info = None  # reading it will say what is wrong
        key = (info.st_dev, info.st_ino) if info else name
        if key not in seen:
            seen.add(key)
            kept.append(name)
    return kept


def _give_up(what: str) -> None:
    """time_limit's last resort in the CLI: a rule that will not stop ends the run."""
    _error(f"{what} ran out of time and would not stop; the run was ended")
    sys.stderr.flush()
    os._exit(EXIT_ERROR)


def _check(args) -> int:
    from newslint.engine import time_limit
    from newslint.engine.lint import lint_file
    from newslint.engine.parallel import lint_files
    from newslint.errors import ConfigError
    from newslint.model.finding import FileResult
    from newslint.report import render
    from newslint.rules.rule import SEVERITY_RANK

    time_limit.last_resort = _give_up
    if args.languagetool:
        os.environ["NEWSLINT_LANGUAGETOOL"] = args.languagetool  # read by the grammar rule
    if args.jobs is None:
        from newslint.engine.parallel import default_jobs

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
        from newslint.engine import baseline as baselines

        try:
            baseline = baselines.load(Path(args.baseline))
        except ConfigError as exc:
            _error(str(exc))
            return EXIT_ERROR

    failures: list[str] = []  # what newslint could not do (write a report, fix a file): exit 2

    def lint_one(path: str) -> FileResult:
        data = sys.stdin.buffer.read() if path == "-" else None
        return lint_file(args.stdin_filename if data is not None else path, args.select, args.ignore,
                         args.encoding, data=data)

    empty: list[str] = []
    names = _unique(article_paths(args.paths, empty))
    for folder in empty:  # a typo'd folder or one of .html files must not pass as clean
        failures.append(f"{folder}: no articles to lint (looked for {', '.join(sorted(ARTICLE_SUFFIXES))} files)")
    files = [n for n in names if n != "-"]
    protect = files + ([args.stdin_filename] if "-" in names else [])  # never written over by a report
    linted = dict(zip(files, lint_files(files, args.jobs, args.select, args.ignore, args.encoding)))
    results: list[FileResult] = [linted[n] if n != "-" else lint_one(n) for n in names]
    batch = len(results) >= 3  # lines a source repeats across its articles (engine/boilerplate.py)
    if batch:
        from newslint.engine.boilerplate import add_boilerplate

        add_boilerplate(results, args.select, args.ignore)
    if args.fix or args.diff:
        results = [_fix(result, args, lint_one, failures) for result in results]
        if batch and args.fix:
            add_boilerplate(results, args.select, args.ignore)  # the fixed files, linted again one by one
    if args.write_baseline:
        from newslint.engine import baseline as baselines
        from newslint.files import WriteError, write_output

        try:
            import json

            write_output(Path(args.write_baseline), json.dumps(baselines.build(results, Path(args.write_baseline).parent), indent=1) + "\n", protect)
        except WriteError as exc:
            failures.append(f"--write-baseline: {exc}")
    if baseline is not None:
        for entry in baselines.apply(baseline, results, Path(args.baseline).parent):
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
        from newslint.files import WriteError

        try:
            write_report(Path(args.output), fmt, results, protect=protect)
        except WriteError as exc:
            failures.append(f"--output: {exc}")
    else:
        try:
            render(fmt, results, sys.stdout, _used_registry(fmt))
            sys.stdout.flush()
        except BrokenPipeError:  # `newslint check news/ | head`: the exit code still tells
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
    from newslint.notices import take

    for message in take():
        _note(message)
    for message in failures:
        _error(message)

    if failures or any(r.error or r.crashes for r in results):
        return EXIT_ERROR
    fail_on = args.fail_on or _configured_fail_on() or "warning"
    threshold = SEVERITY_RANK[fail_on]
    failed = any(SEVERITY_RANK[f.severity] >= threshold for r in results for f in r.findings)
    return EXIT_FINDINGS if failed else EXIT_CLEAN


def _fix(result, args, lint_one, failures: list[str]):
    """Apply a file's safe fixes until none is left (or show them as a diff), write the
    file back in its own encoding, and lint it again. A file that cannot be fixed safely
    is left as it is and said in failures."""
    from newslint.engine.fix import fix_fully, unified_diff
    from newslint.engine.lint import lint_file
    from newslint.errors import InputError
    from newslint.files import WriteError, rewrite
    from newslint.readers import decode, detect_encoding

    if result.error or not result.findings:
        return result

    def relint(text: str):
        again = lint_file(result.path, args.select, args.ignore, "utf-8", data=text.encode("utf-8", "surrogatepass"))
        return None if again.error else again.findings

    fixed, applied = fix_fully(result.text, result.findings, relint)
    if not applied:
        return result
    if args.diff:
        sys.stdout.write(unified_diff(result.path, result.text, fixed))
        return result
    path = Path(result.path)
    try:
        original = path.read_bytes()
        codec, bom = detect_encoding(original, args.encoding)
        if decode(original, args.encoding) != result.text:
            raise WriteError(f"{path}: changed since newslint read it; not fixed (run again)")
        rewrite(path, original, bom + fixed.encode(codec))
    except UnicodeEncodeError as exc:
        failures.append(f"{path}: not fixed: the fix needs {exc.object[exc.start]!r}, which {codec} cannot hold")
        return result
    except (OSError, InputError) as exc:  # WriteError is an OSError
        failures.append(str(exc) if isinstance(exc, WriteError) else f"{path}: not fixed ({exc})")
        return result
    from newslint.report.terminal import safe_for_terminal

    sys.stderr.write(f"newslint: fixed {applied} finding(s) in {safe_for_terminal(result.path)}\n")
    return lint_one(result.path)


def write_report(path: Path, fmt: str, results, protect=()) -> None:
    """Write a report file through the one writer: atomic, never over an article being
    linted, streamed into a device or pipe. Raises WriteError."""
    import io

    from newslint.files import write_output
    from newslint.report import render

    buffer = io.StringIO()
    render(fmt, results, buffer, _used_registry(fmt))
    write_output(path, buffer.getvalue(), protect)


def _configured_fail_on() -> str | None:
    from newslint.engine.config import find_config

    try:
        return find_config(Path.cwd()).fail_on
    except Exception:
        return None  # a broken config was already reported per file


def _used_registry(fmt: str):
    """The rules of the config found from here, for the formats that describe rules (a
    house pack's rules then come with their own docs); None for the others."""
    return _registry() if fmt == "sarif" else None


def _registry():
    from newslint.engine.config import find_config

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
    from newslint.rules.rule import mark

    registry = _registry()
    rule = registry.find(args.rule) or registry.find(args.rule.upper())
    if rule is None:
        from newslint.errors import did_you_mean

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
    from newslint.errors import ConfigError, PackError

    try:
        if args.command == "audit":
            from newslint.audit import archive as audit

            return audit.run(args)
        return {"check": _check, "rules": _rules, "explain": _explain}[args.command](args)
    except (ConfigError, PackError) as exc:
        _error(str(exc))
        return EXIT_ERROR
    except BrokenPipeError:  # `newslint rules | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_CLEAN
    except KeyboardInterrupt:
        sys.stderr.write("newslint: interrupted\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
