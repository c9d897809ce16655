"""Scraped junk as real extractors leave it: ../shared/realpages through trafilatura,
readability-lxml and goose3, every extracted line aligned with the page's reviewed
article text, and newslint's junk, scaffolding and placeholder findings scored on them.

    pip install trafilatura readability-lxml goose3 'lxml[html_clean]'   # bench only
    python bench/realpages.py                 # the seen two thirds of the pages
    python bench/realpages.py --unseen        # the third kept aside (report it at the end)
    python bench/realpages.py dump FILE       # residue lines to label, with their keys
    python bench/realpages.py --pages DIR --labels FILE   # another set of pages, all scored
    python bench/realpages.py --pages DIR --labels FILE --seen|--unseen   # its two parts

A second set, labelled the same way and scored the same way: newspaper4k's own test pages
(bench/newspaper4k_pages.py builds DIR from its source distribution; their labels are in
bench/newspaper4k-labels.tsv). Such a set has no part kept aside: it is scored whole.

Each extraction is linted as a newsroom stores a scraped story: the page's headline (the
reviewed text's first line), then the extracted lines; an extracted copy of the headline
is a second headline, and counts as junk. A line is body when the article text holds it (its words, in order); the rest is residue.
The article text was itself made by an extractor and keeps some furniture ("SIGN UP FOR
OUR NEWSLETTER", "Continue reading the main story"): those lines of it were labelled junk
too, and count as junk wherever an extractor leaves them. Labels are in
bench/realpages-labels.tsv, by page and by a key made from the line (a hash: the data
file holds no text of the pages): `junk`, what an editor
deletes (share bars, teasers, comment threads, sign-up prompts, site footers), or `legit`,
what belongs with the story though the reviewed text left it out (captions, bylines,
datelines, subheads, a table's cells); a set whose pages come without article text labels
its body lines `body` too. Prints, per extractor, junk recall, legitimate
lines flagged and body lines flagged.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE.parents[1] / "shared" / "realpages"
LABELS = HERE / "realpages-labels.tsv"
EXTRACTORS = ("trafilatura", "readability", "goose3")
FAMILIES = {"junk", "scaffolding", "placeholder"}


def unseen(page: str) -> bool:
    """The third of the pages kept aside: fixed by the page's name, not by its content."""
    return zlib.crc32(page.encode()) % 3 == 0


def extract(name: str, html: str) -> str:
    if name == "trafilatura":
        import trafilatura

        return trafilatura.extract(html, include_comments=True, include_tables=True) or ""
    if name == "readability":
        import lxml.html
        from readability import Document

        summary = Document(html).summary(html_partial=True)
        root = lxml.html.fromstring(summary)
        for block in root.iter("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "figcaption", "pre"):
            block.tail = "\n" + (block.tail or "")
        return re.sub(r"\n\s*\n+", "\n\n", root.text_content()).strip()
    if name == "goose3":
        from goose3 import Goose

        with Goose({"enable_image_fetching": False, "http_timeout": 0.01}) as goose:
            return goose.extract(raw_html=html).cleaned_text or ""
    raise ValueError(name)


def normal(text: str) -> str:
    """Words only, lower-cased: what alignment compares."""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.findall(r"\w+", text))


def key(line: str) -> str:
    return hashlib.sha1(normal(line).encode()).hexdigest()[:12]


def article_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _grams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def aligned(lines: list[str], gold: str) -> list[bool]:
    """Whether each line is body: the gold text holds its words in order, or nearly all
    its three-word runs (markup the reviewed text kept differently). A short line is body
    when it is a whole gold line or, with a neighbour, part of a gold sentence (an
    extractor that broke a paragraph at a link)."""
    gold_lines = {normal(line) for line in gold.splitlines()}
    joined = " " + " ".join(normal(line) for line in gold.splitlines()) + " "
    gold_grams = _grams(joined.split())
    words = [normal(line) for line in lines]
    found = []
    for index, line in enumerate(words):
        if not line:
            found.append(False)  # punctuation only: residue (a separator, a bullet)
        elif len(line.split()) < 4:
            before = words[index - 1] if index else ""
            after = words[index + 1] if index + 1 < len(words) else ""
            found.append(line in gold_lines or any(
                f" {joined_pair} " in joined for joined_pair in (f"{before} {line}", f"{line} {after}")
                if len(joined_pair.split()) >= 4))
        elif f" {line} " in joined:
            found.append(True)
        else:
            grams = _grams(line.split())
            found.append(bool(grams) and len(grams & gold_grams) >= 0.8 * len(grams))
    return found


def read_labels(path: Path | None = None) -> dict[tuple[str, str], str]:
    labels, path = {}, path or LABELS
    if path.exists():
        for row in path.read_text(encoding="utf-8").splitlines():
            if row and not row.startswith("#"):
                page, line_key, label = row.split("\t")[:3]
                labels[page, line_key] = label
    return labels


