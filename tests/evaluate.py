"""Precision and recall of rules on the labelled sets in tests/labelled/.

    python tests/evaluate.py tests/labelled/casualty_attribution.yaml
    python tests/evaluate.py tests/labelled/consistency.yaml

A case is an article (or body paragraphs) with the findings it must produce, each given as
a rule name and a substring of the text the finding must overlap. A finding of an evaluated
rule that overlaps no expected span is a false positive.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newslint.engine.config import Config
from newslint.engine.run import run_rule
from newslint.readers import read_text
from newslint.readers.plaintext import parse_plaintext


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)  # (case id, kind, text)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _expected(case: dict) -> list[tuple[str, str, int]]:
    if "flagged" in case:  # the casualty set's shorthand
        return [("unattributed-casualties", text, 1) for text in case["flagged"]]
    return [(e["rule"], e["text"], e.get("occurrence", 1)) for e in case.get("expect", [])]


def _span(text: str, needle: str, occurrence: int, case_id: str) -> tuple[int, int]:
    index = -1
    for _ in range(occurrence):
        index = text.find(needle, index + 1)
        if index < 0:
            raise ValueError(f"{case_id}: expected text {needle!r} (occurrence {occurrence}) not in the case")
    return index, index + len(needle)


def _document(case: dict):
    text = case["text"]
    if case.get("article", True) is False:
        return parse_plaintext(text, f"{case['id']}.txt", has_headline=False)
    fmt = case.get("format", "txt")
    return read_text(text, f"{case['id']}.{fmt}", fmt)


def evaluate(path: Path, rule_names: list[str] | None = None) -> dict[str, Score]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    registry = Config().registry
    expected_names = {name for case in cases for name, _, _ in _expected(case)}
    names = rule_names or sorted(expected_names | {c.get("check") for c in cases if c.get("check")})
    rules = [registry.find(name) for name in names]
    missing = [n for n, r in zip(names, rules) if r is None]
    if missing:
        raise SystemExit(f"no such rule: {', '.join(missing)}")
    scores = defaultdict(Score)
    for case in cases:
        doc = _document(case)
        expected = defaultdict(list)
        for name, needle, occurrence in _expected(case):
            expected[name].append(_span(case["text"], needle, occurrence, case["id"]))
        for rule in rules:
            found = [(f.start, f.end) for f in run_rule(rule, doc)]
            score = scores[rule.name]
            wanted = expected.get(rule.name, [])
            for a, b in wanted:
                if any(s < b and a < e for s, e in found):
                    score.tp += 1
                else:
                    score.fn += 1
                    score.misses.append((case["id"], "missed", case["text"][a:b]))
            for s, e in found:
                if not any(s < b and a < e for a, b in wanted):
                    score.fp += 1
                    score.misses.append((case["id"], "false alarm", case["text"][s:e]))
    return dict(scores)


def main() -> None:
    path = Path(sys.argv[1])
    scores = evaluate(path, sys.argv[2:] or None)
    cases = len(yaml.safe_load(path.read_text(encoding="utf-8")))
    print(f"{path} ({cases} cases)")
    print(f"{'rule':32} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7}")
    total = Score()
    for name, s in sorted(scores.items()):
        print(f"{name:32} {s.tp:4} {s.fp:4} {s.fn:4} {s.precision:9.3f} {s.recall:7.3f}")
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
    print(f"{'all':32} {total.tp:4} {total.fp:4} {total.fn:4} {total.precision:9.3f} {total.recall:7.3f}")
    for name, s in sorted(scores.items()):
        for case_id, kind, text in s.misses:
            print(f"  {name}: {kind} in {case_id}: {text!r}")


if __name__ == "__main__":
    main()
