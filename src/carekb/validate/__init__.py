"""Checking a knowledge base: JSON Schema first, then the lint rules."""

# The submodule carekb.validate.lint shares its name with the function: whichever
# is bound last wins the package attribute, so importing the module after this
# package (carekb lint, then a review in the same process) used to replace the
# function with the module. Import it first, then bind the function.
import carekb.validate.lint as _lint_pipeline  # noqa: F401
from carekb.validate.engine import LintResult, lint

__all__ = ["LintResult", "lint"]
