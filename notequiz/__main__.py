"""Allow ``python -m notequiz``."""

from notequiz.cli import main

main()
