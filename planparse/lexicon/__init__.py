"""Rules as data: every word list and table the parser uses lives here.

One module per stage: ``text`` (normalisation), ``numbering`` (outline),
``quantities`` (numbers, units, comparators, commitment words),
``agencies`` (role words, agency suffixes).
"""
