"""Lint speed over a folder of real-sized articles.

    python bench/lint_speed.py ../shared/corpus [--select placeholder,scaffolding,junk]

Reads every article first (reading is not linting), then lints them all in this one
process (one core) with no report, and prints articles/s, words/s and peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from newslint.engine.config import Config, resolve
from newslint.engine.run import lint_document
from newslint.files import ARTICLE_SUFFIXES
from newslint.readers import read_bytes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--select", default=None, help="comma-separated rules, categories or packs")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the folder; the best is kept")
    args = parser.parse_args()

    files = sorted(p for p in args.folder.rglob("*") if p.suffix in ARTICLE_SUFFIXES and p.name != "README.md")
    sources = [(str(p), p.read_bytes()) for p in files]
    words = sum(len(data.split()) for _, data in sources)
    select = args.select.split(",") if args.select else None
    settings = resolve(Config(), "bench.txt", select)

    best = float("inf")
    findings = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        findings = 0
        for name, data in sources:
            findings += len(lint_document(read_bytes(data, name), settings).findings)
        best = min(best, time.perf_counter() - start)

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rules: {len(settings.rules)} ({args.select or 'default selection'})")
    print(f"articles: {len(sources)}, words: {words:,}, findings: {findings}")
    print(f"best of {args.repeat}: {best:.3f} s")
    print(f"articles/s: {len(sources) / best:,.0f}")
    print(f"words/s: {words / best:,.0f}")
    print(f"peak memory (max RSS): {peak_mib:.1f} MiB")


if __name__ == "__main__":
    sys.exit(main())
