"""A time limit on each rule's run over one article, so a plugin that loops forever stops
the rule, not the pre-commit hook or the CI gate.

One watchdog thread per process holds a deadline for each thread that is running a rule;
when a deadline passes it raises RuleTimedOut inside that thread (CPython's
PyThreadState_SetAsyncExc). That works in any thread (the CLI's, a process worker's, a Dask
worker's) and costs a dictionary entry per rule run. It interrupts Python code, not one long
call into C: built-in patterns are linear and user patterns run under the `regex` module's
own timeout, so that leaves only a plugin's own C extension out of reach.

RuleTimedOut derives from BaseException so that a rule's `except Exception` cannot swallow it.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from contextlib import contextmanager

# Seconds a rule may spend on one article: a floor, plus a share that grows with the
# article, since every rule is linear in it. Far above any built-in rule's time (about
# a second per MB for all of them together): only a hang reaches it.
BASE_SECONDS = 20.0
SECONDS_PER_MB = 60.0


class RuleTimedOut(BaseException):
    """Raised inside a rule whose time on one article ran out."""


def limit_for(characters: int) -> float:
    return BASE_SECONDS + SECONDS_PER_MB * characters / 1_000_000


class _Watchdog:
    def __init__(self):
        self.lock = threading.Lock()
        self.deadlines: dict[int, float] = {}  # thread id -> monotonic deadline
        self.fired: set[int] = set()
        self.wake = threading.Event()
        self.thread: threading.Thread | None = None

    def start(self, ident: int, seconds: float) -> None:
        with self.lock:
            self.deadlines[ident] = time.monotonic() + seconds
            if self.thread is None:
                self.thread = threading.Thread(target=self._watch, name="newslint-time-limit", daemon=True)
                self.thread.start()

    def stop(self, ident: int) -> None:
        with self.lock:
            self.deadlines.pop(ident, None)
            if ident in self.fired:
                self.fired.discard(ident)
                # The rule may have returned just as its time ran out: take back an
                # exception not yet raised, so it cannot strike the code after the rule.
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)

    def _watch(self) -> None:
        while True:
            with self.lock:
                now = time.monotonic()
                for ident, deadline in list(self.deadlines.items()):
                    if deadline <= now:
                        del self.deadlines[ident]
                        self.fired.add(ident)
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(RuleTimedOut))
                soonest = min(self.deadlines.values(), default=now + 1.0)
            self.wake.wait(min(1.0, max(0.01, soonest - now)))
            self.wake.clear()


_watchdog = _Watchdog()


def _after_fork() -> None:
    global _watchdog  # the watchdog thread does not survive a fork; its lock may not either
    _watchdog = _Watchdog()


os.register_at_fork(after_in_child=_after_fork)


@contextmanager
def time_limit(seconds: float):
    """Run the body with a limit of seconds; RuleTimedOut is raised in it past that."""
    ident = threading.get_ident()
    watchdog = _watchdog
    watchdog.start(ident, seconds)
    try:
        yield
    finally:
        watchdog.stop(ident)
