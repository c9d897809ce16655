"""SC004 section-label: an essay's or a Markdown draft's section heading left in a news story.

Generated and templated drafts come in sections, and their headings leak into copy that
is published as plain text:

- Markdown heading or bold markup on a line of its own ("## Conclusion", "**Background**",
  "**Key Takeaways:**"): in a .txt article nothing renders it, so readers see the marks.
  In a Markdown article (.md) it is the article's own formatting and is left alone.
- an essay's turn as a lone line ("In conclusion", "To sum up"), or "Introduction" opening
  the story: a news story's subheads say something ("The bottom line", "What happens
  next"). Web features do head sections "Summary" and "Conclusion", so those stay.

The fix takes the marks off a marked-up heading and keeps its words; an essay's section
name goes with its line.
"""

from __future__ import annotations

from newslint import lazy_re
from newslint.model.document import Document
from newslint.rules.kinds import paragraph_removal, stripped
from newslint.rules.rule import Example, Hit, Rule

# "## Conclusion"; not a press release's end mark "# # #" or a hashtag ("#BusLanes").
_MARKDOWN_HEADING = lazy_re.compile(r"(#{1,6})[ \t]+(?=[^\s#])")
# "**Background**"; not code's "__main__".
_BOLD_LINE = lazy_re.compile(r"(\*\*)([^*\r\n]{1,80}?)\*\*[ \t]*")
# An essay's turns made into headings: never a news subhead. Web features do use
# "Summary" and "Conclusion" as subheads (reviews, long reads), so those are left alone.
_ESSAY_TURNS = frozenset("in-conclusion to-conclude in-summary to-sum-up in-closing to-summarize to-summarise".split())


def _essay_part(shown: str, first: bool) -> bool:
    """"In conclusion" on a line of its own; "Introduction" opening the story."""
    key = "-".join(shown.rstrip(":.").lower().split())
    return key in _ESSAY_TURNS or first and key == "introduction"


def check(doc: Document, options):
    text = doc.text
    plain = doc.format != "md"
    headline = doc.headline or (0, 0)
    first = True  # the story's first line after the headline
    for line in doc.lines:
        if line.start < doc.content_start:
            continue
        raw = text[line.start : line.end]
        shown = raw.strip()
        if not shown:
            continue
        in_headline = headline[0] <= line.start < headline[1]
        opening = first and not in_headline
        first = first and in_headline
        if len(raw) > 120:
            continue  # a paragraph of prose: it still ends the story's opening
        lead, end = stripped(text, line.start, line.end)
        heading = _MARKDOWN_HEADING.match(shown) if plain else None
        bold = _BOLD_LINE.fullmatch(shown) if plain else None
        if heading is not None:
            marks = heading.end()
            yield Hit((lead, end), f"Markdown heading '{shown[:50]}' in a plain-text story: "
                      "readers see the marks; make it a subhead or remove it", fix=(lead, lead + marks, ""))
        elif bold is not None and len(bold.group(2).split()) <= 8:
            words = bold.group(2)
            yield Hit((lead, end), f"Bold section label '{shown[:50]}' in a plain-text story: "
                      "readers see the marks; make it a subhead or remove it", fix=(lead, end, words))
        elif _essay_part(shown, opening):
            yield Hit((lead, end), f"Essay section heading '{shown}' left in the story: remove it",
                      fix=paragraph_removal(text, line.start, line.end))


RULE = Rule(
    code="SC004",
    name="section-label",
    category="scaffolding",
    severity="warning",
    summary="A draft's section heading ('## Conclusion', '**Background**', 'Introduction') left in copy",
    why=(
        "Generated and templated drafts are written in sections, and their headings leak into "
        "published copy: Markdown headings and bold labels that a plain-text story shows as "
        "'##' and '**', an essay's turns made headings ('In conclusion', 'To sum up'), and "
        "'Introduction' opening the story. Markdown articles (.md) keep their own headings; a "
        "subhead that says something ('The bottom line') and a feature's 'Summary' or "
        "'Conclusion' are the story's own, and a word inside a sentence is prose."
    ),
    check=check,
    examples=(
        Example("Council backs bus lanes\n\nThe council voted on Tuesday.\n\n[[## Conclusion]]\n\nWork begins in May.",
                bad=True, article=True),
        Example("Council backs bus lanes\n\nThe council voted on Tuesday.\n\n[[**Background**]]\n\nThe plan took a year.",
                bad=True, article=True),
        Example("Council backs bus lanes\n\n[[Introduction]]\n\nThe council voted on Tuesday.\n\n[[In conclusion]]\n\n"
                "Work begins in May.", bad=True, article=True),
        Example("Council backs bus lanes\n\nThe council voted on Tuesday.\n\nThe bottom line\n\nFares stay the same.",
                bad=False, article=True),
        Example("Council backs bus lanes\n\nThe council voted on Tuesday.\n\n#BusLanes trended all day.\n\n"
                "In conclusion, the clerk said, the vote was lawful.", bad=False, article=True),
        Example("Council backs bus lanes\n\nThe council voted on Tuesday.\n\n# # #\n\n__main__", bad=False, article=True),
        Example("Council backs bus lanes\n\nThe summary of the report ran to 40 pages, officials said.",
                bad=False, article=True),
        Example("Phone review\n\nThe phone is fast.\n\nThe battery lasts two days.\n\nConclusion\n\nBuy it.",
                bad=False, article=True),
        Example("Council backs bus lanes\n\nThe council voted on Tuesday to add bus lanes on Main Street after a long "
                "debate in which cyclists, drivers and shopkeepers all spoke.\n\nIntroduction\n\nThe scheme was "
                "introduced in May.", bad=False, article=True),
        Example("Council backs bus lanes\n\nThe council voted.\n\nIntroduction\n\nThe scheme was introduced in May.",
                bad=False, article=True),
    ),
    source=__name__,
)
