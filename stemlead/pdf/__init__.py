"""Handouts: PDFs made for other people, built with reportlab from core data. No Qt here."""
