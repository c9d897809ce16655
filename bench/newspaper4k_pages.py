"""Build a second set of real pages for bench/realpages.py from newspaper4k's own tests.

    pip download --no-deps --no-binary :all: newspaper4k==0.9.6 -d /tmp/dl
    python bench/newspaper4k_pages.py /tmp/dl/newspaper4k-0.9.6.tar.gz /tmp/np4k
    python bench/realpages.py --pages /tmp/np4k --labels bench/newspaper4k-labels.tsv

newspaper4k's source distribution carries real news pages (CNN, TIME, WIRED, Fox 13,
cleveland.com, ONE Esports...) with the article text its maintainers expect
(tests/data/html, txt and metadata). Every English page that has that text becomes
<out>/<page>/source.html and gold.txt (the page's title, then the text), the layout of
../shared/realpages. Nothing of the pages is kept in this repository: only the line keys
and labels of their residue, in bench/newspaper4k-labels.tsv, labelled by eye before any
rule was changed for them.
"""

from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path

DATA = "tests/data"


def build(sdist: Path, out: Path) -> int:
    with tarfile.open(sdist) as archive:
        members = {Path(m.name).relative_to(Path(m.name).parts[0]).as_posix(): m for m in archive.getmembers() if m.isfile()}

        def read(path: str) -> str | None:
            member = members.get(path)
            return archive.extractfile(member).read().decode("utf-8", "replace") if member else None

        made = 0
        for path in sorted(members):
            if not (path.startswith(f"{DATA}/html/") and path.endswith(".html")):
                continue
            page = Path(path).stem
            text, meta = read(f"{DATA}/txt/{page}.txt"), read(f"{DATA}/metadata/{page}.json")
            if not text or not text.strip() or meta is None:
                continue
            meta = json.loads(meta)
            if (meta.get("language") or meta.get("meta_lang")) != "en" or not meta.get("title"):
                continue
            folder = out / page
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "source.html").write_text(read(path), encoding="utf-8")
            (folder / "gold.txt").write_text(f"{meta['title'].strip()}\n\n{text.strip()}\n", encoding="utf-8")
            made += 1
    return made


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(f"{build(Path(sys.argv[1]), Path(sys.argv[2]))} pages -> {sys.argv[2]}")
