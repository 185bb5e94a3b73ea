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


class DamagedDatabase(DatabaseProblem):
    """SQLite cannot trust what it reads from the file: a backup has to go in its place.

    ``detail`` is what is wrong, in SQLite's words or ours, for a dialog that words the
    rest of the sentence itself.
    """

    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            f"{path} is damaged ({detail}); put a backup in its place with "
            "'stemlead restore FILE' or the app's File → Restore."
        )
        self.detail = detail


class DatabaseSwapped(DatabaseProblem):
    """Another program deleted, replaced or overwrote the file while it was open.

    ``intact``: what is still open can be saved elsewhere (the old file lives on through
    the open connection when it was deleted or replaced, not when it was overwritten).
    """

    def __init__(self, message: str, *, intact: bool) -> None:
        super().__init__(message)
        self.intact = intact


class DiskFull(DatabaseProblem):
    """The disk holding the database has no room left, so nothing more can be saved."""


class ImportFailed(StemLeadError):
    """An import file could not be read; nothing was written."""


class RulesFileProblem(StemLeadError):
    """A rules file (a wording list, shipped or the coach's own) has a mistake; the
    message names the file and the line."""
