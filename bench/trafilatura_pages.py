"""Build a third set of real pages for bench/realpages.py from trafilatura 0.9.3's test cache.

    pip download --no-deps --no-binary :all: trafilatura==0.9.3 -d /tmp/dl
    python bench/trafilatura_pages.py /tmp/dl/trafilatura-0.9.3.tar.gz /tmp/trafpages
    python bench/realpages.py --pages /tmp/trafpages --labels bench/trafilatura-labels.tsv

That source distribution carries real pages as published (tests/cache), most of them German;
the English news and magazine pages of it (DW, Reuters, the Guardian, Salon, Vice, phys.org,
Nature, the Vancouver Sun, The Verge...) are listed below. They come with no article text, so
<out>/<page>/gold.txt holds only the page's title (the headline the story is stored under)
and every extracted line is labelled by hand: `body` as well as `junk` and `legit`. Nothing
of the pages is kept in this repository: only the line keys and labels, in
bench/trafilatura-labels.tsv, labelled by eye before any rule was changed for them.
"""

from __future__ import annotations

import html
import re
import sys
import tarfile
from pathlib import Path

PAGES = (
    "blog.wordpress.com.diverse boingboing.net.millenials dw.com.colonial dw.com.uncork knowtechie.com.rally "
    "luxuriousmagazine.com.polo luxuryhaven.co.hyatt nationalgeographic.co.uk.goats nature.com.telescope "
    "phys.org.tool reuters.com.parasite salon.com.emissions scmp.com.playbook theguardian.com.academics "
    "theplanetarypress.com.forestlands theverge.com.ios13 threatpost.com.android vancouversun.com.microsoft "
    "vice.com.amazon wikimediafoundation.org.turkey womencantalksports.com.top10"
).split()
_TITLE = re.compile(r'<meta[^>]+property="og:title"[^>]+content="([^"]+)"|<title[^>]*>([^<]+)</title>', re.I)


def title(page: str) -> str:
    """The page's title without the site's name after it ("... | DW | 19.01.2020")."""
    match = _TITLE.search(page)
    text = html.unescape((match.group(1) or match.group(2)).strip()) if match else "Untitled"
    text = text.split(" | ")[0]
    head, dash, site = max((text.rpartition(d) for d in (" - ", " – ", " — ", " / ")), key=lambda p: len(p[0]))
    return head if dash and len(site.split()) <= 5 else text


def build(sdist: Path, out: Path) -> int:
    with tarfile.open(sdist) as archive:
        made = 0
        for member in archive.getmembers():
            name = Path(member.name)
            if name.parent.name == "cache" and name.suffix == ".html" and name.stem in PAGES:
                page = archive.extractfile(member).read().decode("utf-8", "replace")
                folder = out / name.stem
                folder.mkdir(parents=True, exist_ok=True)
                (folder / "source.html").write_text(page, encoding="utf-8")
                (folder / "gold.txt").write_text(title(page) + "\n", encoding="utf-8")
                made += 1
    return made


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(f"{build(Path(sys.argv[1]), Path(sys.argv[2]))} pages -> {sys.argv[2]}")
