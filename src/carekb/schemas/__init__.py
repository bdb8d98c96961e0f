"""The packaged JSON Schemas and the one way carekb validates against them.

The schema files sit beside this module (a project's ``schemas/`` folder is a
copy for editors). :func:`schema_problems` maps every jsonschema error to the
line and column of the offending key or item and rewrites it in plain words.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from carekb.clock import parse_timestamp
from carekb.model import Document, JsonPath, Position

if TYPE_CHECKING:  # jsonschema loads only when a document fails the fast check
    from jsonschema import Draft202012Validator, FormatChecker
    from jsonschema.exceptions import ValidationError
    from referencing import Registry

SCHEMA_NAMES = ("technique", "precaution", "faq", "handout", "people", "config")


def schema_file(name: str) -> str:
    return f"{name}.schema.json"


def all_schema_files() -> list[str]:
    return sorted(
        p.name for p in resources.files(__package__).iterdir() if p.name.endswith(".schema.json")
    )


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The schema for ``name`` (a type such as ``technique``, or a file name)."""
    filename = name if name.endswith(".json") else schema_file(name)
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


SAFETY_KEYWORD = "x-carekb-safety"


@cache
def safety_fields(kind: str) -> frozenset[str]:
    """The top-level fields of entries of ``kind`` whose links are safety content
    (marked ``"x-carekb-safety": true`` in the schema): an entry is never published
    without every entry they name."""
    try:
        properties = load_schema(kind).get("properties", {})
    except (FileNotFoundError, OSError, ValueError):
        return frozenset()  # not an entry type: nothing to close over
    return frozenset(name for name, spec in properties.items() if spec.get(SAFETY_KEYWORD))


def schema_text(name: str) -> str:
    filename = name if name.endswith(".json") else schema_file(name)
    return resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")


@cache
def _registry() -> Registry[Any]:
    from referencing import Registry, Resource

    # Refs between schema files are bare file names, which both this registry
    # and editors (resolving relative to the file) understand.
    pairs = [(name, Resource.from_contents(load_schema(name))) for name in all_schema_files()]
    return Registry().with_resources(pairs)


def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)", value):
        raise ValueError("not an RFC 3339 date-time")
    if parse_timestamp(value) is None:  # 9999-12-31T23:59:59-12:00 is in no UTC calendar
        raise ValueError("not a time UTC can hold")
    return True


def _is_date(value: object) -> bool:
    if isinstance(value, str):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            raise ValueError("not YYYY-MM-DD")
        date.fromisoformat(value)
    return True


def _is_uri(value: object) -> bool:
    if isinstance(value, str):
        parts = urlsplit(value)
        if not parts.scheme or not (parts.netloc or parts.scheme == "mailto") or " " in value:
            raise ValueError("not an absolute URL")
    return True


@cache
def _format_checker() -> FormatChecker:
    from jsonschema import FormatChecker

    checker = FormatChecker(["email"])  # jsonschema's own: an "@" somewhere
    checker.checks("date", raises=ValueError)(_is_date)
    checker.checks("date-time", raises=ValueError)(_is_datetime)
    checker.checks("uri", raises=ValueError)(_is_uri)
    return checker


