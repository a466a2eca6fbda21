"""What the catalogue holds, as plain values: records, typed errors, spans and their anchoring, text
folding."""
