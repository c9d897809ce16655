"""JK010 page-furniture: a line of the page's own controls, scraped with the story.

Each shape is read from the line as a whole rather than from a list of phrases:

- a menu: three or more short items between four or more "|" bars ("| Weekly edition |
  Kernel | Security |"), with no figures, and no table row next to it (a table's header
  has the shape of a menu; its rows have figures);
- a call to action: a line that asks what a page asks of its reader (share, follow, like,
  subscribe, sign up, join, download, watch, listen, click, log in, read more, visit),
  at its start or where one of its clauses opens, and names the page, the site or the
  reader's account rather than news ("Like It, Share It!", "Follow us on Twitter to get
  the latest...", "You must login or create an account to comment."), or a link's own
  text ("Read the full transcript of his interview");
- a media label: a short line made only of a player's or gallery's words and counters
  ("VIDEO", "Now watching", "Next video starts in : 7", "Read more Read more"), or a
  gallery's title ("Gallery: Xbox One X | 14 Photos");
- a link card: a story's summary cut off with "…", then its "Read more", as one finding.

News copy has none of these shapes: a sentence that mentions Twitter or a video is prose,
speech and a writer's bio are the story's own, and a caption names a photographer or
agency, not a player.
"""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.model.document import Document
from newslint.rules.kinds import lines_removal
from newslint.rules.rule import Example, Hit, Rule

_ASKS = (
    r"(?:share|follow|like|subscribe|sign[ ]?up|sign[ ]in|log[ ]?in|login|register|join|download|watch|"
    r"listen|click|tap|read|see|get|create|become|support|donate|enable|allow|submit|visit|check[ ](?:it[ ])?out|"
    r"you[ ]must[ ](?:log[ ]?in|login|sign[ ]in|register|be[ ]logged[ ]in))"
)
# What a call to action names: the reader, the site, its channels; never news.
_PAGE_WORDS = frozenset(
    """
    us our it this story article post page site website facebook twitter instagram youtube tiktok
    linkedin pinterest whatsapp telegram reddit flipboard newsletter newsletters inbox email app apps
    podcast podcasts channel feed rss account free comment comments discussion conversation more
    javascript cookies notifications alerts friend friends member membership subscriber subscription
    your here
    """.split()
)
_CALL = lazy_re.compile(rf"{_ASKS}\b", re.IGNORECASE)
# The same call where a clause of the line opens: "... Visit Breitbart's ...", "[What you
# need to know: Get New York Today in your inbox.]", "... Check it out here."
_CLAUSE_CALL = lazy_re.compile(rf"(?:[.?!:;–—][ ]+|\[)(?!like\b)(?:{_ASKS})\b", re.IGNORECASE)  # "Like, we're all..." is speech
_LINK_VERBS = ("read ", "watch ", "see ", "listen ", "view ")
# A writer's bio ("Lucas Nolan is a reporter for ... Follow him on Twitter"): the story's own.
_BIO = lazy_re.compile(r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3}[ ]is[ ](?:a|an|the)\b")
_SPEECH = lazy_re.compile(r"[\"“”]|\b(?:said|says|told)\b")
_MEDIA_WORDS = frozenset(
    """
    video videos watch watching now playing play next starts in image images photo photos
    gallery slideshow slide audio listen media playback is unsupported on your device
    unfortunately this not available region of copy read more replay pause mute unmute fullscreen
    full screen loading advertisement sound current time duration
    """.split()
)
_WORD = lazy_re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
_MAX_WORDS = 14


def _words(line: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(line)]


def _menu(line: str) -> bool:
    inner = [item.strip() for item in line.strip().strip("|").split("|")]
    items = [item for item in inner if item]
    if len(items) < len(inner):
        return False  # an empty cell: a table's row
    return (line.count("|") >= 4 and len(items) >= 3 and all(len(item.split()) <= 4 for item in items)
            and sum(item[:1].isupper() for item in items) * 2 >= len(items)
            and not any(any(c.isdigit() for c in item) for item in items)
            and not any(item.endswith((".", "?", "!")) for item in items))


