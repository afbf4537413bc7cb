"""Only for ``scrapyd-deploy``, which builds the project egg with ``setup.py bdist_egg``.

Everything (metadata, package data such as ``article.schema.json``, the ``scrapy`` entry point
that tells scrapyd where the settings are) lives in pyproject.toml.
"""

from setuptools import setup

setup()
