"""Spiders route only: they find inputs and hand every response to
``newscrawl.spiders.callback.article_from_response``, which calls ``extract_article``."""
