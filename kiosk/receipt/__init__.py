"""The receipt: a pure model and its renderers."""
