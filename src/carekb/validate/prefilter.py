"""Which of many expressions can match a text, asked of RE2 in one pass.

risky-claim runs about a hundred large expressions over each clause whose words one
of them needs. On real text nearly every run fails (on the 600 NIH answers, 239 of
76,583 runs found anything), and each failure costs Python's engine a walk through
its alternation at every word. RE2's FilteredRE2 reads, once, the words each
expression cannot match without (its "atoms"), finds which of them a text holds in a
single pass of a compiled automaton, runs RE2's own (linear-time) match of the
expressions whose atoms are all there, and names those that match: the only ones
worth running. Python's engine still finds every match, so the results are the same
with or without this module; only the runs that could not have matched are skipped.

Naming only the expressions whose atoms are there left about twelve thousand runs
on the 600 NIH answers and one a clause on back-care text (words such as "keep",
"going" and "stop" are everywhere there); naming those RE2 matches left 296 and
784 of them, each a real match of the translation.

The expressions are Python's, so each is translated into RE2's syntax from Python's
own parse of it, as a superset of what it matches: look-arounds (which RE2 lacks)
become nothing, so the translation matches wherever the original can. An expression
the translation cannot carry is always run. The translation agrees with Python's
reading of ``\\b``, ``\\w`` and ``\\s`` on printable ASCII only, so other text is
not filtered at all.

The filter costs about a quarter of a second to build, more than a one-file lint's
whole reading of its clauses, so it is built only once a process would have run
expressions over :data:`WORTH_BUILDING_AFTER` characters without it; before then, and
where ``google-re2`` is not installed, every expression the words allow is run, as
before.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from carekb.validate import lazyre

if TYPE_CHECKING:  # lazyre asks this module for its guards (superset_test)
    from carekb.validate.lazyre import LazyPattern

# Python's own parser and opcodes: private, so every use of them has a way out.
_sre: Any
_sre_parse: Any
try:
    _sre = importlib.import_module("re._constants")
    _sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - a Python without them filters nothing
    _sre = _sre_parse = None

# Building costs about 0.25 s (RE2 compiling the translations, which are kept between
# runs; a new carekb's first run also translates, once). What it saves is Python's
# engine running the expressions the words allow over a clause: about 40 ns a character
# for each expression (20 to 60 ns, measured on the bench's clauses of 48 characters,
# each run through 7 expressions, and on a 1 MB answer without punctuation, whose
# clauses of 400 words were run through 24). So it pays for itself once about six
# million characters would have been run: after some 17,000 clauses of short
# sentences, after a hundred of an endless one.
WORTH_BUILDING_AFTER = 6_000_000
# The most memory RE2 may give one of the filter's expressions. RE2 keeps what its
# automaton learns of the text up to that much, per expression. Past it RE2 starts its
# cache afresh, or answers with its slower engine, never wrongly; at 8 MB it did so on
# long clauses: the 1 MB answer without punctuation (clauses of 400 words) took 1.43 s
# of risky-claim at 8 MB and 0.98 s at 32 MB (0.95 s at 64 MB). Short clauses gain
# little. Matching every sentence of the test corpora and the 600 NIH answers grew a
# process to 200 MB at 8 MB and 234 MB at 32 MB, in the same time.
_MAX_MEMORY = 32 << 20
# A guard (superset_test) is one long expression, searched less often: at 8 MB the red
# flags' expression (45,000 characters) no longer fits RE2's fast automaton, and each
# search took several times as long.
_MAX_GUARD_MEMORY = 64 << 20


class Untranslatable(ValueError):
    """A construct RE2 has no superset for (a back-reference, a conditional, a flag)."""


def translate(pattern: str, flags: int = 0) -> str:
    """``pattern`` in RE2's syntax, matching at least wherever Python's engine matches
    it on printable ASCII text (raises :class:`Untranslatable`)."""
    if _sre_parse is None:
        raise Untranslatable("no parser")
    try:
        tree = _sre_parse.parse(pattern, flags)
    except re.error as error:
        raise Untranslatable(str(error)) from error
    if tree.state.flags & ~re.UNICODE:  # the flags given and any inline ones
        raise Untranslatable("flags")
    return _sequence(tree)


def remembered_translation(pattern: str, flags: int = 0) -> str | None:
    """:func:`translate`'s answer, None for :class:`Untranslatable`, kept with the
    compiled expressions (:func:`lazyre.translated`): each process of a cold lint spent
    about 1.5 s translating risky-claim's expressions."""
    return lazyre.translated(pattern, flags, _translation_or_none)


def _translation_or_none(pattern: str, flags: int) -> str | None:
    try:
        return translate(pattern, flags)
    except Untranslatable:
        return None


def _sequence(items: Any) -> str:
    return "".join(_item(op, argument) for op, argument in items)


def _item(op: Any, argument: Any) -> str:
    if op is _sre.LITERAL:
        return _literal(argument)
    if op is _sre.NOT_LITERAL:
        return f"[^{_literal(argument)}]"
    if op is _sre.ANY:
        return r"[^\n]"
    if op is _sre.IN:
        return _class(argument)
    if op is _sre.AT:
        return _anchor(argument)
    if op is _sre.BRANCH:
        return "(?:" + "|".join(_sequence(branch) for branch in argument[1]) + ")"
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, body = argument
        if add_flags or del_flags:
            raise Untranslatable("inline flags")
        return f"(?:{_sequence(body)})"
    if op is _sre.ATOMIC_GROUP:
        return f"(?:{_sequence(argument)})"  # backtracking into it only matches more
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        return _repeat(*argument)
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return ""  # a look-around only ever turns matches away
    raise Untranslatable(str(op))


