"""Extraction: documents become visible text with regions, and machine-readable signals."""