@cache
def validator(name: str) -> Draft202012Validator:
    """A compiled validator for a schema, built once per process."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(
        load_schema(name), registry=_registry(), format_checker=_format_checker()
    )


def _checked(check: Callable[[object], bool]) -> Callable[[object], bool]:
    def accepts(value: object) -> bool:
        try:
            return bool(check(value))
        except ValueError:
            return False

    return accepts


_RS_BASE = "https://schemas.carekb.invalid/"  # never fetched: the retriever answers


@cache
def fast_validator(name: str) -> Any:
    """jsonschema-rs for the same schema and the same format checks, or ``None``.

    It answers "valid?" about a hundred times faster than jsonschema; only a
    document it rejects goes through jsonschema for positions and messages.
    """
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - a platform without its wheels
        return None
    formats = {
        "date": _checked(_is_date),
        "date-time": _checked(_is_datetime),
        "uri": _checked(_is_uri),
        # jsonschema's own email check: an "@" somewhere; stricter would be
        # a second opinion that disagrees with the messages.
        "email": lambda value: not isinstance(value, str) or "@" in value,
    }
    return jsonschema_rs.Draft202012Validator(
        load_schema(name),
        formats=formats,
        validate_formats=True,
        retriever=lambda uri: load_schema(uri.rsplit("/", 1)[-1]),
        base_uri=_RS_BASE + schema_file(name),
    )


def schema_problems(doc: Document, name: str) -> Iterator[tuple[Position, str]]:
    """Validate ``doc.data`` against schema ``name``; yield (position, message)."""
    fast = fast_validator(name)
    if fast is None:
        errors = validator(name).iter_errors(doc.data)
    else:
        # Its errors, not is_valid() first: that walked an invalid document twice, and a
        # valid one costs iter_errors a fifth more, a hundredth of the time either way.
        found = list(fast.iter_errors(doc.data))
        if not found:
            return
        errors = _narrowed(name, _faulty_fields(found)).iter_errors(doc.data)
    for error in errors:
        yield from _explain(doc, _most_useful(error), name)


def _faulty_fields(errors: Iterable[Any]) -> frozenset[str]:
    """The top-level fields jsonschema-rs found ``errors`` in (at or below them)."""
    return frozenset(str(error.instance_path[0]) for error in errors if error.instance_path)


@lru_cache(maxsize=256)
def _narrowed(name: str, faulty: frozenset[str]) -> Draft202012Validator:
    """The validator for ``name`` with every top-level field outside ``faulty`` accepted
    as it is.

    jsonschema finds the same errors jsonschema-rs does, so a field the fast validator
    passed holds none: not descending into it leaves the messages, their order and their
    schema paths unchanged, and spares the slow validator most of a document (a file
    with one unknown key is otherwise walked whole, about a millisecond).
    """
    from jsonschema import Draft202012Validator

    schema = load_schema(name)
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return validator(name)
    narrowed = {field: (rule if field in faulty else True) for field, rule in properties.items()}
    return Draft202012Validator(
        {**schema, "properties": narrowed},
        registry=_registry(),
        format_checker=_format_checker(),
    )


def _most_useful(error: ValidationError) -> ValidationError:
    # For oneOf/anyOf, jsonschema reports "is not valid under any of the given
    # schemas"; the best branch error tells the author far more.
    if error.context:
        from jsonschema.exceptions import best_match

        best = best_match(error.context)
        if best is not None:
            return _most_useful(best)
    return error


def _explain(doc: Document, error: ValidationError, name: str) -> Iterator[tuple[Position, str]]:
    path: JsonPath = tuple(error.absolute_path)
    where = _describe_path(path)
    keyword = error.validator
    if keyword in ("additionalProperties", "unevaluatedProperties"):
        allowed = sorted(_schema_dict(error).get("properties", {}))
        instance = error.instance if isinstance(error.instance, dict) else {}
        for extra in [k for k in instance if k not in allowed]:
            hint = _closest(extra, tuple(allowed))
            suggestion = (
                f"; did you mean '{hint[0]}'?" if hint else f"; allowed: {', '.join(allowed)}"
            )
            yield (
                doc.position((*path, extra), key=True),
                f"unknown field '{extra}'{where}{suggestion}",
            )
        return
    if keyword == "required":
        missing = re.match(r"'([^']+)'", error.message)
        field_name = missing.group(1) if missing else error.message
        cause = _condition(error, name)
        if cause is not None:
            # Required only because of another field's value ("if"/"then"):
            # point at that field and say so.
            field, value = cause
            yield (
                doc.position((*path, field), key=True),
                f"missing required field '{field_name}'{where}: it is needed when {field} is "
                f"{value!r}",
            )
            return
        yield doc.position(path, key=True), f"missing required field '{field_name}'{where}"
        return
    yield doc.position(path, key=False), _message(error, where)


@lru_cache(maxsize=1024)
def _closest(extra: str, allowed: tuple[str, ...]) -> list[str]:
    """The allowed field ``extra`` most likely misspells, if any. Kept: an imported batch
    of drafts repeats the same unknown field in every file."""
    return difflib.get_close_matches(extra, allowed, n=1)


def _condition(error: ValidationError, name: str) -> tuple[str, object] | None:
    """For an error inside ``then``: the field and value its ``if`` tested."""
    steps = list(error.absolute_schema_path)
    if steps[-2:-1] != ["then"]:
        return None
    node: Any = load_schema(name)
    try:
        for step in list(error.absolute_schema_path)[: len(error.absolute_schema_path) - 2]:
            node = node[step]
    except (KeyError, IndexError, TypeError):
        return None
    condition = node.get("if", {}) if isinstance(node, dict) else {}
    for field, rule in (condition.get("properties") or {}).items():
        if isinstance(rule, dict) and "const" in rule:
            return field, rule["const"]
    return None


def _schema_dict(error: ValidationError) -> dict[str, Any]:
    return error.schema if isinstance(error.schema, dict) else {}


def _describe_path(path: JsonPath) -> str:
    if not path:
        return ""
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    return f" in {text}"


def _message(error: ValidationError, where: str) -> str:
    keyword = error.validator
    value = _short(error.instance)
    if keyword == "type":
        expected = error.validator_value
        kinds = expected if isinstance(expected, list) else [expected]
        wanted = " or ".join(_kind(k) for k in kinds)
        return f"{value}{where} should be {wanted}, not {_kind_of(error.instance)}"
    if keyword == "enum":
        allowed = error.validator_value
        options = ", ".join(str(o) for o in allowed) if isinstance(allowed, list) else ""
        return f"{value}{where} is not one of the allowed values: {options}"
    if keyword == "const":
        return f"{value}{where} must be {error.validator_value!r}"
    if keyword == "pattern":
        described = _schema_dict(error).get("description", "")
        form = f": {described}" if described else ""
        return f"{value}{where} does not have the expected form{form}"
    if keyword == "format":
        example = _FORMAT_EXAMPLES.get(str(error.validator_value), "")
        return f"{value}{where} is not a valid {error.validator_value} (for example {example})"
    if keyword == "maxLength" and isinstance(error.instance, str):
        # Ids become file names: the limit matters, and the value may be pages long.
        return (
            f"{_short(error.instance[:40])}...{where} is {len(error.instance):,} characters "
            f"long, more than the {error.validator_value} allowed: shorten it"
        )
    if keyword in ("minItems", "minLength") and error.validator_value == 1:
        return f"{value}{where} must not be empty"
    return f"{error.message}{where}"


_FORMAT_EXAMPLES = {
    "date": "2027-01-31",
    "date-time": "2026-11-21T09:30:00Z",
    "uri": "https://www.nhs.uk/",
    "email": "name@example.org",
}


def _kind(name: object) -> str:
    return {
        "string": "text",
        "array": "a list",
        "object": "a mapping",
        "integer": "a whole number",
        "number": "a number",
        "boolean": "true or false",
        "null": "empty",
    }.get(str(name), str(name))


def _kind_of(value: object) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def describe(name: str, path: JsonPath) -> str | None:
    """The schema's ``description`` of the field at ``path`` in a ``name`` document.

    Follows ``properties``, ``items`` and ``$ref`` (within and across the
    packaged files); a description beside a ``$ref`` wins over the referenced
    one's, as it is the more specific. None where the schema says nothing.
    """
    try:
        node: dict[str, Any] | None = load_schema(name)
    except (FileNotFoundError, OSError, ValueError):
        return None
    base = schema_file(name)
    for step in path:
        if node is None:
            return None
        node, base = _resolved(node, base)
        if isinstance(step, int):
            items = node.get("items")
            node = items if isinstance(items, dict) else None
        else:
            properties = node.get("properties", {})
            node = properties.get(step) if isinstance(properties, dict) else None
    if node is None:
        return None
    if isinstance(node.get("description"), str):
        return str(node["description"])
    resolved, _ = _resolved(node, base)
    text = resolved.get("description")
    return text if isinstance(text, str) else None


def _resolved(node: dict[str, Any], base: str) -> tuple[dict[str, Any], str]:
    """``node`` with its ``$ref`` chain followed (to the packaged files only)."""
    for _ in range(10):  # the packaged schemas nest refs two deep at most
        ref = node.get("$ref")
        if not isinstance(ref, str):
            break
        target, _, pointer = ref.partition("#")
        base = target or base
        found: Any = load_schema(base)
        for part in pointer.strip("/").split("/") if pointer.strip("/") else []:
            found = found.get(part) if isinstance(found, dict) else None
        if not isinstance(found, dict):
            break
        node = found
    return node, base
