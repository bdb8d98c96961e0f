"""``python -m carekb``: the same command line as ``carekb``."""

from carekb.cli.main import main

main()
