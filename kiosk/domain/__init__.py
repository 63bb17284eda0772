"""Pure Python: identity cards, names, dates, procedures and the form engine. No Qt, no I/O libraries."""
