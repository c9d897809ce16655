"""newslint against proselint, the prose linter newsrooms know, on the same files in the
same run: a folder run and a pre-commit call, the two tools alternating so both see the
same machine load.

    pip install proselint            # into the bench environment, from PyPI
    python bench/vs_proselint.py [../shared/corpus] [--rounds 3] [--calls 15]

Folder run: every article of the folder, named on the command line, newslint with
`--jobs 1` and `--jobs 2` and proselint (one process). Pre-commit call: five articles, every
default rule, interpreter start-up included. Prints medians, throughput ratios and the peak
memory of the largest newslint process.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def tool(name: str, given: str | None) -> str:
    found = given or shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install it into this environment or pass --{name}")
    return found


def timed(argv: list[str]) -> float:
    env = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}
    started = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"{argv[0]} exited {done.returncode}: {done.stderr.decode()[-400:]}")
    return elapsed


def paired(commands: dict[str, list[str]], rounds: int) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in commands}
    for argv in commands.values():
        timed(argv)  # warm the file cache and the newslint cache
    for _ in range(rounds):
        for name, argv in commands.items():
            times[name].append(timed(argv))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--rounds", type=int, default=3, help="folder runs of each tool")
    parser.add_argument("--calls", type=int, default=15, help="pre-commit calls of each tool")
    parser.add_argument("--newslint")
    parser.add_argument("--proselint")
    args = parser.parse_args()
    newslint, proselint = tool("newslint", args.newslint), tool("proselint", args.proselint)
    files = sorted(str(p) for p in args.folder.rglob("*.txt"))
    words = sum(len(Path(p).read_bytes().split()) for p in files)

    folder = paired({
        "newslint --jobs 1": [newslint, "check", "--jobs", "1", *files],
        "newslint --jobs 2": [newslint, "check", "--jobs", "2", *files],
        "proselint": [proselint, "check", *files],
    }, args.rounds)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"folder run: {len(files)} articles, {words:,} words, median of {args.rounds}")
    for name, seconds in folder.items():
        print(f"  {name:18} {seconds:7.2f} s  {words / seconds:>10,.0f} words/s")
    for name in ("newslint --jobs 1", "newslint --jobs 2"):
        print(f"  {name} throughput: {folder['proselint'] / folder[name]:.1f} x proselint's")
    print(f"  --jobs 2 / --jobs 1: {folder['newslint --jobs 1'] / folder['newslint --jobs 2']:.2f} x")
    print(f"  peak memory of one process (max RSS): {peak:.0f} MB")

    five = files[:: max(1, len(files) // 5)][:5]
    call = paired({"newslint": [newslint, "check", *five], "proselint": [proselint, "check", *five]}, args.calls)
    print(f"pre-commit call: {len(five)} articles, median of {args.calls} paired calls")
    print(f"  newslint {call['newslint']:.3f} s, proselint {call['proselint']:.3f} s: "
          f"{call['newslint'] / call['proselint']:.2f} x proselint's time")


if __name__ == "__main__":
    main()
