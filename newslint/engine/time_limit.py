"""A time limit on each rule's run over one article, so a plugin that loops forever stops
the rule, not the pre-commit hook or the CI gate.

One watchdog thread per process holds a deadline for each thread that is running a rule.
When one passes, it raises RuleTimedOut in that thread: in the main thread (the CLI, each
`--jobs` worker) through SIGALRM, whose handler raises it and which also cuts short a
blocking call (a sleep, a socket read with no timeout); in any other thread (a Dask
worker's, an application's) through CPython's PyThreadState_SetAsyncExc, which stops Python
code but waits for a blocking call to return. Entering and leaving a limit sets and
clears the thread's deadline, without a lock: it happens once per rule per article.

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

    __slots__ = ("clock", "seconds", "what")

    def __init__(self, seconds: float, what: str = "a rule"):
        self.seconds, self.what = seconds, what

    def __enter__(self):
        clock = self.clock = _watchdog.clock()
        clock.what = self.what
        clock.deadline = _monotonic() + self.seconds
        return self

    def __exit__(self, *exc):
        clock = self.clock
        clock.deadline = None
        if clock.fired is not None:
            while True:  # a RuleTimedOut may land before disarm() holds the lock: it must still run
                try:
                    _watchdog.disarm(clock)
                    return False
                except RuleTimedOut:
                    continue
        return False


_monotonic = time.monotonic


class _Clock:
    """One thread's limit. Its thread sets and clears the deadline without a lock; the
    watchdog marks it fired before it looks at the deadline, and the thread clears the
    deadline before it looks at fired, so a limit that ran out as the rule returned is
    always taken back (under the lock, after the exception was sent)."""

    __slots__ = ("deadline", "fired", "ident", "what")

    def __init__(self, ident: int):
        self.ident = ident
        self.deadline: float | None = None  # monotonic; None while no rule runs
        self.fired: float | None = None  # when its time first ran out
        self.what = "a rule"


class _Watchdog:
    def __init__(self):
        self.lock = threading.Lock()
        self.clocks: dict[int, _Clock] = {}  # thread id -> its clock
        self.main = threading.main_thread().ident
        self.signal_armed = False  # SIGALRM's handler raises only while this is set
        self.thread: threading.Thread | None = None

    def clock(self) -> _Clock:
        ident = threading.get_ident()
        found = self.clocks.get(ident)
        if found is None:
            with self.lock:
                found = self.clocks[ident] = _Clock(ident)
                if self.thread is None:
                    if ident == self.main:
                        _claim_alarm()
                    self.thread = threading.Thread(target=self._watch, name="newslint-time-limit", daemon=True)
                    self.thread.start()
        return found

    def disarm(self, clock: _Clock) -> None:
        """The rule returned just as its time ran out: take back an exception not yet
        raised, so it cannot strike the code after the rule."""
        with self.lock:
            if clock.fired is None:
                return
            clock.fired = None
            if clock.ident == self.main:
                self.signal_armed = False
            else:
                import ctypes

                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(clock.ident), None)

    def _watch(self) -> None:
        while True:
            with self.lock:
                now = _monotonic()
                soonest = now + 1.0
                for clock in list(self.clocks.values()):
                    deadline = clock.deadline
                    if deadline is None:
                        continue
                    if deadline <= now:
                        self._fire(clock, deadline, now)
                        deadline = now + AGAIN  # again, until the rule gives up
                    soonest = min(soonest, deadline)
            time.sleep(min(1.0, max(0.01, soonest - now)))

    def _fire(self, clock: _Clock, deadline: float, now: float) -> None:
        first = clock.fired is None
        if first:
            clock.fired = now  # before the second look at the deadline: see _Clock
        if clock.deadline != deadline:  # the rule has just returned (or the next one started)
            if first:
                clock.fired = None
            return
        fired = clock.fired
        clock.deadline = now + AGAIN
        if now - fired > GRACE and last_resort is not None:
            last_resort(clock.what)
        if clock.ident == self.main and signal.getsignal(signal.SIGALRM) is _on_alarm:
            self.signal_armed = True
            signal.pthread_kill(clock.ident, signal.SIGALRM)
        else:
            import ctypes  # only when a rule in another thread runs out of time

            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(clock.ident), ctypes.py_object(RuleTimedOut))


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
