"""``carekb daemon``: carekb kept loaded, so that ``carekb lint`` starts at once.

A warm lint of one edited file (what an editor's save or a pre-commit hook runs)
does little work of its own, and most of its time used to go to starting
Python's interpreter on carekb: importing the rules and the parsers and
compiling their expressions, the same on every run. The daemon pays that once.

- :mod:`carekb.daemon.server` is the daemon: a process that has imported
  everything a lint needs and then waits on a Unix socket. For each run it forks
  a child, which takes the caller's standard streams (passed over the socket),
  working folder, environment and umask, runs the command exactly as
  ``carekb`` would, and reports its exit status. Every run is a fresh copy of
  the loaded process: nothing one run reads or learns is seen by the next, so a
  run in the daemon reads the same files and prints the same bytes as a run
  without it.
- :mod:`carekb.daemon.client` is the caller's side: ``carekb lint`` asks the
  daemon of this carekb installation, when one is running, and otherwise runs
  in its own process as always. It imports nothing but the standard library.

The daemon serves only its own user (the socket's folder is the user's alone,
and the peer's user id is checked on every connection) and only the code it
loaded: when carekb's files or the Python packages beside it change, it
refuses the run (the caller runs it itself) and stops.
"""
