"""The compiled forms in stemlead/gui/forms match the Designer files in ui/."""

from __future__ import annotations

import pytest

from stemlead.gui.forms.compile import generate, target_for
from stemlead.resources import ui_path

FORMS = sorted(ui_path().glob("*.ui"))


def test_there_are_forms() -> None:
    assert len(FORMS) >= 10


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_compiled_form_is_current(form: object) -> None:
    target = target_for(form)  # type: ignore[arg-type]
    assert target.exists(), f"run ./dev forms: {target.name} is missing"
    assert target.read_text(encoding="utf-8") == generate(form), (  # type: ignore[arg-type]
        f"run ./dev forms: {target.name} is out of date with ui/{form.name}"  # type: ignore[attr-defined]
    )
