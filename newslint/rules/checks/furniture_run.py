"""JK009 furniture-run: the page's furniture after the story, scraped with it as a run.

Pages end with sections that are not the story: reader comments, teasers of other
stories, "more from" lists. An extractor keeps them as lines after the last paragraph,
each in its own words (a reader's comment, another story's headline), so no phrase list
finds them line by line. What gives the run away is the short heading that opens it,
built from a small grammar rather than listed whole: an optional count or qualifier
("6", "more", "other", "most read"), a head noun of page sections ("comments",
"stories", "columns", "coverage") and an optional "from/on/in ..." naming the site or
topic; or one of the fixed calls to read on ("you may also like", "read next"; not AP
sports' "UP NEXT", which is the story's own last section). From such
a heading in the article's second half to the end is one finding, so --fix drops it
whole: comments and teasers read like copy, so the run is bounded by the heading and the
article's end, never by guessing where the story stops. A heading that the story's own
quoted, attributed reporting follows (share buttons and "Comments" between two of its
paragraphs) opens no run. Reader comments with no heading give themselves away by their
own buttons ("Reply", Blogger's "ReplyDelete", WordPress's "LikeLiked by 21 people"): two
a few lines apart open a run at the comment above the first, wherever it sits after the
story's opening lines, since no story is written with them. A heading between the
story's paragraphs (before its last quoted reporting, or in its first half) opens a box
instead: the heading and the few headline-shaped lines under it, up to where the story's
prose resumes ("Related stories from Sacramento Bee", "Local", a headline, its date).
"""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.model.document import Document
from newslint.rules.kinds import paragraph_removal
from newslint.rules.rule import Example, Hit, Rule

# Not "further": "Further reading:" heads the story's own sources in an explainer.
_QUALIFIER = (
    r"(?:more|other|related|recommended|popular|latest|trending|top|similar|sponsored|promoted|"
    r"featured|recent|most[ ](?:read|viewed|popular|shared|emailed|commented)|"
    r"more[ ]great[ ][\w'’]+|editor'?s|the[ ]latest|you[ ]might[ ]like|related[ ]and)"
)
_SECTION = (
    r"(?:stories|story|articles|article|posts|news|columns|opinion[ ]columns|videos|video|coverage|content|links|"
    r"reads|reading|headlines|picks|galleries|podcasts|topics)(?:[ ]of[ ]the[ ](?:day|week))?"
)
_NOT_A_SITE = (
    r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|"
    r"yesterday|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|this|that|the[ ](?:day|same|other|agenda|ballot))\b)"
)
# A heading, whole: a count of comments ("6 thoughts on “…”"), the comments' own heading, a
# qualified section ("Other Opinion Columns", "More Great WIRED Stories", "Top stories from
# the region"), a site's name after "more from" or "popular on", or a fixed call to read on.
_HEADING = lazy_re.compile(
    r"(?:(?:\d[\d,.]*k?|no)[ ](?:comments?|replies|responses?|thoughts|reactions?)(?:[ ](?:on|to)[ ][^\n]{1,80})?"
    r"|(?:(?:readers?|users?|your)'?[ ])?comments(?:[ ]\(\d+\))?|replies"
    rf"|(?:{_QUALIFIER}[ ])+{_SECTION}(?:[ ](?:from|on|in|at|about|for)[ ][^\n]{{1,50}})?"
    rf"|(?:more|also|popular|trending|latest)[ ](?:from|on|at)[ ]{_NOT_A_SITE}[^\n]{{1,40}}"
    r"|related|popular|recommended(?:[ ]for[ ]you)?|trending(?:[ ]now)?|more[ ]for[ ]you"
    r"|most[ ](?:popular|read|viewed|shared|emailed|commented)(?:[ ](?:from|on|in)[ ][^\n]{1,40})?"
    r"|you[ ]may[ ]also[ ]like|you[ ]might[ ]also[ ]like|you[ ]may[ ]be[ ]interested[ ]in|we[ ]recommend"
    r"|read[ ]next|what[ ]to[ ]read[ ]next|explore[ ]further|don'?t[ ]miss|in[ ]case[ ]you[ ]missed[ ]it"
    r"|links[ ]to[ ]this[ ](?:post|article|story|page)"
    r"|(?:more[ ])?must[- ]reads?(?:[ ]stories)?[ ]from[ ](?-i:[A-Z])[^\n]{0,40}"  # "More Must-Reads From TIME"; "... for the beach" is a books list
    r"|more[ ]like[ ]this|keep[ ]reading|more[ ]on[ ]this[ ](?:story|topic)|more[ ]to[ ]read"
    r"|(?:leave|post|add|write)[ ]a[ ](?:comment|reply)|join[ ]the[ ](?:discussion|conversation)"
    r"|want[ ]to[ ]join[ ]the[ ]discussion\?|comments[ ]powered[ ]by[ ]\w+)"
    r"[ ]?[:»›>|-]?",
    re.IGNORECASE,
)
# A comment's author line: "Alexander Petrov wrote on March 11th, 2015 at 02:57:" (a date
# or time: "Makali wrote:" may quote a letter), "Anonymous", or a commenter's bare name
# ("Lars", "Ed B. -Netherlands").
_SAYS = lazy_re.compile(
    r"[^\n]{1,60}?[ ](?:wrote|says|said|commented|replied)[ ](?:on|at)[ ][^\n]{0,40}\d[^\n]{0,30}",
    re.IGNORECASE,
)
_ANONYMOUS = frozenset({"anonymous", "guest", "anonymous coward", "anon"})
_NAME = lazy_re.compile(r"(?:[A-Z][\w'’.-]*|-[A-Z][\w'’.-]*|[a-z]{2,3})(?:[ ](?:[A-Z][\w'’.-]*|-[A-Z][\w'’.-]*|[a-z]{2,3})){0,3}")
_MAX_WORDS = 9  # a heading is short: longer lines are prose, or a teaser itself
_PROSE_END = (".", "!")  # a question may be a heading: "Want to join the discussion?"


