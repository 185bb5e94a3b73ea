"""A record's page: its Designer form plus the names of the fields it shows.

``RecordForm`` finds each field's widget on the form (``grade_band`` → ``gradeBand``),
binds it through :func:`autosave.bind` with the field's own declaration from core, shows a
record in it, and saves each change through the session with the record kind's ``update``.
A new record kind's page needs nothing else for its plain fields.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import Any

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from stemlead.core import records
from stemlead.core.fields import Field
from stemlead.core.records import Record
from stemlead.gui.session import Session
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.autosave import Binding, Show


def widget_name(field: str) -> str:
    """The Designer object name for a field: ``success_criteria`` → ``successCriteria``."""
    head, *rest = field.split("_")
    return head + "".join(part.title() for part in rest)


_LIVE: weakref.WeakSet[RecordForm] = weakref.WeakSet()  # for forms_in


class RecordForm:
    """The editable fields of one record kind, bound to their widgets.

    ``save`` is the core function that updates one record (``teachers.update``): it is
    called as ``save(db, item_id, field=value)`` through :meth:`Session.write`.
    """

    def __init__(
        self,
        session: Session,
        record: type[Record],
        save: Callable[..., Any],
        widgets: Mapping[str, QWidget],
        *,
        fields: Mapping[str, Field] | None = None,
    ) -> None:
        self.session = session
        self.record = record
        self.item_id: int | None = None
        self._save = save
        self.after_save: Callable[[str], object] | None = None  # e.g. retitle on a new name
        declared = {**record.fields(), **(fields or {})}
        self.widgets = dict(widgets)
        self._bound: dict[str, tuple[Binding, Show]] = {
            name: autosave.bind(widget, declared[name], self._saver(name))
            for name, widget in widgets.items()
        }
        _LIVE.add(self)

    @classmethod
    def on(
        cls,
        session: Session,
        record: type[Record],
        save: Callable[..., Any],
        form: object,
        names: Iterable[str],
        **widgets: QWidget,
    ) -> RecordForm:
        """Bind ``names`` to the widgets of a Designer form found by :func:`widget_name`;
        ``widgets`` names the ones called otherwise (``notes=form.contactNotes``)."""
        found = {name: widgets.get(name) or getattr(form, widget_name(name)) for name in names}
        return cls(session, record, save, found)

    def _saver(self, name: str) -> autosave.Saver:
        def save(value: object) -> bool:
            if self.item_id is None:
                return True
            ok = self.session.write(self._save, self.item_id, **{name: value}).ok
            if ok and self.after_save is not None:
                self.after_save(name)
            return ok

        return save

    def show(self, record: Record | None) -> None:
        """Show ``record`` (None: empty fields, nothing saved) without saving it back.

        Typing not yet saved belongs to the record shown until now, so it is saved first.
        """
        autosave.flush_all()
        self.item_id = getattr(record, "id", None) if record is not None else None
        for name, (binding, show) in self._bound.items():
            value = getattr(record, name) if record is not None else None
            binding.load(partial(show, value))

    def binding(self, name: str) -> Binding:
        return self._bound[name][0]

    def gone(self) -> bool:
        """Whether the record shown was deleted (elsewhere, or along with another)."""
        return self.item_id is not None and not records.exists(
            self.session.db, self.record, self.item_id
        )

    def drop(self) -> None:
        """Show nothing, saving nothing to the record (it is gone)."""
        self.item_id = None
        self.show(None)


def forms_in(widget: QWidget) -> list[RecordForm]:
    """The record forms whose fields are on ``widget`` (a section and its pages)."""
    return [
        form
        for form in list(_LIVE)
        if form.widgets
        and all(isValid(w) for w in form.widgets.values())
        and widget.isAncestorOf(next(iter(form.widgets.values())))
    ]
