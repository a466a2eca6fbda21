"""Exports of the catalogue: the streamed CSV writer, its query, lines built in the database,
formula neutralising."""
