"""JK011 teaser-run: other stories' teasers, scraped with the story and left without a heading.

A page's lists of other stories often carry no heading an extractor keeps, so JK009's
"More from ..." never shows. The list still gives itself away by its shape, because a
story is not written that way:

- a headline list: three or more lines in a row, each a headline in Title Case (four or
  more capitalised words joined by a preposition, no full stop, figure, colon or
  parentheses: not a list of names, places, credits or scores), none of them repeated
  later as the story's own subhead (a table of contents is the story's own), and not a
  list the story introduces with a colon;
- cut-off summaries: three or more paragraphs in a row that open a sentence, hold a full
  sentence, and stop mid-clause ("... enjoyed a successful career as a writer, producer
  and"), as a teaser card's excerpt is cut at a fixed length. A paragraph an extractor broke
  at a link or glued to a subhead ends in a short Title Case fragment or continues on the
  next line; a cut-off excerpt ends in the middle of a long clause. A gallery's cards whose
  excerpt happened to end a sentence (up to three in a row, between cut-off ones) belong to
  the same run;
- the headlines that end the article: three or more lines in a row reaching its last line,
  each a headline in Title Case or in sentence case ("Webb telescope finds a galaxy shaped
  like a question mark": five to eighteen words, no closing stop, question, colon or comma,
  not a fixture or a credit), not a list the story introduces with a colon, not items that
  all open with the same word. A story does not end on three headlines;
- slides of a gallery: three or more counters of one slideshow ("1 of 12", "Hide Caption 2
  of 25") a few lines apart, and the captions between them.

The run is one finding, and --fix drops it with the blank lines around it.
"""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.model.document import Document
from newslint.rules.kinds import paragraph_removal
from newslint.rules.rule import Example, Hit, Rule

_MINOR = frozenset(
    "a an the and or but nor for of in on at to by with from as vs via into onto over up out off "
    "is are be was its it's than that".split()
)
_WORD = lazy_re.compile(r"[^\W\d_][\w'’.-]*")
_RUN = 3
_MAX_END_RUN = 40  # lines read back from the end for its run of headlines


# A headline joins its words with these; a name, a title or a place rarely does.
_JOINERS = frozenset("to of in on for with from at over into after before against amid".split())


def _headline_shaped(line: str) -> bool:
    """A headline in Title Case: "Redesigned Scopes Fail to Stop 'Superbug' Outbreaks".
    Not a name or a place ("First Baptist Church Fellowship Hall"), a credit ("Emily
    Blunt as Kitty", "... by Bonnie Garmus"), a score or a dated entry."""
    if not 20 <= len(line) <= 160 or line.endswith((".", ":", ";", ",")) or line.startswith(("By ", "by ")):
        return False
    if not line[0].isupper() and line[0] not in "'‘\"“" or any(c in line for c in "(|:") or line.count(",") > 1:
        return False
    if any(c.isdigit() for c in line):
        return False
    words = _WORD.findall(line)
    lowered = [w.lower() for w in words]
    major = [w for w in words if w.lower() not in _MINOR]
    return (5 <= len(words) <= 18 and len(major) >= 4 and all(w[0].isupper() for w in major)
            and any(w in _JOINERS for w in lowered) and "as" not in lowered and "by" not in lowered)


_FIXTURE = lazy_re.compile(r"[ ]v[s.]?[ ]|[ ]vs\.?[ ]")  # "Newcastle v Tottenham": a draw, not a headline


def _sentence_case_headline(line: str) -> bool:
    """A headline as most sites write it, in sentence case: "Webb telescope finds a galaxy
    shaped like a question mark". A line of five to eighteen words, opening with a capital,
    ending with no stop, question, colon or comma; not a credit, a fixture or a list of names."""
    if not 25 <= len(line) <= 130 or line.endswith((".", ":", ";", ",", "!", "?", "…", '"', "”", "'", "’")):
        return False
    if not (line[0].isupper() or line[0] in "'‘\"“") or line.startswith(("By ", "Photo", "Image")):
        return False
    if any(c in line for c in "|([@") or line.count(",") > 1 or _FIXTURE.search(line):
        return False
    # One sentence: a paragraph glued to the subhead after it ("... three guarantees.
    # At-least-once task execution") has two.
    return 5 <= len(_WORD.findall(line)) <= 18 and not _sentence_ends(line)


