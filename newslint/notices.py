"""Things a run wants the user to know that are not findings ("grammar checks skipped").

Each notice is said once per run; the CLI prints them on stderr after the report.
"""

from __future__ import annotations

_notices: list[str] = []


def notice(message: str) -> None:
    if message not in _notices:
        _notices.append(message)


def take() -> list[str]:
    """The notices so far, clearing them."""
    taken = list(_notices)
    _notices.clear()
    return taken
