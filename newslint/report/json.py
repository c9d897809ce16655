"""JSON output, version 1 (DESIGN.md). Other tools read it: only ever add fields."""

from __future__ import annotations

import json

from newslint.report import summary


def render(results, stream, registry=None) -> None:
    document = {
        "version": 1,
        "files": [
            {
                "path": r.path,
                "findings": [f.to_json() for f in r.findings],
                **({"error": r.error} if r.error else {}),
                **({"internal_errors": r.crashes} if r.crashes else {}),
            }
            for r in results
        ],
        "summary": summary(results),
    }
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
