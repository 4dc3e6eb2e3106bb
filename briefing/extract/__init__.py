"""The extract stage: the quotes, reported speech and figures of one article."""

from briefing.extract.extraction import extract

__all__ = ["extract"]
