"""Named errors; the command line shows each as one line with a non-zero exit code."""
from __future__ import annotations


class HarvesterError(Exception):
    """Base of every error the user can cause and fix."""

    exit_code = 1


class ConfigError(HarvesterError):
    """A portal entry, a profile or an option is wrong."""


class InputError(HarvesterError):
    """A file or argument given on the command line cannot be used."""


class QueryError(HarvesterError):
    """A search query or filter is malformed."""


class DatabaseError(HarvesterError):
    """The corpus database cannot be opened or is of an unknown schema."""
