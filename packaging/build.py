"""Build Bitgeul for the current OS into dist/ and print the built executable's path last.

    python packaging/build.py                     # bundle + installer (Windows) / DMG (macOS)
    python packaging/build.py --no-installer      # the onedir bundle only
    python packaging/build.py --dist /tmp/d --work /tmp/w

Steps: write packaging/version_info.txt from pyproject.toml, run PyInstaller on
packaging/bitgeul.spec (onedir), then
  - Windows: compile packaging/windows/bitgeul.iss with Inno Setup's ISCC when it is installed;
  - macOS: put Bitgeul.app into a DMG (hdiutil); sign and notarise only when the signing
    secrets are in the environment (BITGEUL_CODESIGN_IDENTITY, and for notarisation either
    APPLE_ID + APPLE_TEAM_ID + APPLE_APP_PASSWORD or NOTARY_KEY_PATH + NOTARY_KEY_ID +
    NOTARY_ISSUER_ID); unsigned otherwise.
Everything the tools print goes to stderr, so stdout holds only this script's own lines, the
last one being the executable's absolute path (the GUI executable; on Windows a console twin
bitgeul-cli.exe sits beside it).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import appinfo  # noqa: E402


def log(msg: str) -> None:
    print(f"[build] {msg}", file=sys.stderr, flush=True)


def run(cmd: list[str], **kw) -> None:
    log("$ " + " ".join(cmd))
    subprocess.run(cmd, check=True, stdout=sys.stderr, **kw)


def arch_tag() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x64", "x86_64": "x64", "arm64": "arm64", "aarch64": "arm64"}.get(
        machine, machine)


def executable_path(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / f"{appinfo.MAC_APP_NAME}.app" / "Contents" / "MacOS" / appinfo.NAME
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / appinfo.NAME / (appinfo.NAME + suffix)


def pyinstaller(dist: Path, work: Path, clean: bool) -> None:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        cmd.append("--clean")
    cmd.append(str(HERE / "bitgeul.spec"))
    run(cmd, cwd=REPO)


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# --- Windows --------------------------------------------------------------------------------

def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for root in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"),
                 os.environ.get("LOCALAPPDATA", "") + "\\Programs"):
        if root:
            candidate = Path(root) / "Inno Setup 6" / "ISCC.exe"
            if candidate.exists():
                return str(candidate)
    return None


def windows_installer(dist: Path, version: str) -> Path | None:
    iscc = find_iscc()
    if not iscc:
        log("Inno Setup (ISCC.exe) not found: no installer, only the onedir bundle")
        return None
    base = f"{appinfo.DISPLAY_NAME_EN}-{version}-windows-{arch_tag()}-setup"
    numeric = ".".join(str(n) for n in appinfo.version_tuple(version))
    run([iscc, "/Q",
         f"/DAppVersion={version}", f"/DAppVersionNumeric={numeric}",
         f"/DBundleDir={dist / appinfo.NAME}", f"/DOutputDir={dist}",
         f"/DOutputBase={base}", str(HERE / "windows" / "bitgeul.iss")])
    return dist / (base + ".exe")


# --- macOS ----------------------------------------------------------------------------------

def notary_args() -> list[str] | None:
    env = os.environ
    if env.get("NOTARY_KEY_PATH") and env.get("NOTARY_KEY_ID") and env.get("NOTARY_ISSUER_ID"):
        return ["--key", env["NOTARY_KEY_PATH"], "--key-id", env["NOTARY_KEY_ID"],
                "--issuer", env["NOTARY_ISSUER_ID"]]
    if env.get("APPLE_ID") and env.get("APPLE_TEAM_ID") and env.get("APPLE_APP_PASSWORD"):
        return ["--apple-id", env["APPLE_ID"], "--team-id", env["APPLE_TEAM_ID"],
                "--password", env["APPLE_APP_PASSWORD"]]
    return None


def macos_dmg(dist: Path, version: str) -> Path:
    app = dist / f"{appinfo.MAC_APP_NAME}.app"
    dmg = dist / f"{appinfo.DISPLAY_NAME_EN}-{version}-macos-{arch_tag()}.dmg"
    identity = os.environ.get("BITGEUL_CODESIGN_IDENTITY")
    if identity:
        # PyInstaller signed every binary inside with this identity (see the spec); sign the
        # bundle as a whole once more so its resources seal covers ko.lproj/en.lproj too.
        run(["codesign", "--force", "--options", "runtime", "--timestamp",
             "--entitlements", str(HERE / "macos" / "entitlements.plist"),
             "--sign", identity, str(app)])
        run(["codesign", "--verify", "--strict", "--verbose=2", str(app)])
    else:
        log("no BITGEUL_CODESIGN_IDENTITY: the app stays ad-hoc signed (unsigned for Gatekeeper)")
    run(["bash", str(HERE / "macos" / "make_dmg.sh"), str(app), str(dmg),
         f"{appinfo.DISPLAY_NAME_EN} {version}"])
    if identity:
        run(["codesign", "--force", "--timestamp", "--sign", identity, str(dmg)])
        creds = notary_args()
        if creds:
            run(["xcrun", "notarytool", "submit", str(dmg), "--wait", *creds])
            run(["xcrun", "stapler", "staple", str(dmg)])
        else:
            log("signed but not notarised: no notary credentials in the environment")
    return dmg


# --- main -----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder (dist/)")
    p.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller",
                   help="PyInstaller's work folder (kept between builds to speed them up)")
    p.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    p.add_argument("--no-installer", action="store_true",
                   help="stop after the bundle: no Inno Setup installer, no DMG")
    args = p.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    version = appinfo.version()
    appinfo.write_version_info()
    log(f"building {appinfo.DISPLAY_NAME_EN} {version} for {sys.platform}/{arch_tag()}")
    started = time.perf_counter()
    pyinstaller(dist, work, args.clean)
    exe = executable_path(dist)
    if not exe.exists():
        log(f"PyInstaller finished but {exe} is missing")
        return 1
    bundle = exe.parents[2] if sys.platform == "darwin" else exe.parent
    print(f"bundle: {bundle} ({dir_size(bundle) / 2**20:.1f} MiB, "
          f"{time.perf_counter() - started:.0f} s)")

    if not args.no_installer:
        if sys.platform == "win32":
            setup = windows_installer(dist, version)
            if setup:
                print(f"installer: {setup}")
        elif sys.platform == "darwin":
            print(f"dmg: {macos_dmg(dist, version)}")
    print(exe)
    return 0


if __name__ == "__main__":
    sys.exit(main())
