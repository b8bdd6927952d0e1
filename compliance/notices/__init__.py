"""Generic notice recognition (design v2): segment → lexicon concept hits → composition.

Publishers nobody wrote a rule for phrase reservations in their own words. Instead of one
regex per phrasing, per-language lexicons (`rules/lexicon/<lang>.yaml`, data) name the
concepts a notice is built from and one language-independent composer (code) reads them:
`segment.py` cuts blocks, sentences and clauses; `lexicon.py` loads and compiles the terms
into one automaton; `compose.py` applies the operators in order; `explain.py` shows the trace.
"""
