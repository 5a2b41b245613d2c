"""The one finding type shared by the source tier, the graph tier and every reporter."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import List, Optional, Tuple


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Applicability(str, enum.Enum):
    # safe: keeps what the model computes and how it trains; unsafe: changes training
    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True, order=True)
class Position:
    """1-based line, 1-based column counted in characters (as editors show them)."""

    line: int
    column: int


@dataclass(frozen=True)
class Edit:
    """Replace the text between start (inclusive) and end (exclusive) with content."""

    start: Position
    end: Position
    content: str

    @classmethod
    def from_dict(cls, d: dict) -> "Edit":
        return cls(_pos(d["location"]), _pos(d["end_location"]), d["content"])

    def to_dict(self) -> dict:
        return {
            "content": self.content,
            "location": {"row": self.start.line, "column": self.start.column},
            "end_location": {"row": self.end.line, "column": self.end.column},
        }


@dataclass(frozen=True)
class Operation:
    """One change to the file's syntax tree, applied with libcst (bnlint.fix.cst): `kind` says what is done to the
    node whose span is start..end (see bnlint.fix.ops), `code` what is written, `extra` what else the kind needs.
    `preview` is the same change as text edits, for reports and editors that read edits."""

    kind: str
    start: Position
    end: Position
    code: str = ""
    extra: Tuple[str, ...] = ()
    preview: Tuple[Edit, ...] = ()

    @classmethod
    def from_dict(cls, d: dict) -> "Operation":
        return cls(d["kind"], _pos(d["location"]), _pos(d["end_location"]), d.get("code", ""),
                   tuple(d.get("extra", ())), tuple(Edit.from_dict(e) for e in d.get("preview", ())))

    def to_dict(self) -> dict:
        return {"kind": self.kind, "location": {"row": self.start.line, "column": self.start.column},
                "end_location": {"row": self.end.line, "column": self.end.column}, "code": self.code,
                "extra": list(self.extra), "preview": [e.to_dict() for e in self.preview]}


@dataclass(frozen=True)
class Fix:
    edits: Tuple[Edit, ...]
    applicability: Applicability
    message: str = ""
    # The same fix as operations on the syntax tree: what --rewrite and --diff apply (edits are their preview).
    operations: Tuple[Operation, ...] = ()

    @classmethod
    def of(cls, operations, applicability: Applicability, message: str = "") -> "Fix":
        ops = tuple(operations)
        return cls(tuple(e for op in ops for e in op.preview), applicability, message, ops)

    @classmethod
    def from_dict(cls, d: dict) -> "Fix":
        return cls(tuple(Edit.from_dict(e) for e in d["edits"]), Applicability(d["applicability"]), d.get("message", ""),
                   tuple(Operation.from_dict(o) for o in d.get("operations", ())))

    def to_dict(self) -> dict:
        out = {
            "applicability": self.applicability.value,
            "message": self.message,
            "edits": [e.to_dict() for e in self.edits],
        }
        if self.operations:
            out["operations"] = [o.to_dict() for o in self.operations]
        return out


_REPR_MESSAGE = 60  # characters of the message a Diagnostic's repr keeps


@dataclass(frozen=True, repr=False)
class Diagnostic:
    code: str
    name: str
    message: str
    path: str
    start: Position
    end: Position
    severity: Severity = Severity.WARNING
    fix: Optional[Fix] = None
    # Other places the finding points at, e.g. the BatchNorm a dropout feeds: (path, position, note).
    related: Tuple[Tuple[str, Position, str], ...] = field(default=())
    # In a notebook: the cell (counting every cell from 1, as ruff does); start and end are then in that cell.
    cell: Optional[int] = None

    @property
    def line(self) -> int:
        return self.start.line

    @property
    def column(self) -> int:
        return self.start.column

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    def sort_key(self):
        return (self.path, self.cell or 0, self.start, self.code)

    @property
    def location(self) -> str:
        """`path:line:col`, or `path:cell N:line:col` in a notebook (ruff's form)."""
        cell = f"cell {self.cell}:" if self.cell is not None else ""
        return f"{self.path}:{cell}{self.start.line}:{self.start.column}"

    def related_places(self) -> List[Tuple[str, str, Optional[int]]]:
        """Each related location as reports show it: (`path:line:col`, or `path:cell N:line:col` in a notebook,
        its note, its cell). A notebook's related notes carry their cell (`cell 5: ...`, see cell_note)."""
        out = []
        for path, pos, note in self.related:
            cell, rest = split_cell_note(note) if self.cell is not None else (None, note)
            where = f"cell {cell}:" if cell is not None else ""
            out.append((f"{path}:{where}{pos.line}:{pos.column}", rest, cell))
        return out

    def __str__(self) -> str:
        """`path:line:col: CODE message`, as the text report prints it."""
        return f"{self.location}: {self.code} {self.message}"

    def __repr__(self) -> str:
        """`<Diagnostic CODE path:line:col name: message>`, the message shortened: what a list of findings shows
        as a notebook cell's value or in a debugger, instead of every dataclass field."""
        message = " ".join(self.message.split())
        if len(message) > _REPR_MESSAGE:
            message = message[:_REPR_MESSAGE - 3].rstrip(" ,;:") + "..."
        return f"<Diagnostic {self.code} {self.location} {self.name}: {message}>"

    def _repr_pretty_(self, printer, cycle) -> None:
        # IPython's plain display (a list of findings in a notebook): the readable line, not the dataclass fields.
        printer.text(str(self))

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the location, the code, the message and whether a fix exists."""
        from html import escape

        fix = f" <i>[{self.fix.applicability.value} fix]</i>" if self.fix else ""
        return (f"<code>{escape(self.location)}</code> "
                f"<b>{escape(self.code)}</b> {escape(self.message)}{fix}")

    @classmethod
    def from_dict(cls, d: dict) -> "Diagnostic":
        """The inverse of to_dict (the JSON format, the cache and the graph tier's child process)."""
        return cls(
            code=d["code"],
            name=d["name"],
            message=d["message"],
            path=d["filename"],
            start=_pos(d["location"]),
            end=_pos(d["end_location"]),
            severity=Severity(d.get("severity", "warning")),
            fix=Fix.from_dict(d["fix"]) if d.get("fix") else None,
            related=tuple((r["filename"], _pos(r["location"]),
                           cell_note(r["cell"], r["message"]) if r.get("cell") is not None else r["message"])
                          for r in d.get("related", ())),
            cell=d.get("cell"),
        )

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "message": self.message,
            "severity": self.severity.value,
            "filename": self.path,
            "location": {"row": self.start.line, "column": self.start.column},
            "end_location": {"row": self.end.line, "column": self.end.column},
            "fix": self.fix.to_dict() if self.fix else None,
            "related": [
                {"filename": p, "location": {"row": pos.line, "column": pos.column}, "message": note,
                 **({"cell": cell} if cell is not None else {})}
                for (p, pos, _), (_, note, cell) in zip(self.related, self.related_places())
            ],
            "cell": self.cell,
        }


_CELL_NOTE = re.compile(r"cell (\d+): ")


def cell_note(cell: int, note: str) -> str:
    """A related note in a notebook names its cell: the related tuple has no field for it."""
    return f"cell {cell}: {note}"


def split_cell_note(note: str) -> Tuple[Optional[int], str]:
    found = _CELL_NOTE.match(note)
    return (int(found.group(1)), note[found.end():]) if found else (None, note)


def _pos(d: dict) -> Position:
    return Position(d["row"], d["column"])
