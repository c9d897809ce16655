"""Lint time per megabyte on adversarial articles, from 10 KB to 1 MB: flat when linear.

    python bench/linear_time.py [--sizes 10000,100000,1000000] [--family spaces ...]

Each family is one character or phrase repeated into a long run: the inputs that made
backtracking regexes and rescanning loops blow up (issue 11). Every size of a family is
linted in a fresh process (grammar off) with the default rule set and the AP pack, the run
placed after each of a few trigger contexts in turn ("Tags: ", "Share", a casualty word,
a name; --contexts all for every one), and the time is reported as seconds per MB. The ratio is s/MB at the largest size over s/MB at
the smallest: about 1 when time grows linearly, and as large as the size ratio (100) when
it grows quadratically. tests/test_linear_time.py lints the same articles under a cap.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

# What is repeated: the runs that made a regex or a loop superlinear, and their neighbours.
FAMILIES = {
    "spaces": " ",
    "tabs": "\t",
    "digits": "1",
    "commas": ",",
    "digit-commas": "1,",
    "straight-quotes": '"',
    "single-quotes": "'",
    "curly-quotes": "“”",
    "curly-singles": "‘’",
    "brackets": "[",
    "parens": "(",
    "braces": "{",
    "capitals": "A",
    "capitalised-token": "Ab-",
    "capitalised-words": "Ab ",
    "name-list": "Ab, ",
    "and": "and ",
    "hyphens": "-",
    "bangs": "!",
    "questions": "?",
    "stops": ".",
    "stop-spaces": ". ",
    "casualties": "32 people were killed and 12 injured, ",
    "casualty-word": "kill",
    "figures": "over 1.",
    "quotations": "“one two three four five six” he ",
    "cliches": "sparked fears. ",
    # Short lines that the furniture rules read one by one: headings, commenters, menus.
    "comment-lines": "\n\nAnonymous\n\nLars\n\nBob",
    "heading-lines": "\n\nRelated\n\nMore from Reuters",
    "menu-lines": "\n| Home | News | Sport | Share |",
    "call-lines": "\n\nFollow us on Twitter",
    "control-lines": "\n\nEnlarge this image\n\n1 of 12",
    "crumb-lines": "\nHome » News » World » ",
    "teaser-lines": "\n\nRedesigned Scopes Fail to Stop Hospital Superbug Outbreaks",
    "cut-off-lines": "\n\nThe actor died. Born in Canada, he enjoyed a long career as a writer and",
    "heading-marks": "\n## **Background** ",
    "gallery-lines": "\n\nThe cold will reach Chicago. If it stays this cold, it will be the coldest since 1995.\n\nA boy called for help. Cathy said they were walking behind the",
    "tag-lines": "\n\nPolitics & Government\n\nAmerican flag",
    "engine-lines": "\n| Minecraft News | Powered by Tumblr |",
    "essay-lines": "\n\nIn conclusion\n",  # a fix per finding: each reads only the spaces before its line
    "slide-lines": "\n\nWaves break over the wall. Hide Caption 1 of 25\n\n2 of 25 3 of 25 ",
    "pager-lines": "\n\n<<\n\n1\n\n2",  # a pager that never closes: each start scans a bounded window
    "video-lines": "\n\nHear what the judge said\n\n05:22\n\n- Source:",
    "contact-lines": "\n\nWrite to Ana At de la Cruz at a.b@c.d\n\n© Ana/Instagram\n\nLoading data ...",
    "taxonomy-lines": "\n\nTags\n\nWildlife\n\n© Ab",  # each heading reads the labels after it: one pass from the end
    "placeholder-spans": "in XX XX-year-old within xx ",  # each lookahead reads one word
    "chatbot-openers": "\nThis article will explore \nLet's dive in ",
    "affiliate-lines": "\n\nIf you buy through a link we may earn a ",  # each bounded window fails without "commission"
    "form-lines": "\n\nName *\n\nContact city reporter Ana Diaz at a@b.c or \n\nIn \"Community\"\n\nlist 1 of 3",
    "newsletter-lines": "\n\nSign up for CNN's Wonder Theory science ",
    # A glued-on prefixed form after every sentence of one long line: each takes the line's rest once.
    "glued-tails": "Ab cd. Read more: Ab cd ef. \u00a9 2024 Ab. ",
    "comment-controls": "\n\nReply",  # controls in a row: none opens a thread, each is looked at once
    "site-notes": "\n\nYou can save this article by registering for free here",
    "chatbot-frames": "\n\nSure! Here is the article you asked for: ab. Let me know if you want changes to the tone ",
    "copyright-words": "\nCopyright Ab Cd ",  # the word's lookahead for a year or a company form reads one line
    # A paragraph of sentences each ending in a call: only the last sentence is read, in a window.
    "glued-calls": ". Subscribe to our newsletter for unlimited access to local news you can trust",
    # Boxes of teasers: each heading looks a few lines on, never to the end.
    "teaser-boxes": "\n\nRelated stories from Ab Cd\n\nLocal\n\nAb cd ef gh ij",
    "footer-links": " Help Status About Careers Press Blog Privacy Terms",
    "footer-lines": "\n\nCareers\n\nPrivacy Policy",  # the footer's list is walked back from the end a few times
    # A citation box: each line's lazy search for "retrieved" is bounded.
    "citation-lines": "\nCitation: ab cd (2019, October 22) retrieved ab ",
}

# Where a run is placed: after the words that make a rule try its pattern there.
CONTEXTS = {
    "bare": "",
    "tag-line": "Tags: politics",
    "share": "Share",
    "related": "Related:",
    "copyright": "Copyright 2024 ",
    "cookies": "We use cookies ",
    "bullet": "- ",
    "byline": "By ",
    "casualty": "32 people were killed ",
    "toll": "the death toll rose to ",
    "name": "Mr John Smith ",
    "title": "General Ab ",
    "outlet": "CNN ",
    "dateline": "WASHINGTON (AP) — ",
    "quote": "“",
    "label": "Title:",
    "template": "{{",
    "over": "killed over ",
}


def article(family: str, context: str, size: int, tail: str = "x") -> str:
    """A plain-text article whose one paragraph is the context, then the family's run
    to about size characters, then a character that makes the run fail to match."""
    unit = FAMILIES[family]
    return f"Headline\n\n{CONTEXTS[context]}{unit * max(1, size // len(unit))}{tail}\n"


# Run in a child process: lint each article of a family at one size, print seconds.
CHILD = """
import os, sys, time
os.environ["NEWSLINT_LANGUAGETOOL"] = "off"
sys.path.insert(0, {bench!r})
from linear_time import CONTEXTS, article
from newslint.engine.config import Config
from newslint.engine.lint import lint_text
config = Config(packs=("ap",))
family, size, contexts = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
warm_up = "Headline\\n\\n" + "The council met on Monday and voted, officials said. " * 30  # loads textstat too
lint_text(warm_up, path="x.txt", config=config)
started = time.perf_counter()
for context in contexts:
    lint_text(article(family, context, size), path="x.txt", config=config)
