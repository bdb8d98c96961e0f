"""Regular expressions compiled when first used, not when their module is imported.

risky-claim's reader (:mod:`carekb.validate.claims`) holds two hundred expressions,
many of them large alternations; compiling them all costs a fifth of a second at every
start, on every
``carekb`` command that imports the lint rules, even when the text in hand needs a
few of them (a one-file lint from an editor or a pre-commit hook). Each is compiled
once, the first time a clause asks for it, and kept for the rest of the process.

Most of them open with ``\b`` and a long alternation of words. Python's engine tries
the whole alternation at every word boundary, the ends of words included, and cannot
skip ahead as it does for a pattern that opens with a plain letter. So each is
compiled behind a look-ahead for the characters a match can begin with
(:func:`first_characters`), read off the parsed expression: it matches exactly what
the expression matched, and turns most positions away with one set test (measured
on a 1 MB answer: about a third less time in the alternations).

Compiling is still most of a one-file lint: Python parses each expression in Python
and turns it into the engine's program, about 0.4 s for all of risky-claim's, while
the engine takes a finished program in a few milliseconds. So the programs are
remembered between runs: the lint pipeline gives this module the programs an earlier
run compiled (:func:`remember`, from the user's sealed cache, kept under a key of
carekb's own code and the exact Python, whose opcodes they are, and so shared by every
project) and keeps the ones this run compiled (:func:`learned`). The engine checks
every program it is given (an invalid one raises), and one it refuses is compiled from
the expression instead. RE2's translations of the expressions it runs first
(:mod:`carekb.validate.prefilter`) are kept with them (:func:`translated`): making them
costs the same parse.
"""

from __future__ import annotations

import array
import base64
import binascii
import importlib
import re
import sys
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

# The engine's own parser and its opcodes: private, so every use of them has a way out.
_sre: Any
_sre_parse: Any
_sre_compile: Any
try:
    _sre = importlib.import_module("re._constants")
    _sre_parse = importlib.import_module("re._parser")
    _sre_compile = importlib.import_module("re._compiler")
except ImportError:  # pragma: no cover - a Python without them compiles as written
    _sre = _sre_parse = _sre_compile = None

# A guard listing more characters than this turns little away.
_MOST_FIRST_CHARACTERS = 40

Program = list[Any]
"""An expression as the engine runs it, as JSON holds it: its flags, its number of
groups less one, its group names to numbers, its numbers to names, and its code
(:func:`_packed`). The store of programs also holds RE2's translations, each as a
list of its one text (:func:`translated`)."""

# The engine's code words are unsigned 32-bit integers.
_WORD = "I" if array.array("I").itemsize == 4 else "L"

_KNOWN: dict[str, Program] = {}  # every program known to this process, by expression
_LEARNED: dict[str, Program] = {}  # the programs this process compiled itself


# An expression this long is asked of RE2 first (prefilter.superset_test), once it has
# been run RUNS_BEFORE_GUARD times in a process: a walk of a long alternation costs
# Python's engine hundreds of microseconds a sentence, RE2 a few. Shorter ones cost
# less than the question, and each guard's automaton grows the process (over the test
# corpora, the 55 expressions of 1,500 characters and more grew it by 213 MB, the 11
# of 9,000 and more by 108 MB); a one-file lint runs each too few times to pay for the
# translation (Python's parse of the expression, which the program cache otherwise
# spares it).
GUARD_FROM_LENGTH = 9000
RUNS_BEFORE_GUARD = 64
_NO_GUARD = -1


