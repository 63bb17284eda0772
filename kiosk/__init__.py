"""Assisted-submission kiosk for Vietnamese online public services."""

__version__ = "0.1.0"
