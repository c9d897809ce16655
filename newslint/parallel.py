"""Lint many files in parallel processes, with results in the order the files were given.

Worth it only when there are enough files to pay for starting the workers, so a
pre-commit run on a few files stays in one process. Each worker's notices (grammar
skipped, a file too large) travel back with its results and are said once.
"""

from __future__ import annotations

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


def lint_files(names: list[str], jobs: int, select=None, ignore=(), encoding=None) -> list[FileResult]:
    tasks = [(name, select, tuple(ignore), encoding) for name in names]
    if jobs <= 1 or len(names) < 2 * FILES_PER_WORKER:
        return [lint_file(*task) for task in tasks]
    workers = min(jobs, max(1, len(names) // FILES_PER_WORKER))
    results = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for result, notices in pool.map(_work, tasks, chunksize=max(1, len(tasks) // (workers * 8))):
            results.append(result)
            for message in notices:
                notice(message)
    return results
