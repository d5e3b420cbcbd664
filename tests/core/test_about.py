"""The app's version and the open-source components it ships, read from the installed packages
(Help → About, ``bitgeul licences``)."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from models import about
from models.cli.main import main

PYPROJECT = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml")
                          .read_text(encoding="utf-8"))


def test_the_fallback_list_is_the_runtime_requirements_of_pyproject():
    names = []
    for req in PYPROJECT["project"]["dependencies"]:
        m = re.match(r"([A-Za-z0-9._-]+)(?:\[([^\]]*)\])?", req)
        assert m is not None
        names.append(m.group(1))
        # psycopg[binary] installs psycopg-binary too
        names += [f"{m.group(1)}-{extra}" for extra in (m.group(2) or "").split(",") if extra]
    assert sorted(n.lower() for n in about.DIRECT) == sorted(n.lower() for n in names)


def test_the_version_is_the_projects():
    assert about.app_version() == PYPROJECT["project"]["version"]


def installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def test_components_carry_their_licences_and_texts():
    found = {c.name.lower().replace("_", "-"): c for c in about.components()}
    for name, licence in (("kiwipiepy", "Apache-2.0"), ("openpyxl", "MIT"),
                          ("sqlalchemy", "MIT"), ("psycopg", "LGPL-3.0-only")):
        if not installed(name):
            continue  # (the headless CI job installs only part of the requirements)
        assert found[name].licence == licence, (name, found[name].licence)
        assert found[name].texts and all(text.strip() for _, text in found[name].texts)
    # what the requirements need in turn, and an extra asked of a package (psycopg[binary])
    assert "et-xmlfile" in found
    assert ("psycopg-binary" in found) == installed("psycopg-binary")
    assert "pytest" not in found and "bitgeul" not in found  # test tools and the app itself
    font = found["nanum gothic (font)"]
    assert font.licence == "OFL-1.1" and "SIL OPEN FONT LICENSE" in font.texts[0][1].upper()


def test_a_package_without_a_licence_text_gets_the_same_licence_from_another():
    bare = about.Component("qt-like", "1", "LGPL-3.0-only OR GPL-3.0-only")
    donor = about.Component("lib", "2", "LGPL-3.0-only", (("LICENSE.txt", "the LGPL text"),))
    shared = {c.name: c for c in about._shared_texts([bare, donor])}
    assert shared["qt-like"].texts == (("LGPL-3.0-only (lib: LICENSE.txt)", "the LGPL text"),)
    alone = about._shared_texts([about.Component("x", "1", "Unknown-Licence")])
    assert alone[0].texts == ()


def test_the_command_line_lists_them(capsys):
    assert main(["licences"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Bitgeul {about.app_version()}\n")
    assert re.search(r"^kiwipiepy \S+: Apache-2.0$", out, re.M)
    assert main(["licenses", "--full"]) == 0
    assert "--- openpyxl: " in capsys.readouterr().out
