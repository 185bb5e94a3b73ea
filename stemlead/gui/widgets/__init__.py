"""Small reusable widgets and helpers."""
