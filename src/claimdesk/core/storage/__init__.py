"""The database: models, engines and schema checks, transactions with undo history, quick read-only
listings, recovery."""