def _end_run(flags: list[bool], shown: list[str]):
    """The run of headlines that ends the article: three or more reaching its last line,
    not a list the story introduces with a colon, not items that all open with one word
    (a story's list: "He would ...", "He would ...")."""
    first = len(flags)
    while first > 0 and flags[first - 1]:
        first -= 1
    if len(flags) - first < _RUN or first == 0 or shown[first - 1].endswith(":"):
        return None
    if len({s.split()[0].lower() for s in shown[first:]}) == 1:
        return None
    return first, len(flags) - 1


_SENTENCE_END = lazy_re.compile(r"[\w%)][.!?][\"”’']?[ ]+[\"“‘']?(?=[A-Z])")
_ENDS = (".", "!", "?", '"', "”", "’", "'", ")", ":", ";", "…")


# "Rep. Maria Lopez", "Dr. Chen", "St. Louis": a title's full stop ends no sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof rep reps sen sens gov lt gen col sgt capt cmdr adm maj pvt st mt ft rev hon jr sr "
    "inc corp co ltd no nos vs gov't dept univ ave blvd rd sq".split()
)


def _sentence_ends(paragraph: str) -> list:
    ends = []
    for end in _SENTENCE_END.finditer(paragraph):
        before = paragraph[max(0, end.start() - 12) : end.start() + 1].split()
        word = before[-1].strip("\"“‘'(").lower() if before else ""
        if word not in _ABBREVIATIONS and not (len(word) == 1 and word.isalpha()):
            ends.append(end)
    return ends


def _cut_off(paragraph: str) -> bool:
    """A summary cut mid-clause: a full sentence, then a long clause that stops."""
    if len(paragraph) > 1200 or paragraph.endswith(_ENDS) or not paragraph[-1:].isalpha():
        return False
    if not (paragraph[0].isupper() or paragraph[0] in "\"“‘'"):
        return False
    ends = _sentence_ends(paragraph)
    if not ends:
        return False
    fragment = paragraph[ends[-1].end() :]
    if " — " in fragment or " – " in fragment:
        return False  # a letter's signature after its last sentence: "... — Martin Coles, Station Road"
    words = _WORD.findall(fragment)
    return len(words) >= 6 and not all(w[0].isupper() for w in words if w.lower() not in _MINOR)


def _runs(flags: list[bool]):
    start = None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            if index - start >= _RUN:
                yield start, index - 1
            start = None


# A slideshow's counter, on its own line or ending a caption: "1 of 20", "Slide 3 / 20",
# "... on Tuesday. Hide Caption 4 of 25".
_COUNTER = lazy_re.compile(
    r"((?:hide|show)[ ]caption[ ]|(?:image|photo|picture|slide)s?[ ])?(\d{1,3})[ ]?(?:of|/)[ ]?(\d{1,3})$",
    re.IGNORECASE,
)
_SLIDE_GAP = 4  # lines of caption and credit between two counters


def _slides(shown: list[str]):
    """Slides of a gallery: three or more counters of one slideshow ("3 of 20", "4 of
    20", ...) a few lines apart, and everything between them. A date ("2/26/2015") or a
    score is not a counter: the numbers must climb under one total."""
    counters = []
    for index, line in enumerate(shown):
        match = _COUNTER.search(line) if len(line) <= 500 and line[-1:].isdigit() else None
        # A counter alone on its line, or a caption's "Hide Caption 4 of 25" (not "won 3 of 20").
        if match is not None and (match.start() == 0 or (match.group(1) or "").lower().startswith(("hide", "show"))):
            number, total = int(match.group(2)), int(match.group(3))
            if 0 < number <= total and total >= 3:
                counters.append((index, number, total))
    run: list[tuple[int, int, int]] = []
    for counter in [*counters, None]:
        if (counter is not None and run and counter[2] == run[-1][2] and counter[1] > run[-1][1]
                and counter[0] - run[-1][0] <= _SLIDE_GAP + 1):
            run.append(counter)
            continue
        if len(run) >= _RUN:
            yield run[0][0], run[-1][0]
        run = [counter] if counter is not None else []


