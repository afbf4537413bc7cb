"""newscrawl: noisy news pages in, clean structured JSONL articles out."""

__version__ = "0.1.0"
