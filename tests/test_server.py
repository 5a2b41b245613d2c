"""`bnlint server` (issue 15, item 3), started as a subprocess and driven over stdio in LSP's own framing, as an
editor drives it: initialize, didOpen -> publishDiagnostics, codeAction -> quick fixes applied, didChange, the
project's pyproject.toml honoured, shutdown."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

pytest.importorskip("pygls")  # the `server` extra (in the dev extra too)

HEAD = textwrap.dedent("""\
    import torch.nn as nn
    import torch.nn.functional as F


    class Head(nn.Module):
        def forward(self, x):
            s = "😀"; return F.dropout(x, 0.5)
""")
NET = textwrap.dedent("""\
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.body = nn.Sequential(nn.Conv2d(3, 8, 3), nn.Dropout(0.5), nn.BatchNorm2d(8))

        def forward(self, x):
            return self.body(x)
""")


class Client:
    """A minimal LSP client: Content-Length framing over the server's stdin and stdout."""

    def __init__(self, cwd: Path):
        self.proc = subprocess.Popen([sys.executable, "-m", "bnlint", "server", "--stdio"], cwd=cwd,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.inbox: "queue.Queue[dict]" = queue.Queue()
        self.pending = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.inbox.put(json.loads(out.read(length)))

    def send(self, payload: dict):
        body = json.dumps({"jsonrpc": "2.0", **payload}).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def _next(self, accept):
        for i, message in enumerate(self.pending):
            if accept(message):
                return self.pending.pop(i)
        while True:
            message = self.inbox.get(timeout=60)
            if accept(message):
                return message
            if "method" in message and "id" in message:  # a request from the server (e.g. showMessage): answer
                self.send({"id": message["id"], "result": None})
            self.pending.append(message)

    def request(self, method, params):
        self.next_id += 1
        ident = self.next_id
        self.send({"id": ident, "method": method, "params": params})
        reply = self._next(lambda m: m.get("id") == ident and "method" not in m)
        assert "error" not in reply, reply
        return reply["result"]

    def diagnostics(self, uri):
        message = self._next(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                             and m["params"]["uri"] == uri)
        return message["params"]["diagnostics"]

    def open(self, path: Path, text: str):
        uri = path.as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": 1,
                                                              "text": text}})
        return uri


def apply(text: str, edits) -> str:
    """A client's applyEdit: positions in UTF-16 code units, as negotiated."""
    lines = text.splitlines(keepends=True) + [""]

    def offset(pos):
        before = sum(len(line) for line in lines[:pos["line"]])
        units = lines[pos["line"]].encode("utf-16-le")[:2 * pos["character"]].decode("utf-16-le")
        return before + len(units)

    for edit in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]),
                       reverse=True):
        start, end = offset(edit["range"]["start"]), offset(edit["range"]["end"])
        text = text[:start] + edit["newText"] + text[end:]
    return text


@pytest.fixture
def client(tmp_path):
    c = Client(tmp_path)
    result = c.request("initialize", {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {
        "general": {"positionEncodings": ["utf-16"]},
        "textDocument": {"codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": [
            "quickfix", "source.fixAll"]}}}}}})
    caps = result["capabilities"]
    assert caps["codeActionProvider"] and caps["textDocumentSync"]
    assert result["serverInfo"]["name"] == "bnlint"
    c.notify("initialized", {})
    yield c
    if c.proc.poll() is None:
        c.proc.kill()


def test_diagnostics_and_a_safe_quick_fix(client, tmp_path):
    uri = client.open(tmp_path / "head.py", HEAD)
    (diag,) = client.diagnostics(uri)
    assert diag["code"] == "BN002" and diag["source"] == "bnlint" and diag["severity"] == 2
    line = HEAD.splitlines()[6]
    # the emoji before it is two UTF-16 code units: the client's units, not Python's characters
    assert diag["range"]["start"] == {"line": 6, "character": line.index("F.dropout") + 1}
    actions = client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": diag["range"],
                                                          "context": {"diagnostics": [diag]}})
    quick = [a for a in actions if a["kind"] == "quickfix"]
    assert len(quick) == 1 and quick[0]["isPreferred"] is True and "unsafe" not in quick[0]["title"]
    fixed = apply(HEAD, quick[0]["edit"]["changes"][uri])
    assert fixed == HEAD.replace("F.dropout(x, 0.5)", "F.dropout(x, 0.5, training=self.training)")
    fix_all = [a for a in actions if a["kind"].startswith("source.fixAll")]
    assert apply(HEAD, fix_all[0]["edit"]["changes"][uri]) == fixed
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                             "contentChanges": [{"text": fixed}]})
    assert client.diagnostics(uri) == []
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                             "contentChanges": [{"text": HEAD}]})
    assert [d["code"] for d in client.diagnostics(uri)] == ["BN002"]
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert [d["code"] for d in client.diagnostics(uri)] == ["BN002"]
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri) == []
    assert client.request("shutdown", None) is None
    client.notify("exit", None)
    assert client.proc.wait(timeout=30) == 0


