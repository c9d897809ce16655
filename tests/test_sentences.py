"""Sentence splitting on news copy. Each case marks the expected boundaries with " | "."""

from __future__ import annotations

import pytest

from newslint.model.sentences import split_sentences
from newslint.model.span import Span

CASES = [
    # titles and abbreviations that do not end a sentence
    "Gov. Gavin Newsom signed the bill on Monday. | Critics said it went too far.",
    "Sen. Mitch McConnell and Rep. Nancy Pelosi met at the White House. | No deal was reached.",
    "Gen. Mark Milley spoke first. | Lt. Col. Ann Reyes followed him.",
    "Dr. Amina Yusuf said the trial would resume. | Mr. Patel disagreed.",
    # initialisms
    "The U.S. economy grew 2.4% in the quarter. | Economists had expected less.",
    "The U.N. Security Council met in New York. | Russia vetoed the draft.",
    "The bill passed in the U.S. | The president signed it a day later.",
    "Officials in the U.K. said talks would continue.",
    # months and numbers
    "The riot at the Capitol on Jan. 6, 2021, led to hundreds of arrests. | Trials continue.",
    "The prime minister returned to No. 10 Downing Street. | Aides were waiting.",
    "The deal is worth $3.5 billion, the company said. | Shares rose 4.2%.",
    "He was born on Sept. 12 in Ohio. | He moved to Texas in 1990.",
    # initials
    "J.R.R. Tolkien wrote the books in Oxford. | They sold millions.",
    "George W. Bush spoke at the ceremony. | Laura Bush did not attend.",
    # quotations
    "“We will rebuild,” the mayor said. | “Nobody will be left behind.” | Residents cheered.",
    "\"Is it safe?\" he asked. | Nobody answered.",
    "She said: \"We are done.\" | The meeting ended.",
    "“Why now?” | Critics asked that question for weeks.",
    # other terminators
    "Is the bridge safe? | Engineers say it is. | Repairs start in May!",
    "The vote was close... | Then the recount began.",
    # numbered lists and decimals stay whole
    "Interest rates rose to 5.25% from 5.0% in March. | Inflation slowed to 3.1%.",
    "The team won 3-1 at St. James' Park on Saturday. | It was their first win.",
]


@pytest.mark.parametrize("marked", CASES)
def test_split(marked):
    expected = marked.split(" | ")
    text = " ".join(expected)
    spans = split_sentences(text, Span(0, len(text)))
    assert [text[a:b] for a, b in spans] == expected


def test_offsets_are_absolute():
    text = "Headline\n\nFirst one. Second one."
    start = text.index("First")
    spans = split_sentences(text, Span(start, len(text)))
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]
    assert spans[0].start == start
