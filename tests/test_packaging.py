"""The wheel: the `bnlint` command, the rule catalogue inside, and only click + libcst as dependencies."""

from __future__ import annotations

import email
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True, capture_output=True, text=True,
    )
    (whl,) = out.glob("bnlint-*.whl")
    return whl


def test_every_package_and_rule_document_is_in_the_wheel(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for py in (ROOT / "bnlint").rglob("*.py"):
        rel = py.relative_to(ROOT).as_posix()
        assert rel in names, f"{rel} is missing from the wheel: add its package to pyproject.toml"
    for doc in (ROOT / "rules").glob("BN*.md"):
        assert f"bnlint/_catalogue/{doc.name}" in names


def test_base_dependencies_are_click_and_libcst_only(wheel):
    with zipfile.ZipFile(wheel) as z:
        meta_name = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        meta = email.message_from_bytes(z.read(meta_name))
    requires = meta.get_all("Requires-Dist")
    base = sorted(r.split(";")[0].split(">")[0].split("=")[0].strip() for r in requires if "extra ==" not in r)
    assert base == ["click", "libcst", "tomli"]  # tomli only on Python < 3.11
    assert any(r.startswith("torch") and 'extra == "trace"' in r for r in requires)
    entry = z_read(wheel, ".dist-info/entry_points.txt")
    assert "bnlint = bnlint.cli:main" in entry


def z_read(wheel, suffix):
    with zipfile.ZipFile(wheel) as z:
        return z.read(next(n for n in z.namelist() if n.endswith(suffix))).decode()


def test_rule_command_works_from_the_installed_wheel(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-m", "bnlint", "rule", "BN002"], cwd=tmp_path, env=env,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("# BN002 functional-dropout-always-on")
    where = subprocess.run([sys.executable, "-c", "import bnlint.catalogue as c; print(c.catalogue_dir())"],
                           cwd=tmp_path, env=env, capture_output=True, text=True)
    assert where.stdout.strip().startswith(str(target))
