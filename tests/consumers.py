"""The real consumers of bnlint's report formats, for tests: Microsoft's SARIF Multitool (the SARIF SDK's validator;
its `Gh` rules are the ones GitHub code scanning applies when it ingests a log) and the OASIS SARIF 2.1.0 JSON schema
shipped with it, read with the `jsonschema` package.

The multitool is the npm package @microsoft/sarif-multitool-linux, pinned by version and by the registry's sha512
integrity. It is downloaded once into a cache outside the repository ($BNLINT_TEST_TOOLS, else
~/.cache/bnlint-test-tools), checked, and only the two members used are extracted. Tests skip when the registry
cannot be reached (or the executable cannot run on this machine); a download that does not match the pinned
integrity fails them."""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, Iterable, List, Tuple
from urllib.parse import unquote, urlparse

import pytest

MULTITOOL_VERSION = "5.7.0"
MULTITOOL_URL = ("https://registry.npmjs.org/@microsoft/sarif-multitool-linux/-/"
                 f"sarif-multitool-linux-{MULTITOOL_VERSION}.tgz")
MULTITOOL_INTEGRITY = ("sha512-NxUbpq6ISCWoTQ/NfOYEwEDKq1Heka/rMoJ5R5LMydcAZQX/"
                       "X7g5mWHcgxDub+0M07LC96tZ5LZHvF1Qy3gjTA==")
EXECUTABLE = "Sarif.Multitool"
SCHEMA = "sarif-2.1.0.json"
_MEMBERS = {f"package/{EXECUTABLE}": EXECUTABLE, f"package/{SCHEMA}": SCHEMA}

# GitHub code scanning's ingestion rules (Gh) and the SARIF spec's (Sarif); notes are advisory, not checked.
RULE_KINDS = "Sarif;Gh"
LEVELS = "Error;Warning"
# SARIF2006 (UrisShouldBeReachable, a note) sends an HTTP GET to every URI in a log (rule help pages, $schema)
# whatever --level says: off, so that a test run does not depend on (or knock on) other sites. The multitool then
# tells that it was disabled (WRN999.RuleExplicitlyDisabled), which is expected.
_POLICY = """<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
"""
_DISABLED = "WRN999.RuleExplicitlyDisabled"

Problem = Tuple[str, str, str]  # (ruleId, level, message text)


def cache_dir() -> Path:
    root = os.environ.get("BNLINT_TEST_TOOLS")
    base = Path(root) if root else Path.home() / ".cache" / "bnlint-test-tools"
    return base / f"sarif-multitool-{MULTITOOL_VERSION}"


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def _download() -> bytes:
    try:
        with urllib.request.urlopen(MULTITOOL_URL, timeout=120) as response:
            return response.read()
    except urllib.error.HTTPError as e:
        if e.code >= 500:  # the registry is there but not answering
            pytest.skip(f"the npm registry answered {e.code} for {MULTITOOL_URL}")
        raise  # 4xx: the pinned package is not where it should be, a real failure
    except (urllib.error.URLError, TimeoutError, ConnectionError) as e:
        pytest.skip(f"cannot reach the npm registry for the SARIF Multitool ({MULTITOOL_URL}): {e}")


@functools.lru_cache(maxsize=None)
def multitool_dir() -> Path:
    """The folder holding the pinned multitool's executable and the SARIF schema, downloading them once.

    Safe with several test processes at once: each extracts into its own temporary folder beside the cache and
    renames it into place; a process that loses the race keeps the winner's copy."""
    target = cache_dir()
    if all((target / name).is_file() for name in _MEMBERS.values()):
        return target
    data = _download()
    found = _integrity(data)
    if found != MULTITOOL_INTEGRITY:
        raise AssertionError(f"{MULTITOOL_URL} does not match its pinned integrity: expected "
                             f"{MULTITOOL_INTEGRITY}, got {found}")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        staging.chmod(0o755)
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            for member in tar.getmembers():
                name = _MEMBERS.get(member.name)
                if name is None:
                    continue
                if not member.isfile():
                    raise AssertionError(f"{member.name} in {MULTITOOL_URL} is not a plain file")
                source = tar.extractfile(member)
                with open(staging / name, "wb") as out:
                    shutil.copyfileobj(source, out)
        missing = [n for n in _MEMBERS.values() if not (staging / n).is_file()]
        if missing:
            raise AssertionError(f"{MULTITOOL_URL} lacks {missing}")
        (staging / EXECUTABLE).chmod(0o755)
        try:
            os.rename(staging, target)
        except OSError:
            if not all((target / name).is_file() for name in _MEMBERS.values()):
                raise  # not another process's finished copy
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # gone after a successful rename
    return target


# --- the OASIS schema, with jsonschema ----------------------------------------------------------------------------

# jsonschema checks "uri" / "uri-reference" only with optional packages; RFC 3986's grammar, character level, here.
_URI_CHARS = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*\Z")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")


