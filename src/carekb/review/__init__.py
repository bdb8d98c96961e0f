"""The sign-off workflow: request, approve, reject, retire; audit logs; diff; status.

Every change goes through :mod:`carekb.review.workflow`, which holds the
entry's lock, re-reads the knowledge base, refuses what the rules forbid (with
a message that says what to do), rewrites only the entry's ``review:`` block
through :mod:`carekb.load.writer` and appends one event to the entry's audit
log through :mod:`carekb.load.audit`, once :mod:`carekb.trust.audit` has found
its chain intact. Whether an approval counts is decided by :mod:`carekb.trust`,
never here. The roster is signed and its signatures written by
:mod:`carekb.review.roster`; :mod:`carekb.trust.roster` only verifies them.
"""
