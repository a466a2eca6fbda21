"""The catalogue core: domain model, storage, service layer, matching and export.

Nothing in this package imports Qt; an import-linter contract in pyproject.toml keeps it that way.
"""
