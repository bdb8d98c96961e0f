"""The lint rules: one module each, listed here explicitly, and the contract they keep.

A rule module sets these names at its top level, and no other public
upper-case ones:

``ID`` (``str``, required)
    The rule's id, lower-case words joined by hyphens: what users write under
    ``lint.rules`` in carekb.yaml and in ``# carekb: disable=`` comments.
``LEVEL`` (:class:`~carekb.model.Level`, required)
    Its default level.
``OPTIONS`` (mapping of option name to default value, required; ``{}`` for none)
    carekb.yaml may set each option; a value must have the type of its default.
``LOCAL`` (``bool``, default ``False``)
    A promise that the rule's findings about an entry depend only on that
    entry's own file (and the roster, the trust root, the config and the date),
    never on other entries. The engine then checks shares of the entries in
    parallel (:mod:`carekb.validate.parallel`), and keeps their findings in the
    lint cache by file content. A rule that looks across entries (references,
    duplicate ids) leaves it unset.
``CACHEABLE`` (``bool``, default ``True``; read only for local rules)
    ``False`` for a local rule that also reads a file other than the entry's
    own while checking (audit logs, say): its findings are never taken from the
    lint cache on the strength of the entry's file alone, so it runs every time.
``PER_ENTRY`` (``bool``, default ``False``; read only for rules that are not local)
    A promise about a rule that looks across files (an entry's audit log, the
    entries it names, ids that others share): it reports only at the files of
    the entries ``ctx.checked()`` names, and what it reports about one of them
    is the same whichever other entries are checked with it (it never gathers
    several entries into one finding). When every entry is checked afresh
    (nothing taken from the lint cache, and no language server's stand-in), the
    engine then has the processes that check the entries' own files work these
    out too, each for its share, with the whole knowledge base at hand
    (:func:`carekb.validate.engine.lint`): an approval's signature, in the file
    and again in its audit log, is verified in that one process.
    ``tests/test_rule_contract.py`` runs each such rule entry by entry and
    compares with one run over all.
``CLOCK`` (``bool``, default ``False``)
    The rule compares signed times with the time now (to the minute, see
    :data:`carekb.clock.MAX_CLOCK_SKEW`), so its findings can go away as the
    clock moves on with no file and no date changed. The lint cache keeps
    neither an entry's findings while this rule reports one about it, nor a
    result that holds one of its findings.

The module's docstring is the rule's user documentation, with a passing and a
failing example (``carekb rules --markdown`` publishes it), and
``check(ctx)`` is a generator of findings over ``ctx.kb``. A local rule may also
define ``prepare()``: it builds now what the rule otherwise builds in a process on
first use, whatever the text (compiled expressions, word lists, a model's arrays).
Before the engine forks workers to check shares of a large knowledge base, it
prepares the rules they will run, once, so that every worker inherits what was
built instead of building it again.

:func:`rule_spec` turns a module into a frozen :class:`RuleSpec`, and is the
only reader of these names. It refuses a module that lacks a required name,
gives a name the wrong type, or has any other public upper-case name: a
misspelt flag (``LOKAL = True``) would otherwise be ignored without a word,
and the cache would serve stale findings. So a rule's own constants are
private (``_MAX_BYTES``), and a constant it uses from elsewhere is reached
through its module (``fields.TEXT_FIELDS``). ``tests/test_rule_contract.py``
holds every rule to these promises: a local rule run over a view holding one
entry finds what it finds over the whole knowledge base, and a local,
cacheable rule opens no file while checking.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType, ModuleType
from typing import Any

from carekb.model import Finding, Level
from carekb.validate.context import RuleContext
from carekb.validate.rules import (
    approval_future,
    approval_revoked,
    approval_signature,
    approval_signer,
    approval_stale,
    audit_chain,
    audit_signature,
    dangling_reference,
    deceptive_characters,
    duplicate_id,
    governance,
    id_filename,
    jargon,
    markdown_image,
    pictures,
    placeholder_text,
    private_key,
    reading_level,
    review_due,
    review_expired,
    review_state,
    risky_claim,
    roster,
    roster_trust,
    roster_unverified,
    safety_closure,
    safety_content,
    schema,
    sources,
    trailing_whitespace,
    unicode_normalisation,
    unused_suppression,
    urgency_conflict,
    yaml_ambiguous,
    yaml_syntax,
    you_voice,
)


@dataclass(frozen=True)
class RuleSpec:
    """One lint rule, as :func:`rule_spec` read it from its module."""

    id: str
    level: Level
    options: Mapping[str, Any]
    doc: str  # the module's docstring, cleaned as inspect.getdoc would
    check: Callable[[RuleContext], Iterator[Finding]]
    prepare: Callable[[], None] | None = None  # see the module's docstring
    # The flags: a module that does not set one gets the default here.
    local: bool = False
    cacheable: bool = True
    per_entry: bool = False
    clock: bool = False


class RuleContractError(Exception):
    """A rule module breaks the contract above: a bug in carekb, raised on import."""


_REQUIRED: dict[str, type] = {"ID": str, "LEVEL": Level, "OPTIONS": Mapping}
# Every flag a rule may set, as it is spelt in the module, with its default.
_FLAGS: dict[str, Any] = {
    f.name.upper(): f.default for f in fields(RuleSpec) if isinstance(f.default, bool)
}
_RULE_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


def rule_spec(module: ModuleType) -> RuleSpec:
    """``module``'s rule, checked against the contract (:exc:`RuleContractError` if not kept)."""
    where = f"rule module {module.__name__}"
    names = vars(module)
    for name in sorted(names):
        if _is_public_constant(name) and name not in _REQUIRED and name not in _FLAGS:
            raise RuleContractError(f"{where}: unknown name {name}{_known_names(name)}")
    for name, kind in _REQUIRED.items():
        if name not in names:
            raise RuleContractError(f"{where}: {name} is missing")
        _check_type(where, name, names[name], kind)
    flags = {name: names.get(name, default) for name, default in _FLAGS.items()}
    for name, value in flags.items():
        _check_type(where, name, value, type(_FLAGS[name]))
    if not _RULE_ID.fullmatch(names["ID"]):
        raise RuleContractError(
            f"{where}: ID {names['ID']!r} should be lower-case words joined by hyphens"
        )
    options = names["OPTIONS"]
    if not all(isinstance(key, str) for key in options):
        raise RuleContractError(f"{where}: OPTIONS should be keyed by option names (text)")
    check = names.get("check")
    if not callable(check):
        raise RuleContractError(f"{where}: check(ctx) is missing")
    prepare = names.get("prepare")
    if prepare is not None and not callable(prepare):
        raise RuleContractError(f"{where}: prepare should be a function, not {prepare!r:.60}")
    return RuleSpec(
        id=names["ID"],
        level=names["LEVEL"],
        options=MappingProxyType(dict(options)),
        doc=inspect.cleandoc(module.__doc__ or ""),
        check=check,
        prepare=prepare,
        **{name.lower(): value for name, value in flags.items()},
    )


