"""SC005 chatbot-frame: the model handing its article over, or signing off, around the story.

SC003 lists a chatbot's set phrases; the handover and the sign-off come in endless other
wordings ("Of course! Here's an article covering the council meeting:", "If you'd like, I
can also write a shorter version for social media."). What they share is who they speak to:
not the reader but the person who asked for the text, about the text. So this rule reads
only the story's frame, its first two and last three paragraphs, and outside quotation
marks flags a sentence that

- hands the text over: "here is / below is / I've written" and a word for the text itself
  (article, story, draft, version, headline, summary...), with an assistant's interjection
  ("Sure!", "Certainly,"), a colon that introduces what follows, or the requester named
  ("you asked for", "based on your notes", "600-word");
- offers more work on it: the requester addressed (you, your) and the writer offering or
  asking (I, me, "let me know", "feel free", "don't hesitate") about changes to the text
  (changes, adjustments, tone, length, a shorter version, anything else to add);
- asks whether to do more: "Do you want me to add a pull quote?", "Should I expand the
  section on ...?" (a question with me or I doing work on a part of the text);
- or disowns it: "Note:" or "Disclaimer:" saying the article or its quotes are fictional,
  generated or to be verified, "This is a fictional news story created for ...", or telling
  the requester to check "the details you provided".

A columnist's "Let me know what you think: email me" names no change to the text, and a
quoted speaker's "I hope you like the story" is inside quotation marks: both stay silent.
"""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.model.document import Document
from newslint.model.span import Span
from newslint.rules.kinds import paragraph_removal
from newslint.rules.rule import Example, Hit, Rule

# What a model calls the text it hands over. Not "text", "summary" or "story" alone: "Here is
# the full text of the statement:" and "Here's a summary of the ruling:" are a reporter's.
_TEXT = (r"(?:(?:news|feature)[ -](?:article|story|report|piece|item)|(?:news[ -]style|rewritten|revised|"
         r"updated|edited|shorter|longer|final|polished) (?:article|story|version|piece)|article|draft|version|"
         r"write-?up|rewrite|blog post|press release)s?")
# The parts of it a model offers to add or change.
_PARTS = (r"(?:" + _TEXT + r"|summary|summaries|headlines?|standfirst|subhead(?:ing)?s?|captions?|(?:pull )?quotes?|"
          r"section|paragraph|intro(?:duction)?|conclusion|length|tone|translation|(?:social media )?posts?|"
          r"tweets?|thread|bullet points|sidebar|timeline|keywords|meta description)")
_INTERJECTION = (r"(?:sure|certainly|of course|absolutely|okay|ok|great(?: question| idea)?|no problem|"
                 r"happy to help|here you go)\b[!,.]*(?:[ \t]*[—–-](?=[ \t]))?")
