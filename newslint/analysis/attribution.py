"""What tells a reader where a claim comes from, and what makes a figure history.

Source cues are the attribution verbs and phrases of real copy: in a corpus of annotated
news articles "said" alone was a fifth of all cues, then says, told, "according to", say,
wrote, added, a colon before a quote, asked, saying, called, noted, reported, announced.
"""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.model.span import SpanIndex

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

_SOURCE_CUES = (
    r"said|says|say|saying|told|tells|telling|according[ ]to|citing|cited|cites|quoted|"
    r"quoting|reported|reports|reporting|confirmed|confirms|confirming|estimated|estimates|"
    r"estimating|announced|announces|stated|added|adds|tweeted|posted|wrote|writes|"
    r"claimed|claims|acknowledged|noted|put[ ]the[ ](?:death[ ]|casualty[ ])?(?:toll|number|figure)|"
    r"(?:'s|’s)[ ]tally|tally[ ](?:by|from|compiled|kept)|figures?[ ](?:released|published|from|issued|provided|compiled|show|showed)|"
    r"data[ ](?:from|released|show|showed)|in[ ]a[ ]statement|statement|spokes(?:man|woman|person)|"
    r"recorded|counted|documented|verified|released|releases|issued|issues|published|"
    r"provided|briefing|bulletin|(?:figures|numbers|data|toll)[ ](?:came|come)[ ]from|"
    r"(?:given|compiled|supplied|provided)[ ]by|"
    r"(?:police|officials?|authorities|ministry|sources?)[ ](?:say|said|believe|fear|estimate)"
)
# Verbs and phrases that introduce speech but do not source a figure ("she warned").
_SPEECH_ONLY = (
    r"asked|asks|replied|replies|responded|explained|explains|recalled|recalls|insisted|"
    r"insists|argued|argues|warned|warns|urged|urges|called|calls|described|describes|declared|"
    r"declares|continued|continues|commented|admitted|admits|conceded|concedes|joked|jokes|"
    r"shouted|cried|whispered|complained|complains|suggested|suggests|pointed[ ]out|went[ ]on|"
    r"in[ ]an[ ]interview|interview|spoke|speaking|speech|address|message|letter|post|"
    r"remarks|writing|testified|agreed|agrees|hoped|believes|thinks|feels|predicted|predicts|"
    r"promised|promises|vowed|vows|pledged|stressed|stresses|emphasi[sz]ed|maintained|"
    r"maintains|observed|revealed|reckoned|reckons|mused|boasted|quipped|adding|noting|"
    r"conceding|insisting|arguing|warning|explaining|recalling|asking|telling|wrote|"
    r"reflected|confessed|announced|declared|continued|countered|retorted|protested|"
    r"demanded|pleaded|appealed|signalled|signaled|indicated|hinted|admitted"
)
SOURCE_CUE = lazy_re.compile(rf"\b(?:{_SOURCE_CUES})\b", re.IGNORECASE)
# A colon ending a line or opening a quotation introduces speech too ("Ms Hewitt said:").
SPEECH_CUE = lazy_re.compile(
    rf"\b(?:{_SOURCE_CUES}|{_SPEECH_ONLY})\b|:\s*$|:\s*[“\"]", re.IGNORECASE | re.MULTILINE
)
SPEECH_CUE_CASELESS = lazy_re.compile(SPEECH_CUE.pattern, re.MULTILINE)  # for Document.caseless

PAST_ANCHOR = lazy_re.compile(
    rf"\b(?:in|during|since|by|from|of|throughout|between)[ ](?:(?:early|late|mid)[- ])?{_MONTH}\b"
    rf"|\b(?:in|during|since|by|from|of|throughout|between)[ ](?:the[ ])?(?:(?:early|late|mid)[- ])?(?:1[89]|20)\d\d(?:s|'s)?\b"
    r"|\blast[ ](?:year|month|decade|century|winter|summer|spring|autumn|fall)\b"
    r"|\b(?:\w+|\d+)[ ](?:years?|decades?|months?|centuries)[ ](?:ago|earlier|before)\b"
    r"|\b(?:previous|earlier|former|past)[ ](?:year|decade|war|conflict|attack|disaster|earthquake|century)\b"
    r"|\bthe[ ](?:1[89]|20)\d\d[ ]\w+"
    r"|\b(?:World[ ]War|the[ ]Holocaust|the[ ]Blitz)\b"
    r"|\b(?:deadliest|worst|biggest)[ ](?:\w+[ ])?since\b"
    r"|\b(?:a|per|each|every)[ ](?:year|day|week|month)\b(?![ ]of|-)|\bannually\b|\byearly\b",
    re.IGNORECASE,
)

# What a neighbouring paragraph must speak of to be the source of a paragraph's figures:
# the figures themselves, or casualties of the same kind.
FIGURE_WORDS = lazy_re.compile(
    r"\b(?:toll|casualt(?:y|ies)|figures?|numbers?|tally|count|bulletin|report|statement|"
    r"update|data)\b",
    re.IGNORECASE,
)
KIND_WORDS = {
    "killed": lazy_re.compile(r"\b(?:killed|dead|died|deaths?|victims|bodies|fatalit(?:y|ies)|lives)\b", re.IGNORECASE),
    "injured": lazy_re.compile(r"\b(?:injured|injuries|wounded|hurt|hospital)\b", re.IGNORECASE),
    "missing": lazy_re.compile(r"\b(?:missing|unaccounted)\b", re.IGNORECASE),
    "casualties": lazy_re.compile(r"\b(?:casualt(?:y|ies)|killed|dead|injured|wounded)\b", re.IGNORECASE),
}


# A cue verb in the passive with no agent names no source: "have been recorded".
_PASSIVE_BEFORE = lazy_re.compile(r"\b(?:been|were|was|are|is|be|being)[ ]$", re.IGNORECASE)
_AGENT_AFTER = lazy_re.compile(r"[ ]by\b", re.IGNORECASE)


def has_cue(text: str, start: int, end: int, skip=()) -> bool:
    """Whether text[start:end] has a source cue that is not inside one of the skip spans
    (a figure's own words: "nine have been confirmed dead" names no one who confirmed),
    nor a passive with no agent ("2,000 cases have been recorded")."""
    skip = SpanIndex(skip)
    for match in SOURCE_CUE.finditer(text, start, end):
        if skip.contains(match.start(), match.end()):
            continue
        passive = _PASSIVE_BEFORE.search(text, max(start, match.start() - 6), match.start())
        if passive and not match.group().lower().endswith(" by") and not _AGENT_AFTER.match(text, match.end()):
            continue
        return True
    return False


def has_speech_cue(text: str, start: int, end: int, caseless: str | None = None) -> bool:
    """Whether text[start:end] has a speech cue. Cues inside quotation marks count too:
    in copy whose paragraphs were merged, quotation marks pair up wrongly, and a missed
    speaker costs more trust than a missed finding. caseless: the document's, if it has one."""
    if caseless is not None:
        return SPEECH_CUE_CASELESS.search(caseless, start, end) is not None
    return SPEECH_CUE.search(text, start, end) is not None
