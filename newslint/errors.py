"""The errors newslint reports to a user in one line (exit code 2), the helpers that word
them, and LanguageTool's two transport failures (grammar.py turns them into a notice).
Every layer raises these, so they live below all of them."""

from __future__ import annotations


class ConfigError(Exception):
    """A config newslint cannot use; the message names the file and the key."""


class PackError(Exception):
    """A rule pack or rule file newslint cannot use; the message names file and reason."""


class InputError(Exception):
    """A file newslint cannot lint; the message says why in a few words."""


class Deadline(Exception):
    """LanguageTool did not finish answering within the timeout."""


class BrokenAnswer(Exception):
    """LanguageTool answered, but not with anything LanguageTool would send."""


def did_you_mean(word: str, choices) -> str:
    import difflib  # only when there is an error to word

    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def type_name(value) -> str:
    """A value as an error names it: "a string ('media')", "an integer (3)", "a table"."""
    if value is None:
        return "no value"
    if value == "":
        return "an empty string"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int):
        return f"an integer ({value})"
    if isinstance(value, float):
        return f"a number ({value:g})"
    if isinstance(value, str):
        return f"a string ({value[:40]!r})"
    if isinstance(value, dict) or getattr(value, "is_table", False):  # config's frozen tables
        return "a table"
    if isinstance(value, (list, tuple)):
        return "a list"
    return f"a {type(value).__name__} ({value})"
