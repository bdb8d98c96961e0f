"""Checking a knowledge base: JSON Schema first, then the lint rules."""

from carekb.validate.engine import LintResult, lint

__all__ = ["LintResult", "lint"]
