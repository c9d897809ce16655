"""Rules written in Python: the checks a YAML kind cannot express.

Adding one is one module defining RULE, plus one line here.
"""

from newslint.checks import (
    body_figures,
    headline_figures,
    headline_hedge,
    name_variant,
    parts_whole,
    second_headline,
    title_variant,
    unattributed_casualties,
    unattributed_quote,
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
)
