"""Build a .deb of ClaimDesk from the bundle (what `make deb` runs, after `make bundle`).

    .venv/bin/python packaging/make_deb.py [--dist DIR]

Lays out DIST/claimdesk (the PyInstaller bundle) as /opt/claimdesk, a /usr/bin/claimdesk symlink,
the desktop launcher in /usr/share/applications and the icons in /usr/share/icons/hicolor, writes
DEBIAN/control, and runs ``dpkg-deb --build --root-owner-group``; then prints ``dpkg-deb --info``.
No maintainer scripts: Debian's desktop-file-utils and hicolor-icon-theme packages refresh their
caches through dpkg triggers when files land in those folders.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from make_bundle import (
    APP_ID,
    BUNDLE_NAME,
    RESOURCES,
    ROOT,
    BuildError,
    folder_size,
    megabytes,
    project_version,
)

PACKAGE = "claimdesk"
# What the bundle loads from the system (everything else is inside it): glibc (the newest symbol
# version the bundled files use is GLIBC_2.36), OpenGL/EGL, libxcb, and fontconfig's settings and
# fonts, which libfontconfig1 pulls in.
DEPENDS = "libc6 (>= 2.36), libegl1, libgl1, libxcb1, libfontconfig1"


def control(version: str, installed_kib: int) -> str:
    return f"""Package: {PACKAGE}
Version: {version}
Section: text
Priority: optional
Architecture: amd64
Maintainer: ClaimDesk team <claimdesk@example.org>
Installed-Size: {installed_kib}
Depends: {DEPENDS}
Description: catalogue who said what in news articles
 ClaimDesk highlights quotes and claims in news articles, attributes them to
 speakers, and finds repeats across the catalogue. This package holds a
 self-contained build (Python and Qt included) in /opt/claimdesk.
"""


def stage(bundle: Path, root: Path, version: str) -> None:
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / BUNDLE_NAME, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "claimdesk").symlink_to(f"/opt/{BUNDLE_NAME}/claimdesk")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(RESOURCES / f"{APP_ID}.desktop", applications / f"{APP_ID}.desktop")
    icons = root / "usr" / "share" / "icons"
    for png in (RESOURCES / "icons" / "hicolor").glob("*/apps/claimdesk.png"):
        target = icons / png.relative_to(RESOURCES / "icons")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    scalable = icons / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(RESOURCES / "icons" / "claimdesk.svg", scalable / "claimdesk.svg")
    for path in [root, *root.rglob("*")]:
        if not path.is_symlink():
            executable = path.is_dir() or path.stat().st_mode & 0o111
            path.chmod(0o755 if executable else 0o644)
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(version, folder_size(root) // 1024), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle is")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    bundle = dist / BUNDLE_NAME
    version = project_version()
    try:
        if not (bundle / BUNDLE_NAME).is_file():
            raise BuildError(f"no bundle in {bundle}: run `make bundle` first")
        if shutil.which("dpkg-deb") is None:
            raise BuildError("dpkg-deb is not installed (Debian/Ubuntu only)")
        root = dist.parent / "build" / "deb" / f"{PACKAGE}_{version}_amd64"
        stage(bundle, root, version)
        target = dist / f"{PACKAGE}_{version}_amd64.deb"
        subprocess.run(
            ["dpkg-deb", "--build", "--root-owner-group", "-Zgzip", "-z6", str(root), str(target)],
            check=True,
        )
        shutil.rmtree(root)
    except (BuildError, subprocess.CalledProcessError) as error:
        print(f"make_deb: {error}", file=sys.stderr)
        return 1
    subprocess.run(["dpkg-deb", "--info", str(target)], check=True)
    print(f"package: {target}  {megabytes(target.stat().st_size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
