"""Tests of the clinician sign-off workflow (issue 3)."""
