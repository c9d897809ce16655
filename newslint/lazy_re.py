"""Regular expressions compiled when first used, not when their module is imported.

newslint's checks and lexicons hold a hundred or so patterns; compiling them all at import
was a third of a pre-commit call, though a clean article reaches only some of them. A
LazyPattern is a stand-in with the pattern's source (`.pattern`, `.flags`, for building
other patterns) that compiles itself on first use and then hands out the compiled
pattern's methods directly, so later calls cost nothing extra.
"""

from __future__ import annotations

import re

_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "groupindex", "groups")


_MADE: list["LazyPattern"] = []  # every lazy pattern, for compile_all


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags
        _MADE.append(self)

    def __getattr__(self, name):  # reached only until the first use
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _FORWARDED:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


def compile_all() -> None:
    """Compile every lazy pattern made so far: a parent does it once before forking
    workers, which would otherwise each compile the same patterns."""
    for pattern in _MADE:
        pattern.search  # noqa: B018 - the first attribute use compiles


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - re.compile's name, on purpose
    return LazyPattern(pattern, flags)
