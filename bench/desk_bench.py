"""Page-load times of the review desk (carekb serve) on the sample and a large project.

Starts ``carekb serve`` on a copy of the sample and on a generated project
(copies of the sample, as bench.py makes them; 1,000 entries by default),
trades the token for the cookie, and times each page over loopback: the
first load (cold: the knowledge base and the preview are built) and the
median of the next five. Not a test: numbers for a person to read.

    .venv/bin/python bench/desk_bench.py [--entries 1000]
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PAGES = {
    "queue": "/",
    "entry": "/entry/{id}",
    "diff": "/entry/{id}/diff",
    "approve": "/entry/{id}/approve",
    "preview": "/preview/html/faqs/{id}.html",
    # An approved entry edited since: the field diff and the patient page as approved.
    "diff-edited": "/entry/{edited}/diff",
    "before": "/before/{edited}/approved/html/techniques/{edited}.html",
}
ENTRY = "why-do-people-crack-their-upper-back"
EDITED = "cat-cow"  # approved in the sample; the benchmark edits its title
WARM_RUNS = 5


def sample_copy(target: Path) -> Path:
    target.mkdir()
    shutil.copy(REPO / "carekb.yaml", target / "carekb.yaml")
    for folder in ("kb", "demo-keys", "schemas", "templates"):
        shutil.copytree(REPO / folder, target / folder)
    return target


def generated(target: Path, entries: int) -> Path:
    from bench import generate, sign_all  # the same generator as bench.py

    target.mkdir()
    generate(target, entries)
    sign_all(target)  # every entry approved with its audit event, as a real project's are
    return target


def serve(root: Path) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "CAREKB_TRUST": str(root / "demo-keys" / "trust.yaml")}
    env["PYTHONPATH"] = str(REPO / "src")
    process = subprocess.Popen(
        [sys.executable, "-c", "from carekb.cli.main import main; main()", "serve", "--port", "0"],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    for _ in range(5):
        line = process.stdout.readline()
        if "?token=" in line:
            return process, line.strip()
    process.terminate()
    raise SystemExit("carekb serve printed no link")


def get(netloc: str, path: str, cookie: str = "") -> tuple[int, float, str]:
    connection = http.client.HTTPConnection(netloc, timeout=300)
    start = time.perf_counter()
    connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    response = connection.getresponse()
    response.read()
    elapsed = time.perf_counter() - start
    set_cookie = response.getheader("Set-Cookie") or ""
    connection.close()
    return response.status, elapsed, set_cookie.split(";")[0]


def edit_title(root: Path, entry_id: str) -> None:
    path = next((root / "kb").rglob(f"{entry_id}.yaml"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ntitle: ", "\ntitle: Edited ", 1), encoding="utf-8")


def measure(root: Path, entry_id: str, edited: str) -> dict[str, tuple[float, float]]:
    edit_title(root, edited)
    process, link = serve(root)
    try:
        parts = urlsplit(link)
        _, _, cookie = get(parts.netloc, f"/?{parts.query}")
        times: dict[str, tuple[float, float]] = {}
        for name, template in PAGES.items():
            path = template.format(id=entry_id, edited=edited)
            status, cold, _ = get(parts.netloc, path, cookie)
            assert status == 200, (name, status)
            warm = [get(parts.netloc, path, cookie)[1] for _ in range(WARM_RUNS)]
            times[name] = (cold, statistics.median(warm))
        return times
    finally:
        process.terminate()
        process.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="carekb-desk-bench-") as work:
        projects = {
            "sample": (sample_copy(Path(work) / "sample"), ENTRY, EDITED),
            f"{args.entries} entries": (
                generated(Path(work) / "large", args.entries),
                f"{ENTRY}-c0",
                f"{EDITED}-c0",
            ),
        }
        for name, (root, entry_id, edited) in projects.items():
            count = sum(1 for _ in (root / "kb").rglob("*.yaml")) - 1
            print(f"{name} ({count} entries): first load / median of {WARM_RUNS} after, seconds")
            for page, (cold, warm) in measure(root, entry_id, edited).items():
                print(f"  {page:8} {cold:7.3f} / {warm:7.3f}")


if __name__ == "__main__":
    main()
