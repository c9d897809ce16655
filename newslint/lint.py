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


def _config_for(config, directory: Path):
    from newslint.config import Config, load_config_file

    if config is None:
        return find_config(directory)
    if isinstance(config, Config):
        return config
    loaded = load_config_file(Path(config))
    return loaded if loaded is not None else Config(path=Path(config))


def lint_text(text: str, path: str = "<text>", config=None, select=None, ignore=()) -> list:
    """Findings for article text, as `newslint check` would report them for a file called
    path (its extension picks the format). config: None (found upward from path), a
    config file's path, or a newslint.config.Config."""
    from newslint.readers import read_text

    directory = Path(path).resolve().parent if path != "<text>" else Path.cwd()
    chosen = _config_for(config, directory)
    relative = os.path.relpath(os.path.abspath(path), chosen.root) if path != "<text>" else path
    settings = resolve(chosen, relative.replace(os.sep, "/"), select, ignore)
    return lint_document(read_text(text, path), settings).findings


def lint_paths(paths, config=None, select=None, ignore=()) -> list[FileResult]:
    """One FileResult per article under paths (files or folders), in the CLI's order.
    Unreadable files get a FileResult with .error instead of raising."""
    from newslint.cli import _collect
    from newslint.config import ConfigError
    from newslint.packs import PackError
    from newslint.readers import InputError

    results = []
    for name in _collect([str(p) for p in paths]):
        path = Path(name)
        try:
            if config is None:
                results.append(lint_source(path, name, path.resolve().parent, select, ignore))
            else:
                chosen = _config_for(config, path.resolve().parent)
                relative = os.path.relpath(path.resolve(), chosen.root).replace(os.sep, "/")
                results.append(lint_document(read_path(path), resolve(chosen, relative, select, ignore)))
        except (InputError, ConfigError, PackError) as exc:
            prefix = f"{name}: " if isinstance(exc, InputError) else ""
            results.append(FileResult(path=name, error=f"{prefix}{exc}"))
    return results
