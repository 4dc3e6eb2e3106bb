"""briefing: turn news articles into a short, sourced PDF brief.

From Python (a notebook, another program), the same as the command line::

    import briefing

    result = briefing.build("examples/manifest.yaml", output="brief.pdf", title="Weekly")
    found = briefing.extract_files("examples/manifest.yaml")

``briefing.api`` documents the keywords; importing ``briefing`` loads no pipeline stage.
"""

from briefing.api import Extracted, build, extract_files
from briefing.errors import BriefingError, StrictError, UsageError

__version__ = "0.1.0"

__all__ = [
    "BriefingError",
    "Extracted",
    "StrictError",
    "UsageError",
    "__version__",
    "build",
    "extract_files",
]
