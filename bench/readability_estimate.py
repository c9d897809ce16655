"""How far the quick vowel-group estimate of the Flesch-Kincaid grade falls below
textstat's grade, and how many articles it lets reading-grade skip.

    python bench/readability_estimate.py [../shared/corpus]
"""

from __future__ import annotations

import sys
from pathlib import Path

from newslint.checks.reading_grade import ESTIMATE_MARGIN, MIN_WORDS, estimated_grade
from newslint.readability import prose, textstat_module
from newslint.readers import read_path


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "corpus"
    textstat = textstat_module()
    gaps, skipped, scored = [], 0, 0
    for path in sorted(folder.rglob("*.txt")):
        doc = read_path(path)
        body = " ".join(doc.slice(s) for s in prose(doc))
        if len(body.split()) < MIN_WORDS:
            continue
        scored += 1
        estimate = estimated_grade(body, textstat.sentence_count(body))
        gaps.append(textstat.flesch_kincaid_grade(body) - estimate)
        skipped += estimate + ESTIMATE_MARGIN <= 14
    print(f"articles scored: {scored}; largest amount textstat's grade exceeds the estimate: {max(gaps):.2f}")
    print(f"margin {ESTIMATE_MARGIN}: {skipped} articles skipped at the default target of 14")


if __name__ == "__main__":
    main()
