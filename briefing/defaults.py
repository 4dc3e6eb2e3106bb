"""What a build does unless told otherwise: its limits, and where it looks for a secret.

A module of its own, free of imports, so the command line can show these in its help
without loading the modules that use them.
"""

DEFAULT_MAX_QUOTES = 4
"""Key quotes a brief shows per article at most."""
DEFAULT_MAX_FIGURES = 4
"""Key figures a brief shows per article at most."""
DEFAULT_MAX_FILE_BYTES = 5_000_000
"""The largest article file or web page (or feed) read."""
DEFAULT_MAX_ARTICLES = 1_000
"""The most articles one brief is built from."""
DEFAULT_FETCH_TIMEOUT = 20.0
"""Seconds one web request may take, connecting and reading included."""
DEFAULT_FETCH_BUDGET = 120.0
"""Seconds all the fetching of one build may take."""
PASSWORD_VARIABLE = "BRIEFING_SMTP_PASSWORD"
"""The environment variable that holds the SMTP password: a flag would show in ``ps``."""
