"""What rules read about an article: numbers, counted things, casualty figures, names, dates,
attribution cues, readability, grammar, a fact sheet, the literal index, and the
per-document Analysis (index.py) that computes each once."""