def _call_to_action(line: str, words: list[str]) -> bool:
    """A line that asks the reader to do something on the page. Most of what it names is
    the page's own: "Follow us on Twitter to get the latest..." names us and Twitter;
    "Watch the minister's speech" names news. Speech is never one: '"Join us," she said.'"""
    if not words or len(words) > 40 or _SPEECH.search(line) or _BIO.match(line):
        return False
    page_words = sum(w in _PAGE_WORDS for w in words)
    opening = line.lstrip("•·-–—*>[( ")
    if len(words) <= _MAX_WORDS and _CALL.match(opening):
        # A link's text ("Read the full transcript of his interview"): short, no full stop.
        if (opening[:1].isupper() and opening.lower().startswith(_LINK_VERBS) and len(words) <= 12
                and not any(mark in line for mark in ".!?;")):
            return True
        return page_words >= 2
    return page_words >= 2 and _CLAUSE_CALL.search(line) is not None


def _table_row(line: str) -> bool:
    """A row of a table: cells with figures, or a Markdown rule ("| --- | ---: |")."""
    return line.count("|") >= 2 and (any(c.isdigit() for c in line) or "---" in line)


# A gallery's or player's title line: "Gallery: Xbox One X | 14 Photos", "Slideshow (4 Images)".
_GALLERY = lazy_re.compile(
    r"(?:(?:gallery|slideshow|photos|video|watch|listen)[ ]?:[ ][^\n]{1,80}|[^\n]{1,80}[|(][ ]?\d+[ ](?:photos|images|pictures|slides)\)?)",
    re.IGNORECASE,
)


def _media_label(words: list[str]) -> bool:
    return 0 < len(words) <= 10 and all(w in _MEDIA_WORDS or w.isdigit() for w in words) and not all(
        w.isdigit() for w in words) and not (
        len(words) == 1 and words[0] in ("now", "next", "in", "of", "on", "is", "this", "your", "more", "copy")
    )


def _shape_of(shown: str, near) -> str | None:
    """Which furniture the line is, trying each shape only where its cheap sign is."""
    if "|" in shown and _menu(shown) and not any(_table_row(s) for s in near()):
        return "Site menu"
    opening = shown.lstrip("•·-–—*>[( ")
    first = _WORD.match(opening)
    first = first.group().lower() if first else ""
    asks = _CALL.match(opening) is not None or _CLAUSE_CALL.search(shown) is not None
    if not asks and first not in _MEDIA_WORDS and not ("(" in shown or "|" in shown or ":" in shown):
        return None  # no request, no player word, no gallery title: prose
    words = _words(shown)
    if asks and _call_to_action(shown, words):
        return "Call to action"
    if _media_label(words) or len(words) <= _MAX_WORDS and _GALLERY.fullmatch(shown):
        return "Player or gallery label"
    return None


_READ_ON = lazy_re.compile(r"(?:read|continue[ ]reading|see)[ ]more\b", re.IGNORECASE)
_CUT_OFF = ("…", "...")


def _card_above(text: str, lines, index: int):
    """The line holding the summary above a "Read more", when that summary is cut off
    mid-sentence ("... sights, sounds,…"), as a link card's is; else None."""
    for above in reversed(lines[max(0, index - 2) : index]):
        shown = text[above.start : above.end].strip()
        if shown:
            cut = shown.endswith(_CUT_OFF) and not shown.rstrip(".…").endswith((".", "!", "?", '"', "”"))
            return above if cut and len(shown) <= 400 else None
    return None


