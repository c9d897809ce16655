"""Scraped furniture on blind sets of site templates: pages written by reviewers who had not
read the rules, each a story with its site's furniture where the site puts it, and clean
stories full of furniture-like shapes, scored on newslint's junk, scaffolding and
placeholder findings.

    python bench/blind_furniture.py bench/blind-furniture/a            # the part looked at
    python bench/blind_furniture.py bench/blind-furniture/a --unseen   # the part kept aside
    python bench/blind_furniture.py bench/blind-furniture/a --list     # misses and false alarms (seen part only)

A set is a folder of pos/NN.txt (stories with furniture), neg/NN.txt (clean stories) and
labels.tsv (file, line number, the line's text: every furniture line of pos/). The last
third of each folder's files, by number, is kept aside: it is scored at the end of a
session, from totals only, and never listed. The stories are invented (their people too);
the furniture imitates the wording of real sites' templates.

Prints furniture recall on pos/, the unlabelled lines of pos/ that a finding touches, and
the lines of neg/ that a finding touches.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FAMILIES = {"junk", "scaffolding", "placeholder"}


def kept_aside(folder: Path, kind: str) -> set[str]:
    """The last third of pos/ or neg/ by file number."""
    names = sorted(p.name for p in (folder / kind).glob("*.txt"))
    return set(names[len(names) - len(names) // 3 :])


def labels(folder: Path) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for row in (folder / "labels.tsv").read_text(encoding="utf-8").splitlines():
        cells = row.split("\t")
        if len(cells) >= 3 and cells[1].isdigit():
            found.setdefault(cells[0], set()).add(int(cells[1]))
    return found


def touched(text: str, name: str) -> dict[int, str]:
    """Line number -> rule, for the non-blank lines a junk, scaffolding or placeholder finding covers."""
    from newslint.engine.lint import lint_text

    lines = text.split("\n")
    hit = {}
    for finding in lint_text(text, name, ignore=["GR001"]):
        if finding.category in FAMILIES:
            for number in range(finding.line, finding.end_line + 1):
                if number <= len(lines) and lines[number - 1].strip():
                    hit.setdefault(number, finding.rule)
    return hit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--unseen", action="store_true", help="the third kept aside (totals only)")
    parser.add_argument("--list", action="store_true", help="list misses and false alarms (seen part only)")
    args = parser.parse_args()
    if args.unseen and args.list:
        sys.exit("the part kept aside is scored from totals only")
    junk_of = labels(args.folder)
    totals = dict.fromkeys(("junk", "found", "extra", "clean_lines", "clean_files"), 0)
    for kind in ("pos", "neg"):
        aside = kept_aside(args.folder, kind)
        for path in sorted((args.folder / kind).glob("*.txt")):
            if (path.name in aside) != args.unseen:
                continue
            name = f"{kind}/{path.name}"
            text = path.read_text(encoding="utf-8")
            hit, lines = touched(text, name), text.split("\n")
            if kind == "pos":
                junk = junk_of.get(name, set())
                totals["junk"] += len(junk)
                totals["found"] += len(junk & hit.keys())
                extra = {n: rule for n, rule in hit.items() if n not in junk}
                totals["extra"] += len(extra)
                if args.list:
                    for number in sorted(junk - hit.keys()):
                        print(f"missed     {name}:{number}: {lines[number - 1][:120]}")
                    for number, rule in sorted(extra.items()):
                        print(f"unlabelled {name}:{number} {rule}: {lines[number - 1][:120]}")
            else:
                totals["clean_lines"] += len(hit)
                totals["clean_files"] += bool(hit)
                if args.list:
                    for number, rule in sorted(hit.items()):
                        print(f"clean      {name}:{number} {rule}: {lines[number - 1][:120]}")
    part = "kept aside" if args.unseen else "looked at"
    recall = totals["found"] / totals["junk"] if totals["junk"] else float("nan")
    print(f"{args.folder.name} ({part}): furniture recall {totals['found']}/{totals['junk']} = {recall:.2f}; "
          f"unlabelled lines flagged {totals['extra']}; clean lines flagged {totals['clean_lines']} "
          f"in {totals['clean_files']} files")


if __name__ == "__main__":
    main()
