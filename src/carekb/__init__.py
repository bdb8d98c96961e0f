"""carekb: a content-validated knowledge base with a clinician-review workflow."""

# The one place the version is written: pyproject.toml reads it from here
# (hatch), and `carekb --version` prints it without asking importlib.metadata.
__version__ = "0.1.0"