def pages(which: str):
    for folder in sorted(p for p in PAGES.iterdir() if (p / "source.html").exists()):
        if which in ("all", "every") or (which == "unseen") == unseen(folder.name):
            html = (folder / "source.html").read_bytes().decode("utf-8", "replace")
            yield folder.name, html, (folder / "gold.txt").read_text(encoding="utf-8")


def flagged_lines(text: str) -> set[int]:
    """Indexes (into the body's lines: the headline is not one) of the lines a junk,
    scaffolding or placeholder finding touches."""
    from newslint.engine.lint import lint_text

    findings = [f for f in lint_text(text, "page.txt", ignore=["GR001"]) if f.category in FAMILIES]
    kept, line_of = [], {}
    for number, raw in enumerate(text.splitlines(), 1):
        if raw.strip():
            line_of[number] = len(kept)
            kept.append(raw)
    hit = set()
    for finding in findings:
        for number in range(finding.line, finding.end_line + 1):
            if number in line_of and line_of[number] > 0:
                hit.add(line_of[number] - 1)
    return hit


def extracted(which: str):
    for page, html, gold in pages(which):
        for name in EXTRACTORS:
            try:
                text = extract(name, html)
            except Exception as exc:  # noqa: BLE001 - an extractor that fails on a page extracts nothing
                print(f"{page}: {name} failed: {type(exc).__name__}", file=sys.stderr)
                continue
            lines = article_lines(text)
            # Stored as a newsroom stores a scraped story: the page's headline, then the body.
            headline = article_lines(gold)[0]
            yield page, name, headline, "\n\n".join([headline, *lines]), lines, aligned(lines, gold)


def dump(out: Path) -> None:
    """Every residue line once per page, with its key and where it sat, for labelling."""
    rows, seen = [], set()
    for page, name, _, _, lines, body in extracted("all"):
        for index, (line, is_body) in enumerate(zip(lines, body)):
            if not is_body and (page, key(line)) not in seen:
                seen.add((page, key(line)))
                rows.append({"page": page, "key": key(line), "extractor": name, "index": index,
                             "of": len(lines), "before": lines[index - 1][:120] if index else "",
                             "line": line[:600], "after": lines[index + 1][:120] if index + 1 < len(lines) else ""})
    out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} residue lines from {len({r['page'] for r in rows})} pages -> {out}")


def score(which: str, labels_path: Path | None = None) -> None:
    labels = read_labels(labels_path)
    totals = {name: dict.fromkeys(("junk", "junk_hit", "legit", "legit_hit", "body", "body_hit", "unlabelled"), 0)
              for name in EXTRACTORS}
    pages_with_junk = {name: set() for name in EXTRACTORS}
    for page, name, headline, text, lines, body in extracted(which):
        hit = flagged_lines(text)
        t = totals[name]
        for index, (line, is_body) in enumerate(zip(lines, body)):
            # The extractor's own copy of the headline repeats the one stored above it.
            label = "junk" if normal(line) == normal(headline) else labels.get((page, key(line)))
            if (is_body or label == "body") and label != "junk":
                t["body"] += 1
                t["body_hit"] += index in hit
                continue
            if label is None:
                t["unlabelled"] += 1
                continue
            t[label] += 1
            t[label + "_hit"] += index in hit
            if label == "junk":
                pages_with_junk[name].add(page)
    print(f"{PAGES.name}, {which} pages")
    print(f"  {'extractor':12} {'junk recall':>16} {'legit flagged':>14} {'body flagged':>16} {'junk pages':>10} unlabelled")
    for name, t in totals.items():
        recall = t["junk_hit"] / t["junk"] if t["junk"] else float("nan")
        print(f"  {name:12} {t['junk_hit']:>5}/{t['junk']:<5} {recall:4.2f} {t['legit_hit']:>6}/{t['legit']:<7}"
              f" {t['body_hit']:>6}/{t['body']:<7} {len(pages_with_junk[name]):>8}   {t['unlabelled']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", nargs="?", default="score", choices=("score", "dump"))
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--unseen", action="store_true", help="the third of the pages kept aside")
    parser.add_argument("--seen", action="store_true", help="with --pages: only the two thirds not kept aside")
    parser.add_argument("--pages", type=Path, help="another folder of <page>/source.html and gold.txt, scored whole")
    parser.add_argument("--labels", type=Path, help="the hand labels of --pages")
    args = parser.parse_args()
    global PAGES
    if args.pages:
        PAGES = args.pages
    if args.command == "dump":
        dump(args.out or Path("residue.jsonl"))
    elif args.pages:
        score("unseen" if args.unseen else "seen" if args.seen else "every", args.labels)
    else:
        score("unseen" if args.unseen else "seen")


if __name__ == "__main__":
    main()
