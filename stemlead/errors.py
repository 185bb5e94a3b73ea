"""Errors the user sees.

Every error raised on purpose in STEM Lead is a :class:`StemLeadError` whose message is
one clear sentence a teacher leader can act on. The command line prints it to stderr and
the GUI shows it in a dialog; neither shows a traceback.
"""


class StemLeadError(Exception):
    """An expected failure with a message written for the user."""


class InvalidInput(StemLeadError):
    """A value the user typed or imported cannot be stored as it is."""


class NotFound(StemLeadError):
    """The item asked for is not in this database."""


class DatabaseProblem(StemLeadError):
    """The database file cannot be opened or used safely."""


class NewerDatabase(DatabaseProblem):
    """The file was written by a newer STEM Lead; it is left untouched."""


class DatabaseInUse(DatabaseProblem):
    """Another STEM Lead window or command has this file open for writing."""


class ExportFailed(StemLeadError):
    """A file could not be written where the coach asked (or would have replaced the
    database); no partial file is left behind and any earlier file is as it was."""


class ImportFailed(StemLeadError):
    """An import file could not be read; nothing was written."""


class RulesFileProblem(StemLeadError):
    """A rules file (a wording list, shipped or the coach's own) has a mistake; the
    message names the file and the line."""
