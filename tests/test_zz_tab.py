import shutil
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.gui_helpers import open_window

def chain(qtbot, start, n=40):
    start.setFocus(); qtbot.wait(10)
    seen = []
    for _ in range(n):
        w = QApplication.focusWidget()
        name = w.objectName() or w.accessibleName() or type(w).__name__
        if not seen or seen[-1] != name:
            seen.append(name)
        qtbot.keyClick(w, Qt.Key.Key_Tab)
    return seen

def test_tab(qtbot, tmp_path):
    p = tmp_path / "d.db"
    shutil.copy("/tmp/h14c/demo.db", p)
    window = open_window(qtbot, p)
    window.open_item("meeting", 136)
    f = window.views["meetings"].meeting_page.form
    for i, first in enumerate((f.items, f.attendance, f.title)):
        f.tabs.setCurrentIndex(i)
        print(i, chain(qtbot, first))
    window.open_item("group", 3)
    print("group", chain(qtbot, window.views["meetings"].group_page.form.name))
    window.open_item("partner", 1)
    pf = window.views["partners"].page.form
    for i, first in enumerate((pf.name, pf.contactList, pf.timeline, pf.agreementList)):
        pf.tabs.setCurrentIndex(i)
        print("partner", i, chain(qtbot, first))
