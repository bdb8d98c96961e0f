"""Hostile and broken input, crash safety, nothing lost, nothing leaked (issue 6)."""
