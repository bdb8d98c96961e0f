"""Clauses of patient text, and whether a word in one is negated: in linear time.

The content rules need to know what a sentence says, not only which words it
has: "there is no cure" is a caution, "nothing cures it faster" a claim. A
trained parser would know, but the only trained English models for spaCy on
the package index are unofficial mirrors, and spaCy itself costs more than a
second to start, above the lint speed budget. So this module is a small rule
reader instead, in the spirit of spaCy's tokenizer and rule Matcher:

* :func:`clauses` splits a text into tokens and the tokens into clauses (at
  sentence ends, semicolons, colons, parentheses, inline " - " list markers,
  line-start list items and before a contrasting word such as "but" or
  "unless"), in one pass;
* each :class:`Clause` offers its words as one lower-case string, so rules can
  match patterns of words with ordinary regular expressions (bounded gaps
  only, so matching stays linear), and maps a match back to the text;
* :meth:`Clause.negated` reads negation within the clause: a negation word a
  few tokens before the match, across a comma only inside a list ("no
  treatment, cure, or vaccine"), and not when the sentence compares ("nothing
  cures it faster than ...").

Everything is linear in the length of the text: a 1 MB answer with no
punctuation at all is one clause, read once.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

# Words, numbers (with their decimal point), and single punctuation marks.
_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")
# Words that start a new clause: what follows them can say the opposite.
_CONTRAST = frozenset(
    {"but", "however", "although", "though", "whereas", "yet", "unless", "except", "instead"}
)
NEGATIONS = frozenset(
    {
        "not",
        "no",
        "never",
        "cannot",
        "can't",
        "don't",
        "doesn't",
        "didn't",
        "won't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "shouldn't",
        "mustn't",
        "needn't",
        # "A mouth ulcer that hasn't healed after three weeks" promises nothing.
        "hasn't",
        "haven't",
        "hadn't",
        "nothing",
        "nobody",
        "none",
        "neither",
        "nor",
        "without",
        "avoid",
        # Texts and chat drop the apostrophe: "detox teas dont remove toxins".
        "dont",
        "doesnt",
        "didnt",
        "cant",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "shouldnt",
        "mustnt",
        "neednt",
        "hasnt",
        "havent",
        # "they wont realign your spine" (the older "wont", a habit, is rare in such text)
        "wont",
    }
)
# A negation word that compares rather than denies: "nothing works better than".
_COMPARING = frozenset({"nothing", "nobody", "no", "none", "neither"})
# Not the body's own work: "Nothing cleanses the colon better than your own gut does" is
# the negation it says.
_COMPARATIVE = re.compile(
    r"\b(?:than|like it|like this|as well as|as good as)\b(?! (?:your |the |our |a )?(?:own )?"
    r"(?:body|bodies|gut|liver|kidneys?|immune system|bowels?|colon|lungs|skin|brain)\b)"
)
# A relative clause's opening word, and the modal that starts the main predicate after it.
_RELATIVES = frozenset({"who", "that", "which"})
_MODALS = frozenset({"can", "may", "should", "could", "must", "will", "might", "would", "shall"})
# Negations that go with a noun, whose list may run on past a comma.
_DETERMINERS = frozenset({"no", "none", "nothing", "nobody", "neither", "nor", "without"})
_OBJECT_PRONOUNS = frozenset({"you", "it", "them", "him", "her", "me", "us"})
# What may stand between a list's comma and its next item: "no cure, or a vaccine".
_LIST_GLUE = frozenset({",", "and", "or", "nor", "a", "an", "the", "any"})
_SENTENCE_STOP = re.compile(r"[.!?\n]")
# Negations that are prepositions: their scope ends at the verb ("without trying is").
_PREPOSITIONS = frozenset({"without"})
_VERBS = frozenset(
    {"is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "should", "must"}
)
# Prepositions whose object a "no" may begin: its denial stays inside that phrase.
_OBJECT_OF = frozenset({"of", "with", "on", "for", "in", "by", "after", "from", "at"})
# Words that open a subordinate clause, which a comma closes.
_SUBORDINATORS = frozenset(
    {"if", "when", "whenever", "once", "because", "since", "although", "though", "while", "until"}
)
_WINDOW = 8  # tokens: how far before a word a negation still reaches
_SHORT = 10  # tokens: a sentence this short may lean on the one before it
_SHORT_BACK = 3  # sentences: how far back such leaning reaches
# A sentence this short (in words) leans on the one before it, as does one that opens
# with a word pointing back ("Rest your eyes. It will come back."); the learned
# reader joins its units by the same measure.
LEANING = 6
POINTS_BACK = frozenset({"it", "this", "that", "they", "these", "those", "then", "so"})
_REACH = 200  # characters: how far around a match its context is read
# Tokens: a clause longer than this has lost its punctuation and is read in pieces of
# PIECE tokens (the learned reader cuts its units the same way).
LONGEST = 400
PIECE = 100
# Characters past which a clause is read in pieces straight away: far more than 400
# words take (a sentence's words average five letters and a space).
_LONG_TEXT = 20 * LONGEST


# Where a clause ends: sentence ends and strong punctuation (a full stop
# between digits is a decimal point), an inline or line-start list marker (a
# "-", "*" or "+" with space on both sides), a blank line, and a new line that
# starts with a capital letter. Plain character
# classes only: this runs over every character of every text.
_BREAK = re.compile(
    r"[!?;:()\[\]{}\u2014\u2013\u2022]|\.(?!\d)|\s[-*+]\s|\n\s*\n"
    # A line of a literal block that starts with a capital: a new list item, when
    # the line before it had no full stop ("...the heart's workload\nAspirin...").
    r"|\n(?=[ \t]*[A-Z])"
)
# A contrasting word starts a clause (after the space the match opens with: a pattern
# that starts with what it consumes lets the engine skip to the next space, where a
# look-behind would be tried at every character).
_CONTRAST_WORD = re.compile(r"\s(?:" + "|".join(sorted(_CONTRAST)) + r")(?=\s)", re.IGNORECASE)
# The same in lower-cased text, where a case-sensitive search takes half the time.
_CONTRAST_LOWER = re.compile(_CONTRAST_WORD.pattern)


class Token(NamedTuple):
    """A token of a clause. A tuple: a clause of a page without punctuation makes
    hundreds, and a tuple is made in a third of a frozen dataclass's time."""

    start: int  # in the whole text
    end: int
    lower: str


