"""Turn files and bytes into Documents. Each format has one module; this one dispatches."""

from __future__ import annotations

import codecs
from pathlib import Path

from newslint.document import Document

SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md"}


class InputError(Exception):
    """A file newslint cannot lint; the message says why in a few words."""


def format_for(path: str) -> str:
    return SUFFIXES.get(Path(path).suffix.lower(), "txt")


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode article bytes: UTF-8 (a BOM is dropped), UTF-16 with a BOM, or the encoding
    the user names (older archives are often Windows-1252: --encoding cp1252)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-16 ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), skipped")
    if encoding and codecs.lookup(encoding).name != "utf-8":
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}; "
            "for Windows-1252 archives use --encoding cp1252)"
        ) from None


def read_text(text: str, path: str = "<text>", fmt: str | None = None) -> Document:
    """Parse already-decoded article text."""
    if not text.strip():
        raise InputError("empty file")
    fmt = fmt or format_for(path)
    if fmt == "md":
        from newslint.readers.markdown import parse_markdown

        return parse_markdown(text, path)
    from newslint.readers.plaintext import parse_plaintext

    return parse_plaintext(text, path)


def read_bytes(data: bytes, path: str, fmt: str | None = None, encoding: str | None = None) -> Document:
    return read_text(decode(data, encoding), path, fmt)


def read_path(path: Path, encoding: str | None = None) -> Document:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    return read_bytes(data, str(path), encoding=encoding)
