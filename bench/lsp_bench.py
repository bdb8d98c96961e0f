"""How fast the language server's lint answers a keystroke on a large project.

Generates a project (copies of the sample, as bench.py makes them; 10,000
entries by default) or uses ``--root``, then times, in this process, what
``carekb lsp`` runs: the first check (the model opened and the cross-file
rules run), ten keystrokes on one technique (the buffer linted alone, with
the cross-file findings of the last save), and the refresh a save starts in
the background. Not a test: numbers for a person to read.

    .venv/bin/python bench/lsp_bench.py [--entries 10000] [--root DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--root", type=Path, help="an existing project (default: generate one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        root = args.root
        if root is None:
            import bench

            root = Path(work) / "project"
            root.mkdir()
            print(f"generated {bench.generate(root, args.entries):,} entries")
        measure(root.resolve())


def measure(root: Path) -> None:
    from carekb.load.project import open_project
    from carekb.validate.live import LiveLint

    os.environ.setdefault("CAREKB_TRUST", str(root / "demo-keys" / "trust.yaml"))
    print(f"cores: {os.cpu_count()}")
    live = LiveLint(open_project(root))
    files = sorted((root / "kb" / "techniques").glob("*.yaml"))
    target = files[len(files) // 2]
    text = target.read_text(encoding="utf-8")
    start = time.perf_counter()
    live.check(target, text)
    print(f"first check (model opened, cross-file rules): {time.perf_counter() - start:.2f} s")
    times = []
    for n in range(10):
        edited = text.replace("title: ", f"title: Edit {n} ", 1)
        start = time.perf_counter()
        live.check(target, edited)
        times.append(time.perf_counter() - start)
    print(
        f"keystroke: median {statistics.median(times) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms (10 edits)"
    )
    start = time.perf_counter()
    live.refresh({target: text})
    print(f"refresh after a save (background): {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
