"""Lint one source: read it, find its config, run its rules. The CLI and the Python API
both come through here, so they cannot disagree."""

from __future__ import annotations

import os
from pathlib import Path

from newslint.config import find_config, resolve
from newslint.engine import lint_document
from newslint.finding import FileResult
from newslint.readers import read_bytes, read_path


def lint_source(source: Path | bytes, name: str, directory: Path, select=None, ignore=()) -> FileResult:
    """Lint a file (a Path) or raw bytes called name; config is found from directory.

    Raises InputError, ConfigError or PackError when the input cannot be linted.
    """
    config = find_config(directory)
    relative = os.path.relpath(os.path.abspath(name), config.root) if isinstance(source, Path) else name
    settings = resolve(config, relative.replace(os.sep, "/"), select, ignore)
    doc = read_path(source) if isinstance(source, Path) else read_bytes(source, name)
    return lint_document(doc, settings)
