"""``carekb lsp``: lint findings, fixes and field help in any editor that speaks LSP.

A third thin face beside ``cli/`` and ``web/``: it turns the editor's
messages into calls on :class:`carekb.validate.live.LiveLint` and its
findings into diagnostics, code actions and hovers.
"""
