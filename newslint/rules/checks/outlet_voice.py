"""CO008 outlet-voice: the copy speaks as a different outlet than its byline."""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule

# Outlets whose names are not shaped like "X News" or "The X Times".
KNOWN_OUTLETS = (
    "CNN", "BBC", "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "NPR",
    "Bloomberg", "Al Jazeera", "Axios", "Politico", "USA Today", "The Guardian", "The Independent",
    "The Telegraph", "Euronews", "DW", "France 24", "CNBC", "Newsweek", "HuffPost", "Insider",
    "Vox", "The Hill", "MSNBC", "Sky News", "ITV News", "Channel 4 News", "Fox News",
)
# Words of an outlet's name are at most 40 characters: tried from every capital of one long
# capitalised token, an unbounded word would be read to the token's end each time.
_SHAPED = r"(?:The[ ])?(?:[A-Z][\w&'.-]{0,39}+[ ]){1,3}(?:News(?:[ ]Digital)?|Times|Post|Herald|Journal|Tribune|Gazette|Chronicle|Daily|Telegraph|Observer|Courier|Ledger|Record|Dispatch|Review|Star|Sun|Mail|Express|Mirror|Bulletin|Report)"
OUTLET = rf"(?:{'|'.join(re.escape(o) for o in sorted(KNOWN_OUTLETS, key=len, reverse=True))}|{_SHAPED})"
# The outlet speaking of its own reporting: only an outlet says this of itself.
VOICE = lazy_re.compile(
    rf"(?P<outlet>{OUTLET})[ ](?:(?:has|have|had|was|were|is|could|can)[ ])?(?:not[ ]been[ ]able[ ]to|"
    rf"been[ ]unable[ ]to|unable[ ]to|not|could[ ]not|cannot)[ ](?:independently[ ])?(?:verify|confirm)"
    rf"|(?P<outlet2>{OUTLET})[ ](?:(?:has|have|had)[ ])?(?:reached[ ]out[ ]to|(?:contacted|approached|asked)"
    rf"[^.]{{0,80}}\bfor[ ](?:a[ ])?(?:comment|response))"
    rf"|(?P<outlet3>{OUTLET})['’]s[ ](?:[A-Z][a-z]+[ ]){{1,3}}contributed[ ](?:to[ ])?(?:this[ ])?report"
)
_SYNDICATION = lazy_re.compile(
    r"contributed[ ]to[ ]this[ ]report|originally[ ](?:appeared|published)|syndicat|reprinted|"
    r"republished|with[ ]permission|©|\(c\)",
    re.IGNORECASE,
)
_OUTLET_WORDS = lazy_re.compile(
    r"\b(?:news|times|post|press|media|daily|herald|journal|tribune|gazette|chronicle|wire|"
    r"agency|network|reuters|bbc|cnn|ap|afp|telegraph|observer|courier|ledger|review|report)\b",
    re.IGNORECASE,
)


def _normal(name: str) -> str:
    words = re.sub(r"[^\w ]", " ", name.lower()).split()
    return " ".join(w for w in words if w not in ("the", "news", "digital", "online", "com"))


def own_outlet(doc: Document, configured: str | None) -> str | None:
    """Who the article says it is from: config, front matter, or the byline."""
    if configured:
        return configured
    if isinstance(doc.meta.get("outlet"), str):
        return doc.meta["outlet"]
    if doc.byline is None:
        return None
    byline = re.sub(r"^\s*by\s+", "", doc.slice(doc.byline), flags=re.IGNORECASE).strip()
    if "," in byline:
        return byline.rsplit(",", 1)[1].strip() or None
    if byline.islower() or (_OUTLET_WORDS.search(byline) and not re.search(r"\band\b", byline)):
        return byline  # "by time news": an outlet, not a person
    return None


def _same_outlet(a: str, b: str) -> bool:
    a, b = _normal(a), _normal(b)
    return bool(a) and bool(b) and (a == b or a in b.split() or b in a.split() or a in b or b in a)


def check(doc: Document, options):
    own = own_outlet(doc, options.get("publication"))
    if not own:
        return
    syndicated = _SYNDICATION.search(doc.text) is not None
    dateline = doc.dateline
    if dateline and not dateline.credit and not syndicated and re.fullmatch(OUTLET, dateline.place) and not _same_outlet(dateline.place, own):
        start, end = dateline.span
        while end > start and doc.text[end - 1] in " —–-":
            end -= 1
        yield Hit((start, end), f"Dateline credits {dateline.place}, but the byline is {own}: credit the source or rewrite")
    for paragraph in doc.paragraphs:
        for match in VOICE.finditer(doc.text, *paragraph):
            outlet = match.group("outlet") or match.group("outlet2") or match.group("outlet3")
            if not _same_outlet(outlet, own):
                yield Hit(match.span(), f"The copy speaks as {outlet}, but the byline is {own}: copied text, or a missing credit")


RULE = Rule(
    code="CO008",
    name="outlet-voice",
    category="consistency",
    severity="warning",
    summary="Copy that speaks as a different outlet than its byline",
    why=(
        "Only CNN writes 'CNN has not been able to independently verify'. Under another byline "
        "it means the copy was lifted, or a syndication credit was lost. The article's outlet "
        "comes from the rule's `publication` option, the front matter's `outlet`, or the "
        "byline. Wire datelines ('(AP) —') on syndicated copy are normal, and quoting another "
        "outlet's interview ('told the BBC') is not speaking as it."
    ),
    check=check,
    examples=(
        Example(
            "Video shows shelling\n\nBy Petra Nyberg, The Baltic Herald\n\nThe footage shows two "
            "trucks on fire.\n\n[[CNN has not been able to independently verify]] the video.\n",
            bad=True, article=True,
        ),
        Example(
            "Senate advances bill\n\nBy Owen Bradley, The Capitol Observer\n\n[[CNN]] — A Senate "
            "committee on Wednesday advanced a shipping bill.\n",
            bad=True, article=True,
        ),
        Example(
            "Militia claims drone\n\nBy Tomasz Wilk, Reuters\n\nReuters could not independently "
            "verify the claim.\n",
            bad=False, article=True,
        ),
        Example(
            "School meals expand\n\nBy Grace Wanjiru, The Riverside Gazette\n\nNAIROBI, Kenya (AP) "
            "— Kenya will extend free school lunches, the ministry said. The minister told the "
            "BBC the plan was funded.\n",
            bad=False, article=True,
        ),
    ),
    options={"publication": ""},
    source=__name__,
)
