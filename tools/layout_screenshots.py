"""Take the README's layout screenshots: the main window with the sample article and a few
claims at 1024×700, 1400×900 and 1920×1080 (Reader, Catalogue and Speakers tabs), offscreen, in a
throw-away catalogue and settings. Writes docs/layout-WIDTH[-tab].png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/layout_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"
SIZES = ((1024, 700), (1400, 900), (1920, 1080))
QUOTES = (
    ("Как сообщили в пресс-службе МИД АР", "в ходе встречи говорилось о развитии отношений", None),
    ("Байрамов отметил, что", "многоплановые азербайджано-российские отношения", "Байрамов"),
    ("Бочарников отметил, что", "некоторые проекты были отложены", "Михаил Бочарников"),
)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="claimdesk-shots-"))
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(home / name)
    from PySide6.QtCore import QTimer  # noqa: PLC0415  (after HOME is set)
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415  (after HOME is set)

    app = QApplication(sys.argv)
    from claimdesk.core.domain.spans import find_quote  # noqa: PLC0415  (after HOME is set)
    from claimdesk.gui.app import build_main_window, set_application_identity  # noqa: PLC0415  (after HOME is set)
    from claimdesk.gui.empty_state import SAMPLE_DETAILS, sample_article_text  # noqa: PLC0415  (after HOME is set)
    from claimdesk.gui.translations import install_translations  # noqa: PLC0415  (after HOME is set)

    set_application_identity()
    install_translations("en")  # as the app starts: English plurals ("3 suggestions", not "(s)")
    window = build_main_window(str(home / "claims.sqlite"))
    catalogue = window.catalogue
    text = sample_article_text()
    details = SAMPLE_DETAILS
    article = catalogue.add_article(
        text,
        title=details.title,
        outlet=details.outlet,
        published=details.published,
        language=details.language,
    ).id
    for _lead, quote, speaker in QUOTES:
        start, end = find_quote(text, quote)
        name = speaker or "Пресс-служба МИД АР"
        known = catalogue.find_speaker(name)
        catalogue.attribute_span(
            article,
            start,
            end,
            known.id if known else None,
            new_speaker=None if known else name,
            kind="indirect",
        )
    window.show()
    window.article_panel.reload()
    window.articles.show_article(article)

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    def shoot() -> None:
        DOCS.mkdir(exist_ok=True)
        for width, height in SIZES:
            window.resize(width, height)
            window._default_dock_sizes()  # as a first start at this size lays them out
            settle()
            window.claims_panel.select_claim(catalogue.claims_for_article(article)[1].id)
            settle()
            window.grab().save(str(DOCS / f"layout-{width}.png"))
            for index, tab in ((1, "catalogue"), (2, "speakers")):
                window.tabs.setCurrentIndex(index)
                settle()
                window.grab().save(str(DOCS / f"layout-{width}-{tab}.png"))
            window.tabs.setCurrentIndex(0)
            settle()
        window.close()
        app.quit()

    QTimer.singleShot(1000, shoot)
    app.exec()
    print(f"screenshots written to {DOCS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
