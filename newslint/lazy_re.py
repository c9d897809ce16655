"""Regular expressions compiled when first used, not when their module is imported, and
compiled from newslint's cache when this interpreter compiled them before.

newslint's checks and lexicons hold a hundred or so patterns; compiling them all at import
was a third of a pre-commit call, though a clean article reaches only some of them. A
LazyPattern is a stand-in with the pattern's source (`.pattern`, `.flags`, for building
other patterns) that compiles itself on first use and then hands out the compiled
pattern's methods directly, so later calls cost nothing extra.

Even on first use, parsing a pattern is most of the cost: the few hundred an article
reaches took 0.1 s of every pre-commit call. So the parsed form (the code `re` hands to
its C engine, `_sre.compile`) is kept in the cache, per interpreter version and engine
magic number, and a later run builds the pattern from it directly. The engine checks the
code it is given; anything unexpected falls back to `re.compile`.
"""

from __future__ import annotations

import re
import sys

_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "groupindex", "groups")
KEPT_PATTERNS = 3000


_MADE: list["LazyPattern"] = []  # every lazy pattern, for compile_all


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags
        _MADE.append(self)

    def __getattr__(self, name):  # reached only until the first use
        if name.startswith("__"):
            raise AttributeError(name)
        made = compiled(self.pattern, self.flags)
        for method in _FORWARDED:
            setattr(self, method, getattr(made, method))
        return getattr(made, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


def compile_all() -> None:
    """Compile every lazy pattern made so far: a parent does it once before forking
    workers, which would otherwise each compile the same patterns."""
    for pattern in _MADE:
        pattern.search  # noqa: B018 - the first attribute use compiles


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - re.compile's name, on purpose
    return LazyPattern(pattern, flags)


# (pattern, flags) -> the arguments of _sre.compile after the pattern; read from the cache
# on first use, written back by save_compiled when this process compiled new ones. The
# file keeps each pattern's arguments marshalled on their own, unpacked when the pattern
# is used: a run uses some of the patterns, and the lexicons' code is most of the file.
_codes: dict[tuple[str, int], tuple | bytes] | None = None
_unsaved = False


def _stamp() -> str:
    import _sre

    return f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{sys.version}"


def _cache_file():
    from newslint.files import cache_dir

    return cache_dir() / f"regex-code-{sys.implementation.cache_tag}.marshal"


def _known() -> dict[tuple[str, int], tuple | bytes]:
    global _codes, _unsaved
    if _codes is None:
        import marshal

        _codes = {}
        try:
            stamp, codes = marshal.loads(_cache_file().read_bytes())
            if stamp == _stamp():
                _codes = codes
                _unsaved = any(type(arguments) is not bytes for arguments in codes.values())  # an older layout
        except (OSError, ValueError, EOFError, TypeError, ImportError):
            pass
    return _codes


def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), from the cached code when there is some."""
    global _unsaved
    flags = int(flags)
    if flags & re.DEBUG or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, flags)
    known = _known()
    try:
        import _sre

        arguments = known.get(key)
        if arguments is not None:
            try:
                if type(arguments) is bytes:
                    import marshal

                    arguments = known[key] = marshal.loads(arguments)
                return _sre.compile(pattern, *arguments)
            except Exception:  # a damaged entry: compiled afresh below, and replaced
                del known[key]
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, flags)  # a bad pattern raises re.error here, as in re.compile
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        arguments = (flags | parsed.state.flags, [int(op) for op in _compiler._code(parsed, flags)],
                     parsed.state.groups - 1, groupindex, tuple(indexgroup))
        made = _sre.compile(pattern, *arguments)
    except re.error:
        raise
    except Exception:  # an interpreter whose re works otherwise
        return re.compile(pattern, flags)
    known[key] = arguments
    _unsaved = True
    return made


def save_compiled() -> None:
    """Keep the code of the patterns this process compiled (best effort; a run without
    a writable cache compiles them again next time)."""
    global _unsaved
    if not _unsaved or _codes is None:
        return
    import marshal

    from newslint.files import write_new

    _unsaved = False
    newest = {key: arguments if type(arguments) is bytes else marshal.dumps(arguments)
              for key, arguments in list(_codes.items())[-KEPT_PATTERNS:]}  # a user's packs come and go
    try:
        write_new(_cache_file(), marshal.dumps((_stamp(), newest)))
    except (OSError, ValueError):
        pass
