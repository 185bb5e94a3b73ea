"""JSON read with the line each value starts on, for data files people edit by hand.

A review protocol or a rubric is a JSON file a coach may change in a text editor. When a
step lacks its minutes, "line 14" is what lets them find it, so :func:`read` gives every
value with its line (the standard parser keeps only the values).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from typing import Any

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


@dataclass(frozen=True, slots=True)
class Node:
    """A JSON value, the line it starts on, and (for objects and arrays) its parts."""

    value: Any
    line: int
    parts: dict[Any, Node] = field(default_factory=dict)  # key (object) or index (array)

    def get(self, key: Any) -> Node | None:
        return self.parts.get(key)

    def line_of(self, key: Any) -> int:
        """The line of the part at ``key``, or this value's own line when it is missing."""
        part = self.parts.get(key)
        return part.line if part is not None else self.line


def read(text: str) -> Node:
    """Parse ``text``; raises json.JSONDecodeError (with its line) when it is not JSON."""
    json.loads(text)  # the standard parser's message and line for a syntax mistake
    reader = _Reader(text)
    node, _ = reader.node(reader.skip(0))
    return node


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]

    def skip(self, at: int) -> int:
        match = _SPACE.match(self.text, at)
        assert match is not None
        return match.end()

    def line(self, at: int) -> int:
        return bisect.bisect_left(self.breaks, at) + 1

    def node(self, at: int) -> tuple[Node, int]:
        text, line = self.text, self.line(at)
        if text[at] == "{":
            parts: dict[Any, Node] = {}
            at = self.skip(at + 1)
            while text[at] != "}":
                key, at = _DECODER.raw_decode(text, at)
                at = self.skip(self.skip(at) + 1)  # past the colon
                parts[key], at = self.node(at)
                at = self.skip(at)
                if text[at] == ",":
                    at = self.skip(at + 1)
            return Node({k: n.value for k, n in parts.items()}, line, parts), at + 1
        if text[at] == "[":
            items: dict[Any, Node] = {}
            at = self.skip(at + 1)
            while text[at] != "]":
                items[len(items)], at = self.node(at)
                at = self.skip(at)
                if text[at] == ",":
                    at = self.skip(at + 1)
            return Node([n.value for n in items.values()], line, items), at + 1
        value, end = _DECODER.raw_decode(text, at)
        return Node(value, line), end
