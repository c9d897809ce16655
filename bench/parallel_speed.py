"""Speed-up of `--jobs 2` over `--jobs 1` on a folder (../shared/corpus by default).

    python bench/parallel_speed.py [FOLDER] [--runs 3]

Runs `newslint check FOLDER` with grammar off, best of --runs for each setting, and checks
that both print the same report.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    command = shutil.which("newslint") or str(Path(sys.executable).with_name("newslint"))
    env = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}
    outputs, best = {}, {}
    for jobs in (1, 2):
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            done = subprocess.run([command, "check", str(args.folder), "--format", "text", "--jobs", str(jobs)],
                                  env=env, capture_output=True)
            times.append(time.perf_counter() - started)
            outputs[jobs] = done.stdout
        best[jobs] = min(times)
        print(f"--jobs {jobs}: {best[jobs]:.2f} s (best of {args.runs})")
    print(f"speed-up: {best[1] / best[2]:.2f}x; same output: {outputs[1] == outputs[2]}")


if __name__ == "__main__":
    main()
