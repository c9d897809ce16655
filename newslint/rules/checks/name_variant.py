"""CO004 name-variant: one person's name spelled two ways in the same article."""

from __future__ import annotations

from collections import Counter, defaultdict

from newslint.analysis.index import analysis
from newslint.analysis.names import SENTENCE_WORDS
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule

# Endings that make a different word, not a misspelling: Democrats/Democratic, Lanka/Lankan.
_SUFFIXES = ("s", "es", "y", "n", "an", "ian", "ns", "ans", "ese", "ic", "ics", "ish", "ist", "ists",
             "ism", "i", "is", "ite", "ites", "er", "ers", "al", "ia")


def _stem(word: str) -> str:
    for suffix in sorted(_SUFFIXES, key=len, reverse=True):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _related_words(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and long[len(short):] in _SUFFIXES:
        return True
    return _stem(a) == _stem(b)


def _same_person(uses_a, uses_b) -> bool:
    """Whether two spellings are tied to one person by the name part they share."""
    firsts_a = {partner for role, partner in uses_a if role == "surname"}
    firsts_b = {partner for role, partner in uses_b if role == "surname"}
    surnames_a = {partner for role, partner in uses_a if role == "first"}
    surnames_b = {partner for role, partner in uses_b if role == "first"}
    if surnames_a & surnames_b:
        return True  # "Hillary Clinton" and "Hilary Clinton"
    if not (firsts_a and firsts_b) or surnames_a or surnames_b:
        return False
    named_a, named_b = firsts_a - {None}, firsts_b - {None}
    if named_a and named_b:
        return bool(named_a & named_b)  # the same first name; different ones: two people
    return bool(named_a or named_b)  # "Rahm Emanuel" and a lone "Emanual"


def _limit(a: str, b: str) -> int:
    """Edits (OSA distance) two spellings of one name may differ by."""
    return 1 if max(len(a), len(b)) < 9 else 2


def _deletions(word: str, most: int) -> set[str]:
    """The word with up to `most` letters deleted (the word itself included)."""
    found, frontier = {word}, {word}
    for _ in range(most):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


_SMALL_GROUP = 64  # words with one first letter; past this, the deletion index is faster


def _letters_apart(a: str, b: str) -> int:
    """How many letters the two words' letter counts differ by, in all."""
    counts = Counter(a)
    counts.subtract(b)
    return sum(map(abs, counts.values()))


def _near_lengths(group: list[str]):
    """Pairs of words, sorted by length, whose lengths differ by two at most and which may be
    within _limit edits, in the order of the group.

    Words within d edits share a string left by deleting at most d letters from each, so
    pairs come from an index of those strings: comparing every pair was quadratic in the
    number of names (a list of thousands of them took minutes). A small group, as in any
    real article, is cheaper to compare pair by pair; both give the same pairs in order."""
    if len(group) <= _SMALL_GROUP:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if len(b) - len(a) > 2:
                    break
                yield a, b
        return
    index = defaultdict(list)
    for i, word in enumerate(group):
        for variant in _deletions(word, 2 if len(word) >= 7 else 1):  # a limit-2 pair has both words of 7+
            index[variant].append(i)
    pairs = set()
    for members in index.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if len(group[j]) - len(group[i]) <= 2:
                    pairs.add((i, j))
    for i, j in sorted(pairs):
        yield group[i], group[j]


# Longer "names" are runs of capitalised words glued by hyphens, not anyone's name; and
# their deletion variants (see _near_lengths) would grow with the square of their length.
_LONGEST = 40
_ADJECTIVE_ENDINGS = ("an", "ian", "ese", "ish", "ic", "ist")


def check(doc: Document, options):
    uses = defaultdict(list)  # word -> [(start, end, role, partner)]
    mid_sentence = set()  # words capitalised where no sentence starts: names, not words
    for m in analysis(doc).name_mentions:
        if m.place_like:
            continue
        uses[m.surname].append((m.surname_start, m.surname_start + len(m.surname), "surname", m.first))
        if m.first:
            uses[m.first].append((m.start, m.start + len(m.first), "first", m.surname))
        if m.first or not m.opens_sentence:
            mid_sentence.add(m.surname)
    words = sorted(
        w for w in uses
        if 5 <= len(w) <= _LONGEST and (w in mid_sentence or w not in SENTENCE_WORDS)
    )
    by_letter = defaultdict(list)  # only words with the same first letter and near lengths compare
    for word in sorted(words, key=len):
        by_letter[word[0]].append(word)
    # An edit changes at most two letter counts by one each (a swap none), so a pair whose
    # letters differ more than twice the limit cannot be within it: most pairs end here
    # (the letter sets' difference is the quicker test), and rapidfuzz is imported only
    # for the rest.
    letters = {word: set(word) for word in words}
    pairs = [(a, b) for group in by_letter.values() for a, b in _near_lengths(group)
             if len(letters[a] ^ letters[b]) <= 2 * _limit(a, b) and _letters_apart(a, b) <= 2 * _limit(a, b)]
    if pairs:
        from rapidfuzz.distance import OSA  # edits, with a swap of two letters as one
    for a, b in pairs:
        limit = _limit(a, b)
        if OSA.distance(a, b, score_cutoff=limit) > limit or _related_words(a, b):
            continue
        if a.endswith(_ADJECTIVE_ENDINGS) and b.endswith(_ADJECTIVE_ENDINGS) and OSA.distance(a, b) > 1:
            continue  # American/African: adjectives, not one name misspelt
        roles_a = [(role, partner) for _, _, role, partner in uses[a]]
        roles_b = [(role, partner) for _, _, role, partner in uses[b]]
        if not _same_person(roles_a, roles_b):
            continue
        if min(len(uses[a]), len(uses[b])) >= 2 and all(r == "first" for r, _ in roles_a + roles_b):
            continue  # "Maria Gonzalez" twice and "Mario Gonzalez" three times: two people
        if len(uses[a]) == len(uses[b]):  # no majority: report the later spelling, suggest nothing
            minority = a if uses[a][0][0] > uses[b][0][0] else b
            other = b if minority == a else a
            for start, end, _, _ in uses[minority]:
                yield Hit((start, end), f"'{minority}' and '{other}' both appear for one name: check which is right")
            continue
        minority = a if len(uses[a]) < len(uses[b]) else b
        majority = b if minority == a else a
        for start, end, _, _ in uses[minority]:
            yield Hit((start, end), f"'{minority}' is spelled '{majority}' elsewhere in the article", majority)


RULE = Rule(
    code="CO004",
    name="name-variant",
    category="consistency",
    severity="warning",
    summary="One person's name spelled two ways",
    why=(
        "Professional copy still prints 'Hilary' for 'Hillary Clinton' and 'Emanual' for "
        "'Rahm Emanuel' in the same article. Two spellings are tied to one person when they "
        "share a first name or surname and differ by a letter or two; the majority spelling "
        "is suggested. Different words (Democrats/Democratic, Lanka/Lankan) and different "
        "people with similar names (John Smyth and Jane Smith) are left alone."
    ),
    check=check,
    examples=(
        Example(
            "Mayor backs transit plan\n\nMayor Rahm Emanuel said on Monday the plan would pass. "
            "Emanuel has backed it for years.\n\n[[Emanual]] told reporters the vote was close.\n",
            bad=True, article=True,
        ),
        Example(
            "Clinton visits Iowa\n\nHillary Clinton spoke in Des Moines. Hillary Clinton later "
            "met farmers.\n\n[[Hilary]] Clinton left on Tuesday.\n",
            bad=True, article=True,
        ),
        Example(
            "Dispute over canal\n\nAli Hassan, a farmer, says the canal cut off his water. The "
            "mayor, Ali Hussein, disagrees. Hassan has complained.\n",
            bad=False, article=True,
        ),
        Example(
            "Democrats pick chair\n\nState Democrats elected a chair of the Democratic Party. "
            "Sri Lanka and Sri Lankan exports were also discussed.\n",
            bad=False, article=True,
        ),
    ),
    source=__name__,
)
