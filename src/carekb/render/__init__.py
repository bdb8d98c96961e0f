"""Exports: what may be exported, and writing it as HTML, Markdown, handouts and PDF.

``gate`` decides (the only place that does); ``views`` turns the decision into
plain values for templates; ``environment`` loads and renders templates; one
writer per format (``html``, ``markdown``, ``handout``, ``pdf``) lists the
files it produces; ``export`` runs the phases and swaps the output folder in
(``output``). Heavy libraries (markdown-it-py, WeasyPrint) load only here, and
only when an export runs.
"""
