"""Bytes inside JSON: attachments and photos in the JSON export and in the trash.

A BLOB column's value is written as ``{"$base64": "..."}`` so the export stays one plain
JSON file that round-trips byte for byte, and a deleted item with its attachments can be
undone like any other.
"""

from __future__ import annotations

import base64
import binascii
import sqlite3
from collections.abc import Mapping
from typing import Any

TAG = "$base64"


def to_json(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {TAG: base64.b64encode(bytes(value)).decode("ascii")}
    return value


def is_encoded(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {TAG} and isinstance(value[TAG], str)


def from_json(value: Any) -> Any:
    """The bytes ``value`` stands for (ValueError for base64 that is not), else ``value``."""
    if not is_encoded(value):
        return value
    try:
        return base64.b64decode(value[TAG], validate=True)
    except binascii.Error:
        raise ValueError("not base64") from None


def row_to_json(row: Mapping[str, Any] | sqlite3.Row) -> dict[str, Any]:
    return {name: to_json(row[name]) for name in row.keys()}  # noqa: SIM118 (a Row has no items)


def row_from_json(row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: from_json(value) for name, value in row.items()}
