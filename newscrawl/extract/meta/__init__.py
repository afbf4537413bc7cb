"""The article's metadata: headline, description, authors, dates, site name, language, tags."""
