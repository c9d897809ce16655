"""JK012 batch-boilerplate: a line a source repeats in many of its articles, shaped like furniture.

Alone, an article cannot show that "Curious about a consumer health product? Send an
e-mail to ..." is the site's and not the story's. Linted together (a folder, an archive),
the articles of one source can: a line that recurs word for word in three or more of
them is the site's template. engine/boilerplate.py finds those lines after a run and
hands them to this rule as its `recurring` option (a newsroom can also list its own
sources' known boilerplate there); the rule decides which of them are furniture.

Recurring is not enough: a source repeats its bylines, bios, credits, corrections,
disclaimers, service lines (a police appeal, a crisis line) and section subheads too, and
those belong with the story. So the line must also be shaped like furniture: it points
somewhere (a link, an address, a handle) or asks the reader to act on the site's own
channels ("Sign up for our newsletter"). Lines a newsroom keeps anyway go in `allow`
(case-insensitive text a line contains).
"""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.model.document import Document
from newslint.rules.kinds import paragraph_removal, stripped
from newslint.rules.rule import Example, Hit, Rule


def key(line: str) -> str:
    """A line as recurrence compares it: spacing made single, case kept."""
    return " ".join(line.split())


# The story's own, however often it recurs.
_STORY_OWN = lazy_re.compile(
    r"(?:by|from)[ ]|[^\n]{0,80}\b(?:reporter|correspondent|writer|editor|contributor|columnist|staff)\.?$"
    r"|[^\n]{0,200}\b(?:reporting[ ]by|editing[ ]by|writing[ ]by|contributed[ ](?:to[ ])?(?:this|the)[ ]report"
    r"|additional[ ]reporting|an[ ]earlier[ ]version|has[ ]been[ ](?:updated|corrected)|correction:"
    r"|editor'?s[ ]note|associated[ ]press|reuters|\bafp\b|all[ ]rights[ ]reserved|copyright|©|can[ ]be[ ]reached"
    r"|opinions?[ ]expressed|views[ ]expressed)"
    r"|[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3}[ ](?:is|was)[ ](?:a|an|the)\b",  # a bio
    re.IGNORECASE,
)
# Furniture points somewhere (a link, an address, a handle), or asks the reader to act on
# the site's own channels ("Sign up for our newsletter"). Addressing the reader is not
# enough: "What you need to know" is a subhead.
_POINTS = lazy_re.compile(
    r"https?://|www\.|\b[\w.-]+@[\w-]+\.\w|(?<!\w)@\w{2,}|\b[\w-]+\.(?:com|org|net|co\.uk)\b", re.IGNORECASE
)
_ASKS = lazy_re.compile(
    r"(?:click|tap|share|follow|subscribe|sign[ ]up|join|download|visit|like|support|donate|check[ ]out|sign[ ]in"
    r"|log[ ]in|get[ ]our|read[ ]more|listen[ ]to[ ]our|watch[ ]our)\b[^\n]{0,200}?\b(?:our|us|newsletters?|app"
    r"|site|website|podcasts?|channel|page|facebook|twitter|instagram|youtube|inbox)\b",
    re.IGNORECASE,
)
# A service line a newsroom prints on purpose: a police appeal, a crisis line, a phone number.
_SERVICE = lazy_re.compile(
    r"[^\n]{0,300}?(?:\d{3}[-. ]\d{3,4}\b|\b988\b|anyone[ ]with[ ]information|crisis|helpline|hotline|suicide"
    r"|someone[ ]you[ ]know)",
    re.IGNORECASE,
)
# Speech repeated from story to story (a statement quoted in each follow-up) is the story's.
_SPEECH = lazy_re.compile(r"[\"“”]|\b(?:said|says|told|according[ ]to)\b", re.IGNORECASE)


def furniture_shaped(line: str) -> bool:
    words = len(line.split())
    return (3 <= words <= 40 and (_POINTS.search(line) is not None or _ASKS.match(line) is not None)
            and _STORY_OWN.match(line) is None and _SERVICE.match(line) is None and _SPEECH.search(line) is None)