class LazyPattern:
    """What the reader uses of :class:`re.Pattern`, compiling on first use."""

    __slots__ = ("_compiled", "_guard", "_runs", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._guard: Callable[[str], bool] | None = None
        self._runs = 0 if len(pattern) >= GUARD_FROM_LENGTH else _NO_GUARD

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compile_guarded(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._cannot_match(string, pos, endpos):
            return None
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._cannot_match(string, pos, endpos):
            return None
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if self._cannot_match(string, pos, endpos):
            return None
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._cannot_match(string, pos, endpos):
            return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def _cannot_match(self, string: str, pos: int, endpos: int) -> bool:
        """Does RE2 say this long expression matches nowhere in ``string`` up to
        ``endpos``? Asked only from the start of a string: a match at ``pos`` may depend
        on the text before it. Up to ``endpos`` Python's engine reads the string as if it
        ended there, so that much is asked: the red flags' expression, searched before
        a claim for a negation it owns, cost 150 microseconds a clause there."""
        if self._runs == _NO_GUARD or pos:
            return False
        guard = self._guard
        if guard is None:
            self._runs += 1
            if self._runs < RUNS_BEFORE_GUARD:
                return False
            guard = self._guard = _superset_test(self.pattern, self.flags)
            if guard is None:
                self._runs = _NO_GUARD
                return False
        return not guard(string if endpos >= len(string) else string[:endpos])

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}...)"


