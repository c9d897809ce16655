"""AT001 unattributed-casualties: a casualty figure with no source behind it."""

from __future__ import annotations

from newslint.analysis.attribution import FIGURE_WORDS, KIND_WORDS, PAST_ANCHOR, has_cue
from newslint.analysis.casualties import CasualtyFigure
from newslint.analysis.index import analysis
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule


class _Paragraphs:
    """What classify asks of a paragraph or sentence, worked out once: asked again for every
    figure, a paragraph of thousands of figures would be rescanned thousands of times."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._figures: dict[int, list] = {}
        self._cue: dict[int, bool] = {}
        self._source: dict[tuple[int, str], bool] = {}
        self._history: dict = {}

    def figures(self, index: int) -> list:
        if index not in self._figures:
            self._figures[index] = analysis(self.doc).casualty_figures(*self.doc.paragraphs[index])
        return self._figures[index]

    def has_cue(self, index: int) -> bool:
        """A source cue outside the paragraph's own figures."""
        if index not in self._cue:
            spans = [(f.start, f.end) for f in self.figures(index)]
            self._cue[index] = has_cue(self.doc.text, *self.doc.paragraphs[index], spans)
        return self._cue[index]

    def gives_source(self, index: int, kind: str) -> bool:
        """Whether a neighbouring paragraph is the source of figures of this kind: it has a
        cue and speaks of the figures or of such casualties."""
        key = (index, kind)
        if key not in self._source:
            text, paragraph = self.doc.text, self.doc.paragraphs[index]
            self._source[key] = self.has_cue(index) and bool(
                FIGURE_WORDS.search(text, *paragraph) or KIND_WORDS[kind].search(text, *paragraph)
            )
        return self._source[key]

    def history(self, sentence) -> bool:
        if sentence not in self._history:
            self._history[sentence] = PAST_ANCHOR.search(self.doc.text, *sentence) is not None
        return self._history[sentence]


class _Sourced:
    """Figures already attributed, by value, for constant-time "same figure" lookups."""

    def __init__(self):
        self.kinds: dict = {}

    def add(self, figure: CasualtyFigure) -> None:
        self.kinds.setdefault(figure.count.value, set()).add(figure.kind)

    def covers(self, figure: CasualtyFigure) -> bool:
        kinds = self.kinds.get(figure.count.value, ())
        return figure.kind in kinds or "casualties" in kinds or (figure.kind == "casualties" and bool(kinds))


def classify(doc: Document):
    """Body figures as (paragraph index, figure, status): attributed, history or bare."""
    result = []
    sourced = _Sourced()
    paragraphs = _Paragraphs(doc)
    for index, paragraph in enumerate(doc.paragraphs):
        for figure in paragraphs.figures(index):
            sentence = doc.sentence_at(figure.start) or paragraph
            if paragraphs.history(sentence):
                status = "history"
            elif doc.in_quote(figure.start):
                status = "attributed"  # the speaker is the source (AT004 checks there is one)
            elif paragraphs.has_cue(index):  # its sentence or paragraph
                status = "attributed"
            elif any(
                0 <= n < len(doc.paragraphs) and paragraphs.gives_source(n, figure.kind)
                for n in (index - 1, index + 1)
            ):
                status = "attributed"  # the neighbouring paragraph gives the source
            elif sourced.covers(figure):
                status = "attributed"  # a repeat of a figure already sourced
            else:
                status = "bare"
            if status == "attributed":
                sourced.add(figure)
            result.append((index, figure, status))
    return result


def _shown(doc: Document, figure: CasualtyFigure) -> str:
    return " ".join(doc.text[figure.start : figure.end].split())


def check(doc: Document, options):
    body = classify(doc)
    sourced = _Sourced()
    for _, f, status in body:
        if status == "attributed":
            sourced.add(f)
    lede = doc.lede if doc.lede is not None else -1
    for index, figure, status in body:
        if status != "bare":
            continue
        shown = _shown(doc, figure)
        sourced_somewhere = sourced.covers(figure)
        if index < lede:  # a standfirst or label line above the lede: sourced like the headline
            if not sourced_somewhere:
                yield Hit((figure.start, figure.end), f"'{shown}' above the lede is not attributed anywhere in the article: say who gives it", severity="error")
        elif not sourced_somewhere:
            where = "in the lede " if index == lede else ""
            severity = "error" if index == lede else None
            yield Hit((figure.start, figure.end), f"'{shown}' {where}has no source: say who gives this figure", severity=severity)
        else:
            yield Hit((figure.start, figure.end), f"'{shown}' has no source here (one comes only later): say who gives this figure")
    if doc.headline is not None:
        headline = doc.headline
        if PAST_ANCHOR.search(doc.text, *headline) or has_cue(doc.text, *headline):
            return  # history, or a headline that names its source ("..., officials say")
        for figure in analysis(doc).casualty_figures(*headline):
            if not sourced.covers(figure):
                yield Hit((figure.start, figure.end), f"Headline figure '{_shown(doc, figure)}' is not attributed anywhere in the article: say who gives it", severity="error")


RULE = Rule(
    code="AT001",
    name="unattributed-casualties",
    category="attribution",
    severity="warning",
    summary="A casualty figure that no source stands behind",
    why=(
        "First casualty estimates are often wrong, so editorial guidelines agree that a reader "
        "must always learn who gives a figure: 'according to the health ministry', 'police "
        "said'. A figure counts as sourced when a source cue is in its sentence or paragraph, "
        "in a neighbouring paragraph about the casualties, or when the same figure was sourced "
        "earlier; headline and standfirst figures are sourced by any attributed mention in the "
        "article. History ('in 2012', 'last year') and obituaries ('died aged 93') are not news "
        "figures and are left alone. Error in the headline or lede when no mention of the figure "
        "is attributed anywhere; warning elsewhere, and for a lede whose source comes only later."
    ),
    check=check,
    examples=(
        Example("Dozens of homes were flattened. [[At least 12 people were killed]] in the collapse.", bad=True),
        Example("The [[death toll has risen to 58]].\n\nRescuers are searching the rubble.", bad=True),
        Example(
            "Bus crash [[kills 14]]\n\nLIMA, Peru (AP) — [[At least 14 people were killed]] when a bus "
            "plunged off a mountain road on Sunday in the Andes.\n",
            bad=True,
            article=True,
        ),
        Example(
            "Bus crash [[kills 14]] in Andes\n\nLIMA, Peru (AP) — A bus plunged off a mountain road "
            "on Sunday, and rescuers said they were still reaching the wreck.\n",
            bad=True,
            article=True,
        ),
        Example(
            "Strikes kill 6, health officials say\n\nBEIRUT (AP) — Airstrikes hit three villages "
            "on Wednesday, and [[six people were killed]].\n",
            bad=True,
            article=True,
        ),
        Example("At least 12 people were killed in the collapse, the fire service said.", bad=False),
        Example("According to the health ministry, 32 people have died.", bad=False),
        Example("A fire at the same factory in 2002 killed 25 people.", bad=False),
        Example("The actor died aged 93 at his home in Surrey.", bad=False),
        Example("The senators killed the bill in committee, and two dead batteries stalled the vote count.", bad=False),
        Example(
            "Bus crash kills 14\n\nLIMA, Peru (AP) — At least 14 people were killed when a bus "
            "plunged off a mountain road on Sunday, police said.\n\nThe 14 dead included three "
            "children.\n",
            bad=False,
            article=True,
        ),
    ),
    source=__name__,
)
