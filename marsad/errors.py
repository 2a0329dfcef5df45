"""One error family; the CLI turns each into one readable line."""


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""


class InputError(MarsadError):
    """An input (file, line, record) that cannot be read. Carries where and why."""

    def __init__(self, source: str, reason: str, line: int | None = None):
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class ResourceError(MarsadError):
    """A resource file under marsad/resources/ that is missing or malformed."""


class StoreError(MarsadError):
    """The database could not be opened or written."""