_GAP = 3  # a gallery's whole excerpts between its cut-off ones


def _card(paragraph: str) -> bool:
    """A paragraph that could be a card's excerpt: a sentence or more of prose."""
    return (paragraph[:1].isupper() or paragraph[:1] in "\"“‘'") and len(_WORD.findall(paragraph)) >= 15


def _gallery(cut: list[bool], shown: list[str]):
    """Runs of cut-off summaries, each carried on through the rest of its gallery: a
    card whose excerpt happened to end a sentence, up to _GAP of them in a row, sits
    between cut-off ones. Never past the last cut-off one: the story may go on there."""
    taken = -1
    for first, last in _runs(cut):
        if first <= taken:
            continue
        end, gap, index = last, 0, last + 1
        while index < len(cut):
            if cut[index]:
                end, gap = index, 0
            elif gap < _GAP and _card(shown[index]):
                gap += 1
            else:
                break
            index += 1
        taken = end
        yield first, end


def check(doc: Document, options):
    text = doc.text
    lines = [line for line in doc.lines if line.start >= doc.content_start and text[line.start : line.end].strip()]
    shown = [text[line.start : line.end].strip() for line in lines]
    headline = doc.headline or (0, 0)
    is_headline = [headline[0] <= line.start < headline[1] for line in lines]
    counts: dict[str, int] = {}
    for item in shown:
        counts[item] = counts.get(item, 0) + 1
    headlines = [_headline_shaped(s) and counts[s] == 1 and not top for s, top in zip(shown, is_headline)]
    for index in range(1, len(lines)):
        if headlines[index] and not headlines[index - 1] and shown[index - 1].endswith(":"):
            headlines[index] = False  # the first item of a list the story introduces ("Roads closed:")
    cut = [_cut_off(s) and not top for s, top in zip(shown, is_headline)]
    # At the article's end, other stories' headlines in sentence case too.
    tail = len(shown) - min(len(shown), _MAX_END_RUN)
    at_end = _end_run([not top and counts[s] == 1 and (h or _sentence_case_headline(s))
                       for s, top, h in zip(shown[tail:], is_headline[tail:], headlines[tail:])], shown[tail:])
    slides = list(_slides(shown))
    if at_end is not None and slides and slides[-1][1] >= tail + at_end[0]:
        at_end = None  # a gallery's captions, each with its counter: its slides
    def run_hit(first: int, last: int, what: str) -> Hit:
        return Hit((lines[first].start, lines[last].end), f"{what} ({last - first + 1} lines from '{shown[first][:40]}'): "
                   "remove them", fix=paragraph_removal(text, lines[first].start, lines[last].end))

    if at_end is not None and not all(headlines[tail + at_end[0] : tail + at_end[1] + 1]):
        first, last = tail + at_end[0], tail + at_end[1]
        yield run_hit(first, last, "Headlines of other stories at the end")
        for index in range(first, last + 1):
            headlines[index] = False
    for runs, what in ((_runs(headlines), "Headlines of other stories"), (_gallery(cut, shown), "Cut-off summaries of other stories"),
                       (slides, "Slides of a gallery")):
        for first, last in runs:
            yield run_hit(first, last, f"{what} scraped with the story")


