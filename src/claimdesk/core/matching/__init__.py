"""Fuzzy matching: text and name scores, the in-memory, server and speaker indexes, near-duplicate
articles."""