def _shape(line: str) -> str:
    """The line as the heading grammar reads it: spacing made single, brackets and
    trailing colons or arrows kept for the pattern to allow."""
    return " ".join(line.replace("\u201c", '"').replace("\u201d", '"').split())


def _heading(line: str) -> bool:
    shown = _shape(line).strip("#*_[]() ")
    if not shown or len(shown.split()) > _MAX_WORDS:
        return False
    if shown.endswith(_PROSE_END):
        return False  # a sentence: "Comments were closed after the vote."
    return _HEADING.fullmatch(shown) is not None


# The heading of the page's taxonomy: "Tags", "Topics mentioned in this article". Only a
# heading whose lines after it, to the end, are all short labels is one: a story's subhead
# "Tags" is followed by its paragraphs.
_TAXONOMY = lazy_re.compile(
    r"(?:tags|tagged(?:[ ]with)?|(?:suggested[ ]|related[ ])?topics|categories|filed[ ]under|(?:explore[ ])?more[ ]on[ ]these[ ]topics"
    r"|topics[ ]mentioned[ ]in[ ]this[ ](?:article|story)|more[ ]about|labels)[ ]?:?",
    re.IGNORECASE,
)
_MAX_TAG_WORDS = 5
_MAX_TAGS = 30


# What may follow the tags at the page's foot: its copyright line, a comments widget loading.
_FOOTER = lazy_re.compile(r"(?:©|ⓒ|\(c\)|copyright\b|all[ ]rights[ ]reserved|loading\b)", re.IGNORECASE)


def _tag_label(line: str) -> bool:
    return len(line.split()) <= _MAX_TAG_WORDS and not line.rstrip().endswith((".", "!", "?", ":", ",", '"', "”"))


def _tag_runs(lines: list[str]) -> tuple[list[int], list[int]]:
    """For each line, how many tag labels stand in a row from it, and that count again
    when only the page's footer lines follow the labels to the end (else -1). One pass
    from the end, so a page of "Tags" lines stays linear."""
    in_a_row, footers_from = [0] * (len(lines) + 1), [True] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        in_a_row[index] = in_a_row[index + 1] + 1 if _tag_label(line) else 0
        footers_from[index] = footers_from[index + 1] and _FOOTER.match(line) is not None and len(line.split()) <= 40
    to_end = [run if footers_from[index + run] else -1 for index, run in enumerate(in_a_row)]
    return to_end, in_a_row


