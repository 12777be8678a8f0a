"""Stage 5: turning candidates into questions that read naturally."""
