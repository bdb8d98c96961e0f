"""``carekb lsp`` over stdio, driven by a hand-written JSON-RPC client as an editor drives it.

The server runs as a real subprocess; every message goes through its pipes
with LSP's Content-Length framing. Set CAREKB_LSP_TRANSCRIPT=FILE to keep the
session's messages.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import carekb
from conftest import CASES_DIR

TIMEOUT = 60.0


class Client:
    """A minimal LSP client: requests, notifications, and a log of everything said."""

    def __init__(self, cwd: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(Path(carekb.__file__).parent.parent)}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from carekb.cli.main import main; main()", "lsp"],
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.inbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self.transcript: list[tuple[str, dict[str, Any]]] = []
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        stream = self.proc.stdout
        while True:
            headers: dict[str, str] = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            message = json.loads(body)
            self.transcript.append(("<-", message))
            self.inbox.put(message)

    def send(self, message: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.transcript.append(("->", message))
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        self.send({"method": method, "params": params or {}})

    def request(self, method: str, params: dict[str, Any] | None = None) -> Any:
        number = self.next_id
        self.next_id += 1
        self.send({"id": number, "method": method, "params": params or {}})
        reply = self.wait(lambda m: m.get("id") == number and "method" not in m)
        assert "error" not in reply, reply
        return reply["result"]

    def wait(self, wanted: Any) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        kept: list[dict[str, Any]] = []
        try:
            while True:
                message = self.inbox.get(timeout=max(deadline - time.monotonic(), 0.01))
                if wanted(message):
                    return message
                kept.append(message)
        except queue.Empty:
            raise AssertionError(f"no such message within {TIMEOUT} s; got {kept}") from None
        finally:
            for message in kept:  # not for this caller: leave them for the next
                self.inbox.put(message)

    def diagnostics(self, uri: str, version: int) -> list[dict[str, Any]]:
        message = self.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and m["params"].get("version") == version
            )
        )
        return list(message["params"]["diagnostics"])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    target = tmp_path / "kb-project"
    shutil.copytree(CASES_DIR / "clean", target)
    return target


@pytest.fixture
def client(project: Path, request: pytest.FixtureRequest):
    session = Client(project)
    yield session
    if session.proc.poll() is None:
        session.proc.kill()
    session.proc.wait(timeout=10)
    keep = os.environ.get("CAREKB_LSP_TRANSCRIPT")
    if keep:
        with open(keep, "a", encoding="utf-8") as out:
            out.write(f"# {request.node.name}\n")
            for direction, message in session.transcript:
                out.write(f"{direction} {json.dumps(message, ensure_ascii=False)}\n")


def _start(client: Client, project: Path) -> dict[str, Any]:
    result = client.request(
        "initialize",
        {"processId": os.getpid(), "rootUri": project.as_uri(), "capabilities": {}},
    )
    client.notify("initialized")
    return result


def _open(client: Client, path: Path, text: str) -> str:
    uri = path.as_uri()
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}},
    )
    return uri


def _shutdown(client: Client) -> None:
    assert client.request("shutdown") is None
    client.notify("exit")
    assert client.proc.wait(timeout=TIMEOUT) == 0


def test_a_session_lints_unsaved_text_offers_the_safe_fix_and_explains_fields(client, project):
    capabilities = _start(client, project)["capabilities"]
    assert capabilities["hoverProvider"]
    assert "quickfix" in capabilities["codeActionProvider"]["codeActionKinds"]
    path = project / "kb" / "techniques" / "cat-cow.yaml"
    on_disk = path.read_text(encoding="utf-8")
    uri = _open(client, path, on_disk)
    assert client.diagnostics(uri, 1) == []  # the clean case is clean

    # Type over the title (line 3, "Cat-cow stretch") without saving.
    start = {"line": 2, "character": 7}
    end = {"line": 2, "character": 7 + len("Cat-cow stretch")}
    client.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": {"start": start, "end": end}, "text": "yes"}],
        },
    )
    found = client.diagnostics(uri, 2)
    assert [d["code"] for d in found] == ["yaml-ambiguous"]
    diagnostic = found[0]
    assert diagnostic["range"] == {"start": start, "end": {"line": 2, "character": 10}}
    assert diagnostic["severity"] == 2  # warning
    assert diagnostic["source"] == "carekb"
    assert path.read_text(encoding="utf-8") == on_disk  # the buffer was linted, not the file

    actions = client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic]},
        },
    )
    assert len(actions) == 1
    assert actions[0]["isPreferred"] is True
    assert actions[0]["edit"]["changes"][uri] == [
        {"range": diagnostic["range"], "newText": '"yes"'}
    ]

    # Hover on "hold_seconds" (line 15, indented by two).
    hover = client.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": {"line": 14, "character": 4}},
    )
    assert hover["contents"]["kind"] == "markdown"
    assert "dose.hold_seconds" in hover["contents"]["value"]
    assert "How many seconds to hold each position" in hover["contents"]["value"]
    assert hover["range"]["start"] == {"line": 14, "character": 2}
    assert (
        client.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": 14, "character": 17}},
        )
        is None
    )  # on the value, not the key
    _shutdown(client)


def test_saving_runs_the_cross_file_rules_again(client, project):
    _start(client, project)
    path = project / "kb" / "techniques" / "cat-cow.yaml"
    uri = _open(client, path, path.read_text(encoding="utf-8"))
    assert client.diagnostics(uri, 1) == []
    # A reference to a precaution that does not exist (line 23), typed then saved.
    line = {"line": 22, "character": 4}
    client.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [
                {"range": {"start": line, "end": {"line": 22, "character": 15}}, "text": "gone"}
            ],
        },
    )
    client.diagnostics(uri, 2)
    path.write_text(
        path.read_text(encoding="utf-8").replace("  - move-gently", "  - gone"), encoding="utf-8"
    )
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    found: list[dict[str, Any]] = []
    deadline = time.monotonic() + TIMEOUT
    while "dangling-reference" not in {d["code"] for d in found}:
        assert time.monotonic() < deadline, found
        found = client.diagnostics(uri, 2)
    reference = next(d for d in found if d["code"] == "dangling-reference")
    assert reference["range"]["start"] == line
    assert "'gone'" in reference["message"]
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    cleared = client.wait(
        lambda m: (
            m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri
            and m["params"]["diagnostics"] == []
        )
    )
    assert cleared
    _shutdown(client)


def test_a_broken_config_is_said_once_and_the_server_keeps_running(client, project):
    _start(client, project)
    (project / "carekb.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    path = project / "kb" / "techniques" / "cat-cow.yaml"
    _open(client, path, path.read_text(encoding="utf-8"))
    shown = client.wait(lambda m: m.get("method") == "window/showMessage")
    assert shown["params"]["type"] == 1  # error
    assert shown["params"]["message"].startswith("carekb: carekb.yaml:")
    hover = client.request(
        "textDocument/hover",
        {"textDocument": {"uri": path.as_uri()}, "position": {"line": 0, "character": 0}},
    )
    assert hover is None
    _shutdown(client)
