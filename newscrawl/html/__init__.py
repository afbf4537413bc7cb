"""Static HTML pages people look at: ``explain --html`` (one page's extraction) and
``newscrawl report`` (crawl runs). Self-contained: inline CSS and SVG, no script, nothing
fetched when the page is viewed; every value from a page or a file is escaped."""
