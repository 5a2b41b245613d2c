"""bnlint's pytest plugin (entry point `bnlint` in pytest11): `pytest --bnlint-guard` runs each test with the
runtime guard on every nn.Module the test runs (built in it or handed to it by a fixture) and fails a test in
which the guard found something, with the findings in the test's report.

    pytest --bnlint-guard                         # every test
    pytest --bnlint-guard --bnlint-guard-allow BN003,head.noise
    @pytest.mark.bnlint_guard                     # this test, even without --bnlint-guard
    @pytest.mark.bnlint_guard(allow=["BN101"])    # this test, with what it does on purpose
    @pytest.mark.bnlint_guard(False)              # not this test

Loading the plugin costs nothing: torch is not imported, and no hook is installed outside a guarded test.
"""

from __future__ import annotations

from typing import Any, List

import pytest

MARKER = "bnlint_guard"


def pytest_addoption(parser: Any) -> None:
    group = parser.getgroup("bnlint", "bnlint runtime guard")
    group.addoption("--bnlint-guard", action="store_true", default=None,
                    help="fail tests in which bnlint's runtime guard sees a train/eval-mode bug in a model they run")
    group.addoption("--bnlint-guard-allow", action="append", default=[], metavar="CODES",
                    help="codes or module names the guard accepts as intended (comma-separated, repeatable)")
    parser.addini("bnlint_guard", type="bool", default=False, help="run every test with bnlint's runtime guard")


def pytest_configure(config: Any) -> None:
    config.addinivalue_line("markers", f"{MARKER}(enabled=True, allow=()): run this test with bnlint's runtime "
                                       "guard (allow: codes or module names that are intended)")


def _settings(item: Any):
    """(enabled, allow) for this test: the marker, else --bnlint-guard / the ini option."""
    config = item.config
    option = config.getoption("--bnlint-guard")
    enabled = bool(option if option is not None else config.getini("bnlint_guard"))
    allow: List[str] = [a.strip() for value in config.getoption("--bnlint-guard-allow") for a in value.split(",")
                        if a.strip()]
    marker = item.get_closest_marker(MARKER)
    if marker is not None:
        enabled = bool(marker.args[0]) if marker.args else bool(marker.kwargs.get("enabled", True))
        extra = marker.kwargs.get("allow", ())
        allow += [extra] if isinstance(extra, str) else list(extra)
    return enabled, allow


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: Any):
    enabled, allow = _settings(item)
    if not enabled:
        yield
        return
    from bnlint.guard.auto import start

    found: List[Any] = []
    guard = start(action=found.append, allow=allow)
    try:
        outcome = yield
    finally:
        guard.remove()
    if not found:
        return
    from bnlint.guard.report import format_diagnostic

    text = "\n".join(format_diagnostic(d) for d in found)
    if outcome.excinfo is not None:  # failed for its own reason: the findings go beside that failure
        item.add_report_section("call", "bnlint guard", text)
    else:
        failure = pytest.fail.Exception(
            f"bnlint guard: {len(found)} train/eval-mode problem{'s' if len(found) != 1 else ''} at run time\n{text}",
            pytrace=False)
        force = getattr(outcome, "force_exception", None)
        if force is None:  # pluggy < 1.1
            raise failure
        force(failure)
