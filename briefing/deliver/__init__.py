"""The deliver stage: the rendered files written all together, and the brief by e-mail."""

from briefing.deliver.files import write_files

__all__ = ["write_files"]
