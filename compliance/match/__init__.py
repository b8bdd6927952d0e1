"""Matching: normalisation with offset maps, the regex dialect, the compiled multi-pattern matcher."""
