"""The engine's redesign must not change what newslint reports: the findings on the BBC
corpus and the examples are compared with the image the previous engine wrote
(tests/golden/, made by bench/golden.py; it holds no article text)."""

from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import CORPUS, EXAMPLES, ROOT, SCRAPED, need_shared

_spec = importlib.util.spec_from_file_location("golden", ROOT / "bench" / "golden.py")
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)


@pytest.mark.parametrize(
    "folder, image",
    [(CORPUS, "corpus.json"), (EXAMPLES, "examples.json"), (SCRAPED.parent, "shared-examples.json")],
    ids=["bbc-corpus", "examples", "shared-examples"],
)
def test_findings_match_the_golden_image(folder, image):
    need_shared(folder)
    expected = json.loads((ROOT / "tests" / "golden" / image).read_text(encoding="utf-8"))
    actual = golden.image(golden.newslint_json(folder), folder)
    changed = golden.differences(expected, actual)
    assert not changed, f"{len(changed)} files' findings changed:\n" + "\n".join(changed[:20])
    assert sum(map(len, actual.values())) > 10  # the image is of real findings, not an empty run
