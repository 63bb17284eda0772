"""Wizards: pure-Python navigation graphs and the Qt pages that render them."""