def _is_public_constant(name: str) -> bool:
    return name.isupper() and not name.startswith("_")


def _known_names(name: str) -> str:
    import difflib

    known = [*_REQUIRED, *_FLAGS]
    close = difflib.get_close_matches(name, known, n=1)
    hint = f"; did you mean {close[0]}?" if close else ""
    return (
        f"{hint} (a rule module sets only {', '.join(known)}: a constant of its own is "
        f"private, _{name}, and one from another module is read through that module)"
    )


def _check_type(where: str, name: str, value: Any, kind: type) -> None:
    # bool is an int, and an int is no flag: compare bools exactly.
    ok = type(value) is bool if kind is bool else isinstance(value, kind)
    if not ok:
        raise RuleContractError(
            f"{where}: {name} should be {kind.__name__}, not {type(value).__name__} {value!r:.60}"
        )


def _registry(*modules: ModuleType) -> tuple[RuleSpec, ...]:
    rules = tuple(rule_spec(module) for module in modules)
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RuleContractError(f"two rule modules have the ID {rule.id!r}")
        seen.add(rule.id)
    return rules


RULES: tuple[RuleSpec, ...] = _registry(
    yaml_syntax,
    yaml_ambiguous,
    trailing_whitespace,
    unicode_normalisation,
    deceptive_characters,
    schema,
    id_filename,
    duplicate_id,
    dangling_reference,
    urgency_conflict,
    roster,
    roster_trust,
    governance,
    roster_unverified,
    approval_stale,
    approval_signature,
    approval_future,
    approval_revoked,
    approval_signer,
    review_state,
    review_expired,
    review_due,
    audit_chain,
    audit_signature,
    safety_closure,
    private_key,
    placeholder_text,
    reading_level,
    risky_claim,
    safety_content,
    sources,
    markdown_image,
    pictures,
    jargon,
    you_voice,
    unused_suppression,
)


def rule_by_id(rule_id: str) -> RuleSpec | None:
    return next((rule for rule in RULES if rule_id == rule.id), None)
