"""A time limit on each rule's run over one article, so a plugin that loops forever stops
the rule, not the pre-commit hook or the CI gate.

One watchdog thread per process holds a deadline for each thread that is running a rule.
When one passes, it raises RuleTimedOut in that thread: in the main thread (the CLI, each
`--jobs` worker) through SIGALRM, whose handler raises it and which also cuts short a
blocking call (a sleep, a socket read with no timeout); in any other thread (a Dask
worker's, an application's) through CPython's PyThreadState_SetAsyncExc, which stops Python
code but waits for a blocking call to return. Entering and leaving a limit costs a
dictionary entry under a lock, a few microseconds, since it happens once per rule per
article.

RuleTimedOut derives from BaseException, so `except Exception` does not catch it, and it is
raised again every half second until the rule gives up. A rule that swallows even that
(`except: pass` in a loop) cannot be stopped from inside the process: after GRACE seconds
`last_resort` runs, which the CLI sets to end the run with a one-line error and a `--jobs`
worker to end itself, so the parent reports that one file and goes on. Under `--jobs` the
parent also kills a worker stuck on one file far past any limit (parallel.py), which
covers a call into C that never returns.
"""

from __future__ import annotations

import os
import signal
import threading
import time

# Seconds a rule may spend on one article: a floor, plus a share that grows with the
# article, since every rule is linear in it. Far above any built-in rule's time (about
# a second per MB for all of them together): only a hang reaches it.
BASE_SECONDS = 20.0
SECONDS_PER_MB = 60.0
AGAIN = 0.5  # seconds between one RuleTimedOut and the next, for a rule that swallows it
GRACE = 10.0  # seconds of swallowed RuleTimedOuts before last_resort

# Called with a description of the rule and article when a rule will not stop; None (the
# default, for applications calling the API) keeps raising RuleTimedOut for ever.
last_resort = None


class RuleTimedOut(BaseException):
    """Raised inside a rule whose time on one article ran out."""


def limit_for(characters: int) -> float:
    return BASE_SECONDS + SECONDS_PER_MB * characters / 1_000_000


class time_limit:
    """`with time_limit(seconds, what):` runs the body with a limit of seconds. what names
    the rule and the article, for last_resort. A class rather than a generator, for speed."""

    __slots__ = ("seconds", "what", "ident")

    def __init__(self, seconds: float, what: str = "a rule"):
        self.seconds, self.what = seconds, what

    def __enter__(self):
        self.ident = threading.get_ident()
        _watchdog.start(self.ident, self.seconds, self.what)
        return self

    def __exit__(self, *exc):
        while True:  # a RuleTimedOut may land before stop() holds the lock: stop must still run
            try:
                _watchdog.stop(self.ident)
                return False
            except RuleTimedOut:
                continue


class _Watchdog:
    def __init__(self):
        self.lock = threading.Lock()
        self.deadlines: dict[int, float] = {}  # thread id -> monotonic deadline
        self.fired: dict[int, float] = {}  # thread id -> when its time first ran out
        self.what: dict[int, str] = {}
        self.main = threading.main_thread().ident
        self.signal_armed = False  # SIGALRM's handler raises only while this is set
        self.thread: threading.Thread | None = None

    def start(self, ident: int, seconds: float, what: str) -> None:
        with self.lock:
            self.deadlines[ident] = time.monotonic() + seconds
            self.what[ident] = what
            if self.thread is None:
                if ident == self.main:
                    _claim_alarm()
                self.thread = threading.Thread(target=self._watch, name="newslint-time-limit", daemon=True)
                self.thread.start()

    def stop(self, ident: int) -> None:
        with self.lock:
            self.deadlines.pop(ident, None)
            if self.fired.pop(ident, None) is not None:
                # The rule may have returned just as its time ran out: take back an
                # exception not yet raised, so it cannot strike the code after the rule.
                if ident == self.main:
                    self.signal_armed = False
                else:
                    import ctypes

                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)

    def _watch(self) -> None:
        while True:
            with self.lock:
                now = time.monotonic()
                for ident, deadline in list(self.deadlines.items()):
                    if deadline <= now:
                        self._fire(ident, now)
                soonest = min(self.deadlines.values(), default=now + 1.0)
            time.sleep(min(1.0, max(0.01, soonest - now)))

    def _fire(self, ident: int, now: float) -> None:
        self.deadlines[ident] = now + AGAIN  # again, until the rule gives up
        if now - self.fired.setdefault(ident, now) > GRACE and last_resort is not None:
            last_resort(self.what.get(ident, "a rule"))
        if ident == self.main and signal.getsignal(signal.SIGALRM) is _on_alarm:
            self.signal_armed = True
            signal.pthread_kill(ident, signal.SIGALRM)
        else:
            import ctypes  # only when a rule in another thread runs out of time

            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(RuleTimedOut))


def _on_alarm(signum, frame):
    if _watchdog.signal_armed:  # not an alarm that was on its way when the rule finished
        raise RuleTimedOut


def _claim_alarm() -> None:
    """Take SIGALRM for the time limit unless someone else's handler has it (then the main
    thread gets the asynchronous exception, like the others)."""
    if hasattr(signal, "pthread_kill") and signal.getsignal(signal.SIGALRM) is signal.SIG_DFL:
        signal.signal(signal.SIGALRM, _on_alarm)


_watchdog = _Watchdog()


def _after_fork() -> None:
    global _watchdog  # the watchdog thread does not survive a fork; its lock may not either
    _watchdog = _Watchdog()


os.register_at_fork(after_in_child=_after_fork)