_BARE_INTERJECTION = lazy_re.compile(_INTERJECTION + r"[ \t]*", re.IGNORECASE)
_HANDOVER = lazy_re.compile(
    r"^(?P<interjection>" + _INTERJECTION + r"[ \t]*)?(?P<requested>as (?:requested|you asked),?[ \t]+)?"
    r"(?:here(?:'s|’s| is| are)|below(?: is| are|'s|’s| you(?:'ll|’ll| will) find)|I(?:'ve|’ve| have) "
    r"(?:written|drafted|prepared|put together|created|composed)|this is)[ \t]+"
    r"(?:[\w,'’-]+[ \t]+){0,7}?" + _TEXT + r"\b",
    re.IGNORECASE,
)
# The request named, beside a handover: "... following the structure you outlined."
_REQUEST_NAMED = lazy_re.compile(
    r"\byou(?:'ve|’ve| have)? (?:requested|asked|outlined|specified|described|mentioned|provided|shared|gave|"
    r"supplied|sent|wanted)\b|\byour (?:site|publication|outlet|blog|notes|prompt|request|instructions)\b",
    re.IGNORECASE,
)
# The request named on its own (a "you gave the players a week off" is a coach's).
_REQUESTED = lazy_re.compile(
    r"\b(?:you (?:requested|asked for)|(?:details|information|notes|facts|points|outline|prompt|material) "
    r"you (?:provided|gave|shared|supplied|sent|outlined)|as requested|based on (?:your|the) "
    r"(?:notes|prompt|request|instructions|details|information)|your (?:notes|prompt|request|instructions)|"
    r"\d+[- ]word|in (?:AP|a neutral|an? (?:engaging|formal|journalistic)) (?:style|tone))\b",
    re.IGNORECASE,
)
_ADDRESSED = lazy_re.compile(r"\b(?:you|your|you'd|you’d|you'll|you’ll)\b", re.IGNORECASE)
_OFFERING = lazy_re.compile(
    r"\b(?:I|me|I'd|I’d|I'll|I’ll|I can|(?i:let me know|just ask|feel free|don't hesitate|do not hesitate|happy to))\b"
)
# An offer needs no "you" when it asks to be told: "Happy to tweak anything - just let me know!"
_ASKS_TO_BE_TOLD = lazy_re.compile(r"\b(?:let me know|just ask)\b", re.IGNORECASE)
# "I can also provide a summary if needed": the offer names the text it would write.
_OFFER_TO_WRITE = lazy_re.compile(
    r"\bI (?:can|could|would be happy to)(?: also)? (?:write|provide|draft|create|prepare|produce|generate|rewrite|"
    r"adapt|tailor|expand|shorten|translate|suggest|add)\b(?:[ \t]+[\w'’/-]+){0,4}?[ \t]+" + _PARTS + r"\b"
)
# A question offering more work: "Do you want me to add a pull quote?", "Should I expand the
# section on ...?", "Want me to turn this into a thread?"
_OFFER_QUESTION = lazy_re.compile(
    r"\b(?:(?:would|do) you (?:like|want) me to|want me to|shall I|should I)[ \t]+(?:also[ \t]+)?(?:add|expand|"
    r"turn|write|suggest|include|adjust|change|revise|shorten|make|create|draft|provide|tweak|rewrite|translate|"
    r"cut|trim|rework|polish)\b(?=[^?]*\b(?:" + _PARTS + r"|this|it)\b)[^?]*\?",
    re.IGNORECASE,
)
_WORK_ON_TEXT = lazy_re.compile(
    r"\b(?:changes|adjustments?|revisions?|revise|modifications?|modify|edits|tweaks?|tweak|tone|length|"
    r"angle|(?:shorter|longer|different|alternative|another) (?:version|take|headline|angle)|rewrite|expand|shorten|"
    r"customi[sz]e|tailor|starting point|first draft|(?:anything|something) else|"
    r"further (?:changes|details|edits|assistance)|add (?:more|quotes|details)|need(?:s)? correcting|"
    r"more details|additional details|the article|this article|the story|this story|the draft|this draft)\b",
    re.IGNORECASE,
)
_DISOWNS = lazy_re.compile(
    r"^(?:please )?(?:note|disclaimer)\b[ \t]*:?[ \t]*(?=.*\b(?:fictional|fictitious|hypothetical|illustrative|"
    r"generated|AI|placeholders?|invented|verif(?:y|ied)|fact-check(?:ed)?|real-time)\b)"
    # "This is a fictional news story created for illustrative purposes."
    r"|^this (?:is|was) (?:a |an )?(?:fictional|fictitious|hypothetical|made-up|sample|mock)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:article|story|piece|report|news story|news article)\b(?=.*\b(?:created|generated|written|illustrative|"
    r"demonstration|example)\b)",
    re.IGNORECASE,
)
# Every form above holds one of these (lower-cased): a sentence without any is read no further.
# Substring tests, as a gate: a regex with as many alternatives is tried at every position.
_SIGNS = ("here", "below", "i've", "i’ve", "i have", "i can", "i could", "i would", "this is", "this was", "note",
          "disclaimer", "hope", "you", "let me", "just ask", "requested", "word", "should i", "shall i", "want me", "?")
_HELPS = lazy_re.compile(r"^hope (?:this|that|it) helps\b", re.IGNORECASE)
_QUOTES = ('"', "“", "”")


def _frame(doc: Document):
    """The first two and the last three of the story's paragraphs (the headline is not one)."""
    paragraphs = [p for p in doc.paragraphs if not doc.headline or p.start >= doc.headline[1]]
    chosen = {index for index in (0, 1, len(paragraphs) - 3, len(paragraphs) - 2, len(paragraphs) - 1)
              if 0 <= index < len(paragraphs)}
    return [paragraphs[index] for index in sorted(chosen)]


