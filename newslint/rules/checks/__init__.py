"""Rules written in Python: the checks a YAML kind cannot express.

Adding one is one module defining RULE, plus one line here.
"""

from newslint.rules.checks import (
    body_figures,
    duplicate_text,
    fact_sheet,
    headline_figures,
    headline_hedge,
    languagetool,
    long_lede,
    long_paragraph,
    long_sentence,
    name_variant,
    outlet_voice,
    parts_whole,
    reading_grade,
    relative_date,
    second_headline,
    title_variant,
    unattributed_casualties,
    unattributed_quote,
    weekday_date,
)

BUILTINS = (
    second_headline.RULE,
    unattributed_casualties.RULE,
    unattributed_quote.RULE,
    headline_hedge.RULE,
    headline_figures.RULE,
    body_figures.RULE,
    parts_whole.RULE,
    name_variant.RULE,
    title_variant.RULE,
    weekday_date.RULE,
    relative_date.RULE,
    outlet_voice.RULE,
    duplicate_text.RULE,
    fact_sheet.RULE,
    reading_grade.RULE,
    long_sentence.RULE,
    long_lede.RULE,
    long_paragraph.RULE,
    languagetool.RULE,
)
