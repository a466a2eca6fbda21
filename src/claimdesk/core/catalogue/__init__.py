"""The one door: :class:`Catalogue`, composed of its article, speaker, claim, transfer and batch
parts.

The GUI and the CLI import :class:`Catalogue` from here; the parts (``articles``, ``speakers``,
``claims``, ``transfer``, ``article_batch``) are the door's own rooms.
"""

from __future__ import annotations

from claimdesk.core.catalogue.service import Catalogue

__all__ = ["Catalogue"]