# A sentence ends at its marks and the space after them. Cruder than the story's splitter
# (model/sentences.py), which knows "Mr." and "U.S.", and cheaper: a title's full stop only
# cuts a sentence of the frame in two, and neither half then reads as a model's.
# Tried only from a run's first mark, so a run of "?" with no space after it is read once.
_SENTENCE_END = lazy_re.compile(r"(?<![.!?…])[.!?…]++[\"”’')\]]*+[ \t]++")


def _sentences(text: str, paragraph: Span) -> list[Span]:
    spans, start = [], paragraph.start
    for end in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        spans.append(Span(start, end.start() + len(end.group().rstrip())))
        start = end.end()
    if start < paragraph.end:
        spans.append(Span(start, paragraph.end))
    return spans


def _speaks_to_requester(sentence: str, after_interjection: bool) -> bool:
    """after_interjection: the sentence before it was only "Sure!" or "Great question!".
    Each form is tried only where its words are (substring tests first: they are cheap)."""
    lowered = sentence.lower()
    if any(mark in sentence for mark in _QUOTES) or not any(sign in lowered for sign in _SIGNS):
        return False
    if len(sentence.split()) > 45:
        return False
    sentence = sentence.lstrip("([ ").rstrip(")] ")  # "(Note: ...)" is the same note
    handing = any(w in lowered for w in ("here", "below", "i've", "i’ve", "i have", "this is"))
    handover = _HANDOVER.search(sentence) if handing else None
    if handover and (handover.group("interjection") or handover.group("requested") or after_interjection
                     or sentence.endswith(":") or _REQUESTED.search(sentence) or _REQUEST_NAMED.search(sentence)):
        return True
    if ("note" in lowered or "disclaimer" in lowered or "this " in lowered) and _DISOWNS.search(sentence):
        return True
    if lowered.startswith("hope") and _HELPS.search(sentence):
        return True
    if "i c" in lowered or "i would" in lowered or "?" in sentence:
        if _OFFER_TO_WRITE.search(sentence) or _OFFER_QUESTION.search(sentence):
            return True
    addressed = "you" in lowered and _ADDRESSED.search(sentence) is not None
    if addressed and _REQUESTED.search(sentence):
        return True
    return bool((addressed or _ASKS_TO_BE_TOLD.search(sentence)) and _OFFERING.search(sentence)
                and _WORK_ON_TEXT.search(sentence))


def check(doc: Document, options):
    text = doc.text
    for paragraph in _frame(doc):
        lowered = text[paragraph.start : paragraph.end].lower()
        if not any(sign in lowered for sign in _SIGNS):
            continue
        inside = _sentences(text, paragraph)
        said = [text[s.start : s.end] for s in inside]
        bare = [_BARE_INTERJECTION.fullmatch(words) is not None for words in said]
        flagged = [_speaks_to_requester(said[index], index > 0 and bare[index - 1]) for index in range(len(inside))]
        for index in range(1, len(inside)):
            flagged[index - 1] = flagged[index - 1] or bare[index - 1] and flagged[index]  # "Sure!" goes with it
        # A handover glued to the story's first sentence ("Here is the article: Flood defences
        # failed ...") ends at its colon: the story after it is not the model's.
        ends = [_handover_end(text, span) if flagged[at] else span.end for at, span in enumerate(inside)]
        if all(flagged) and ends == [span.end for span in inside]:
            yield _hit(text, inside[0].start, inside[-1].end, paragraph_removal(text, paragraph.start, paragraph.end))
            continue
        # Each run of flagged sentences is its own finding, and its fix takes only those
        # sentences (and the space before them): the story's sentences between them stay.
        index = 0
        while index < len(inside):
            if not flagged[index]:
                index += 1
                continue
            last = index
            while last + 1 < len(inside) and flagged[last + 1]:
                last += 1
            last = next((at for at in range(index, last) if ends[at] < inside[at].end), last)  # stops at a cut
            start, end = inside[index].start, ends[last]
            cut = start
            while cut > paragraph.start and text[cut - 1] in " \t":
                cut -= 1
            yield _hit(text, start, end, (cut, end, "") if cut > paragraph.start else (start, _space_after(text, end), ""))
            index = last + 1


def _handover_end(text: str, span: Span) -> int:
    """Where a flagged sentence ends: at its colon when it is a handover and the story goes
    on after the colon, else at its end."""
    sentence = text[span.start : span.end]
    handover = _HANDOVER.search(sentence.lstrip("([ "))
    colon = sentence.find(":", len(sentence) - len(sentence.lstrip("([ ")) + handover.end()) if handover else -1
    return span.start + colon + 1 if colon >= 0 and sentence[colon + 1 :].strip() else span.end