# A paragraph of the story's reporting: a quotation and its speaker ('"...," said Jan
# Hofstra', '"...," Okafor said'). A heading that has such a paragraph after it
# ("Comments" between a story's share buttons and its next paragraph) does not open the
# page's tail.
_REPORTED = lazy_re.compile(
    r"[\"“”'‘’],?[ ](?:said|says|told)[ ][A-Z]|[\"“”][ ]?(?:he|she|they)[ ](?:said|says)\b|,[ ](?:he|she|they)[ ]said\."
    r"|[,?!][\"”’][ ][A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2}[ ](?:said|says|added)\b"
)


_COMMENTS = lazy_re.compile(r"comment|thoughts|repl(?:y|ies)|responses|discussion|conversation", re.IGNORECASE)


def _sentence(line: str) -> bool:
    """A paragraph of prose: more words than a headline has, ending its sentence with a full
    stop (a teaser's headline has none; one that asks a question ends in "?")."""
    shown = line.strip()
    return len(shown.split()) > 10 and shown.endswith((".", '."', ".”", ".'", ".’"))


def _author(line: str) -> int:
    """2 for a line that can only be a comment's author line ("... wrote on ...:",
    "Anonymous"), 1 for a bare name that may be one, 0 otherwise."""
    shown = _shape(line)
    if not shown or len(shown.split()) > 12:
        return 0
    if shown.lower() in _ANONYMOUS or _SAYS.fullmatch(shown):
        return 2
    return 1 if len(shown.split()) <= 4 and _NAME.fullmatch(shown) else 0


def _thread_starts(marks: list[int]) -> list[bool]:
    """For each line, whether the lines from it to the end read as a comment thread: it
    opens with a line only a comment has ("... wrote on <date>", "Anonymous"), more author
    lines follow, and no two bare names stand together (a list of names). One pass from
    the end, so a page of short lines stays linear."""
    starts = [False] * len(marks)
    total, listed = 0, False
    for index in range(len(marks) - 1, -1, -1):
        mark = marks[index]
        total += mark
        listed = listed or mark == 1 and index + 1 < len(marks) and marks[index + 1] > 0
        starts[index] = mark == 2 and total >= 3 and not listed
    return starts


# A comment's own buttons under it: Blogger's "ReplyDelete", WordPress's "LikeLiked by 21
# people", "Reply", "Like · Reply · 3". Two of them a few lines apart make a thread.
_CONTROL = lazy_re.compile(
    r"(?:reply(?:delete)?|delete|like(?:[ ]?liked[ ]by[ ]\d[\d,]*[ ](?:people|person|others?|bloggers?))?|"
    r"liked[ ]by[ ]\d[\d,]*[ ](?:people|person|others?|bloggers?)|\d[\d,]*[ ]likes?|report(?:[ ]abuse|[ ]comment)?|"
    r"permalink|(?:like|reply|report|share|flag)(?:[ ]?[·|•][ ]?(?:like|reply|report|share|flag|\d+))+)[ ]?[↓»]?",
    re.IGNORECASE,
)
_CONTROL_GAP = 5  # lines of one comment (author, date, text) between two of its controls


def _controlled_thread(lines: list[str]) -> int | None:
    """Where a thread of comments starts: the line before the first of two or more comment
    controls a few lines apart (the first comment; its author line may go with the
    story's tail); None when there is none."""
    controls = [index for index, line in enumerate(lines) if _CONTROL.fullmatch(_shape(line).strip())]
    is_control = set(controls)  # a set: a page of a thousand "Reply" lines stays linear
    for at, index in enumerate(controls[:-1]):
        if controls[at + 1] - index <= _CONTROL_GAP and index > 0 and index - 1 not in is_control:
            return index - 1
    return None


