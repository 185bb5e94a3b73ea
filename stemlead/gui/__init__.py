"""Everything Qt: the app, the main window, views, item models and dialogs."""
