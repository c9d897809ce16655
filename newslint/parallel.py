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

import multiprocessing
import os
import signal
from multiprocessing.connection import wait

from newslint.finding import FileResult
from newslint.lint import lint_file
from newslint.notices import notice, take

FILES_PER_WORKER = 8  # below this many files per worker, one process is faster


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _warm_up(select, ignore) -> None:
    """Load what every worker would load for itself (textstat's syllable dictionary takes
    about a second) once, before forking, so the workers share it."""
    from pathlib import Path

    from newslint.config import find_config, resolve

    try:
        rules = resolve(find_config(Path.cwd()), "x.txt", select, ignore).rules
    except Exception:
        return  # a config problem is reported per file
    if any(rule.category == "readability" for rule in rules):
        from newslint.readability import textstat_module

        textstat_module().syllable_count("newsroom")


def lint_files(names: list[str], jobs: int, select=None, ignore=(), encoding=None) -> list[FileResult]:
    if jobs <= 1 or len(names) < 2 * FILES_PER_WORKER:
        return [lint_file(name, select, ignore, encoding) for name in names]
    workers = min(jobs, max(1, len(names) // FILES_PER_WORKER))
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        _warm_up(select, ignore)  # workers inherit the warmed-up state
    return _Run(names, (select, tuple(ignore), encoding), workers, multiprocessing.get_context(method)).results()


class _Worker:
    def __init__(self, context, settings):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, settings), daemon=True)
        self.process.start()
        child.close()
        self.current: int | None = None  # the file it is linting


class _Run:
    def __init__(self, names, settings, workers: int, context):
        self.names, self.settings, self.context = names, settings, context
        self.size = workers
        self.done: dict[int, FileResult] = {}

    def results(self) -> list[FileResult]:
        queue = list(range(len(self.names) - 1, -1, -1))  # popped from the end, in order
        pool = [_Worker(self.context, self.settings) for _ in range(min(self.size, len(queue)))]
        try:
            for worker in pool:
                self._give(worker, queue)
            while any(worker.current is not None for worker in pool):
                busy = {w.connection: w for w in pool if w.current is not None}
                busy.update({w.process.sentinel: w for w in pool if w.current is not None})
                for ready in wait(list(busy)):
                    worker = busy[ready]
                    if worker.current is None:
                        continue  # its pipe and its sentinel both woke us
                    answer = self._answer(worker)
                    if answer is None:  # it died on this file
                        pool[pool.index(worker)] = worker = _Worker(self.context, self.settings)
                    self._give(worker, queue)
        finally:
            for worker in pool:
                _stop(worker)
        return [self.done[index] for index in range(len(self.names))]

    def _give(self, worker: _Worker, queue: list[int]) -> None:
        worker.current = queue.pop() if queue else None
        if worker.current is not None:
            worker.connection.send(self.names[worker.current])

    def _answer(self, worker: _Worker):
        index = worker.current
        try:
            result, notices = worker.connection.recv()
        except (EOFError, OSError):
            worker.process.join()
            self.done[index] = FileResult(path=self.names[index], crashes=[_death(worker.process.exitcode)])
            worker.current = None
            return None
        self.done[index] = result
        for message in notices:
            notice(message)
        worker.current = None
        return result


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            how = f"killed by {signal.Signals(-code).name}"
        except ValueError:
            how = f"killed by signal {-code}"
    else:
        how = f"exit code {code}"
    return f"the worker process linting this file died ({how}); its findings are lost (a plugin rule may have crashed the interpreter)"


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


def _serve(connection, settings) -> None:
    """A worker: lint each file named, answer (result, notices), until told to stop."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    select, ignore, encoding = settings
    while True:
        try:
            name = connection.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if name is None:
            return
        try:
            result = lint_file(name, select, ignore, encoding)
        except BaseException as exc:  # lint_file catches rule failures; this is the last net
            result = FileResult(path=name, crashes=[f"newslint failed on this file: {type(exc).__name__}: {exc}"])
        connection.send((result, take()))
