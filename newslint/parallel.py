"""Lint many files in parallel processes, with results in the order the files were given.

Worth it only when there are enough files to pay for starting the workers, so a
pre-commit run on a few files stays in one process. Each worker's notices (grammar
skipped, a file too large) travel back with its results and are said once.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from newslint.finding import FileResult
from newslint.lint import lint_file
from newslint.notices import notice, take

FILES_PER_WORKER = 8  # below this many files per worker, one process is faster


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _work(task) -> tuple[FileResult, list[str]]:
    name, select, ignore, encoding = task
    result = lint_file(name, select, ignore, encoding)
    return result, take()


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
    tasks = [(name, select, tuple(ignore), encoding) for name in names]
    if jobs <= 1 or len(names) < 2 * FILES_PER_WORKER:
        return [lint_file(*task) for task in tasks]
    workers = min(jobs, max(1, len(names) // FILES_PER_WORKER))
    context = None
    if "fork" in multiprocessing.get_all_start_methods():
        _warm_up(select, ignore)
        context = multiprocessing.get_context("fork")  # workers inherit the warmed-up state
    results = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for result, notices in pool.map(_work, tasks, chunksize=max(1, len(tasks) // (workers * 8))):
            results.append(result)
            for message in notices:
                notice(message)
    return results
