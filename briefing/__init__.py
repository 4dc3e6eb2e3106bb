"""briefing: turn news articles into a short, sourced PDF brief."""

__version__ = "0.1.0"
