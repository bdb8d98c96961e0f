"""``python -m carekb``: the same command line as ``carekb``."""

from carekb.launch import main

main()
