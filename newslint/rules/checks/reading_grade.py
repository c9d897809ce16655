"""RD001 reading-grade: an article whose Flesch-Kincaid grade is above the target."""

from __future__ import annotations

from newslint.analysis.index import analysis
from newslint.analysis.readability import grade, scores, word_count
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule

MIN_WORDS = 100  # grade formulas mean little on a few sentences


def check(doc: Document, options):
    found = analysis(doc)
    if sum(found.prose_words) < options["min-words"]:
        return
    sentences = found.prose
    texts = [doc.slice(s) for s in sentences]
    level, ease = scores(" ".join(texts))
    if level <= options["max-grade"]:
        return
    weights = sorted(
        ((grade(t) * word_count(t), s) for t, s in zip(texts, sentences)),
        key=lambda pair: -pair[0],
    )
    heaviest = [s for _, s in weights[:2]]
    shown = "; ".join(f"line {doc.position(s.start)[0]} ({word_count(doc.slice(s))} words)" for s in heaviest)
    yield Hit(
        heaviest[0],
        f"Reading grade {level:.1f} (Flesch-Kincaid; reading ease {ease:.0f}) is above the target "
        f"of {options['max-grade']:g}. The sentences that weigh most: {shown}",
    )


RULE = Rule(
    code="RD001",
    name="reading-grade",
    category="readability",
    severity="warning",
    summary="An article that reads above the target grade",
    why=(
        "Professional news copy measures around Flesch-Kincaid grade 10-11 (BBC median 10.3, "
        "90th percentile 12.2; US political news median 10.8, p90 13.6). The default target, "
        "14, is the top of what professional copy measures, so the warning marks copy that is "
        "harder than nearly all published news. Grade formulas are accurate to about 1.5 "
        "grades: this is advice, never an error. Scored on the body's own sentences: the "
        "headline, byline and quoted speech are left out. The finding points at the sentences "
        "that weigh most; splitting them is the quickest fix."
    ),
    check=check,
    examples=(
        Example(
            "Notwithstanding considerable institutional reluctance, the intergovernmental "
            "commission's comprehensive recommendations concerning infrastructural "
            "modernisation were unanimously ratified following protracted deliberations.\n\n"
            "[[Representatives of numerous municipal administrations characterised the "
            "consolidated implementation framework as unprecedentedly ambitious, "
            "notwithstanding persistent uncertainty regarding the availability of supplementary "
            "intergovernmental appropriations and the administrative capacity of participating "
            "authorities.]]\n\nSubsequent evaluations will systematically examine "
            "organisational effectiveness, environmental sustainability and socioeconomic "
            "consequences across participating jurisdictions, according to preliminary "
            "documentation circulated among stakeholders.",
            bad=True, options={"min-words": 40},
        ),
        Example(
            "The council voted on Monday to fix the roads. The work starts in May. Crews will "
            "fill potholes first, then repave the worst streets. The mayor said the plan would "
            "cost $2 million. Residents said they were glad. One man said his street had not "
            "been paved in 20 years. The council will meet again in June to review progress.",
            bad=False, options={"min-words": 40},
        ),
    ),
    options={"max-grade": 14, "min-words": MIN_WORDS},
    source=__name__,
)
