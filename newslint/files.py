"""The one place newslint writes files: reports, baselines, fixed articles, audit output.

What a user has must survive whatever newslint does to it, so every write here:
- goes to a temporary file beside the target and is renamed over it, so a run killed
  mid-write leaves the old file whole. A file with hard links, or one whose owner we cannot
  give to a new file, is written in place instead, so the links and the owner stay; that
  one write is not atomic (a kill in the middle of it can leave a mix), the price of
  keeping the links;
- keeps the mode and owner of the file it replaces;
- never replaces what is not a regular file: a device or a pipe named as a report is
  streamed into (`-o /dev/null`), a folder, socket or block device is refused;
- follows a symlink only where the user named the path (a report, a fixed article: the
  link stays and its target is written); `write_new` refuses symlinks outright;
- makes the folders a new file needs, as `-o reports/newslint.sarif` in a fresh CI job expects;
- refuses to overwrite an article being linted, or one changed since it was read.

Every refusal is a WriteError whose message says why in a few words.
"""

from __future__ import annotations

import errno
import os
import stat
import threading
from collections.abc import Iterable
from pathlib import Path

ARTICLE_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md"}  # what a folder's articles are
ARTICLE_SUFFIXES = tuple(ARTICLE_FORMATS)


def cache_dir() -> Path:
    """Where newslint keeps data it derives (NEWSLINT_CACHE_DIR, else the user cache)."""
    base = os.environ.get("NEWSLINT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newslint"
    )
    return Path(base)


_UMASK_LOCK = threading.Lock()


class WriteError(OSError):
    """A file newslint will not or cannot write; the message names the reason. An OSError,
    so callers that already handle failed writes handle these too."""


def write_new(path: Path, data: str | bytes) -> None:
    """Write a file newslint owns (a cache, an audit's summary): atomic, and never through
    a symlink or over anything but a regular file."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise WriteError(f"{path}: {_kind(info.st_mode)}, not replaced")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _replace(path, _bytes(data), info)


def write_output(path: Path, data: str | bytes, protect: Iterable[str] = ()) -> None:
    """Write a report or baseline to the path the user named with -o or --write-baseline.

    protect: the articles of this run, which a report must never overwrite.
    """
    path = Path(path)
    payload = _bytes(data)
    try:
        info = os.stat(path)  # follows a symlink: the user named this path
    except FileNotFoundError:
        if os.path.islink(path):
            raise WriteError(f"{path}: is a symlink to a missing file, not followed") from None
        info = None
    except OSError as exc:
        raise WriteError(f"{path}: {exc.strerror}") from None
    if info is not None:
        if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode) or _is_standard_stream(info):
            _stream(path, payload)  # /dev/null, a named pipe, -o /dev/stdout >> log: write, never replace
            return
        if not stat.S_ISREG(info.st_mode):
            raise WriteError(f"{path}: {_kind(info.st_mode)}, not a file to write a report to")
        for article in protect:
            if _same_file(path, article):
                raise WriteError(f"{path}: is one of the articles being linted; not overwritten")
        if not info.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
            raise WriteError(f"{path}: read-only, not overwritten")
    target = Path(os.path.realpath(path))  # a symlink stays; the file it points to is written
    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # `-o reports/x.sarif` in a fresh CI job
    except OSError as exc:
        raise WriteError(f"{path}: cannot make its folder ({exc.strerror or exc})") from None
    _replace(target, payload, info)


def rewrite(path: Path, original: bytes, data: bytes) -> None:
    """Replace an article's bytes with data (a fix), only if it still holds original.

    A symlinked article is fixed where it lives and the link kept; a read-only file is
    refused, and so is one that changed since it was read (the journalist saved an edit
    while newslint ran: theirs wins).
    """
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(target)
    except OSError as exc:
        raise WriteError(f"{path}: {exc.strerror}, not fixed") from None
    if not stat.S_ISREG(info.st_mode):
        raise WriteError(f"{path}: {_kind(info.st_mode)}, not fixed")
    if not info.st_mode & stat.S_IWUSR or not os.access(target, os.W_OK):
        raise WriteError(f"{path}: read-only, not fixed")
    _replace(target, data, info, expect=original)


def _replace(target: Path, payload: bytes, info: os.stat_result | None, expect: bytes | None = None) -> None:
    if info is not None and info.st_nlink > 1:
        _in_place(target, payload, expect)  # a rename would break the other links
        return
    temporary = None
    try:
        import tempfile

        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode) if info else 0o666 & ~_umask())
        if info is not None and not _give_owner(temporary, info):
            os.unlink(temporary)
            temporary = None
            _in_place(target, payload, expect)  # only the file itself keeps its owner
            return
        _check_unchanged(target, expect)
        os.replace(temporary, target)
        temporary = None
    except WriteError:
        raise
    except OSError as exc:  # a full disk, a file-size limit, an immutable file, a read-only folder
        where = f"cannot write in {target.parent}" if temporary is None else "cannot write"
        raise WriteError(f"{target}: {where} ({exc.strerror or exc})") from None
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def _in_place(target: Path, payload: bytes, expect: bytes | None) -> None:
    try:
        with open(target, "r+b") as out:
            if expect is not None and out.read() != expect:
                raise WriteError(f"{target}: changed since newslint read it; not fixed (run again)")
            out.seek(0)
            out.write(payload)
            out.truncate()
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise WriteError(f"{target}: cannot write ({exc.strerror})") from None


def _check_unchanged(target: Path, expect: bytes | None) -> None:
    if expect is None:
        return
    try:
        current = target.read_bytes()
    except OSError:
        current = None
    if current != expect:
        raise WriteError(f"{target}: changed since newslint read it; not fixed (run again)")


def _give_owner(temporary: str, info: os.stat_result) -> bool:
    """Give the new file the old one's owner and group; False where that is not allowed."""
    if (info.st_uid, info.st_gid) == (os.getuid(), os.getgid()):
        return True
    try:
        os.chown(temporary, info.st_uid, info.st_gid)
        return True
    except OSError:
        return False