def _run(text: str, opening, last, count: int, what: str, to_end: bool = True, inside: bool = False) -> Hit:
    """One finding from the run's opening line to its last, which --fix drops whole."""
    lines = "1 line" if count == 1 else f"{count} lines"
    where = " to the end" if to_end else ""
    return Hit((opening.start, last.end), f"{what} {'inside' if inside else 'after'} the story ({lines} from "
               f"'{_shape(text[opening.start : opening.end])[:40]}'{where}): remove {'it' if what == 'Page furniture' else 'them'}",
               fix=paragraph_removal(text, opening.start, last.end))


_MAX_INSIDE = 6  # lines of one box of teasers between two of the story's paragraphs


def _inside_box(text: str, lines, index: int):
    """The last line of a box of teasers that opens with a heading at lines[index] between
    the story's paragraphs ("Related stories from Sacramento Bee", "Local", a headline, its
    date), where the story's prose resumes a few lines on; else None. A bare "Related" or
    "Popular" may be a subhead, and a comments heading there is a share bar's (JK002's)."""
    heading = text[lines[index].start : lines[index].end]
    if len(heading.split()) < 2 or _COMMENTS.search(heading):
        return None
    for at in range(index + 1, min(len(lines), index + 2 + _MAX_INSIDE)):
        line = text[lines[at].start : lines[at].end].strip()
        if _sentence(line):
            return at - 1 if at > index + 1 else None
        if len(line) > 200 or line.endswith((".", ":")):
            return None  # a paragraph of another shape: not a box of links
    return None


def _story_resumes(text: str, lines, index: int) -> bool:
    """Two paragraphs of prose in a row from lines[index]: the story's, not a teaser's
    summary under its headline."""
    return index + 1 < len(lines) and all(_sentence(text[line.start : line.end]) for line in lines[index : index + 2])


