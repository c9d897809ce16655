"""The document model: headline, byline, dateline, paragraphs and positions."""

from __future__ import annotations

import pytest

from newslint.errors import InputError
from newslint.readers import decode, read_bytes, read_text

WIRE = """Storm cuts power to 40,000 homes

By Ana Ruiz, Associated Press

MIAMI (AP) — A storm cut power to 40,000 homes on Tuesday, the utility said.

Crews worked through the night.
"""


def parts(doc):
    return {
        "headline": doc.slice(doc.headline) if doc.headline else None,
        "byline": doc.slice(doc.byline) if doc.byline else None,
        "paragraphs": [doc.slice(p) for p in doc.paragraphs],
    }


def test_plain_text_parts():
    doc = read_text(WIRE, "storm.txt")
    assert parts(doc) == {
        "headline": "Storm cuts power to 40,000 homes",
        "byline": "By Ana Ruiz, Associated Press",
        "paragraphs": [
            "MIAMI (AP) — A storm cut power to 40,000 homes on Tuesday, the utility said.",
            "Crews worked through the night.",
        ],
    }
    assert doc.slice(doc.dateline.span) == "MIAMI (AP) — "
    assert (doc.dateline.place, doc.dateline.credit) == ("MIAMI", "AP")


@pytest.mark.parametrize(
    "opening, place, credit",
    [
        ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON", "AP"),
        ("KYIV, Ukraine (AP) — Drones struck overnight.", "KYIV", "AP"),
        ("LONDON, March 3 (Reuters) - Shares fell.", "LONDON", "Reuters"),
        ("NEW YORK — The mayor spoke.", "NEW YORK", None),
        ("CNN – At least 32 people were killed.", "CNN", None),
        ("(Reuters) - Oil prices rose on Monday.", "", "Reuters"),
    ],
)
def test_datelines(opening, place, credit):
    doc = read_text(f"Headline\n\n{opening}\n", "a.txt")
    assert doc.dateline is not None
    assert (doc.dateline.place, doc.dateline.credit) == (place, credit)


@pytest.mark.parametrize(
    "opening",
    ["The storm hit at dawn - nobody was ready.", "A - B testing is common.", "NATO leaders met on Monday."],
)
def test_no_dateline_in_ordinary_openings(opening):
    assert read_text(f"Headline\n\n{opening}\n", "a.txt").dateline is None


def test_single_newline_paragraphs_and_hard_wrapped_text():
    text = (
        "Headline\n\nFirst paragraph ends here.\nSecond paragraph starts here and\n"
        "wraps onto a second line.\nThird.\n"
    )
    assert parts(read_text(text, "a.txt"))["paragraphs"] == [
        "First paragraph ends here.",
        "Second paragraph starts here and\nwraps onto a second line.",
        "Third.",
    ]


def test_positions_with_crlf_and_lone_cr():
    text = "Headline\r\n\r\nOne TK here.\rTwo.\r\n"
    doc = read_text(text, "a.txt")
    offset = text.index("TK")
    assert doc.position(offset) == (3, 5)
    assert doc.position(text.index("Two")) == (4, 1)
    assert doc.text == text  # nothing normalised


def test_columns_count_characters_not_bytes():
    text = "Заголовок\n\n“Ёлки” — TK.\n"
    doc = read_text(text, "a.txt")
    assert doc.position(text.index("TK")) == (3, 10)


MARKDOWN = """---
title: "Council approves budget"
byline: Sam Okafor
date: 2024-03-05
outlet: The Ledger
---

The council voted 7-2 on Tuesday to approve the budget.

> “It is a fair budget,” the mayor said.

- Roads get $2 million
- Parks get $1 million
"""


def test_markdown_front_matter_and_blocks():
    doc = read_text(MARKDOWN, "budget.md")
    assert doc.format == "md"
    assert doc.meta["outlet"] == "The Ledger"
    assert parts(doc) == {
        "headline": "Council approves budget",
        "byline": "Sam Okafor",
        "paragraphs": [
            "The council voted 7-2 on Tuesday to approve the budget.",
            "“It is a fair budget,” the mayor said.",
            "Roads get $2 million",
            "Parks get $1 million",
        ],
    }
    assert doc.content_start == MARKDOWN.index("---\n\nThe council") + len("---\n")


def test_markdown_headline_from_h1_without_front_matter():
    doc = read_text("# Budget passes\n\nThe council voted.\n", "a.md")
    assert doc.slice(doc.headline) == "Budget passes"
    assert [doc.slice(p) for p in doc.paragraphs] == ["The council voted."]


@pytest.mark.parametrize(
    "text, reason",
    [
        ("---\ntitle: x\n\nBody never closes the front matter.\n", "front matter is not closed"),
        ("---\ntitle: [unclosed\n---\n\nBody.\n", "front matter is not valid YAML"),
        ("---\n- a list\n---\n\nBody.\n", "not a mapping"),
    ],
)
def test_bad_front_matter(text, reason):
    with pytest.raises(InputError, match=reason):
        read_text(text, "a.md")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"Headline\n\nCaf\xe9 owners said.\n", "not valid UTF-8"),
    ],
)
def test_unreadable_input(data, reason):
    with pytest.raises(InputError, match=reason):
        read_bytes(data, "a.txt")


def test_bom_and_utf16_are_decoded():
    assert decode("\ufeffHeadline".encode("utf-8")) == "Headline"
    assert decode("Headline".encode("utf-16")) == "Headline"


def test_sentences_follow_paragraphs():
    doc = read_text(WIRE, "storm.txt")
    assert [doc.slice(s) for s in doc.sentences] == [
        "MIAMI (AP) — A storm cut power to 40,000 homes on Tuesday, the utility said.",
        "Crews worked through the night.",
    ]
