"""risky-claim's long patterns compile when first used, not when the reader is
imported: every command that loads the lint rules pays only for what its text needs."""

from __future__ import annotations

import re
import subprocess
import sys

from carekb.validate.lazyre import LazyPattern

SCRIPT = (
    "from carekb.validate import claims\n"
    "from carekb.validate.lazyre import LazyPattern\n"
    "lazy = [p.regex for p in claims._PATTERNS if isinstance(p.regex, LazyPattern)]\n"
    "print(len(lazy), sum(r._compiled is not None for r in lazy))\n"
)


def test_patterns_are_not_compiled_on_import() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    lazy, compiled = map(int, done.stdout.split())
    assert lazy > 20
    assert compiled == 0


def test_a_pattern_compiles_once_on_first_use_and_finds_what_re_finds() -> None:
    pattern = LazyPattern(r"\b(?:cures?|heals?) (?:\S+ )?(?:for good|forever)")
    assert pattern._compiled is None
    text = "this balm cures eczema for good"
    found = [m.span() for m in pattern.finditer(text)]
    assert found == [m.span() for m in re.finditer(pattern.pattern, text)]
    assert found == [(10, 31)]
    compiled = pattern._compiled
    assert compiled is not None
    assert pattern.search("it heals forever") is not None
    assert pattern._compiled is compiled  # compiled once, kept
