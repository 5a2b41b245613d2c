"""The language server (pygls): diagnostics on open, change and save; quick fixes and a fix-all as code actions.

Every check reads the text the editor holds, with the configuration of the pyproject.toml above the file. A bad
configuration is shown to the user (window/showMessage) with the file and the key, once per message, and the
document is checked with the defaults meanwhile.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from bnlint import __version__
from bnlint.diagnostic import Applicability, Diagnostic
from bnlint.server import documents
from bnlint.server.protocol import Positions, diagnostic, fix_action, fix_all_action, overlaps

server = LanguageServer("bnlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
_shown_errors = set()


def _path(uri: str) -> str:
    return to_fs_path(uri) or uri


def _settings(ls: LanguageServer, path: str):
    try:
        return documents.settings_for(path)
    except documents.ConfigError as exc:
        message = f"bnlint: {exc}; checking {path} with the default rules until it is fixed"
        if message not in _shown_errors:
            _shown_errors.add(message)
            ls.window_show_message(types.ShowMessageParams(types.MessageType.Error, message))
        from bnlint.config import default_settings

        return default_settings()


def _findings(ls: LanguageServer, uri: str) -> Tuple[str, List[Tuple[Diagnostic, types.Diagnostic]], Positions]:
    doc = ls.workspace.get_text_document(uri)
    text, path = doc.source, _path(uri)
    positions = Positions(text, doc.position_codec)
    if path.endswith(".ipynb") and text.lstrip().startswith("{"):
        return text, [], positions  # a notebook's JSON: editors send notebooks' cells as Python (jupyterlab-lsp)
    found = documents.check(path, text, _settings(ls, path))
    return text, [(d, diagnostic(d, uri, positions)) for d in found], positions


def publish(ls: LanguageServer, uri: str) -> None:
    _, pairs, _ = _findings(ls, uri)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[p[1] for p in pairs]))


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: LanguageServer, params: types.DidOpenTextDocumentParams) -> None:
    publish(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: LanguageServer, params: types.DidChangeTextDocumentParams) -> None:
    publish(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: LanguageServer, params: types.DidSaveTextDocumentParams) -> None:
    publish(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: LanguageServer, params: types.DidCloseTextDocumentParams) -> None:
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
    code_action_kinds=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]))
def code_action(ls: LanguageServer, params: types.CodeActionParams) -> Optional[List[types.CodeAction]]:
    """A quick fix for each finding in the range that has a fix (safe ones preferred, unsafe ones say so), and a
    fix-all of the safe fixes."""
    uri = params.text_document.uri
    text, pairs, positions = _findings(ls, uri)
    only = params.context.only
    actions: List[types.CodeAction] = []
    if not only or any(k.startswith(types.CodeActionKind.QuickFix) for k in only):
        for d, lsp in pairs:
            if d.fix is None or not overlaps(lsp.range, params.range):
                continue
            new = documents.with_fix(text, d)
            if new is not None:
                actions.append(fix_action(d, lsp, uri, text, new, positions))
        actions.sort(key=lambda a: not a.is_preferred)  # safe fixes first
    if (not only or any(types.CodeActionKind.SourceFixAll.startswith(k) or k.startswith(types.CodeActionKind.SourceFixAll)
                        for k in only)) and any(d.fix and d.fix.applicability is Applicability.SAFE for d, _ in pairs):
        fixed = documents.with_all_fixes(_path(uri), text)
        if fixed != text:
            actions.append(fix_all_action(uri, text, fixed, positions))
    return actions


def main() -> None:
    server.start_io()
