"""Matching: normalisation with offset maps, the regex dialect, the multi-pattern matcher."""
