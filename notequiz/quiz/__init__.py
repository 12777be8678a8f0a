"""Self-quiz in the terminal with spaced repetition (``notequiz quiz`` and ``stats``).

Modules: ``grade`` (pure answer grading), ``choices`` (multiple-choice
distractors), ``schedule`` (fsrs wrapper), ``store`` (SQLite progress),
``plan`` (which cards, in what order), ``source`` (cards from exports or
notes), ``session`` (the interactive loop) and ``stats``. Nothing here
imports the NLP pipeline except ``source``, and only for note paths.
"""
