"""The PySide6 desktop app; it reaches the catalogue only through claimdesk.core.catalogue."""
