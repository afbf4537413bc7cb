"""Names of <meta> tags (name, property or itemprop, lower-case) that declare a field, in the
order they are trusted."""

from __future__ import annotations

AUTHOR_META = (
    "author",
    "article:author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "parsely-author",
    "citation_author",
    "og:article:author",
    "article.author",
    "articleauthor",
    "author_name",
    "authors",
)


PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "date",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "citation_publication_date",
    "originalpublicationdate",
    "datecreated",
    "pub_date",
    "displaydate",
    "dc.date.available",
)


MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "article.updated",
    "article:updated_time",
    "modified_time",
    "updated_time",
    "last-modified",
    "lastmod",
    "dc.date.modified",
    "dcterms.modified",
    "sailthru.lastmodified",
)


TAG_META = ("article:tag", "news_keywords", "keywords", "parsely-tags", "sailthru.tags")


LANGUAGE_META = ("content-language", "language", "dc.language", "og:locale")


# The description as declared, in the order trusted.
DESCRIPTION_META = ("og:description", "description", "twitter:description")


# The article's main picture as declared.
IMAGE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
