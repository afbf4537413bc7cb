"""The article's own pictures: figures, captions, credits; what is left out and why."""
