"""Lint many files in parallel processes, with results in the order the files were given.

Worth it only when there are enough files to pay for starting the workers, so a
pre-commit run on a few files stays in one process. Each worker's notices (grammar
skipped, a file too large) travel back with its results and are said once.

The workers are our own processes rather than a ProcessPoolExecutor, because a pool that
loses a worker (a plugin calls os._exit, the interpreter crashes) breaks as a whole and
takes every finding of the run with it. Here each worker lints one file at a time and
answers per file, so when one dies the parent knows the file it died on: that file is
reported, the worker is replaced and the rest of the run goes on. Workers die with the
parent (PR_SET_PDEATHSIG, and end-of-file on their pipe), so `kill -9` of a run leaves
nothing behind, and they ignore Ctrl-C, which the parent handles for all of them.
"""

from __future__ import annotations

import os
import signal
import time
from collections import deque

from newslint.analysis.readability import save_learned_syllables
from newslint.engine.lint import lint_file
from newslint.model.finding import FileResult
from newslint.notices import notice, take

FILES_PER_WORKER = 8  # below this many files per worker, one process is faster


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _warm_up(select, ignore) -> None:
    """Do once, before forking, what every worker would do for itself: build the rules,
    compile their regexes, load the syllable tables. The workers inherit it."""
    from pathlib import Path

    from newslint.engine.config import find_config, resolve

    try:
        rules = resolve(find_config(Path.cwd()), "x.txt", select, ignore).rules
    except Exception:
        return  # a config problem is reported per file
    if any(rule.category == "readability" for rule in rules):
        from newslint.analysis.readability import syllables

        syllables().read_all()
    from newslint import lazy_re

    for rule in rules:
        rule.prepared  # noqa: B018 - builds a declarative rule, making its regexes
    lazy_re.compile_all()