# Every clause's offsets until its tokens are made (never changed: replaced then).
_NO_OFFSETS: list[int] = []


class Clause:
    """One clause of ``text``: its words as one lower-case string, and their positions.

    The positions are worked out only when asked for (a match to report or to
    test for negation): most clauses are only searched.
    """

    # A page makes thousands: slots make each smaller and quicker to make.
    __slots__ = ("_offsets", "_tokens", "end", "start", "text", "words")

    def __init__(self, text: str, start: int, end: int, words: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.words = words  # lower-case tokens joined by single spaces
        self._tokens: list[Token] | None = None
        self._offsets: list[int] = _NO_OFFSETS  # a list of its own made with the tokens

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = []
            self._offsets = []
            position = 0
            for m in _TOKEN.finditer(self.text, self.start, self.end):
                lower = m.group().lower().replace("\u2019", "'")
                self._tokens.append(Token(m.start(), m.end(), lower))
                self._offsets.append(position)
                position += len(lower) + 1
        return self._tokens

    def token_at(self, offset: int) -> int:
        """The index of the token at character ``offset`` of :attr:`words`."""
        self.tokens  # noqa: B018 -- computes the offsets
        return max(bisect.bisect_right(self._offsets, offset) - 1, 0)

    def span(self, match: re.Match[str], group: int | str = 0) -> tuple[int, int]:
        """The characters of ``text`` that ``match`` (on :attr:`words`) covers."""
        first = self.token_at(match.start(group))
        last = self.token_at(max(match.end(group) - 1, match.start(group)))
        return self.tokens[first].start, self.tokens[last].end

    def negated(self, match: re.Match[str], negations: frozenset[str] = NEGATIONS) -> bool:
        """Is the word at ``match`` denied by a negation before it in this clause?"""
        return self.negated_at(self.token_at(match.start()), negations)

    def negated_at(self, index: int, negations: frozenset[str] = NEGATIONS) -> bool:
        """Is the token at ``index`` denied by a negation before it in this clause?"""
        tokens = self.tokens
        verb = False  # a verb between: "without" then belongs to the subject
        comma = -1  # the comma nearest before the word, once passed
        for back in range(index - 1, max(index - _WINDOW, 0) - 1, -1):
            word = tokens[back].lower
            if word == "," and (
                self._closes_subordinate(back) or not self._list_continues(back, index)
            ):
                return False
            if self._opens_predicate(back):
                return False
            if word == "," and comma < 0:
                comma = back
            if (
                word in negations
                and comma > back + 2
                and word not in _DETERMINERS
                and tokens[comma - 1].lower in _OBJECT_PRONOUNS
            ):
                # A verb's negation closed by its own object before the comma denies that
                # phrase, not the next one: "Methadone not holding you, double your dose"
                # (a list of changes goes on: "Never stop your tablets, halve or skip").
                return False
            verb = verb or word in _VERBS
            if word in negations and self._encourages(back):
                continue  # "do not be afraid to lay yours down": urged, not denied
            if word in negations and self._in_relative_clause(back, index):
                continue  # "customers who aren't eating much can skip ...": the subject's own
            if word in negations:
                between = {t.lower for t in tokens[back + 1 : index]}
                if word == "no" and between and back and tokens[back - 1].lower in _OBJECT_OF:
                    # "A month of no sugar resets...": the "no" denies its own noun only.
                    continue
                if back == 0 and word == "no" and back + 1 < index and tokens[1].lower == ",":
                    continue  # "No, work through it": an answer, not a negation
                if word in _PREPOSITIONS and (verb or not between <= _LIST_GLUE):
                    # It denies only its own object: "losing weight without trying
                    # is a good sign", "without trying just means".
                    return False
                after = self._offsets[index]
                # The comparison in the same predicate: "Nothing cures it faster than ...",
                # not a later one's ("No amount of red wine cures heart disease, and the
                # guidance is to drink no more than 14 units").
                comma = self.words.find(" , ", after, after + _REACH)
                reach = after + _REACH if comma < 0 else comma
                compares = _COMPARATIVE.search(self.words, after, reach)
                return not (word in _COMPARING and compares)
        return False

    def _in_relative_clause(self, negation: int, index: int) -> bool:
        """Is the negation at ``negation`` inside a relative clause of the subject, its
        own predicate's modal still to come before ``index``: "customers who arent eating
        much can skip their insulin"?"""
        lead = {t.lower for t in self.tokens[max(negation - 2, 0) : negation]}
        if not lead & _RELATIVES:
            return False
        return any(t.lower in _MODALS for t in self.tokens[negation + 1 : index])

    def _opens_predicate(self, back: int) -> bool:
        """Does the token at ``back`` start a predicate of its own, out of a negation's
        reach: "and" then a stress or a verb ("It's not addictive and completely safe",
        "... and has no side effects")?"""
        return self.tokens[back].lower == "and" and self.tokens[back + 1].lower in _FRESH_PREDICATE

    def _encourages(self, negation: int) -> bool:
        """Is the negation at ``negation`` an urging ("don't hesitate to", "do not be afraid
        to", "never be shy about", "why not", "you won't regret") or a permission ("it won't
        hurt to", "no reason not to")?"""
        if negation and self.tokens[negation - 1].lower == "why":
            return True
        following = [t.lower for t in self.tokens[negation + 1 : negation + 3]]
        preceding = [t.lower for t in self.tokens[max(negation - 2, 0) : negation]]
        return (
            following[:1] == ["hesitate"]
            # A promise of no regret urges: "you won't regret stopping them".
            or following[:1] == ["regret"]
            # Two denials permit: "there's no reason not to stop them".
            or (following[1:] == ["not"] and following[0] in _NO_REASON)
            or (
                self.tokens[negation].lower == "not"
                and len(preceding) == 2
                and preceding[0] == "no"
                and preceding[1] in _NO_REASON
            )
            or (following[:1] == ["be"] and len(following) > 1 and following[1] in _FEARFUL)
            # The harm denied permits what follows: "it won't hurt to stop them", "there's
            # no harm in doubling it".
            or (len(following) > 1 and following[0] in _HARM and following[1] in _HARM_OF)
        )

    def _closes_subordinate(self, comma: int) -> bool:
        """Does the comma at ``comma`` end a clause that began "if", "when"...?

        "If you can't control your bladder, give it a few weeks": the "can't"
        is the condition's, not the advice's.
        """
        start = max(comma - _REACH // 4, 0)
        return any(t.lower in _SUBORDINATORS for t in self.tokens[start:comma])

    def before(self, match: re.Match[str]) -> str:
        """The clause's words before ``match`` (a sentence's worth: a clause with no
        punctuation at all may be a megabyte long, and every match must not read it all)."""
        return self.words[max(match.start() - _REACH, 0) : match.start()]

    def following(self) -> str:
        """The rest of the sentence after this clause, lower case ("..., but see a doctor")."""
        stop = _SENTENCE_STOP.search(self.text, self.end, self.end + _REACH)
        return self.text[self.end : stop.start() if stop else self.end + _REACH].lower()

    def sentence(self) -> str:
        """The words of the sentence up to the end of this clause, lower case, as
        :attr:`words` (what comes after, "but ...", may say the opposite).

        A red flag and its dismissal are often in different clauses ("Chest pain at
        rest is usually stress, so there is no need to phone for help"), or a
        question names the symptom and the answer dismisses it ("Feverish with a
        rigid neck? Rest in bed and it will pass."): so the sentence reaches back
        over one question mark. A semicolon ends it: what follows is another
        statement. Read only for a clause that already matched.
        """
        return self._words_between(self._sentence_start_here(), self.end)

    def sentence_before(self, match: re.Match[str]) -> str:
        """The words of the sentence (as :meth:`sentence` reads it) before ``match``."""
        lead = self._words_between(self._sentence_start_here(), self.start)
        return f"{lead} {self.before(match)}" if lead else self.before(match)

    def statement_before(self) -> str:
        """The words of the statement just before this clause's sentence when a semicolon
        divides them ("Pain in the neck ... is expected; push through it"), lower case;
        else "". Read only for a clause that already matched."""
        start = self._sentence_start_here()
        if start <= 0 or self.text[start - 1] != ";":
            return ""
        return self._words_between(self._sentence_start(start - 1), start - 1)

    def _sentence_start_here(self) -> int:
        """Where the sentence starts, reaching back over a question just before it, and
        over short sentences before a short one or one that starts with "it", "this"...
        ("Lost sight in one eye? Rest your eyes. It will come back.")."""
        start = self._sentence_start(self.start)
        if start > 0 and self.text[start - 1] == "?":
            start = self._sentence_start(start - 1)
        if not self._leans_back(start):
            return start
        for step in range(_SHORT_BACK):
            if start <= 0 or self.text[start - 1] not in ".!?":
                break
            previous = self._sentence_start(start - 1)
            # The sentence just before is read whatever its length; past it, only
            # short ones ("Good. Do not stop.").
            if step and len(_TOKEN.findall(self.text, previous, start)) > _SHORT:
                break
            start = previous
        return start

    def _leans_back(self, start: int) -> bool:
        """Does the sentence at ``start`` lean on the one before: short, or opening with a
        word that points back?"""
        found = _TOKEN.findall(self.text, start, self.end)
        answer = len(found) > 1 and found[0].lower() in ("a", "answer") and found[1] == ":"
        return len(found) <= LEANING or answer or (bool(found) and found[0].lower() in POINTS_BACK)

    def _words_between(self, start: int, end: int) -> str:
        found = _TOKEN.findall(self.text, start, end)
        return " ".join(found).lower().replace("\u2019", "'")

    def _sentence_start(self, before: int) -> int:
        """Where the sentence that holds character ``before`` starts (within reach)."""
        floor = max(before - _REACH, 0)
        for index in range(before - 1, floor - 1, -1):
            if self.text[index] in ".!?;\n" and not self.text[index + 1 : index + 2].isdigit():
                return index + 1
        return floor

    def negated_outside(
        self,
        match: re.Match[str],
        skip: list[tuple[int, int]],
        negations: frozenset[str] = NEGATIONS,
    ) -> bool:
        """:meth:`negated`, not counting negation words inside ``skip`` (spans of
        :attr:`words`): "Losing weight for no reason is nothing to worry about" is
        not denied by the "no" that belongs to the symptom."""
        index = self.token_at(match.start())
        tokens = self.tokens
        for back in range(index - 1, max(index - _WINDOW, 0) - 1, -1):
            word = tokens[back].lower
            if word == "," and (
                self._closes_subordinate(back) or not self._list_continues(back, index)
            ):
                return False
            if self._opens_predicate(back):
                return False
            offset = self._offsets[back]
            if word in negations and not any(start <= offset < end for start, end in skip):
                return True
        return False

    def after(self, match: re.Match[str]) -> str:
        return self.words[match.end() : match.end() + _REACH]

    def around(self, match: re.Match[str]) -> str:
        return self.words[max(match.start() - _REACH, 0) : match.end() + _REACH]

    def _list_continues(self, comma: int, index: int) -> bool:
        """Does the comma at ``comma`` separate items of a list the word at ``index`` ends?"""
        between = {t.lower for t in self.tokens[comma + 1 : index]}
        return between <= _LIST_GLUE


_FEARFUL = frozenset({"afraid", "scared", "shy", "frightened", "embarrassed", "nervous", "worried"})


# What opens a predicate of its own after "and": a stress or a verb of being or having.
_FRESH_PREDICATE = frozenset(
    {
        "completely",
        "totally",
        "perfectly",
        "entirely",
        "absolutely",
        "fully",
        "100",
        "is",
        "are",
        "has",
        "have",
        "'s",
    }
)
# "won't hurt to", "no harm in", "wouldn't hurt you to": the harm denied, the deed permitted.
_HARM = frozenset({"hurt", "harm"})
# "no reason not to", "no need not to": the second denial undoes the first.
_NO_REASON = frozenset({"reason", "need"})
_HARM_OF = frozenset({"to", "in", "you", "anyone", "anybody"})


def words_of(text: str) -> str:
    """``text`` as :attr:`Clause.words` reads it: lower-case tokens joined by spaces."""
    return " ".join(_TOKEN.findall(text.lower().replace("\u2019", "'")))


@functools.lru_cache(maxsize=4096)
def clauses_of(text: str) -> tuple[Clause, ...]:
    """:func:`clauses` of ``text``, read once however many rules and runs ask."""
    return tuple(clauses(text))


def clauses(text: str) -> Iterator[Clause]:
    """The clauses of ``text``, in order; the regular expressions do the reading."""
    # Lower-cased once for the whole text, when that keeps every offset (a few
    # characters grow when lower-cased, and then each clause is lowered alone).
    lowered = text.lower().replace("\u2019", "'")
    same = len(lowered) == len(text)
    cuts = [m.span() for m in _BREAK.finditer(text)]
    turns = _CONTRAST_LOWER.finditer(lowered) if same else _CONTRAST_WORD.finditer(text)
    contrasts = [(m.start() + 1, m.start() + 1) for m in turns]
    if contrasts:  # in order: no break is empty, so no cut is both
        cuts = sorted(cuts + contrasts)
    cuts.append((len(text), len(text)))
    start = 0
    for cut, resume in cuts:
        if cut < start:
            continue  # a contrasting word inside a break ("- but")
        if same and cut - start <= _LONG_TEXT:  # the common case, in line (a call costs)
            found = _TOKEN.findall(lowered, start, cut)
            if len(found) <= LONGEST:
                if found:
                    yield Clause(text, start, cut, " ".join(found))
                start = resume
                continue
        yield from _clause(text, lowered if same else None, start, cut)
        start = resume


def _clause(text: str, lowered: str | None, start: int, end: int) -> Iterator[Clause]:
    if end - start > _LONG_TEXT:
        # Most likely a page without punctuation: read in pieces at once, not after
        # listing every word of it once more.
        yield from _pieces(text, start, end)
        return
    found = _TOKEN.findall(text if lowered is None else lowered, start, end)
    if len(found) > LONGEST:
        yield from _pieces(text, start, end)
    elif found:
        words = " ".join(found)
        if lowered is None:
            words = words.lower().replace("\u2019", "'")
        yield Clause(text, start, end, words)


def _pieces(text: str, start: int, end: int) -> Iterator[Clause]:
    """A "clause" of hundreds of words has lost its punctuation: read it in pieces.

    No sentence runs that long, so a claim is within a piece; pieces let the
    rules skip most of such a text with a set look-up, as they skip clauses.
    """
    # Each piece's span in one match, its words listed by findall: no match object
    # for each of a page's words.
    spans = [m.span() for m in _PIECE_OF_TOKENS.finditer(text, start, end)]
    if len(spans) <= LONGEST // PIECE:  # long, but not of hundreds of words: one clause
        if spans:
            yield Clause(text, start, end, _lowered_words(text, start, end))
        return
    for first, last in spans:
        yield Clause(text, first, last, _lowered_words(text, first, last))


# PIECE tokens in a row, with the spaces between them (or the last few): every
# character that is not a space belongs to a token, so these are _TOKEN's tokens.
_PIECE_OF_TOKENS = re.compile(rf"(?:{_TOKEN.pattern})(?:\s*(?:{_TOKEN.pattern})){{0,{PIECE - 1}}}")


def _lowered_words(text: str, start: int, end: int) -> str:
    return " ".join(_TOKEN.findall(text, start, end)).lower().replace("\u2019", "'")
