"""Portal API v1: shared models, the requests client and the sandbox server."""
