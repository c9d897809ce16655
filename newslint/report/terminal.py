"""Make text from articles, paths and messages safe to print on a terminal.

Copy pasted from a CMS can carry escape sequences (ESC [ 2 J clears the screen, ESC ] 0 ;
... BEL retitles the window) and a file name can too. Printed raw, they act on the
reader's terminal instead of being seen. Here every control character becomes something
visible: C0 controls and DEL their Unicode control pictures (ESC is shown as "␛", one
character, so columns and underlines stay aligned), C1 controls, which have no pictures,
a "\\x9b"-style escape. Only output is changed, never the article.
"""

from __future__ import annotations

from functools import lru_cache

_C0 = range(0x00, 0x20)
_DEL = 0x7F
_C1 = range(0x80, 0xA0)


@lru_cache(maxsize=8)
def _table(keep: str) -> dict[int, str]:
    table = {code: chr(0x2400 + code) for code in _C0}  # U+2400..U+241F: ␀ .. ␟
    table[_DEL] = "\u2421"  # ␡
    table.update({code: f"\\x{code:02x}" for code in _C1})
    for char in keep:
        table.pop(ord(char), None)
    return table


def safe_for_terminal(text: str, keep: str = "\t") -> str:
    """text with every control character but those in keep (a tab, by default) shown
    visibly. Formats that give line breaks a meaning of their own keep "\\n" too."""
    return text.translate(_table(keep))
