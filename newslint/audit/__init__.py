"""`newslint audit`: lint a whole archive on Dask and summarise it.

options.py holds the command's arguments (imported by every `newslint` run), archive.py the
audit itself (imported when it runs). Names used from `newslint.audit` resolve to those
modules on first use.
"""

from __future__ import annotations


def __getattr__(name: str):
    if name.startswith("__"):
        raise AttributeError(name)
    import importlib  # not "from newslint.audit import ...": that would ask __getattr__ again

    options = importlib.import_module("newslint.audit.options")
    if hasattr(options, name):
        return getattr(options, name)
    return getattr(importlib.import_module("newslint.audit.archive"), name)