def lint_files(names: list[str], jobs: int, select=None, ignore=(), encoding=None) -> list[FileResult]:
    if jobs <= 1 or len(names) < 2 * FILES_PER_WORKER:
        results = [lint_file(name, select, ignore, encoding) for name in names]
        save_learned_syllables()
        return results
    workers = min(jobs, max(1, len(names) // FILES_PER_WORKER))
    import multiprocessing  # only for a run big enough to share out

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        _warm_up(select, ignore)  # workers inherit the warmed-up state
    return _Run(names, (select, tuple(ignore), encoding), workers, multiprocessing.get_context(method)).results()


_PARENT_ENDS: list = []  # the parent's ends of every worker's pipe, closed in each new worker
STUCK = 75  # a worker's exit code when a rule would not stop (time_limit.last_resort)


IN_FLIGHT = 2  # files sent to a worker ahead of its answers, so it never waits on the parent


class _Worker:
    def __init__(self, context, settings):
        self.connection, child = context.Pipe()
        _PARENT_ENDS.append(self.connection)
        self.process = context.Process(target=_serve, args=(child, settings, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        self.pending: deque[int] = deque()  # files sent, in order; the first is being linted
        self.since = 0.0  # when it started on the first


class _Run:
    """Hand files to workers, a couple at a time; a worker that dies is replaced. The file
    it was on is tried once more in a fresh worker (a worker can die of an earlier file's
    doing, a thread a plugin left behind) and reported only if it kills that one too; the
    files queued behind it go back to the queue untouched."""

    def __init__(self, names, settings, workers: int, context):
        self.names, self.settings, self.context = names, settings, context
        self.size = workers
        self.done: dict[int, FileResult] = {}
        self.tried: set[int] = set()  # files a worker has died on once
        self.queue = deque(range(len(names)))
        self._limits: dict[int, float] = {}  # file index -> its hard limit, found once

    def results(self) -> list[FileResult]:
        from multiprocessing.connection import wait

        pool = [_Worker(self.context, self.settings) for _ in range(min(self.size, len(self.queue)))]
        try:
            for slot in range(len(pool)):
                self._fill(pool, slot)
            while any(worker.pending for worker in pool):
                busy = {w.connection: w for w in pool if w.pending}
                busy.update({w.process.sentinel: w for w in pool if w.pending})
                for ready in wait(list(busy), timeout=self._patience(pool)):
                    worker = busy[ready]
                    if worker in pool and worker.pending:  # a dead worker's pipe and sentinel both wake us
                        self._answer(pool, pool.index(worker))
                for slot, worker in enumerate(pool):
                    if worker.pending and time.monotonic() - worker.since > self._limit(worker.pending[0]):
                        worker.process.kill()  # stuck in a call that never returns
                        self._died(pool, slot, stuck=True)
        finally:
            for worker in pool:
                _stop(worker)
            _PARENT_ENDS.clear()
        return [self.done[index] for index in range(len(self.names))]

    def _patience(self, pool) -> float:
        """Seconds until the first busy worker is past its hard limit."""
        ends = [w.since + self._limit(w.pending[0]) for w in pool if w.pending]
        return max(0.0, min(ends) - time.monotonic()) + 0.1

    def _limit(self, index: int) -> float:
        if index not in self._limits:
            self._limits[index] = _hard_limit(self.names[index])
        return self._limits[index]

    def _fill(self, pool: list[_Worker], slot: int) -> None:
        """Send the worker in slot files until it has IN_FLIGHT; a worker found dead between
        files is replaced, and what it had queued goes back unharmed."""
        for _ in range(3):
            worker = pool[slot]
            try:
                while self.queue and len(worker.pending) < IN_FLIGHT:
                    index = self.queue.popleft()
                    if not worker.pending:
                        worker.since = time.monotonic()
                    worker.pending.append(index)
                    worker.connection.send(self.names[index])
                return
            except OSError:
                self.queue.extendleft(reversed(worker.pending))
                worker.pending.clear()
                _stop(worker)
                pool[slot] = _Worker(self.context, self.settings)
        for index in pool[slot].pending:  # workers die as soon as they start: say so, go on
            self.done[index] = FileResult(path=self.names[index], crashes=["no worker process would start for this file"])
        pool[slot].pending.clear()

    def _answer(self, pool: list[_Worker], slot: int) -> None:
        worker = pool[slot]
        try:
            result, notices = worker.connection.recv()
        except (EOFError, OSError):
            self._died(pool, slot)
            return
        self.done[worker.pending.popleft()] = result
        worker.since = time.monotonic()
        for message in notices:
            notice(message)
        self._fill(pool, slot)

    def _died(self, pool: list[_Worker], slot: int, stuck: bool = False) -> None:
        worker = pool[slot]
        worker.process.join()
        _stop(worker)
        culprit, *behind = worker.pending
        worker.pending.clear()
        self.queue.extendleft(reversed(behind))  # never started: nothing lost
        if culprit in self.tried or stuck:
            self.done[culprit] = FileResult(path=self.names[culprit], crashes=[_death(worker.process.exitcode, stuck)])
        else:
            self.tried.add(culprit)
            self.queue.appendleft(culprit)  # next, in a fresh worker
            notice(f"a worker process died ({_how(worker.process.exitcode)}) while linting "
                   f"{self.names[culprit]}; it is linted again in a fresh worker")
        pool[slot] = _Worker(self.context, self.settings)
        self._fill(pool, slot)


def _hard_limit(name: str) -> float:
    """Seconds a worker may spend on one file before it is killed: far past every rule's
    own limit, so only a call that never returns reaches it."""
    from newslint.engine.time_limit import limit_for

    try:
        size = os.path.getsize(name)
    except OSError:
        size = 0
    return 30 * limit_for(size)


def _death(code: int | None, stuck: bool = False) -> str:
    how = "stopped after running far past its time limit" if stuck else _how(code)
    return f"the worker process linting this file died ({how}); its findings are lost (a plugin rule may have crashed the interpreter)"


def _how(code: int | None) -> str:
    if code == STUCK:
        return "ended: a rule ran out of time and would not stop"
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _stop(worker: _Worker) -> None:
    try:
        worker.connection.send(None)
    except OSError:
        pass
    worker.connection.close()
    worker.process.join(timeout=1)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()


def _die_with_parent() -> None:
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: end-of-file on the pipe still ends the worker


def _serve(connection, settings, parent: int) -> None:
    """A worker: lint each file named, answer (result, notices), until told to stop."""
    from newslint.engine import time_limit

    _die_with_parent()
    for end in _PARENT_ENDS:  # inherited copies would keep other workers' pipes open
        end.close()
    if os.getppid() != parent:
        return  # the parent died before we could ask to die with it
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    time_limit.last_resort = lambda what: os._exit(STUCK)
    select, ignore, encoding = settings
    while True:
        try:
            name = connection.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if name is None:
            save_learned_syllables()
            return
        try:
            result = lint_file(name, select, ignore, encoding)
        except BaseException as exc:  # lint_file catches rule failures; this is the last net
            result = FileResult(path=name, crashes=[f"newslint failed on this file: {type(exc).__name__}: {exc}"])
        try:
            connection.send((result, take()))
        except (OSError, EOFError):
            return  # the parent is gone
        except Exception as exc:  # a plugin put something in a finding that cannot travel
            connection.send((FileResult(path=name, crashes=[f"a rule's findings could not be sent back: {type(exc).__name__}: {exc}"]), []))
