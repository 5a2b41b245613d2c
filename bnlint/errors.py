"""Errors that stop a run before it checks anything: the user must change how bnlint is called (exit 2)."""


class ConfigError(Exception):
    """A bad configuration value or option; the message names the file and the key."""


class TraceUnavailable(Exception):
    """The graph tier cannot run at all (torch missing)."""