def _space_after(text: str, end: int) -> int:
    while end < len(text) and text[end] in " \t":
        end += 1
    return end


def _hit(text: str, start: int, end: int, fix) -> Hit:
    words = " ".join(text[start:end].split())
    return Hit((start, end), f"Chatbot text around the story, addressed to whoever asked for it: '{words[:80]}'", fix=fix)


RULE = Rule(
    code="SC005",
    name="chatbot-frame",
    category="scaffolding",
    severity="error",
    summary="A chatbot's handover or sign-off around the story ('Of course! Here's an article covering ...:')",
    why=(
        "A generated article comes wrapped in the model's words to the person who asked for it: "
        "a handover before the story ('Sure, here's a news article based on the information you "
        "provided:') and an offer after it ('If you'd like, I can also write a shorter version'). "
        "Their wordings are endless, so this rule reads what they do rather than a list: in the "
        "story's first two and last three paragraphs, outside quotation marks, a sentence that hands "
        "the text over, offers changes to it, or calls it fictional or to be verified. A "
        "columnist's 'let me know what you think' and a quoted speaker stay silent."
    ),
    check=check,
    examples=(
        Example("Floods hit three towns\n\n[[Of course! Here's an article covering the floods:]]\n\n"
                "Flood defences failed in three towns on Tuesday, officials said.", bad=True, article=True),
        Example("Floods hit three towns\n\n[[Here is a 600-word news article on the floods:]]\n\n"
                "Flood defences failed in three towns on Tuesday, officials said.", bad=True, article=True),
        Example("Floods hit three towns\n\n[[Below is the article you requested.]]\n\n"
                "Flood defences failed in three towns on Tuesday, officials said.", bad=True, article=True),
        Example("Floods hit three towns\n\nFlood defences failed in three towns on Tuesday, officials said.\n\n"
                "[[If you'd like, I can also write a shorter version for social media.]]", bad=True, article=True),
        Example("Floods hit three towns\n\nFlood defences failed in three towns on Tuesday, officials said.\n\n"
                "[[Is there anything else you'd like me to add?]]", bad=True, article=True),
        Example("Floods hit three towns\n\nFlood defences failed in three towns on Tuesday, officials said.\n\n"
                "[[Note: The quotes in this article are fictional.]]", bad=True, article=True),
        Example("Floods hit three towns\n\nFlood defences failed in three towns on Tuesday, officials said. "
                "[[Let me know if you need any adjustments!]]", bad=True, article=True),
        Example("Floods hit three towns\n\nFlood defences failed in three towns on Tuesday, officials said.\n\n"
                "[[Shall I trim the section on insurance, or is the length fine?]]", bad=True, article=True),
        Example("Floods hit three towns\n\nFlood defences failed in three towns on Tuesday, officials said.\n\n"
                "[[(This is a fictional news story written to show the format.)]]", bad=True, article=True),
        Example("Floods hit three towns\n\n[[Sure — here's a short news story about the floods, ready for your site.]]\n\n"
                "Flood defences failed in three towns on Tuesday, officials said.", bad=True, article=True),
        Example("Solar panels: readers ask\n\nShould I add solar panels to my roof before the subsidy ends?\n\n"
                "It depends on the roof, installers said.", bad=False, article=True),
        Example("Floods hit three towns\n\nHere is the story of a town that lost its bridge twice in a decade.\n\n"
                "Flood defences failed in three towns on Tuesday, officials said.", bad=False, article=True),
        Example("Floods hit three towns\n\nFlood defences failed in three towns on Tuesday, officials said.\n\n"
                "“I hope you like the story and let me know if you want changes,” the author told readers.",
                bad=False, article=True),
        Example("Floods hit three towns\n\nFlood defences failed in three towns on Tuesday, officials said.\n\n"
                "Let me know what you think: email me at the address below.", bad=False, article=True),
        Example("Floods hit three towns\n\nFlood defences failed in three towns on Tuesday, officials said.\n\n"
                "If you need help, the council's flood line is open all night, and I can tell you it is busy.",
                bad=False, article=True),
        Example("Floods hit three towns\n\nFlood defences failed in three towns on Tuesday, officials said.\n\n"
                "Note: This story has been updated to correct the name of the river.", bad=False, article=True),
    ),
    source=__name__,
)
