"""carekb: a content-validated knowledge base with a clinician-review workflow."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("carekb")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
