"""Wall time of a pre-commit style run: `newslint check` on three short articles,
interpreter start-up included.

    python bench/precommit_time.py [--runs 20] [--select placeholder,scaffolding,junk] [FILES...]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [
    ROOT / "examples" / "council-budget-clean.txt",
    ROOT / "examples" / "draft-with-placeholders.txt",
    ROOT / "examples" / "wire-syndicated.txt",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--select", help="rules, categories or packs (default: newslint's default set)")
    args = parser.parse_args()
    command = shutil.which("newslint") or str(Path(sys.executable).with_name("newslint"))
    argv = [command, "check", *map(str, args.files)] + (["--select", args.select] if args.select else [])
    subprocess.run(argv, capture_output=True)  # warm the file cache
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True)
        times.append(time.perf_counter() - start)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in args.files)
    print(f"files: {len(args.files)} ({words} words), runs: {args.runs}")
    print(f"wall time: median {statistics.median(times):.3f} s, min {min(times):.3f} s, max {max(times):.3f} s")


if __name__ == "__main__":
    main()
