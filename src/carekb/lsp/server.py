"""The language server: diagnostics on open and change, quick fixes, hover help.

- ``textDocument/didOpen`` and ``didChange``: the buffer (saved or not) is
  linted as the file it stands for, with the per-entry rules run afresh and
  the cross-file rules' findings of the last refresh;
- ``didSave`` (and the first open): the whole knowledge base is reopened in
  the background and the cross-file rules run again; every open buffer's
  diagnostics are then published anew;
- ``textDocument/codeAction``: a finding's replacement as a quick fix (the
  safe ones, which ``carekb lint --fix`` also applies, are preferred;
  rewording suggestions are offered as such);
- ``textDocument/hover``: a field's description from the JSON Schema.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument
from pygls.workspace.position_codec import ServerTextPosition

from carekb import __version__
from carekb.errors import CarekbError
from carekb.load.project import open_project
from carekb.model import Finding, Level
from carekb.project import find_root
from carekb.validate.live import LiveLint

SOURCE = "carekb"


@dataclass(frozen=True)
class _Published:
    """What was last published for a buffer: its version and each diagnostic's finding."""

    version: int | None
    pairs: tuple[tuple[types.Diagnostic, Finding], ...]


class CarekbServer(LanguageServer):
    """One :class:`LiveLint` per project an open file belongs to."""

    def __init__(self, *, root: Path | None = None, trust: Path | None = None) -> None:
        super().__init__(
            SOURCE, __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental
        )
        self.fixed_root = root
        self.trust = trust
        self.projects: dict[Path, LiveLint] = {}
        self.published: dict[str, _Published] = {}

    def live_for(self, path: Path) -> LiveLint | None:
        """The project ``path`` belongs to (``--root`` or the nearest carekb.yaml upward)."""
        try:
            root = find_root(start=path.parent, explicit=self.fixed_root)
        except CarekbError:
            return None
        if root not in self.projects:
            try:
                project = open_project(root)
            except CarekbError as error:  # a broken carekb.yaml: say so; try again next time
                self.window_show_message(
                    types.ShowMessageParams(types.MessageType.Error, f"carekb: {error.message}")
                )
                return None
            self.projects[root] = LiveLint(project, trust=self.trust)
        return self.projects[root]


def build_server(*, root: Path | None = None, trust: Path | None = None) -> CarekbServer:
    """The server with its features registered (``start_io()`` runs it on stdin/stdout)."""
    server = CarekbServer(root=root, trust=trust)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: CarekbServer, params: types.DidOpenTextDocumentParams) -> None:
        await _lint_and_publish(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: CarekbServer, params: types.DidChangeTextDocumentParams) -> None:
        await _lint_and_publish(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: CarekbServer, params: types.DidSaveTextDocumentParams) -> None:
        live = _live(ls, params.text_document.uri)
        if live is None:
            return
        await _refresh(ls, live)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: CarekbServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.published.pop(uri, None)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(
        ls: CarekbServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        return _code_actions(ls, params)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: CarekbServer, params: types.HoverParams) -> types.Hover | None:
        return _hover(ls, params)

    return server


def _path(uri: str) -> Path | None:
    fs_path = to_fs_path(uri)
    return Path(fs_path) if fs_path else None


def _live(ls: CarekbServer, uri: str) -> LiveLint | None:
    path = _path(uri)
    return ls.live_for(path) if path is not None else None


async def _lint_and_publish(ls: CarekbServer, uri: str) -> None:
    path = _path(uri)
    live = ls.live_for(path) if path is not None else None
    if path is None or live is None or not live.lintable(path):
        return
    doc = ls.workspace.get_text_document(uri)
    version, text = doc.version, doc.source
    try:
        findings = await asyncio.to_thread(live.check, path, text)
    except CarekbError as error:  # a broken carekb.yaml or trust root: say so, once
        ls.window_show_message(
            types.ShowMessageParams(types.MessageType.Error, f"carekb: {error.message}")
        )
        return
    current = ls.workspace.get_text_document(uri)
    if current.version != version:
        return  # a newer change is being checked: its answer will be published
    _publish(ls, current, findings)


