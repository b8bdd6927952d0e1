"""Inputs: files, directories, stdin (and, in other modules, URLs and datasets) → Documents."""