def _literal(code: int) -> str:
    char = chr(code)
    if char.isascii() and (char.isalnum() or char in " '_,&/%<>=:;\"@~`"):
        return char
    if char.isascii() and char.isprintable():
        return "\\" + char
    return f"\\x{{{code:x}}}"


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _class(items: Any) -> str:
    negated = ""
    members: list[str] = []
    for op, argument in items:
        if op is _sre.NEGATE:
            negated = "^"
        elif op is _sre.LITERAL:
            members.append(_literal(argument) if chr(argument) != "-" else r"\-")
        elif op is _sre.RANGE:
            members.append(f"{_literal(argument[0])}-{_literal(argument[1])}")
        elif op is _sre.CATEGORY and str(argument) in _CATEGORIES:
            members.append(_CATEGORIES[str(argument)])
        else:
            raise Untranslatable(str(op))
    return f"[{negated}{''.join(members)}]"


def _anchor(where: Any) -> str:
    if where is _sre.AT_BOUNDARY:
        return r"\b"
    if where is _sre.AT_NON_BOUNDARY:
        return r"\B"
    if where in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING):
        return r"\A"
    if where in (_sre.AT_END, _sre.AT_END_STRING):
        # Python's "$" also matches before a final newline, which plain text has not.
        return r"\z"
    raise Untranslatable(str(where))


def _repeat(least: int, most: Any, body: Any) -> str:
    inner = f"(?:{_sequence(body)})"
    if most is _sre.MAXREPEAT:
        return inner + ("*" if least == 0 else "+" if least == 1 else f"{{{least},}}")
    if most > 1000:
        raise Untranslatable("a repeat RE2 refuses")
    return inner + ("?" if (least, most) == (0, 1) else f"{{{least},{most}}}")


class Prefilter:
    """For each text, the indexes of ``patterns`` that can match it, or None when any
    might (nothing built yet, text it cannot read, or no RE2 here)."""

    def __init__(self, patterns: Sequence[re.Pattern[str] | LazyPattern]) -> None:
        self._patterns = patterns
        self._unfiltered = 0  # characters run through an expression before the build
        self._filter: Any = None
        self._built = False
        self._always: frozenset[int] = frozenset()  # patterns RE2 could not take
        self._index: list[int] = []  # RE2's number for a pattern -> the pattern's index

    def possible(self, text: str, runs: int = 1) -> frozenset[int] | None:
        """``runs``: how many expressions the caller would otherwise run over ``text``,
        which is what the filter would save."""
        if not self._built:
            self._unfiltered += runs * len(text)
            if self._unfiltered <= WORTH_BUILDING_AFTER:
                return None
            self._build()
        # Only text the translation reads as Python does: printable ASCII.
        if self._filter is None or not (text.isascii() and text.isprintable()):
            return None
        # Not the "potential" answer (atoms only): RE2 runs what the atoms let through.
        found = self._filter.Match(text, False) or ()
        return self._always.union(map(self._index.__getitem__, found))

    def build(self) -> bool:
        """Build the filter now (it is otherwise built once it would have saved running
        expressions over :data:`WORTH_BUILDING_AFTER` characters); False when RE2 is
        not installed."""
        if not self._built:
            self._build()
        return self._filter is not None

    def _build(self) -> None:
        self._built = True
        try:
            re2 = importlib.import_module("re2")
        except ImportError:
            return
        options = _options(re2, _MAX_MEMORY)
        built = re2.Filter()
        always: set[int] = set()
        for place, pattern in enumerate(self._patterns):
            text = remembered_translation(pattern.pattern, pattern.flags & ~re.UNICODE)
            try:
                if text is not None:
                    built.Add(text, options)
            except re2.error:
                text = None
            if text is None:
                always.add(place)
                continue
            self._index.append(place)
        if not self._index:
            return
        built.Compile()
        self._filter, self._always = built, frozenset(always)


def superset_test(pattern: str, flags: int = 0) -> Callable[[str], bool] | None:
    """A test that says False only of a text ``pattern`` cannot match anywhere in (RE2
    runs its translation, in time linear in the text), or None when there is none (no
    RE2 here, or the expression does not translate).

    On the 1,000-entry bench project the red flags' expression (45,000 characters)
    cost Python's engine about 300 microseconds a sentence, nearly always to find
    nothing; RE2 answers in about 2."""
    try:
        re2 = importlib.import_module("re2")
    except ImportError:
        return None
    options = _options(re2, _MAX_GUARD_MEMORY)
    text = remembered_translation(pattern, flags & ~re.UNICODE)
    if text is None:
        return None
    try:
        compiled = re2.compile(text, options)
    except re2.error:
        return None
    search = compiled.search

    def may_match(text: str) -> bool:
        # Only text the translation reads as Python does: printable ASCII.
        return not (text.isascii() and text.isprintable()) or search(text) is not None

    return may_match


def _options(re2: Any, memory: int) -> Any:
    """RE2's options for an expression given ``memory``. RE2 says nothing on stderr: by
    default it logs there each time its fast automaton runs out of memory, into the
    terminal of whoever runs the lint."""
    options = re2.Options()
    options.max_mem = memory
    options.log_errors = False
    return options
