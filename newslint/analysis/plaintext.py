"""Article text without markup, with a map back to source offsets.

LanguageTool must see prose, not Markdown: a link's brackets and URL, emphasis markers and
inline code are markup. plain_text returns the text a reader sees and, for every character
of it, the offset of that character in the source, so a match lands on the right line and
column of the file.
"""

from __future__ import annotations

import re

from newslint import lazy_re

# Markup to drop, keeping the groups named "keep": links and images keep their text.
# Link text and URLs stop at the next bracket and tags at the next "<", so one attempt
# never reads past where the next one starts: linear on a line of a thousand "[" or "<"
# (reading to the end of the line from each was quadratic). A bracket inside link text
# was never matched whole anyway ("[a [b] c](u)" is not a link here, as before).
_MARKUP = lazy_re.compile(
    r"!?\[(?P<keep>[^\[\]\n]*)\]\([^)\[\]\n]*\)"  # [text](url), ![alt](src)
    r"|<[^<>\n]+>"  # HTML tags and autolinks
    r"|\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)"  # emphasis markers
    r"|`+"  # inline code fences
    r"|^[ \t]*>[ \t]?",  # blockquote markers inside a paragraph
    re.MULTILINE,
)


def plain_text(text: str, start: int, end: int, markdown: bool) -> tuple[str, list[int]]:
    """(plain text, source offset of each of its characters) for text[start:end]."""
    if not markdown:
        return text[start:end], list(range(start, end))
    out: list[str] = []
    offsets: list[int] = []
    position = start
    for match in _MARKUP.finditer(text, start, end):
        out.append(text[position : match.start()])
        offsets.extend(range(position, match.start()))
        if match.group("keep") is not None:
            a, b = match.span("keep")
            out.append(text[a:b])
            offsets.extend(range(a, b))
        position = match.end()
    out.append(text[position:end])
    offsets.extend(range(position, end))
    return "".join(out), offsets
