"""The sources stage: files, folders, manifests and web pages become cleaned ``Article``s."""

from briefing.sources.files import read_articles

__all__ = ["read_articles"]
