"""What goes in and what comes out: article encodings (and writing a file back in its own),
and control characters from copy or paths kept off the terminal in every report format."""

from __future__ import annotations

import codecs
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from conftest import run_cli

from newslint.errors import InputError
from newslint.model.finding import FileResult, Finding
from newslint.readers import decode, read_bytes
from newslint.report import render

ARTICLE = "Café owners reopen\n\nThe toll is TK, “officials” said — on Tuesday.\n"

# -- encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")])
def test_utf32_with_a_bom_is_utf32_not_utf16(bom, codec, tmp_path):
    data = bom + ARTICLE.encode(codec)
    assert decode(data) == ARTICLE
    (tmp_path / "a.txt").write_bytes(data)
    report = json.loads(run_cli("check", "a.txt", "--format", "json", "--select", "placeholder", cwd=tmp_path).stdout)
    assert [(f["rule"], f["line"], f["column"]) for f in report["files"][0]["findings"]] == [("PH002", 3, 13)]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "UTF-16LE"])
def test_a_named_utf16_or_utf32_encoding_is_decoded_without_a_bom(encoding, tmp_path):
    data = ARTICLE.encode(encoding)
    assert b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert decode(data, encoding) == ARTICLE
    (tmp_path / "a.txt").write_bytes(data)
    result = run_cli("check", "a.txt", "--encoding", encoding, "--format", "json", "--select", "placeholder", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert report["files"][0].get("error") is None
    assert [f["rule"] for f in report["files"][0]["findings"]] == ["PH002"]


def test_a_named_utf16_without_byte_order_is_little_endian():
    assert decode(ARTICLE.encode("utf-16-le"), "utf-16") == ARTICLE


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("Head\n\nA\x00B.\n".encode("utf-16-le"), "utf-16-le"),  # a NUL character, not a NUL byte of a letter
        ("Head\n\nA\x00B.\n".encode("utf-16"), None),  # the BOM says UTF-16; the text holds a NUL
        ("Head\n\nA\x00B.\n".encode("utf-32"), None),
        (b"Head\n\nA\x00B.\n", "cp1252"),
        (b"Head\n\nA\x00B.\n", None),
    ],
)
def test_nul_characters_in_the_decoded_text_are_still_binary(data, encoding):
    with pytest.raises(InputError, match=r"^binary file \(contains NUL bytes\), skipped$"):
        decode(data, encoding)


@pytest.mark.parametrize(
    "data, encoding, message",
    [
        (b"Head\n\nCaf\xe9.\n", None, "not valid UTF-8 (byte 0xe9 at offset 9; for Windows-1252 archives use --encoding cp1252)"),
        (codecs.BOM_UTF8 + b"Head\n\nCaf\xe9.\n", None, "not valid UTF-8 (byte 0xe9 at offset 12; for Windows-1252 archives use --encoding cp1252)"),
        (b"Head\n\nA\x81B.\n", "cp1252", "not valid cp1252 (byte 0x81 at offset 7)"),
        (codecs.BOM_UTF16_LE + b"H\x00e", None, "not valid UTF-16 (truncated data at byte 4)"),
        (codecs.BOM_UTF32_LE + b"H\x00\x00\x00e", None, "not valid UTF-32 (truncated data at byte 8)"),
    ],
)
def test_undecodable_bytes_say_where(data, encoding, message):
    with pytest.raises(InputError) as caught:
        decode(data, encoding)
    assert str(caught.value) == message


@pytest.mark.parametrize("encoding, message", [
    ("klingon", "unknown encoding 'klingon'"),
    ("rot13", "'rot13' is not a text encoding"),
])
def test_the_python_api_reports_a_bad_encoding_as_input_not_a_crash(encoding, message):
    with pytest.raises(InputError, match=f"^{re.escape(message)}$"):
        read_bytes(b"Head\n\nBody.\n", "a.txt", encoding=encoding)