def _stream(path: Path, payload: bytes) -> None:
    """Write into a device or pipe. Append: a device has nothing to truncate, and a shell's
    `>> log` behind /dev/stdout must keep what is already there. A pipe that nobody reads
    is refused at once rather than waited on for ever."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise WriteError(f"{path}: a pipe that nothing is reading, not written") from None
        raise WriteError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        os.set_blocking(descriptor, True)
        with open(descriptor, "wb", closefd=True) as out:
            out.write(payload)
    except OSError as exc:
        raise WriteError(f"{path}: cannot write ({exc.strerror})") from None


def _is_standard_stream(info: os.stat_result) -> bool:
    """Whether the path is this process's own stdout or stderr (/dev/stdout, /proc/self/fd/1),
    which may be a file the shell opened: replacing it would lose what the shell put there."""
    for descriptor in (1, 2):
        try:
            other = os.fstat(descriptor)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
            return True
    return False


def _same_file(path: Path, other: str) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISLNK, "a symlink"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISCHR, "a device"), (stat.S_ISFIFO, "a pipe")):
        if test(mode):
            return f"is {name}"
    return "is not a regular file"


def _umask() -> int:
    """The process's umask, read without setting it (os.umask would, for a moment, in every
    thread); /proc says it on Linux."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _bytes(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def article_paths(paths: list[str], empty: list[str] | None = None) -> list[str]:
    """Expand folders into their article files (sorted); keep files and - as given. A
    folder that cannot be listed is kept as a path, so reading it reports the reason; a
    folder that holds no article is added to empty, if given."""
    found: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            before = len(found)
            for root, dirs, files in os.walk(path, onerror=lambda exc: found.append(exc.filename)):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    os.path.join(root, name)
                    for name in sorted(files)
                    if Path(name).suffix.lower() in ARTICLE_SUFFIXES and not name.startswith(".")
                )
            if len(found) == before and empty is not None:
                empty.append(path)
        else:
            found.append(path)
    return found
