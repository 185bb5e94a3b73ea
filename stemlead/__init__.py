"""STEM Lead: an offline-first desktop app for a STEM teacher leader."""

__version__ = "0.1.0"
APP_NAME = "STEM Lead"
