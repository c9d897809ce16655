"""`newslint audit`: lint a whole archive on Dask and summarise it.

options.py holds the command's arguments (imported by every `newslint` run), archive.py the
audit itself (imported when it runs). Names used from `newslint.audit` resolve to archive.py
on first use.
"""

from __future__ import annotations


def __getattr__(name: str):
    if name.startswith("__"):
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module("newslint.audit.archive"), name)
