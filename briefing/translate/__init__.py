"""The translate stage: what the brief shows, in the reader's language, offline."""

from briefing.translate.segments import translate

__all__ = ["translate"]
