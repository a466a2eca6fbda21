"""Build and refresh ClaimDesk's translations (``make translations``, ``make translations-update``).

    python tools/translations.py build     # .ts -> src/claimdesk/translations/claimdesk_<lang>.qm
    python tools/translations.py update    # lupdate src/claimdesk -> resources/translations/*.ts
    python tools/translations.py check     # exit 1 if a .qm is missing or older than its sources

``build`` compiles, for each language, resources/translations/claimdesk_<lang>.ts together with
the parts other branches left in resources/translations/parts/<lang>_*.ts (until they are merged)
and qt_supplement_<lang>.ts (Qt's own texts its catalogue lacks) into one .qm in the package,
where the GUI's QTranslator and the command line (claimdesk.i18n_text) read it. It rebuilds only
what is older than its sources. The tests call :func:`build` too (tests/conftest.py), so a test
run never depends on someone having run make.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"
PARTS = SOURCES / "parts"
PACKAGE = ROOT / "src" / "claimdesk"
TARGET = PACKAGE / "translations"
LANGUAGES = {"en": "en_GB", "ru": "ru_RU"}
"""ClaimDesk's languages and the target language written into their .ts files."""


def qt_tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python (the project's virtualenv), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(
            f"pyside6-{name} is not installed: run make venv (it comes with PySide6-Essentials)"
        )
    return found


def sources(language: str) -> list[Path]:
    """The .ts files that make up ``language``'s catalogue."""
    files = [SOURCES / f"claimdesk_{language}.ts"]
    files += sorted(PARTS.glob(f"{language}_*.ts")) if PARTS.is_dir() else []
    # Qt's own texts its catalogue for the language lacks (kept by hand; lupdate leaves it alone)
    files.append(SOURCES / f"qt_supplement_{language}.ts")
    return [f for f in files if f.exists()]


def stale(language: str, target: Path = TARGET) -> bool:
    """Whether ``language``'s .qm is missing or older than one of its .ts sources."""
    qm = target / f"claimdesk_{language}.qm"
    if not qm.exists():
        return True
    built = qm.stat().st_mtime
    return any(ts.stat().st_mtime > built for ts in sources(language))


def build(target: Path = TARGET, *, force: bool = False, quiet: bool = False) -> list[Path]:
    """Compile each language's .ts files into ``target``/claimdesk_<lang>.qm (those out of date,
    or all with ``force``); the .qm files written."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        files = sources(language)
        if not files:
            print(f"no .ts files for {language} in {SOURCES}", file=sys.stderr)
            continue
        if not force and not stale(language, target):
            continue
        qm = target / f"claimdesk_{language}.qm"
        subprocess.run(
            [qt_tool("lrelease"), *map(str, files), "-qm", str(qm)],
            check=True,
            stdout=subprocess.DEVNULL if quiet else None,
        )
        written.append(qm)
    return written


def update() -> None:
    """Refresh resources/translations/claimdesk_<lang>.ts from the marked strings in src/claimdesk
    (new strings added unfinished, vanished ones dropped; English keeps only plural forms)."""
    SOURCES.mkdir(parents=True, exist_ok=True)
    for language, target_language in LANGUAGES.items():
        ts = SOURCES / f"claimdesk_{language}.ts"
        command = [
            qt_tool("lupdate"),
            "-extensions",
            "py",
            "-locations",
            "relative",
            "-no-obsolete",
            "-target-language",
            target_language,
        ]
        if language == "en":
            command.append("-pluralonly")
        # relative paths: the locations in the .ts say src/claimdesk/..., on every machine
        subprocess.run([*command, "src/claimdesk", "-ts", str(ts.relative_to(ROOT))],
                       check=True, cwd=ROOT)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("build", "update", "check"))
    parser.add_argument("--force", action="store_true", help="build: rebuild every .qm")
    args = parser.parse_args()
    if args.command == "build":
        build(force=args.force)
    elif args.command == "update":
        update()
    else:
        out_of_date = [language for language in LANGUAGES if stale(language)]
        if out_of_date:
            print(f"out of date: {', '.join(out_of_date)} (run make translations)")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
