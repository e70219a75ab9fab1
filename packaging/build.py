"""Build DriveKit as a self-contained folder that starts without Python on the machine.

    python packaging/build.py            # -> dist/DriveKit/ and, on Linux, dist/DriveKit-<version>-linux-<arch>.tar.gz

Uses PyInstaller (pip install -e ".[build]") with packaging/drivekit.spec. Build on the system you
build for: Linux here; the same command on Windows and macOS (see packaging/README.md).
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "drivekit.spec"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def add_linux_desktop_files(app_dir: Path) -> None:
    """The .desktop entry, the icon and an installer for the current user's menu."""
    shutil.copy2(ROOT / "packaging" / "linux" / "drivekit.desktop", app_dir / "drivekit.desktop")
    shutil.copy2(ROOT / "resources" / "icons" / "drivekit.svg", app_dir / "drivekit.svg")
    installer = app_dir / "install-desktop-entry.sh"
    shutil.copy2(ROOT / "packaging" / "linux" / "install-desktop-entry.sh", installer)
    installer.chmod(0o755)


def make_tarball(app_dir: Path, version: str) -> Path:
    name = f"DriveKit-{version}-linux-{platform.machine()}"
    tarball = app_dir.parent / f"{name}.tar.gz"
    partial = tarball.with_suffix(".gz.part")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(app_dir, arcname=name)
    partial.replace(tarball)
    return tarball


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz (Linux)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('PyInstaller is not installed: pip install -e ".[build]"', file=sys.stderr)
        return 1
    from drivekit import __version__

    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(args.dist), "--workpath", str(args.work), str(SPEC)], check=True)
    app_dir = args.dist / "DriveKit"
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(app_dir)
    print(f"built {app_dir} ({folder_size(app_dir) / 1e6:.0f} MB)")
    if sys.platform.startswith("linux") and not args.no_archive:
        tarball = make_tarball(app_dir, __version__)
        print(f"archive {tarball} ({tarball.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
