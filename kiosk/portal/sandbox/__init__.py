"""The sandbox portal: a real Portal API v1 server for demos, training and tests."""