def _uri_reference(value) -> bool:
    if not isinstance(value, str):
        return True
    if not _URI_CHARS.match(value):
        return False
    if _SCHEME.match(value):
        return True
    first = value.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return ":" not in first  # a relative reference's first segment cannot hold a colon


def _uri(value) -> bool:
    return not isinstance(value, str) or (_uri_reference(value) and bool(_SCHEME.match(value)))


@functools.lru_cache(maxsize=None)
def _sarif_validator():
    from jsonschema import Draft202012Validator, FormatChecker

    schema = json.loads((multitool_dir() / SCHEMA).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    formats = FormatChecker()
    formats.checks("uri")(_uri)
    formats.checks("uri-reference")(_uri_reference)
    return Draft202012Validator(schema, format_checker=formats)


def sarif_schema_errors(log) -> List[str]:
    """Every error of the SARIF 2.1.0 schema on a log (a parsed document), each as 'json.path: message'."""
    return [f"{e.json_path}: {e.message}" for e in _sarif_validator().iter_errors(log)]


# --- the multitool ------------------------------------------------------------------------------------------------

def _runnable() -> None:
    if sys.platform != "linux" or platform.machine().lower() not in ("x86_64", "amd64"):
        pytest.skip(f"the SARIF Multitool npm package runs on linux x86-64 only, not {sys.platform} "
                    f"{platform.machine()}")


def _text(message: dict, rule: dict) -> str:
    if "text" in message:
        return message["text"]
    template = rule.get("messageStrings", {}).get(message.get("id"), {}).get("text", message.get("id", ""))
    args = message.get("arguments", [])
    return re.sub(r"\{(\d+)\}", lambda m: args[int(m.group(1))] if int(m.group(1)) < len(args) else m.group(0),
                  template)


def _expected(notification: dict) -> bool:
    """The multitool's word that our policy turned SARIF2006 off."""
    return (notification.get("descriptor", {}).get("id") == _DISABLED
            and "'SARIF2006'" in notification.get("message", {}).get("text", ""))


def _local(uri: str) -> str:
    parsed = urlparse(uri)
    path = unquote(parsed.path) if parsed.scheme == "file" else uri
    return os.path.realpath(path)


def validate_sarif_files(paths: Iterable[os.PathLike]) -> Dict[Path, List[Problem]]:
    """Run the multitool's validator once over several logs: {path: [(ruleId, level, message text)]}, the errors and
    warnings of the SARIF spec's and GitHub's ingestion rules and of the schema, an empty list for a clean log."""
    _runnable()
    paths = [Path(p) for p in paths]
    folder = multitool_dir()
    with tempfile.TemporaryDirectory(prefix="sarif-validate-") as tmp:
        out = Path(tmp) / "validation.sarif"
        policy = Path(tmp) / "policy.xml"
        policy.write_text(_POLICY, encoding="utf-8")
        env = dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="1", DOTNET_CLI_TELEMETRY_OPTOUT="1")
        cmd = [str(folder / EXECUTABLE), "validate", *map(str, paths), "-o", str(out),
               "--json-schema", str(folder / SCHEMA), "--rule-kind", RULE_KINDS, "--level", LEVELS,
               "--config", str(policy), "--log", "ForceOverwrite"]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0 and out.is_file(), (
            f"the SARIF Multitool failed (rc {done.returncode}):\n{done.stdout}\n{done.stderr}")
        validation = json.loads(out.read_text(encoding="utf-8-sig"))
    problems: Dict[Path, List[Problem]] = {p: [] for p in paths}
    by_real = {os.path.realpath(p): p for p in paths}
    for run in validation["runs"]:
        for invocation in run.get("invocations", []):
            notes = [n for n in [*invocation.get("toolExecutionNotifications", []),
                                 *invocation.get("toolConfigurationNotifications", [])]
                     if n.get("level", "warning") in ("error", "warning") and not _expected(n)]
            assert invocation.get("executionSuccessful", True) and not notes, (
                f"the SARIF Multitool reported a problem with its own run: {invocation}\n{done.stdout}")
        rules = run["tool"]["driver"].get("rules", [])
        for result in run.get("results", []):
            rule = rules[result["ruleIndex"]] if "ruleIndex" in result else next(
                (r for r in rules if r["id"] == result["ruleId"]), {})
            level = result.get("level", rule.get("defaultConfiguration", {}).get("level", "warning"))
            uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            where = by_real.get(_local(uri))
            assert where is not None, f"a multitool result on a file it was not given: {uri}: {result}"
            problems[where].append((result["ruleId"], level, _text(result["message"], rule)))
    return problems


def validate_sarif(path: os.PathLike) -> List[Problem]:
    """[(ruleId, level, message text)] the multitool finds in one log (errors and warnings only)."""
    return validate_sarif_files([path])[Path(path)]