def test_unsafe_fixes_are_offered_marked_and_not_preferred(client, tmp_path):
    uri = client.open(tmp_path / "net.py", NET)
    (diag,) = client.diagnostics(uri)
    assert diag["code"] == "BN001" and "[unsafe fix]" in diag["message"]
    actions = client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": diag["range"],
                                                          "context": {"diagnostics": [diag], "only": ["quickfix"]}})
    (action,) = actions
    assert "unsafe" in action["title"] and action["isPreferred"] is False
    fixed = apply(NET, action["edit"]["changes"][uri])
    assert "nn.BatchNorm2d(8), nn.Dropout(0.5)" in fixed


def test_the_projects_configuration_applies(client, tmp_path):
    project = tmp_path / "project"
    (project / "tests").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[tool.bnlint]\nper-file-ignores = { "tests/*" = ["BN002"] }\n')
    assert client.diagnostics(client.open(project / "tests" / "head.py", HEAD)) == []
    assert [d["code"] for d in client.diagnostics(client.open(project / "head.py", HEAD))] == ["BN002"]


def test_a_bad_configuration_is_shown_and_the_defaults_apply(client, tmp_path):
    project = tmp_path / "bad"
    project.mkdir()
    (project / "pyproject.toml").write_text('[tool.bnlint]\nselectt = ["BN0"]\n')
    uri = client.open(project / "head.py", HEAD)
    assert [d["code"] for d in client.diagnostics(uri)] == ["BN002"]
    shown = client._next(lambda m: m.get("method") == "window/showMessage")
    assert "selectt" in shown["params"]["message"] and "pyproject.toml" in shown["params"]["message"]


def test_server_without_pygls_says_what_to_install():
    run = subprocess.run([sys.executable, "-c", "import sys; sys.modules['pygls'] = None; "
                          "from bnlint.cli import main; sys.argv = ['bnlint', 'server']; main()"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and 'pip install "bnlint[server]"' in run.stderr and "Traceback" not in run.stderr


def _readme_block(language: str, marker: str) -> str:
    import re

    text = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(rf"```{language}\n(.*?)```", text, re.S)
    return next(b for b in blocks if marker in b)


def test_readme_editor_settings_start_this_server():
    """The settings the README gives each editor parse and run `bnlint server`."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    vscode = json.loads(_readme_block("json", "glspc"))
    assert [vscode["glspc.server.command"], *vscode["glspc.server.commandArguments"]] == ["bnlint", "server"]
    helix = tomllib.loads(_readme_block("toml", "language-server.bnlint"))
    assert [helix["language-server"]["bnlint"]["command"], *helix["language-server"]["bnlint"]["args"]] == \
        ["bnlint", "server"]
    assert "bnlint" in helix["language"][0]["language-servers"]
    jupyter = json.loads(_readme_block("json", "LanguageServerManager"))
    spec = jupyter["LanguageServerManager"]["language_servers"]["bnlint"]
    assert spec["argv"] == ["bnlint", "server"] and spec["version"] == 2 and "python" in spec["languages"]
    assert 'cmd = { "bnlint", "server" }' in _readme_block("lua", "vim.lsp.config")


BLOCKS = textwrap.dedent("""\
    import torch.nn as nn


    class ConvBN(nn.Module):
        def __init__(self, cin, cout):
            super().__init__()
            self.bn = nn.BatchNorm2d(cin)
            self.conv = nn.Conv2d(cin, cout, 3)

        def forward(self, x):
            s = "😀"; return self.conv(self.bn(x))
""")
USES_BLOCKS = textwrap.dedent("""\
    import torch.nn as nn
    from mypkg.blocks import ConvBN


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.drop = nn.Dropout(0.5)
            self.block = ConvBN(16, 32)

        def forward(self, x):
            return self.block(self.drop(x))
""")


def test_related_locations_in_another_file_point_at_that_file(client, tmp_path):
    """BN001's BatchNorm in a block of another file: the related location names that file's URI (the path the
    finding gives is relative to the server's folder), not the open document's, in that file's code units."""
    (tmp_path / "mypkg").mkdir()
    (tmp_path / "mypkg" / "__init__.py").write_text("")
    (tmp_path / "mypkg" / "blocks.py").write_text(BLOCKS, encoding="utf-8")
    uri = client.open(tmp_path / "net.py", USES_BLOCKS)
    (diag,) = client.diagnostics(uri)
    assert diag["code"] == "BN001"
    (bn,) = [r for r in diag["relatedInformation"] if "the BatchNorm it feeds" in r["message"]]
    assert bn["location"]["uri"] == (tmp_path / "mypkg" / "blocks.py").as_uri()
    line = BLOCKS.splitlines()[10]
    # the emoji before it is two UTF-16 code units in blocks.py (the open document is shorter there)
    assert bn["location"]["range"]["start"] == {"line": 10, "character": line.index("self.bn(x)") + 1}
    assert all(r["location"]["uri"] == uri for r in diag["relatedInformation"] if r is not bn)
