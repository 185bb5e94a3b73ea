"""The domain: what a teacher leader's records are and the rules for changing them.

No Qt and no reportlab here. The GUI and the command line both call these functions, so
a rule lives in exactly one place.
"""
