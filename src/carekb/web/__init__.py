"""The review desk (``carekb serve``): a thin web face over the same core as the CLI.

Routes and page templates only. Entry pages come from :mod:`carekb.render`
(the export's own templates and gate), actions from :mod:`carekb.review`,
signatures are checked by :mod:`carekb.trust`. Nothing imports this package.
"""
