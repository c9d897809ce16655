"""Lint one source: read it, find its config, run its rules. The CLI and the Python API
both come through here, so they cannot disagree."""

from __future__ import annotations

import os
from pathlib import Path

from newslint.engine.config import config_for, resolve
from newslint.engine.run import lint_document
from newslint.model.finding import FileResult
from newslint.readers import read_bytes, read_path


def lint_source(source: Path | bytes, name: str, directory: Path, select=None, ignore=(),
                encoding=None, config=None) -> FileResult:
    """Lint a file (a Path) or raw bytes called name. config: None (found upward from
    directory), a config file's path, or a Config.

    Raises InputError, ConfigError or PackError when the input cannot be linted.
    """
    config = config_for(config, directory)
    relative = os.path.relpath(os.path.abspath(name), config.root)
    settings = resolve(config, relative.replace(os.sep, "/"), select, ignore)
    if isinstance(source, Path):
        _check_size(source, config)
        doc = read_path(source, encoding)
    else:
        doc = read_bytes(source, name, encoding=encoding)
    return lint_document(doc, settings)


def _folder(name: str) -> Path:
    """The folder a file's config is looked up from. Not resolved: a symlink loop must
    reach the reader, which says what is wrong, rather than crash here."""
    return Path(os.path.abspath(name)).parent


def lint_file(name: str, select=None, ignore=(), encoding=None, config=None, data: bytes | None = None) -> FileResult:
    """Lint one file by path (or data read elsewhere, such as stdin, called name), turning
    unreadable input into a FileResult with .error (and a file over max-file-size into an
    empty result with a notice): never raises for input."""
    from newslint.errors import ConfigError, InputError, PackError
    from newslint.notices import notice

    source = Path(name) if data is None else data
    try:
        return lint_source(source, name, _folder(name), select, ignore, encoding, config)
    except TooLarge as exc:
        notice(str(exc))
        return FileResult(path=name)
    except (InputError, ConfigError, PackError) as exc:
        prefix = f"{name}: " if isinstance(exc, InputError) else ""
        return FileResult(path=name, error=f"{prefix}{exc}")


class TooLarge(Exception):
    """A file over the configured max-file-size: skipped by decision, not unreadable."""


def _check_size(path: Path, config) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # reading it will say what is wrong
    if size > config.max_file_size:
        raise TooLarge(f"{path}: skipped, {size / 1e6:.1f} MB is over max-file-size ({config.max_file_size / 1e6:g} MB)")


class Findings(list):
    """lint_text's findings, and .crashes: one line for each rule that failed on the text
    (raised, ran out of time, gave a bad span). Those rules' findings are missing, so a
    caller that ignores .crashes may report an article clean that is not."""

    crashes: list[str]

    def __init__(self, findings=(), crashes=()):
        super().__init__(findings)
        self.crashes = list(crashes)


def lint_text(text: str, path: str = "<text>", config=None, select=None, ignore=()) -> Findings:
    """Findings for article text, as `newslint check` would report them for a file called
    path (its extension picks the format). config: None (found upward from path), a
    config file's path, or a newslint.engine.config.Config. Rules that failed are listed in the
    result's .crashes."""
    from newslint.readers import read_text

    directory = _folder(path) if path != "<text>" else Path.cwd()
    chosen = config_for(config, directory)
    relative = os.path.relpath(os.path.abspath(path), chosen.root) if path != "<text>" else path
    settings = resolve(chosen, relative.replace(os.sep, "/"), select, ignore)
    result = lint_document(read_text(text, path), settings)
    return Findings(result.findings, result.crashes)


def lint_paths(paths, config=None, select=None, ignore=()) -> list[FileResult]:
    """One FileResult per article under paths (files or folders), in the CLI's order.
    Unreadable files get a FileResult with .error instead of raising."""
    from newslint.files import article_paths as _collect

    from newslint.engine.boilerplate import add_boilerplate

    results = [lint_file(name, select, ignore, config=config) for name in _collect([str(p) for p in paths])]
    add_boilerplate(results, select, ignore, config)  # lines a source repeats across its articles
    return results
