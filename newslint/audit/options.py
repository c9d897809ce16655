"""`newslint audit`'s arguments: all the command line needs until the command is run, so
`newslint check` does not import the audit (archive.py) to build its parser."""

from __future__ import annotations

import argparse

FORMATS = ("auto", "files", "jsonl", "parquet")
DEFAULT_PARTITION_SIZE = 2000


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Add the `audit` subcommand to an argparse subparsers object."""
    audit_parser = subparsers.add_parser(
        "audit",
        help="lint a whole archive (folder, JSON Lines or Parquet) on Dask and summarise it",
        description="Lint a whole archive on a Dask cluster: findings go to a Parquet dataset, "
        "a summary to summary.html and summary.json.",
    )
    audit_parser.add_argument("source", metavar="SOURCE", help="a folder of .txt/.md articles, a JSON Lines file, or a Parquet file or dataset")
    audit_parser.add_argument("--out", "-o", required=True, metavar="DIR", help="folder for findings/, articles/, summary.html and summary.json (only an earlier audit's own files there are replaced)")
    audit_parser.add_argument("--input-format", choices=FORMATS, default="auto", help="what SOURCE is (default: worked out from SOURCE)")
    audit_parser.add_argument("--columns", metavar="FIELD=COLUMN,...", help="source column names for id, headline, body, byline, date, outlet, url (e.g. id=story_id,body=text)")
    audit_parser.add_argument("--config", metavar="FILE", help="newslint.toml (or pyproject.toml) for the whole run (default: the one found from SOURCE's folder)")
    audit_parser.add_argument("--select", type=_csv, help="only these rules: codes, names, categories or packs, comma-separated")
    audit_parser.add_argument("--ignore", type=_csv, default=[], help="skip these rules (codes, names, categories or packs)")
    audit_parser.add_argument("--scheduler", metavar="ADDRESS", help="use the Dask cluster at ADDRESS (e.g. tcp://10.0.0.5:8786) instead of a local one")
    audit_parser.add_argument("--workers", type=int, metavar="N", help="worker processes of the local cluster (default: one per core)")
    audit_parser.add_argument("--partition-size", type=int, default=DEFAULT_PARTITION_SIZE, metavar="N", help=f"most articles a worker holds at once (default: {DEFAULT_PARTITION_SIZE})")
    audit_parser.add_argument("--encoding", metavar="NAME", help="decode article files with this encoding (default UTF-8, UTF-16 with a BOM)")
    audit_parser.add_argument("--languagetool", default="off", metavar="URL|local|off|auto", help="grammar checks in the workers (default: off)")
    audit_parser.add_argument("--top", type=int, default=20, metavar="N", help="articles listed in the summary's most-errors table (default: 20)")
    audit_parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary on standard output")
    audit_parser.set_defaults(func=run)
    return audit_parser


def _csv(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def run(args) -> int:
    """`newslint audit`: the implementation is looked up only now, so that building the
    command line does not import the audit."""
    import importlib

    return importlib.import_module("newslint.audit.archive").run(args)