def _superset_test(pattern: str, flags: int) -> Callable[[str], bool] | None:
    # Imported here: the prefilter names this module's class in its types.
    from carekb.validate.prefilter import superset_test

    return superset_test(pattern, flags)


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a look-ahead for the characters its matches can begin
    with, when those are known and few; else as it is. Both match exactly the same.

    The expression is parsed once: the look-ahead goes into the parsed tree, which is
    compiled as :func:`re.compile` would compile it (parsing it a second time, as
    text, cost half as much again as the compiling, on every one-file lint)."""
    if _sre_compile is None or flags & (re.IGNORECASE | re.VERBOSE):
        return re.compile(pattern, flags)
    key = f"{flags}:{pattern}"
    program = _KNOWN.get(key)
    if program is not None and (known := _from_program(pattern, program)) is not None:
        return known
    try:
        tree = _sre_parse.parse(pattern, flags)
        firsts = _first_characters_of(tree)
        if firsts is not None and len(firsts) <= _MOST_FIRST_CHARACTERS:
            listed = [(_sre.LITERAL, ord(char)) for char in sorted(firsts)]
            guard = _sre_parse.SubPattern(tree.state, [(_sre.IN, listed)])
            tree.data.insert(0, (_sre.ASSERT, (1, guard)))  # (?=[...]) in front
        program = _program(flags, tree)
        compiled = _from_program(pattern, program)
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        return re.compile(pattern, flags)
    if compiled is None:
        return re.compile(pattern, flags)
    _KNOWN[key] = _LEARNED[key] = program
    return compiled


def _program(flags: int, tree: Any) -> Program:
    """What ``re._compiler.compile`` makes of a parsed tree before it hands it to the
    engine."""
    state = tree.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    code = _packed([int(word) for word in _sre_compile._code(tree, flags)])
    return [flags | state.flags, state.groups - 1, dict(state.groupdict), indexgroup, code]


def _packed(code: list[int]) -> str:
    """The engine's code as a short string: its words' bytes, compressed, in base64.

    Not the opcodes themselves, which are named int constants that neither JSON (the
    cache) nor pickle (a worker's pipe) must be trusted to carry as they are; and not
    a list of numbers: risky-claim's seventy-odd programs hold over 600,000 words
    (large alternations and character sets), which JSON took 30 ms to read back on
    every run, while these strings take 3 ms and are unpacked only when used."""
    raw = array.array(_WORD, code).tobytes()
    return base64.b64encode(zlib.compress(raw, 1)).decode("ascii")


def _unpacked(packed: str) -> list[int]:
    """The code words :func:`_packed` packed; ValueError when they are not there."""
    try:
        raw = zlib.decompress(base64.b64decode(packed, validate=True))
    except (binascii.Error, zlib.error) as error:
        raise ValueError("not a packed program") from error
    words = array.array(_WORD)
    words.frombytes(raw)  # ValueError when not a whole number of words
    return words.tolist()


def _from_program(pattern: str, program: Program) -> re.Pattern[str] | None:
    """The engine's expression for ``program``, reporting ``pattern`` as its text; None
    when the engine refuses the program (it checks every one)."""
    try:
        flags, groups, groupdict, indexgroup, code = program
        compiled: re.Pattern[str] = _sre_compile._sre.compile(
            pattern, flags, _unpacked(code), groups, groupdict, tuple(indexgroup)
        )
    except (TypeError, ValueError, RuntimeError, OverflowError):
        return None
    return compiled


# The store's key for RE2's translation of an expression (carekb.validate.prefilter)
# opens with this, then its flags and text; a program's key opens with its flags (a digit).
_TRANSLATION = "re2:"


def translated(pattern: str, flags: int, translate: Callable[[str, int], str | None]) -> str | None:
    """RE2's translation of ``pattern`` as ``translate`` gives it (None: there is none),
    kept with the programs: taken from an earlier run's when it is known, else worked
    out and learned."""
    key = f"{_TRANSLATION}{flags}:{pattern}"
    known = _KNOWN.get(key)
    if known is not None and len(known) == 1 and (known[0] is None or isinstance(known[0], str)):
        text: str | None = known[0]
        return text
    text = translate(pattern, flags)
    _KNOWN[key] = _LEARNED[key] = [text]
    return text


def remember(programs: Mapping[str, Program]) -> None:
    """Take the programs an earlier run compiled (from the sealed cache) as known."""
    _KNOWN.update(programs)


def adopt(programs: Mapping[str, Program]) -> None:
    """Take the programs a worker of this process compiled: known, and worth keeping."""
    _KNOWN.update(programs)
    _LEARNED.update(programs)


def learned() -> dict[str, Program]:
    """The programs this process compiled itself, by expression: what is worth keeping."""
    return dict(_LEARNED)


def forget() -> None:
    """Forget every program, as a new process starts without any."""
    _KNOWN.clear()
    _LEARNED.clear()


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can begin with, or None when that is not
    known (the empty string may match, a class such as ``\\w`` or ``.`` comes first, the
    case is ignored, or the engine's parser is not there to ask)."""
    if _sre_parse is None or flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        return _first_characters_of(_sre_parse.parse(pattern, flags))
    except (re.error, AttributeError, TypeError, ValueError):
        return None


def _first_characters_of(tree: Any) -> frozenset[str] | None:
    if tree.state.flags & re.IGNORECASE:
        return None  # an inline (?i)
    try:
        firsts, may_be_empty = _first_of_sequence(list(tree))
    except _Unknown:
        return None
    return None if may_be_empty or not firsts else frozenset(firsts)


class _Unknown(Exception):
    """A part of an expression whose first characters are not worked out."""


def _first_of_sequence(items: Sequence[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The first characters of a sequence of parsed items, and whether it may match
    nothing: each item adds its own until one must consume a character."""
    firsts: set[str] = set()
    for op, argument in items:
        own, may_be_empty = _first_of_item(op, argument)
        firsts |= own
        if not may_be_empty:
            return firsts, False
    return firsts, True


def _first_of_item(op: Any, argument: Any) -> tuple[set[str], bool]:
    if op is _sre.LITERAL:
        return {chr(argument)}, False
    if op is _sre.IN:
        return _first_of_class(argument), False
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True  # zero-width: the next item begins the match
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, inner = argument
        if add_flags & re.IGNORECASE:
            raise _Unknown(op)
        return _first_of_sequence(list(inner))
    if op is _sre.ATOMIC_GROUP:
        return _first_of_sequence(list(argument))
    if op is _sre.BRANCH:
        firsts: set[str] = set()
        may_be_empty = False
        for branch in argument[1]:
            own, empty = _first_of_sequence(list(branch))
            firsts |= own
            may_be_empty = may_be_empty or empty
        return firsts, may_be_empty
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        least, _most, inner = argument
        own, empty = _first_of_sequence(list(inner))
        return own, empty or least == 0
    raise _Unknown(op)  # ANY, NOT_LITERAL, a group reference, a condition...


def _first_of_class(members: Sequence[tuple[Any, Any]]) -> set[str]:
    firsts: set[str] = set()
    for op, argument in members:
        if op is _sre.LITERAL:
            firsts.add(chr(argument))
        elif op is _sre.RANGE and argument[1] - argument[0] < _MOST_FIRST_CHARACTERS:
            firsts.update(map(chr, range(argument[0], argument[1] + 1)))
        else:
            raise _Unknown(op)  # a negated class, a category (\\w, \\d), a wide range
    return firsts
