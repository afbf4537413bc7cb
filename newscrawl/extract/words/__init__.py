"""Phrase and word tables (data only), by kind and language, read by the rules in extract/."""