def check(doc: Document, options):
    recurring = {key(line) for line in options["recurring"]}
    if not recurring:
        return
    allowed = [text.lower() for text in options["allow"]]
    text = doc.text
    headline = doc.headline or (0, 0)
    for line in doc.lines:
        if line.start < doc.content_start or headline[0] <= line.start < headline[1]:
            continue
        shown = key(text[line.start : line.end])
        if shown in recurring and furniture_shaped(shown) and not any(a in shown.lower() for a in allowed):
            yield Hit(stripped(text, line.start, line.end),
                      f"Boilerplate of this source, repeated across its articles ('{shown[:50]}'): remove it",
                      fix=paragraph_removal(text, line.start, line.end))


RULE = Rule(
    code="JK012",
    name="batch-boilerplate",
    category="junk",
    severity="warning",
    summary="A furniture-shaped line that recurs word for word across one source's articles",
    why=(
        "When articles are linted together, a line that recurs word for word in three or more "
        "articles of one folder is the source's template, not the story: a promotion, a "
        "newsletter pitch, a site's contact line. No phrase list can know them all, but "
        "recurrence shows them. Only lines that point somewhere (a link, an address, a handle) "
        "or ask the reader to act on the site's channels count; bylines, bios, credits "
        "('Reporting by ...'), corrections, disclaimers, service lines such as a police appeal, "
        "wire licence lines and subheads recur too and are left alone. Lines a newsroom keeps go in the "
        "rule's `allow` option; a source's known boilerplate can be listed in `recurring`."
    ),
    check=check,
    options={"recurring": [], "allow": []},
    option_types={"recurring": list[str], "allow": list[str]},
    examples=(
        Example(
            "Cancer drug trial ends early\n\nThe trial was stopped after a year.\n\n[[Curious about a consumer "
            "health product? Send an e-mail to health@example.com.]]",
            bad=True, article=True,
            options={"recurring": ["Curious about a consumer health product? Send an e-mail to health@example.com."]},
        ),
        Example(
            "Cancer drug trial ends early\n\nThe trial was stopped after a year.\n\n(Reporting by Jane Smith; "
            "Editing by Tom Brown)",
            bad=False, article=True,
            options={"recurring": ["(Reporting by Jane Smith; Editing by Tom Brown)"]},
        ),
        Example(
            "Cancer drug trial ends early\n\nThe trial was stopped after a year.\n\nJane Smith is a health "
            "reporter for our newsroom. Follow her @janesmith.",
            bad=False, article=True,
            options={"recurring": ["Jane Smith is a health reporter for our newsroom. Follow her @janesmith."]},
        ),
        Example(
            "Cancer drug trial ends early\n\nThe trial was stopped after a year.\n\n\u201cYou have to follow "
            "the data,\u201d the company said in a statement.",
            bad=False, article=True,
            options={"recurring": ["\u201cYou have to follow the data,\u201d the company said in a statement."]},
        ),
        Example(
            "Man charged\n\nPolice arrested a man on Monday.\n\nAnyone with information is asked to call 555-0100 or "
            "email tips@example.gov.\n\nWhat you need to know",
            bad=False, article=True,
            options={"recurring": ["Anyone with information is asked to call 555-0100 or email tips@example.gov.",
                                   "What you need to know"]},
        ),
        Example(
            "Cancer drug trial ends early\n\nThe trial was stopped after a year.\n\n[[Sign up for our health newsletter.]]",
            bad=True, article=True, options={"recurring": ["Sign up for our health newsletter."]},
        ),
        Example(
            "Cancer drug trial ends early\n\nThe trial was stopped after a year.\n\nMore information",
            bad=False, article=True, options={"recurring": ["More information"]},
        ),
        Example(
            "Cancer drug trial ends early\n\nThe trial was stopped after a year.\n\nSend letters to letters@example.com.",
            bad=False, article=True,
            options={"recurring": ["Send letters to letters@example.com."], "allow": ["send letters to"]},
        ),
        Example(
            "Cancer drug trial ends early\n\nThe trial was stopped after a year.\n\nSign up for our newsletter.",
            bad=False, article=True,  # alone, an article shows no recurrence: JK004's phrase list speaks for it
        ),
    ),
    source=__name__,
)
