"""Python classes generated from the Qt Designer forms in ``ui/`` (run ``./dev forms``).

Generated code is committed so the app needs no ``uic`` at run time (a PyInstaller bundle
has none); a test regenerates every form and fails if one is out of date.
"""