@pytest.mark.parametrize(
    "data, encoding, codec, bom",
    [
        (ARTICLE.encode("utf-8"), None, "utf-8", b""),
        (ARTICLE.encode("utf-8-sig"), None, "utf-8", codecs.BOM_UTF8),
        (ARTICLE.encode("utf-8-sig"), "utf-8-sig", "utf-8", codecs.BOM_UTF8),
        (ARTICLE.encode("utf-8"), "utf-8-sig", "utf-8", b""),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), None, "utf-16-le", codecs.BOM_UTF16_LE),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), None, "utf-16-be", codecs.BOM_UTF16_BE),
        (codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"), None, "utf-32-le", codecs.BOM_UTF32_LE),
        (codecs.BOM_UTF32_BE + ARTICLE.encode("utf-32-be"), None, "utf-32-be", codecs.BOM_UTF32_BE),
        (ARTICLE.encode("utf-16-be"), "utf-16-be", "utf-16-be", b""),
        (ARTICLE.encode("utf-16-le"), "utf-16", "utf-16-le", b""),
        (ARTICLE.encode("cp1252"), "cp1252", "cp1252", b""),
        (ARTICLE.encode("cp1252"), "windows-1252", "cp1252", b""),
    ],
)
def test_detect_encoding_lets_a_fix_write_the_file_back_byte_for_byte(data, encoding, codec, bom):
    from newslint.readers import detect_encoding

    assert detect_encoding(data, encoding) == (codec, bom)
    text = decode(data, encoding)
    assert text == ARTICLE
    assert bom + text.encode(codec) == data


def test_the_bom_wins_over_a_named_encoding():
    from newslint.readers import detect_encoding

    data = codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")
    assert detect_encoding(data, "cp1252") == ("utf-16-le", codecs.BOM_UTF16_LE)
    assert decode(data, "cp1252") == ARTICLE
    # FF FE 00 00 is a UTF-32 mark, unless the user says the file is UTF-16.
    assert detect_encoding(codecs.BOM_UTF32_LE, "utf-16")[0] == "utf-16-le"


# -- control characters on the way out ------------------------------------------------------

ESC = "\x1b"
HOSTILE = f"Storm {ESC}]0;pwned\x07 cuts power\n\nThe\x9b toll is {ESC}[2J TK, officials\x9b said.\x7f\n"
# Every C0 control but tab and line feed, DEL, and every C1 control.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_safe_for_terminal_shows_every_control_character():
    from newslint.report.terminal import safe_for_terminal

    assert safe_for_terminal(f"{ESC}[2J") == "␛[2J"
    assert safe_for_terminal(f"{ESC}]0;pwned\x07") == "␛]0;pwned␇"
    assert safe_for_terminal("a\x9bb\x85c") == "a\\x9bb\\x85c"
    assert safe_for_terminal("\x00\x7f\r\n") == "␀␡␍␊"
    assert safe_for_terminal("a\tb") == "a\tb"
    assert safe_for_terminal("a\r\nb", keep="\t\r\n") == "a\r\nb"
    every = "".join(map(chr, range(0xA0)))
    assert not RAW_CONTROL.search(safe_for_terminal(every).replace("\t", ""))
    printable = "Café — “quoted” 東京 🌧 ½ ‘x’ \\x1b ^["
    assert safe_for_terminal(printable) == printable


def _hostile_result() -> FileResult:
    start = HOSTILE.index("TK")
    line_start = HOSTILE.rindex("\n", 0, start) + 1
    column = start - line_start + 1
    finding = Finding(
        rule="PH002", name="tk-marker", category="placeholder", severity="error",
        line=3, column=column, end_line=3, end_column=column + 2,
        message=f"'TK' left in {ESC}[31mcopy\x9b", suggestion=f"{ESC}[0m", start=start, end=start + 2,
    )
    path = f"news/{ESC}]0;owned\x07story.txt"
    return FileResult(path=path, findings=[finding], text=HOSTILE,
                      crashes=[f"internal error in rule XX001 (x): bad {ESC}[2J"])


