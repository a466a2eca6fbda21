"""The core's messages (its errors, :mod:`claimdesk.core.domain.messages`) in the command line's
language, from the catalogue :mod:`claimdesk.i18n_text` reads.

A module of its own because the core reads English plural forms from :mod:`claimdesk.i18n_text`:
the translator that hands the core's messages to that catalogue must not live there too (an import
cycle).
"""

from __future__ import annotations

from claimdesk.core.domain.messages import set_translator
from claimdesk.i18n_text import translate


def install_core_translations() -> None:
    """Translate the core's messages in the command line's language from now on."""
    set_translator(_translate_core_message)


def _translate_core_message(context: str, template: str, count: int) -> str:
    return translate(context, template, None, count)