def check(doc: Document, options):
    text = doc.text
    lines = [line for line in doc.lines if line.start >= doc.content_start and text[line.start : line.end].strip()]
    if len(lines) < 4:
        return
    first = max(2, len(lines) // 2)  # the second half of the article, never its opening lines
    tail = lines[first:]
    marks = [_author(text[line.start : line.end]) if line.end - line.start <= 200 else 0 for line in tail]
    threads = _thread_starts(marks) if 2 in marks else [False] * len(tail)
    # Comments' controls are a page's alone, so their thread may start before the second half
    # (comments longer than the story); never in the story's first two lines.
    thread = _controlled_thread([text[line.start : line.end] if line.end - line.start <= 200 else ""
                                 for line in lines[2:]])
    if thread is not None:
        if thread + 2 < first:  # the run starts before the second half, and so before anything else
            yield _run(text, lines[thread + 2], lines[-1], len(lines) - thread - 2, "Reader comments")
            return
        threads[thread + 2 - first] = True
    headings = [line.end - line.start <= 200 and _heading(text[line.start : line.end]) for line in tail]
    reported = [at for at, line in enumerate(tail) if line.end - line.start > 80 and _REPORTED.search(text, line.start, line.end)]
    last_reported = reported[-1] if reported else -1
    # Boxes of teasers between paragraphs: in the first half, or before the story's last
    # quoted reporting (after it, a heading opens the page's tail, read below).
    for index in range(2, first + max(0, last_reported)):
        line = lines[index]
        if line.end - line.start <= 200 and (headings[index - first] if index >= first else _heading(text[line.start : line.end])):
            last = _inside_box(text, lines, index)
            if last is not None:
                yield _run(text, line, lines[last], last - index + 1, "Teasers", to_end=False, inside=True)
    tag_runs = None  # read only when a "Tags" heading shows

    for index, line in enumerate(tail):
        shown = text[line.start : line.end]
        if threads[index]:
            yield _run(text, line, lines[-1], len(tail) - index, "Reader comments")
            return
        if _TAXONOMY.fullmatch(_shape(shown).strip("#*_[]() ")):
            if tag_runs is None:
                tag_runs = _tag_runs([text[n.start : n.end].strip() for n in tail])
            to_end, in_a_row = tag_runs
            if 1 <= to_end[index + 1] <= _MAX_TAGS:
                yield _run(text, line, lines[-1], len(tail) - index, "The page's tags")
                return
            if 2 <= in_a_row[index + 1] <= _MAX_TAGS:  # the tags, then more of the page: the tags alone
                yield _run(text, line, tail[index + in_a_row[index + 1]], in_a_row[index + 1] + 1, "The page's tags",
                           to_end=False)
                continue
        if headings[index]:
            if index < last_reported:
                continue  # the story goes on after it: its reporting, quoted and attributed
            if not _COMMENTS.search(shown) and _sentence(text[tail[index + 1].start : tail[index + 1].end] if index + 1 < len(tail) else ""):
                continue  # a feature's subhead ("Related", "Most viewed"), then its paragraph; teasers open with a headline
            if index + 1 < len(tail) and all(headings[index + 1 :]):
                return  # headings only ("You may also like", "Leave a Comment"): their own rules name them
            box = _inside_box(text, lines, first + index)
            if box is not None and _story_resumes(text, lines, box + 1):
                # Headlines, then two paragraphs of prose in a row: the story goes on after the box.
                yield _run(text, line, lines[box], box - first - index + 1, "Teasers", to_end=False, inside=True)
                continue
            yield _run(text, line, lines[-1], len(tail) - index, "Page furniture")
            return


RULE = Rule(
    code="JK009",
    name="furniture-run",
    category="junk",
    severity="warning",
    summary="Comments, teasers or 'more from' lists scraped after the story, as one run",
    why=(
        "A page goes on after its story: reader comments, other stories' headlines and "
        "summaries, 'More from' and 'Popular on' lists. Extractors keep them as lines after "
        "the last paragraph, each worded like copy, so only the section heading that opens "
        "them gives them away. The rule finds that heading by its shape (a count or qualifier, "
        "a section word such as comments, stories or columns, and what or where: '6 thoughts "
        "on ...', 'More from Reuters', 'Other Opinion Columns'), in the article's second half, "
        "and reports everything from it to the end as one finding, so --fix drops it whole. "
        "It never runs to the end from a heading in the first half or from one the story's "
        "own quoted reporting follows ('\"...,\" said Jan Hofstra'), and never reports a "
        "sentence that mentions comments. A 'Tags', 'Labels', 'More about' or 'Explore more "
        "on these topics' heading with its short labels is reported to the end, or, when more "
        "of the page follows the labels, with the labels alone. Reader comments "
        "with no heading are found by their own buttons, two or more a few lines apart ('Reply', "
        "'ReplyDelete', 'LikeLiked by 21 people'): from the comment above the first to the end. "
        "Between the story's paragraphs, such a heading and the few headline lines under it "
        "are reported as a box of teasers, up to where the story's prose resumes."
    ),
    check=check,
    examples=(
        Example(
            "Plastic and seabirds\n\nSeabirds swallow more plastic each year.\n\nChicks are fed it by their parents."
            "\n\nRescue groups see it every week.\n\nFurther reading:\n\nRoman, L. et al. (2019). Seabird mortality and "
            "marine debris ingestion. Scientific Reports.\n\nWilcox, C. et al. (2015). Threat of plastic pollution to "
            "seabirds. PNAS.",
            bad=False,
            article=True,
        ),
        Example(
            "Five RMD mistakes\n\nThe rules changed again this year.\n\n1. Missing the first deadline. You can delay "
            "your first withdrawal until April of the next year, but then you take two in one year.\n\n2. Forgetting old "
            "401(k)s. Each employer plan needs its own withdrawal, and the penalty applies to each one.\n\n[[MORE FOR YOU"
            "\n\nSocial Security COLA Estimate Ticks Up After Latest Inflation Report\n\nThe IRS Just Raised 401(k) "
            "Limits For 2026]]\n\n3. Ignoring inherited accounts. If you inherited an IRA after 2019, the ten-year rule "
            "may apply to you.\n\n4. Not planning for withholding. Many retirees forget that no tax was withheld on "
            "their withdrawal.",
            bad=True,
            article=True,
        ),
        Example(
            "County backs camp site\n\nThe county approved the site on Tuesday.\n\nIt will hold 50 cabins.\n\n"
            "Brooks cast the lone vote against it.\n\n[[Related stories from Sacramento Bee\n\nLocal\n\nTenants say "
            "new rental rules aren't being enforced\n\nMarch 1, 2024 5:00 AM]]\n\n\u201cThey deserve a seat at the "
            "table, and this process did not give them one,\u201d Brooks said.\n\nThe site opens in June.",
            bad=True,
            article=True,
        ),
        Example(
            "Galaxies merge early\n\nWebb saw two galaxies merging.\n\nStars form fast there.\n\nThe team found "
            "oxygen.\n\nRelated article\n\n\u201cThis tells us that even at this early stage these galaxies already "
            "had a history,\u201d Okafor said.\n\n"
            "The team plans more observations this year.",
            bad=False,
            article=True,
        ),
        Example("Speakers trained\n\nThe workshops ran in 40 cities.\n\nSpeakers were trained, organisers said."
                "\n\nMore are planned.\n\n[[Related]]", bad=True, article=True),
        Example(
            "Hotel opens on the island\n\nThe hotel opened on Friday with 88 rooms.\n\nIt has four restaurants, the "
            "company said.\n\nRooms start at $300 a night.\n\n[[Interesting place :)\n\nReplyDelete\n\nWish to visit "
            "one day.\n\nReplyDelete\n\nGreat review\n\nLikeLiked by 5 people]]",
            bad=True,
            article=True,
        ),
        Example(
            "Hotel opens on the island\n\nThe hotel opened on Friday with 88 rooms.\n\nGuests can like or reply to "
            "reviews on its site.\n\nReply\n\nRooms start at $300 a night, the company said.",
            bad=False,
            article=True,
        ),
        Example(
            "Papers review the week\n\nThe front pages led on the budget.\n\nThe Times called it bold.\n\nThe Mirror "
            "did not.\n\nAround the web\n\nBloggers were split, and one called it a gamble.\n\nIn this issue"
            "\n\nOur editor on why the paper is changing.",
            bad=False,
            article=True,
        ),
        Example(
            "Council backs new bus lanes\n\nThe council voted 7-2 on Tuesday to add bus lanes on Main "
            "Street.\n\nWork begins in May, the transport office said.\n\nThe lanes will run from the "
            "station to the hospital.\n\nCyclists' groups welcomed the plan.\n\n[[Other Opinion "
            "Columns\n\nEditorial A mayor's lasting legacy\n\nThe good thing about the market is that "
            "it is cheap.]]",
            bad=True,
            article=True,
        ),
        Example(
            "Storm closes schools\n\nSchools closed across the county on Monday.\n\nThe storm brought "
            "30 cm of snow, forecasters said.\n\nRoads reopened by the evening.\n\n[[6 thoughts on "
            "\u201cStorm closes schools\u201d\n\nMy kids loved the day off!\n\nThe roads were a mess "
            "here too.]]",
            bad=True,
            article=True,
        ),
        Example(
            "Storm closes schools\n\nSchools closed across the county on Monday.\n\nThe storm brought "
            "30 cm of snow, forecasters said.\n\nRoads reopened by the evening.\n\nComments from "
            "parents poured in to the district office, a spokesman said.",
            bad=False,
            article=True,
        ),
        Example(
            "Fetch arrives in browsers\n\nThe Fetch API shipped on Tuesday.\n\nIt replaces XHR for most "
            "requests.\n\nStreams come next, the team said.\n\nThanks to the reviewers.\n\n[[Alexander "
            "Petrov wrote on March 11th, 2015 at 02:57:\n\nGreat write-up, thanks.\n\nAnonymous\n\nWill "
            "it work offline?]]",
            bad=True,
            article=True,
        ),
        Example(
            "Mayor outlines mask plan\n\nThe mayor said masks would go to every ward.\n\nAldermen asked "
            "for more.\n\nThe council meets on Friday.\n\nAlso on Thursday:\n\nThe mayor said the trains "
            "would keep running.\n\nShe called layoffs a last resort.",
            bad=False,
            article=True,
        ),
        Example(
            "Readers write\n\nThe column drew letters.\n\nMost agreed with it.\n\nOne did not.\n\nMakali "
            "wrote:\n\nThe tables were fine as they were.\n\nVarious people wrote:\n\nPlease bring back "
            "the old layout.",
            bad=False,
            article=True,
        ),
        Example(
            "Task states\n\nThe queue tracks each task.\n\nStates change as work goes on.\n\nThe table "
            "lists them.\n\nState\n\nComment\n\nnew\n\nscheduled by the controller",
            bad=False,
            article=True,
        ),
        Example(
            "Heat pumps sell out\n\nSales of heat pumps doubled this winter.\n\nInstallers are booked "
            "into the spring.\n\nPrices fell 8 percent, the trade group said.\n\n[[More Must-Reads From "
            "The Ledger\n\n- How a Small Town Saved Its Last Bank\n\n- Is Cold Water Swimming Good for You?\n\n"
            "- Want Weekly Picks? Sign Up for Our Newsletter]]",
            bad=True,
            article=True,
        ),
        Example(
            "Beach books\n\nSummer reading lists are out.\n\nThese are the ones we liked.\n\nShops report brisk "
            "sales.\n\nMore must-reads for the beach\n\nThe Salt Path, a memoir of a long walk.\n\nOther must-reads "
            "from the longlist\n\nA debut novel set in Hull.",
            bad=False,
            article=True,
        ),
        Example(
            "Storm closes schools\n\nSchools closed across the county on Monday.\n\nThe storm brought 30 cm of "
            "snow, forecasters said.\n\nRoads reopened by the evening.\n\n[[Tags\n\nWeather\n\nSchools\n\nYork "
            "County]]",
            bad=True,
            article=True,
        ),
        Example(
            "Farmers block roads\n\nFarmers blocked roads across the Netherlands on Monday.\n\nThe protest began at dawn.\n\n"
            "Share this article\n\nComments\n\nThe protests follow the government's announcement of cuts to "
            "nitrogen emissions, which farmers say will force them to sell.\n\n\"They say they are on our side, "
            "but the rules have not changed,\" said Jan Hofstra, a dairy farmer from Friesland.\n\nThe minister "
            "meets farmers on Thursday.",
            bad=False,
            article=True,
        ),
        Example(
            "Storks return\n\nStorks nested in Sussex again.\n\nThe chicks fledged in July.\n\nVolunteers watched "
            "them.\n\n[[Explore more on these topics\n\nWildlife\n\nSussex]]\n\nKaren Alvarez is a reporter at The Gazette.",
            bad=True,
            article=True,
        ),
        Example(
            "Storks return\n\nStorks nested in Sussex again.\n\nThe chicks fledged in July.\n\nVolunteers watched "
            "them.\n\n[[Tags\n\nWildlife\n\nSussex\n\n© 2024 Example Gazette Ltd. All rights reserved.]]",
            bad=True,
            article=True,
        ),
        Example(
            "Museum catalogue\n\nThe museum holds 500,000 objects.\n\nCurators are describing them.\n\nThe work "
            "is slow.\n\nRelated\n\nThe museum removed its displays of human remains in 2020 after a review, and "
            "several repatriations are under way.\n\nThe catalogue is online.",
            bad=False,
            article=True,
        ),
        Example(
            "Museum visitors\n\nThe museum counted visitors with sensors.\n\nThe data came in May.\n\nStaff were "
            "surprised.\n\nMost viewed\n\nThe Turner seascape held visitors longest, an average of four minutes, "
            "the sensors showed.\n\nRecommended reading\n\nThe gallery's own guide to the collection, published in "
            "March, lists the paintings in the order visitors saw them.",
            bad=False,
            article=True,
        ),
        Example(
            "Murals stay\n\nThe council will clean the underpass.\n\nIt will not touch the commissioned "
            "murals.\n\nWork starts in May.\n\nTags\n\nMost of the work will be removing tags sprayed "
            "overnight, the council said.",
            bad=False,
            article=True,
        ),
        Example(
            "Markets fall\n\nRelated\n\nShares fell on Monday as oil prices rose.\n\nBanks led the "
            "declines.\n\nThe index closed down 2 percent.\n\nTraders expect more swings.",
            bad=False,
            article=True,
        ),
    ),
    source=__name__,
)