def _rendered(fmt: str, result: FileResult) -> str:
    out = io.StringIO()
    render(fmt, [result], out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["text", "rich", "github"])
def test_terminal_formats_show_control_characters_instead_of_obeying_them(fmt):
    output = _rendered(fmt, _hostile_result())
    assert not RAW_CONTROL.search(output), repr(RAW_CONTROL.search(output))
    assert "␛]0;owned␇story.txt" in output  # the path, visibly
    assert "␛[31mcopy\\x9b" in output  # the message
    if fmt == "rich":
        assert "␛[2J TK" in output and "␛]0;pwned␇" not in output  # the quoted line of copy


def test_terminal_formats_with_an_unreadable_file_named_with_escapes():
    result = FileResult(path=f"{ESC}[2Jbad.txt", error=f"{ESC}[2Jbad.txt: binary file (contains NUL bytes), skipped")
    for fmt in ("text", "rich", "github"):
        assert not RAW_CONTROL.search(_rendered(fmt, result)), fmt


def test_rich_carets_stay_under_the_flagged_text():
    lines = _rendered("rich", _hostile_result()).splitlines()
    quoted = next(i for i, line in enumerate(lines) if "│ The" in line)
    assert lines[quoted + 1].index("^^") == lines[quoted].index("TK")
    assert lines[quoted + 1].strip() == "^^"


def test_html_shows_control_characters_it_may_not_contain():
    page = _rendered("html", _hostile_result())
    # HTML allows tab, line feed, carriage return and form feed; no other control.
    assert not RAW_CONTROL.search(page.replace("\r", "").replace("\f", ""))
    assert "␛[2J" in page and "␛]0;owned␇story.txt" in page


def test_machine_formats_keep_the_exact_text_and_stay_valid():
    result = _hostile_result()
    report = json.loads(_rendered("json", result))
    assert report["files"][0]["path"] == result.path
    assert report["files"][0]["findings"][0]["message"] == result.findings[0].message
    assert report["files"][0]["findings"][0]["suggestion"] == f"{ESC}[0m"
    sarif = json.loads(_rendered("sarif", result))
    assert sarif["runs"][0]["results"][0]["message"]["text"] == result.findings[0].message
    assert ESC not in _rendered("json", result) and ESC not in _rendered("sarif", result)  # JSON escapes C0
    root = ET.fromstring(_rendered("junit", result))  # XML 1.0 forbids C0 controls: still parses
    assert root.find("testsuite/testcase/failure") is not None


def test_the_article_itself_is_not_changed(tmp_path):
    (tmp_path / "a.txt").write_bytes(HOSTILE.encode())
    report = json.loads(run_cli("check", "a.txt", "--format", "json", "--select", "placeholder", cwd=tmp_path).stdout)
    assert report["files"][0]["findings"][0]["column"] == HOSTILE.splitlines()[2].index("TK") + 1
    assert (tmp_path / "a.txt").read_bytes() == HOSTILE.encode()


@pytest.mark.parametrize("fmt", ["text", "rich", "github"])
def test_the_cli_report_on_a_hostile_file_and_name(fmt, tmp_path):
    name = f"x{ESC}[31m.txt"
    (tmp_path / name).write_bytes(HOSTILE.encode())
    result = run_cli("check", name, "--format", fmt, "--select", "placeholder", cwd=tmp_path)
    assert result.returncode == 1
    stdout = result.stdout.decode()
    assert "x␛[31m.txt" in stdout and not RAW_CONTROL.search(stdout)


def test_cli_errors_name_hostile_files_visibly(tmp_path):
    """Needs cli.py to pass its error and note lines through safe_for_terminal."""
    name = f"x{ESC}]0;owned\x07.txt"
    (tmp_path / name).write_bytes(b"Head\n\n\x00\x01 binary\n")
    result = run_cli("check", name, "--format", "text", cwd=tmp_path)
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert "x␛]0;owned␇.txt: binary file" in stderr and not RAW_CONTROL.search(stderr)
