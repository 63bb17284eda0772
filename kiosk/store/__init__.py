"""SQLite persistence: the desk journal (later: drafts and the outbox)."""
