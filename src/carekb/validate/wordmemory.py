"""Answers about words, remembered between runs, so a warm lint loads no word list.

The jargon and reading-level rules ask a few questions of each word: how common
it is (:mod:`carekb.validate.vocabulary`, wordfreq's English list) and how many
syllables it has (:mod:`carekb.validate.readability`, the CMU Pronouncing
Dictionary and pyphen's patterns). The first question a process asks loads the
list behind it: together about a second, more than the rest of a warm lint of
one edited file. Yet the words of one edit are nearly all words the project has
used before.

So each such question is a pure function of its arguments and of the lists,
wrapped by :func:`remembered`: an answer is looked up in this memory first, and
only a question never asked before loads the list and asks it, exactly as
without the memory. The lint pipeline fills the memory from the sealed cache
(:func:`remember`, :mod:`carekb.load.cache`'s ``words.json``, kept under a key
of carekb's own code and the lists' files, see :func:`sources`) and keeps what
this run relied on (:func:`used`); worker processes send back what they asked
(:func:`adopt`). The answers are stored as JSON, which gives back the same
floats, integers and text, so a remembered answer is the list's answer byte for
byte.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

Answers = dict[str, dict[str, Any]]
"""Question -> the arguments (as :func:`_key` writes them) -> the answer, as JSON holds it."""

_KNOWN: Answers = {}  # every answer known to this process, by question
_USED: Answers = {}  # the answers this process gave: what is worth keeping
_DECODE: dict[str, Callable[[Any], Any]] = {}  # a stored answer back to what the question returns


def remembered(
    question: str, decode: Callable[[Any], Any] | None = None
) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Remember the answers of a question about a word: a pure function of a word and
    numbers (never of anything else) whose answer is a number, a truth value, text,
    ``None``, or a tuple of those (``decode`` turns the stored list back into one)."""

    def wrap(ask: Callable[_P, _R]) -> Callable[_P, _R]:
        _KNOWN.setdefault(question, {})
        _USED.setdefault(question, {})
        _DECODE[question] = decode or _same

        @functools.wraps(ask)
        def answer(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            if kwargs:  # not a form the memory keys
                return ask(*args, **kwargs)
            key = _key(args)
            known = _KNOWN[question]
            if key in known:
                value: _R = known[key]
            else:
                value = known[key] = ask(*args, **kwargs)
            _USED[question][key] = value
            return value

        return answer

    return wrap


def _same(value: Any) -> Any:
    return value


def _key(args: tuple[Any, ...]) -> str:
    # The word as given, then any number as repr writes it (which reads back exactly).
    if len(args) == 1:
        return str(args[0])
    return "\0".join([str(args[0]), *map(repr, args[1:])])


def remember(answers: Mapping[str, Mapping[str, Any]]) -> None:
    """Take answers an earlier run kept (from the sealed cache) as known."""
    for question, stored in answers.items():
        decode = _DECODE.get(question)
        if decode is not None:  # another version's question is not asked any more
            _KNOWN[question].update((key, decode(value)) for key, value in stored.items())


def adopt(answers: Mapping[str, Mapping[str, Any]]) -> None:
    """Take the answers a worker of this process gave: known, and used."""
    remember(answers)
    for question, stored in answers.items():
        if question in _DECODE:
            known = _KNOWN[question]
            _USED[question].update((key, known[key]) for key in stored)


def used() -> Answers:
    """The answers this process gave, as JSON holds them (a tuple as a list)."""
    return {
        question: {key: list(v) if isinstance(v, tuple) else v for key, v in given.items()}
        for question, given in sorted(_USED.items())  # in one order, however imported
        if given
    }


def forget() -> None:
    """Forget every answer, as a new process starts without any."""
    for answers in (*_KNOWN.values(), *_USED.values()):
        answers.clear()


def merged(earlier: Answers, now: Answers) -> Answers:
    """``earlier``'s answers with ``now``'s added."""
    return {
        question: {**earlier.get(question, {}), **now.get(question, {})}
        for question in earlier.keys() | now.keys()
    }


def sources() -> list[Path]:
    """The files the remembered answers come from: when one of them changes (another
    version of a list), the memory's key changes and nothing remembered is believed."""
    from carekb.validate import readability, vocabulary

    return [*vocabulary.sources(), *readability.sources()]
