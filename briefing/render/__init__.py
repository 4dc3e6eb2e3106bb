"""The render stage: a ``Brief`` becomes the bytes of one output format."""

from briefing.render.formats import render

__all__ = ["render"]