print(time.perf_counter() - started)
"""


def child_command(family: str, size: int, contexts=tuple(CONTEXTS)) -> list[str]:
    bench = os.path.dirname(os.path.abspath(__file__))
    return [sys.executable, "-c", CHILD.format(bench=bench), family, str(size), ",".join(contexts)]


def seconds(family: str, size: int, contexts, timeout: float) -> float | None:
    """Lint time of the family at size in the contexts, or None past timeout."""
    try:
        done = subprocess.run(child_command(family, size, contexts), capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    return float(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000", help="characters per run")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES), help="default: all")
    parser.add_argument("--contexts", default="bare,tag-line,share,casualty,name",
                        help=f"comma-separated, or 'all' (of {', '.join(CONTEXTS)})")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per family and size")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    contexts = tuple(CONTEXTS) if args.contexts == "all" else tuple(args.contexts.split(","))
    print(f"{'family':20}" + "".join(f"{f's/MB @ {s // 1000} KB':>16}" for s in sizes) + f"{'ratio':>8}")
    for family in args.family or FAMILIES:
        per_mb = []
        for size in sizes:
            took = seconds(family, size, contexts, args.timeout)
            per_mb.append(None if took is None else took / (size * len(contexts) / 1e6))
        cells = "".join(f"{'timeout' if v is None else f'{v:.2f}':>16}" for v in per_mb)
        ratio = f"{per_mb[-1] / per_mb[0]:.2f}" if None not in per_mb and per_mb[0] else "-"
        print(f"{family:20}{cells}{ratio:>8}", flush=True)


if __name__ == "__main__":
    main()
