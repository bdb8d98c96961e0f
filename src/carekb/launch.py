"""The ``carekb`` command's entry point: in the daemon when one serves it, else here.

``carekb daemon start`` keeps carekb loaded (:mod:`carekb.daemon`); a ``carekb lint``
then runs in it, skipping Python's start-up on carekb. Without a daemon (or with
``CAREKB_NO_DAEMON=1``) every command runs in this process, as it always did.
"""

from __future__ import annotations

import sys

from carekb.daemon import client


def main() -> None:
    status = client.run(sys.argv[1:])
    if status is not None:
        raise SystemExit(status)
    from carekb.cli.main import main as run_here

    run_here()
