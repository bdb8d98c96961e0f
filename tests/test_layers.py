"""Imports point down the data flow only (docs/development.md, DESIGN.md).

Every ``import`` in ``src/carekb`` is read with ``ast`` — at the top of a
module, inside a function, or under ``TYPE_CHECKING`` alike — and a module
may import only from its own layer or the layers below it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "carekb"

# The floors of the building, lowest first. A unit is a package under
# src/carekb/ or a module beside them.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"carekb", "errors", "clock", "model", "entries", "commonmark"}),  # plain values
    # where things are, what settings mean; forked workers and how far they have got
    frozenset({"project", "schemas", "workers", "progress"}),
    frozenset({"load", "report"}),  # reading and writing files; printing findings
    frozenset({"trust"}),  # pure verification
    frozenset({"kb"}),  # the one way in: open_kb
    frozenset({"validate"}),  # schema and lint rules
    frozenset({"review", "render", "scaffold"}),  # the workflow; exports; new entries
    # The thin faces: terminal (and "python -m carekb"), browser, editor; the daemon
    # that keeps the terminal's command loaded, and the entry point that asks it.
    frozenset({"cli", "web", "lsp", "__main__", "daemon", "launch"}),
)
LEVEL = {unit: level for level, units in enumerate(LAYERS) for unit in units}


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "carekb"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts).removesuffix(".__init__")


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, imported module) for every import of carekb in ``path``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
    return [(line, name) for line, name in found if name.split(".")[0] == "carekb"]


MODULES = sorted(SRC.rglob("*.py"))


def test_every_unit_has_a_layer():
    units = {_unit(_module_name(path)) for path in MODULES}
    assert units <= set(LEVEL), f"give these a layer: {sorted(units - set(LEVEL))}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p))
def test_no_module_imports_from_a_layer_above_it(path: Path):
    module = _module_name(path)
    level = LEVEL[_unit(module)]
    upward = [
        f"line {line}: {name} ({_unit(name)} is above {_unit(module)})"
        for line, name in _imports(path)
        if LEVEL.get(_unit(name), 0) > level
    ]
    assert not upward, f"{module} imports upward:\n" + "\n".join(upward)


def test_the_check_catches_an_upward_import(tmp_path: Path):
    # The walk above must see imports inside functions too, where the lazy ones live.
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from carekb.cli.main import cli\n    return cli\n")
    assert _imports(sample) == [(2, "carekb.cli.main")]
