"""Turn files and bytes into Documents. Each format has one module; this one dispatches."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from newslint.errors import InputError
from newslint.files import ARTICLE_FORMATS
from newslint.model.document import Document


def format_for(path: str) -> str:
    """The format a file's suffix names (Path.suffix's rule, without making a Path)."""
    path = os.fspath(path)
    if path.endswith(("/", ".", os.sep)):  # Path normalises these first
        return ARTICLE_FORMATS.get(Path(path).suffix.lower(), "txt")
    name = os.path.basename(path)
    dot = name.rfind(".")
    return ARTICLE_FORMATS.get(name[dot:].lower() if 0 < dot < len(name) - 1 else "", "txt")


_BINARY = "binary file (contains NUL bytes), skipped"
# Byte-order marks, longest first: a UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# An encoding named without its byte order means the body has none to tell: take the
# order Windows writes (little-endian), which is where BOM-less UTF-16 files come from.
_ORDERED = {"utf-16": "utf-16-le", "utf-32": "utf-32-le", "utf-8-sig": "utf-8"}


def detect_encoding(data: bytes, encoding: str | None = None) -> tuple[str, bytes]:
    """(codec, bom): the Python codec the body after the byte-order mark is in, and the
    mark itself (b"" if none). `bom + text.encode(codec)` gives the bytes back, so a fix
    can write a file in its own encoding. A mark wins over the named encoding, which wins
    over UTF-8; a named UTF-16 settles FF FE 00 00 (UTF-16 LE starting with NUL) as UTF-16.
    An encoding Python does not know as a text encoding is an InputError."""
    name = _codec_name(encoding) if encoding else None
    for bom, codec in _BOMS:
        if data.startswith(bom) and not (name and name.startswith("utf-16") and codec.startswith("utf-32")):
            return codec, bom
    if name is None:
        return "utf-8", b""
    return _ORDERED.get(name, name), b""


def _codec_name(encoding: str) -> str:
    """The codec's canonical name; a bad name is an input error here, not a crash (the
    CLI checks --encoding up front, the Python API does not)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    try:
        "".encode(name)  # rot13, base64 and the like are codecs but not text encodings
    except LookupError:
        raise InputError(f"{encoding!r} is not a text encoding") from None
    return name


def _nul_is_binary(codec: str) -> bool:
    """Whether a NUL byte can only be a NUL character in this codec (so the file can be
    called binary before decoding); UTF-16 and UTF-32 put NUL bytes in ordinary letters."""
    return b"\x00" not in "A".encode(codec)


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode article bytes: UTF-8, or UTF-16/UTF-32/UTF-8 as a byte-order mark says (the
    mark is dropped), or the encoding the user names (older archives are often
    Windows-1252: --encoding cp1252). NUL characters make a file binary."""
    codec, bom = detect_encoding(data, encoding)
    body = data[len(bom) :]
    if _nul_is_binary(codec) and b"\x00" in body:
        raise InputError(_BINARY)
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(_invalid(codec, bom, encoding, body, exc)) from None
    if "\x00" in text:
        raise InputError(_BINARY)
    return text


def _invalid(codec: str, bom: bytes, encoding: str | None, body: bytes, exc: UnicodeDecodeError) -> str:
    """Why the bytes are not text: the offset counts from the start of the file."""
    offset = len(bom) + exc.start
    if bom and codec != "utf-8":
        family = "UTF-16" if codec.startswith("utf-16") else "UTF-32"
        return f"not valid {family} ({exc.reason} at byte {offset})"
    byte = f"byte 0x{body[exc.start]:02x}" if exc.start < len(body) else "truncated data"
    if codec != "utf-8":
        return f"not valid {encoding} ({byte} at offset {offset})"
    return f"not valid UTF-8 ({byte} at offset {offset}; for Windows-1252 archives use --encoding cp1252)"


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