def check(doc: Document, options):
    text = doc.text
    lines = [line for line in doc.lines if line.start >= doc.content_start]
    headline = doc.headline or (0, 0)
    for index, line in enumerate(lines):
        if line.end - line.start > 240 or headline[0] <= line.start < headline[1]:
            continue  # a paragraph of prose, or the headline: the story's own
        shown = text[line.start : line.end].strip()
        if not shown:
            continue

        def near(index=index, shown=shown):
            return [s for s in (text[n.start : n.end].strip() for n in lines[max(0, index - 2) : index + 3]) if s and s != shown]

        what = _shape_of(shown, near)
        if what is None:
            continue
        first_line = line
        card = _card_above(text, lines, index) if what == "Call to action" and _READ_ON.match(shown) else None
        if card is not None:  # a link card: a story's cut-off summary, then "Read more"
            first_line, what = card, "Teaser card"
        start = first_line.start + len(text[first_line.start : first_line.end]) - len(text[first_line.start : first_line.end].lstrip())
        end = line.start + len(text[line.start : line.end].rstrip())
        yield Hit((start, end), f"{what} scraped with the story ('{shown[:50]}'): remove it",
                  fix=lines_removal(text, first_line.start, line.end))


RULE = Rule(
    code="JK010",
    name="page-furniture",
    category="junk",
    severity="warning",
    summary="A line of the page's own controls: a menu, a call to action, a player or gallery label",
    why=(
        "Extractors keep the page's controls as lines of text: menus ('| Weekly edition | "
        "Kernel | Security |'), calls to action ('Like It, Share It!', 'Follow us on Twitter "
        "to get the latest...'), player and gallery labels ('VIDEO', 'Now watching', 'Image 1 "
        "of 5'). They come in endless wordings, so the rule reads their shape: a menu is short "
        "items between bars with no figures; a call to action opens with what a page asks "
        "(share, follow, subscribe, sign up, watch, log in...) and names the page, the site or "
        "its channels, not news; a label is made only of a player's words and counters. A "
        "sentence about a video, a caption that names a photographer and a table's row are "
        "left alone."
    ),
    check=check,
    examples=(
        Example("The council approved the budget on Tuesday.\n\n[[Like It, Share It!]]", bad=True),
        Example("The trail is open again.\n\n[[Follow us on Twitter to get the latest on the world's hidden wonders.]]", bad=True),
        Example("[[| Weekly edition | Kernel | Security | Distributions | Contact Us | Search |]]\n\nThe kernel release is out.", bad=True),
        Example("The minister spoke for an hour.\n\n[[Next video starts in : 7]]\n\nShe left without questions.", bad=True),
        Example("[[VIDEO]]\n\nThe storm hit the coast on Monday.", bad=True),
        Example("Prices rose again.\n\n[[When you walk into almost any store, you are overloaded with sights, sounds,…\n\n"
                "Read more Read more]]\n\nShoppers spent less.", bad=True),
        Example("“We will see more of this,” she said. The store closed at noon...\n\nRead the notice.", bad=False),
        Example("[[You must login or create an account to comment.]]", bad=True),
        Example("Watch the minister's speech in full on Tuesday, aides said.", bad=False),
        Example("The video, posted on Twitter and Facebook, drew thousands of comments.", bad=False),
        Example("| Team | Played | Won |\n| Arsenal | 10 | 7 |\n| Chelsea | 10 | 6 |", bad=False),
        Example("Photo: Jane Smith/AP", bad=False),
        Example("Read the full report at the ministry's office.", bad=False),
        Example("The trail reopened.\n\n[[Read the full transcript of his interview]]", bad=True),
        Example("[[[What you need to know to start the day: Get New York Today in your inbox.]]]", bad=True),
        Example("[[Comment count on this article reflects comments made on our site and Facebook. Visit our forum to join the discussion.]]", bad=True),
        Example("[[Gallery: Xbox One X | 14 Photos]]\n\nThe console goes on sale on Tuesday.", bad=True),
        Example("\u201cJoin us and share your story,\u201d the organisers said on their website.", bad=False),
        Example("Residents can sign up for flood alerts at the county office, officials said.", bad=False),
        Example("Lucas Nolan is a reporter for the Tech desk covering free speech. Follow him on Twitter @LucasNolan.", bad=False),
        Example("Get your frontend code covered\n\nThe tool measures which lines ran.\n\nIt is free.", bad=False, article=True),
        Example("Daniela: Like, we're all in this together, and our class will be remembered.", bad=False),
        Example("Watch: the council debate, which ran for four hours, ended in a 7-2 vote.", bad=False),
    ),
    source=__name__,
)
