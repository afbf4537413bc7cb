"""The article body: the page as trafilatura sees it, its blocks, the cleaning step, sections."""