RULE = Rule(
    code="JK011",
    name="teaser-run",
    category="junk",
    severity="warning",
    summary="A run of other stories' headlines or cut-off summaries, or a gallery's slides, scraped without a heading",
    why=(
        "Pages list other stories, and the list's heading is often lost in extraction. Its "
        "shape stays: three or more Title Case headlines in a row that the story never uses "
        "again as subheads, three or more headlines in sentence case that end the article, or "
        "three or more paragraphs in a row cut off mid-clause, as a teaser card's excerpt is "
        "cut at a fixed length (with the gallery's whole excerpts between them), or three or more slide counters of one slideshow. Copy is not written that way: a "
        "subhead stands alone, a table of contents repeats the subheads below it, a list of "
        "names has commas or parentheses, and a paragraph ends its sentence. The run is one "
        "finding, so --fix drops it whole."
    ),
    check=check,
    examples=(
        Example("Galaxies merge early\n\nWebb saw two galaxies merging, the team said on Monday.\n\nThe team plans more "
                "observations this year.\n\n[[Webb telescope finds a galaxy shaped like a question mark\n\nWhy the moon "
                "is slowly drifting away from Earth\n\nNasa picks four astronauts for the next lunar mission]]",
                bad=True, article=True),
        Example("Galaxies merge early\n\nWebb saw two galaxies merging, the team said on Monday.\n\nThe team will next "
                "look for:\n\nSigns of water in the gas around the pair\n\nThe age of the oldest stars in both\n\n"
                "How fast the black holes at their centres are growing", bad=False, article=True),
        Example("Obama interview\n\nThe president spoke to the BBC on Thursday.\n\nHe said the UK must stay in the EU "
                "to have influence\n\nHe said the Iran nuclear deal will be passed by Congress\n\nHe said Syria needs a "
                "political solution to defeat the Islamic State group", bad=False, article=True),
        Example("Letters\n\nHere are this week's letters.\n\nThe bus cut will leave the estate cut off. Some of us do "
                "not drive and cannot afford taxis — Ann Price, Hillside Road\n\nIs anyone going to fix the clock? It has "
                "said twenty past four for a year — Martin Coles, Station Road\n\nThe new cycle lane is welcome. The signs "
                "are too small for drivers to notice — P. Shah, Mill Street", bad=False, article=True),
        Example(
            "Flag photo draws backlash\n\nA photographer is fighting back after a photo drew criticism.\n\n"
            "She said she meant to honour the flag.\n\n[[Pizza Man Makes Special Delivery to Troops in Afghanistan\n\n"
            "Redesigned Scopes Fail to Stop Hospital Superbug Outbreaks\n\nAntarctica Post Office Attracts "
            "Record Number of Applicants]]\n\nShe plans to give part of her profits to charity.",
            bad=True,
            article=True,
        ),
        Example(
            "Flag photo draws backlash\n\nThe photographer said she meant to honour the flag.\n\nShe will give "
            "part of her profits to charity.\n\n[[The actor best known for a 1980s sitcom died on Tuesday at age 69. "
            "A publicist said he suffered a heart attack in Los Angeles. Born in Canada, he enjoyed a long "
            "career as a writer, producer and\n\nEastern Aleppo has fallen, according to the Russian ambassador. "
            "Residents of eastern Aleppo told reporters that the shelling had stopped by the time the\n\n"
            "A video shows an airport police officer dragging a passenger along an aisle. The passenger was "
            "removed from the flight for failing to follow the instructions of the crew, who]]",
            bad=True,
            article=True,
        ),
        Example(
            "Flag photo draws backlash\n\nThe photographer said she meant to honour the flag, and she will give part of "
            "her profits to charity.\n\n[[An actor best known for a 1980s sitcom died on Tuesday at age 69. A publicist "
            "said he suffered a heart attack in Los Angeles. Born in Canada, he enjoyed a long career as a writer, "
            "producer and\n\nEastern Aleppo has fallen, according to the Russian ambassador. Residents told reporters "
            "that the shelling had stopped by the time the\n\nA video shows an airport officer dragging a passenger "
            "along an aisle. The passenger was removed from the flight for failing to follow the crew's\n\n"
            "The coldest air in a decade will reach Chicago this week. If the city stays in single digits on Thursday, "
            "it will be the coldest late autumn since 1995.\n\nAn eight-year-old boy called for help when his mother "
            "and their dog fell into an icy pond. Their neighbour told reporters that they were walking behind the]]",
            bad=True,
            article=True,
        ),
        Example(
            "Storm batters coast\n\nThe storm reached the coast on Monday night, forecasters said.\n\n[[1 of 12\n\n"
            "Waves break over the sea wall in Porthcawl on Monday. (Photo: Ben Birchall/PA)\n\n2 of 12\n\nA fallen "
            "tree blocks a road near Cardiff.\n\n3 of 12]]\n\nFirefighters pump water from a flooded home.",
            bad=True,
            article=True,
        ),
        Example(
            "Storm batters coast\n\nThe storm reached the coast on Monday night.\n\n[[Waves break over the sea wall on "
            "Monday. Hide Caption 1 of 25\n\nA fallen tree blocks a road near Cardiff. Hide Caption 2 of 25\n\n"
            "Firefighters pump water from a flooded home. Hide Caption 3 of 25]]",
            bad=True,
            article=True,
        ),
        Example(
            "Results\n\nThe league's weekend results were mixed.\n\n3/4\n\nThe home side took 3/4 of the points.\n\n"
            "2/26/2015\n\n1 of 3\n\nThe first of three matches was abandoned.\n\n1 of 3",
            bad=False,
            article=True,
        ),
        Example(
            "Qualifiers drawn\n\nThe draw for the regional qualifiers was made on Tuesday.\n\nSeychelles v South "
            "Africa\n\nMauritius v Madagascar\n\nWinners meet in final match",
            bad=False,
            article=True,
        ),
        Example(
            "Prizes awarded\n\nThe judges named three winners on Friday. They were:\n\nJane Okafor\n\nTom Reilly"
            "\n\nAmira Haddad",
            bad=False,
            article=True,
        ),
        Example(
            "Residents oppose the bypass\n\nWe ask the council to think again before the vote in May.\n\nJane Okafor"
            "\n\nChair\n\nMill Lane Residents Association",
            bad=False,
            article=True,
        ),
        Example(
            "Content depth explained\n\nThis guide covers three steps.\n\n- Assess How Deep Is Your Content\n\n"
            "- Rewrite With Content Depth In Mind\n\n- Yes, Content Depth and Breadth Overlap\n\n"
            "Assess How Deep Is Your Content\n\nStart with your best posts.\n\nRewrite With Content Depth In Mind\n\n"
            "Rewrite the thin ones.\n\nYes, Content Depth and Breadth Overlap\n\nBoth matter.",
            bad=False,
            article=True,
        ),
        Example(
            "The year's best television\n\nCritics chose these shows.\n\nMatt Lucas & David Walliams (Little Britain, BBC Three)\n\n"
            "Caroline Quentin (Life Begins, ITV1)\n\nCatherine Tate (The Catherine Tate Show, BBC Two)",
            bad=False,
            article=True,
        ),
        Example(
            "Queue design\n\nThe system has three guarantees. At-least-once task execution\n\nEach task runs at "
            "least once after it is scheduled. No concurrent task execution\n\nOnly one instance runs at a time. "
            "Isolation of lambdas\n\nTasks on different lambdas do not share capacity. Delivery latency",
            bad=False,
            article=True,
        ),
        Example(
            "Snow closes schools\n\nThese schools are closed:\n\nLincoln High School North Campus\n\n"
            "Washington Elementary School Annex\n\nFirst Baptist Church Fellowship Hall",
            bad=False,
            article=True,
        ),
        Example(
            "Oscar nominees named\n\nThe cast includes:\n\nEmily Blunt as Kitty Oppenheimer\n\nMatt Damon as "
            "Leslie Groves of the Army\n\nRobert Downey Jr. as Lewis Strauss of the Commission",
            bad=False,
            article=True,
        ),
        Example(
            "Council backs bus lanes\n\nThe council voted on Tuesday.\n\nNew Lanes On Main Street\n\nWork "
            "begins in May.\n\nCyclists Welcome The Plan\n\nGroups said they were pleased.",
            bad=False,
            article=True,
        ),
    ),
    source=__name__,
)