async def _refresh(ls: CarekbServer, live: LiveLint) -> None:
    """Reopen the whole knowledge base (open buffers included), then republish them."""
    mine = {
        uri: path
        for uri in list(ls.published)
        if (path := _path(uri)) is not None and ls.live_for(path) is live
    }
    unsaved = {path: ls.workspace.get_text_document(uri).source for uri, path in mine.items()}
    try:
        await asyncio.to_thread(live.refresh, unsaved)
    except CarekbError as error:
        ls.window_show_message(
            types.ShowMessageParams(types.MessageType.Error, f"carekb: {error.message}")
        )
        return
    for uri in mine:
        await _lint_and_publish(ls, uri)


def _publish(ls: CarekbServer, doc: TextDocument, findings: list[Finding]) -> None:
    pairs = tuple((_diagnostic(doc, f), f) for f in findings)
    ls.published[doc.uri] = _Published(doc.version, pairs)
    ls.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(
            uri=doc.uri, version=doc.version, diagnostics=[d for d, _ in pairs]
        )
    )


def _diagnostic(doc: TextDocument, finding: Finding) -> types.Diagnostic:
    return types.Diagnostic(
        range=_range(doc, finding),
        message=finding.message,
        severity=types.DiagnosticSeverity.Error
        if finding.level is Level.ERROR
        else types.DiagnosticSeverity.Warning,
        code=finding.rule,
        source=SOURCE,
    )


def _range(doc: TextDocument, finding: Finding) -> types.Range:
    """The finding's span in the editor's units; to the end of its line when no end is known."""
    lines = doc.lines
    line = min(max(finding.line - 1, 0), max(len(lines) - 1, 0))
    text = lines[line].rstrip("\r\n") if lines else ""
    start = min(finding.column - 1, len(text))
    if finding.end_line is not None and finding.end_column is not None:
        end_line = min(finding.end_line - 1, max(len(lines) - 1, 0))
        end_text = lines[end_line].rstrip("\r\n") if lines else ""
        end = ServerTextPosition(end_line, min(finding.end_column - 1, len(end_text)))
    else:
        end = ServerTextPosition(line, max(len(text.rstrip()), start))
    return types.Range(
        start=doc.position_to_client_units(ServerTextPosition(line, start)),
        end=doc.position_to_client_units(end),
    )


def _code_actions(ls: CarekbServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    published = ls.published.get(uri)
    doc = ls.workspace.get_text_document(uri)
    if published is None or published.version != doc.version:
        return []  # the buffer changed since: its own diagnostics will come
    actions: list[types.CodeAction] = []
    for diagnostic, finding in published.pairs:
        fix = finding.fix
        if fix is None or finding.end_column is None:
            continue
        if not _overlaps(diagnostic.range, params.range):
            continue
        title = (
            f"Fix: {finding.rule} (safe)" if fix.safe else f"Suggestion ({finding.rule}): reword"
        )
        edit = types.TextEdit(range=diagnostic.range, new_text=fix.replacement)
        actions.append(
            types.CodeAction(
                title=f"{title}: {fix.replacement}",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                is_preferred=fix.safe,
                edit=types.WorkspaceEdit(changes={uri: [edit]}),
            )
        )
    return actions


def _overlaps(a: types.Range, b: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def _hover(ls: CarekbServer, params: types.HoverParams) -> types.Hover | None:
    uri = params.text_document.uri
    path = _path(uri)
    live = ls.live_for(path) if path is not None else None
    if path is None or live is None:
        return None
    doc = ls.workspace.get_text_document(uri)
    where = doc.position_from_client_units(params.position)
    found = live.field_at(path, doc.source, where.line + 1, where.character + 1)
    if found is None:
        return None
    name = ".".join(str(part) if isinstance(part, str) else "[]" for part in found.path)
    start = ServerTextPosition(found.line - 1, found.column - 1)
    end = ServerTextPosition(found.line - 1, found.end_column - 1)
    return types.Hover(
        contents=types.MarkupContent(
            kind=types.MarkupKind.Markdown, value=f"**{name}**\n\n{found.description}"
        ),
        range=types.Range(
            start=doc.position_to_client_units(start), end=doc.position_to_client_units(end)
        ),
    )


def serve(*, root: Path | None = None, trust: Path | None = None) -> None:
    """Run the language server on standard input and output until the editor says exit."""
    server: Any = build_server(root=root, trust=trust)
    server.start_io()
