"""The PDF brief: fonts, styles, right-to-left paragraphs and the page, through ReportLab."""
