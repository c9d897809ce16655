"""How time and memory grow with article size: lint one file of 0.25 MB to 20 MB.

    python bench/size_curve.py [../shared/corpus] [--sizes 0.25,0.5,1,2,5,10,20]

The file is built from real articles (the folder given; their text joined as paragraphs
under one headline), so it has real copy's mix of names, figures and quotes. Each size
runs `newslint check` in a fresh process (grammar off) and reports wall time, MB/s and
peak memory (max RSS of the child). Linear growth shows as a steady MB/s.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def build(folder: Path, size: int) -> str:
    pieces = [p.read_text(encoding="utf-8").split("\n", 1)[-1].strip() for p in sorted(folder.rglob("*.txt"))]
    out, total, i = ["A very long article\n\n"], 0, 0
    while total < size:
        piece = pieces[i % len(pieces)] + "\n\n"
        out.append(piece)
        total += len(piece.encode())
        i += 1
    return "".join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--sizes", default="0.25,0.5,1,2,5,10,20", help="megabytes")
    args = parser.parse_args()
    command = shutil.which("newslint") or str(Path(sys.executable).with_name("newslint"))
    env = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}
    print(f"{'MB':>6} {'seconds':>8} {'MB/s':>6} {'peak RSS MB':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for megabytes in (float(s) for s in args.sizes.split(",")):
            path = Path(tmp) / "article.txt"
            path.write_text(build(args.folder, int(megabytes * 1_000_000)), encoding="utf-8")
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            started = time.perf_counter()
            subprocess.run([command, "check", str(path), "--format", "json", "--output", os.devnull, "-j", "1"],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            seconds = time.perf_counter() - started
            peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            print(f"{megabytes:6.2f} {seconds:8.2f} {megabytes / seconds:6.2f} {peak:12.0f}")


if __name__ == "__main__":
    main()
