"""Names vulture reports as unused that are used after all, each with who uses them.

This file is only read by vulture (``tests/dead_code.py``), never run. Anything reported and
not listed here is dead: remove it rather than adding it here.
"""

# ruff: noqa: B018

_ = object()

# Qt calls these overrides itself
_.eventFilter  # gui/dialogs/search.py, gui/preferences.py, gui/widgets/autosave.py, keys.py
_.headerData  # gui/models.py (QAbstractTableModel)
_.columnCount  # gui/models.py (QAbstractTableModel)

# reportlab calls these overrides, and reads these settings of a bar chart
_.getSpaceBefore  # pdf/text.py (Flowable)
_.getSpaceAfter
_.categoryNames  # pdf/charts.py
_.strokeColor
_.gridStrokeColor
_.visibleGrid
_.valueMin
_.valueStep
_.valueMax
_.labelTextFormat
_.fillColor
_.barSpacing
_.groupSpacing
_.barLabelFormat
_.nudge
_.textAnchor

# sqlite3 reads it
_.row_factory  # store/database.py

# atexit calls it
_._remove_copies  # gui/views/lesson_plan_files.py: the private copies opened for viewing

# reads that only the tests and benchmarks make (kept: each is how a test checks the result)
_.list_entries  # core/coaching_log.py: tests/test_coaching_log.py, test_instants.py, test_gui_app.py
_.find_by_name  # core/partners.py: tests/test_partners.py, test_contacts_export.py
_.draw_all_pages  # gui/dialogs/handout_preview.py: tests/test_pdf_preview.py
_.refresh_all  # gui/session.py: bench/bench_sections.py
_.LEADERSHIP  # core/growth_areas.py: the leadership kind of area, tests/test_learning_plans.py
