"""notequiz: turn the Markdown notes you already write into grounded study cards."""

__version__ = "0.1.0"
