"""Boilerplate filters: ad markers, share bars, teasers, notes, widget titles.

Each filter answers one question about one block of text; ``cleaning.py`` decides what to do.
The phrases, by language, are tables in ``words/`` (ads, teasers, prompts, notes, headings,
captions), joined here into one pattern each: a new convention is one line there.
"""

from __future__ import annotations

import re

from newscrawl.extract.normalise import collapse, word_count
from newscrawl.extract.words import QuickPattern, every, joined, joined_for_search
from newscrawl.extract.words.ads import AD_LINE_LABELS, AD_LINE_TAILS, AD_MARKERS
from newscrawl.extract.words.captions import CAPTION_MARKS, CAPTION_POSITIONS, FROM_LEFT, PICTURED
from newscrawl.extract.words.headings import (
    AUTHOR_BOX_HEADINGS,
    COMMENT_COUNTED,
    COMMENT_HEADINGS,
    COMMENT_ON,
    SUMMARY_HEADINGS,
    WIDGET_HEADINGS,
)
from newscrawl.extract.words.notes import (
    ABOUT_AUTHOR,
    AFFILIATE_NOTES,
    COMMENT_POLICY,
    COMMENT_WORDS,
    CONSENT_WORDS,
    CONTACT_WORDS,
    CONTRIBUTED,
    CONTRIBUTOR_CREDITS,
    CONTRIBUTOR_LABELS,
    COOKIE_WORD,
    COPYRIGHT_NOTICES,
    COPYRIGHT_SIGNS,
    EMPTY_STATES,
    LEGAL_LINKS,
    META_LABELS,
    MINUTE_WORDS,
    PLACEHOLDERS,
    POLICY_TITLE_WORDS,
    POST_META,
    POWERED_BY,
    PRINT_EDITION,
    READING_TIME_LABELS,
    READING_WORDS,
    RELATIVE_TIMES,
    REPUBLISHED,
    RIGHTS_RESERVED,
    SERVER_ERROR_LABELS,
    SOURCE_LABELS,
)
from newscrawl.extract.words.prompts import PROMPTS, SECOND_PERSON, SELF_PROMOTION, TOOLBAR_WORDS
from newscrawl.extract.words.teasers import TEASER_LABELS

_AD_MARKERS = every(AD_MARKERS)
# Markers, prompts and widget titles are short: longer blocks are never tested against them.
MAX_MARKER_CHARS = 200
# "Advertisement 1 Story continues below", "ADVERTISEMENT - SCROLL TO CONTINUE": a marker + its tail.
AD_LINE = re.compile(
    r"^(?:" + joined(AD_LINE_LABELS) + r")\b[\s\d\w-]{0,40}(?:" + joined(AD_LINE_TAILS) + r")[\w\s]*$",
    re.IGNORECASE,
)

# "© dpa-infocom, dpa:230428-99", "<Copyright c Daily. All rights reserved.>": copyright notices,
# a line that opens with a copyright sign or holds a notice.
COPYRIGHT_SIGN_LINE = re.compile(r"^\W*(?:" + "|".join(COPYRIGHT_SIGNS) + r")[^\n]{0,150}$", re.IGNORECASE)
COPYRIGHT_NOTICE = re.compile(joined(COPYRIGHT_NOTICES), re.IGNORECASE)  # (searched in NOTE_ANYWHERE)
# The site's copyright notice, a block of its footer however long its tail ("© 2019 Condé Nast.
# All rights reserved. Use of this site constitutes acceptance of …", "Some rights reserved
# 2017-2023 by …", "© Blog name 2020 · WordPress · Posts (RSS) · …"): a rights phrase anywhere,
# or a copyright sign (a word "copyright" only with a sign or a year after it: a story's
# paragraph may open with the word) opening the block.
RIGHTS_NOTICE = QuickPattern(re.compile(joined_for_search(RIGHTS_RESERVED), re.IGNORECASE))
COPYRIGHT_OPENING = re.compile(r"^\W*?(?:©|copy(?:right|left)\s*(?:©|\d{4}))", re.IGNORECASE)
MAX_NOTICE_CHARS = 700
# Contact lines closing a story: "Write to Al Root at allen.root@…", "• Email: x@y.com".
CONTACT_LINE = re.compile(r"^\W*(?:" + joined(CONTACT_WORDS) + r")\b[^@]{0,80}@[\w.-]+\.\w+", re.IGNORECASE)
# Labelled metadata lines: "Tags: a, b, c", "… - Categoria: Saúde - Tags: …".
LABELLED_META = re.compile(r"(?:^|\s[-|•]\s|^\W*)(?:" + joined(META_LABELS) + r")\s*:\s*\S", re.IGNORECASE)
# A block that is only a web address (a citation, kept; never a teaser), or an unrendered CMS
# shortcode ("[button …]…[/button]").
BARE_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
SHORTCODE = re.compile(
    r"^\s*(?:\[\w+[^\]]*\].*\[/\w+\]|\$\$\w+\$\$|\{\{\s*[\w.]+\s*\}\}|%%\w+%%)\s*$", re.DOTALL
)  # also unfilled template slots: "$$ARTICLEAD$$", "{{ ad.slot }}", "%%AD%%"
# Teasers linking elsewhere: "Read more: …", "Also read | …", "Lesen Sie auch: …".
TEASER_PREFIX = re.compile(r"^\s*(?:" + joined(TEASER_LABELS) + r")\s*(?:[:|»>\-–—]|\.\.\.|…)", re.IGNORECASE)
# Teaser words that, in a mostly-linked block, mark a link to another article even without ":".
TEASER_WORDS = re.compile(r"^\s*(?:" + joined(TEASER_LABELS) + r")\b", re.IGNORECASE)

# An upper-case label and a bar before a linked title: the "READ MORE |" of any language.
LABELLED_LINK = re.compile(r"^[^\Wa-z\d][^a-z|]{2,40}\s\|\s")

# An arrow before a link: ">> Hier finden Sie alle Termine", "→ Schwerpunkt", "► Mehr dazu".
ARROW_LINK = re.compile(r"^\s*(?:>>|→|►|▶|➤|⇒|-->)\s*\S")

# Reading-time notes and edition lines: "Lesedauer: 4 Minuten", "3 min read", "5 minutes de lecture".
READING_TIME = re.compile(
    r"^\W*(?:(?:" + joined(READING_TIME_LABELS) + r")\s*:?\s*(?:ca\.\s*)?\d+\s*\w*"
    r"|\d+\s*(?:" + joined(MINUTE_WORDS) + r")\.?\s*(?:" + joined(READING_WORDS) + r")?)\W*$",
    re.IGNORECASE,
)
# "Nizaar Kinsella 2 minutes ago", "vor 3 Stunden", "il y a 2 heures": a byline's relative time.
RELATIVE_TIME = re.compile(r"(?:" + joined(RELATIVE_TIMES) + r")\W*$", re.IGNORECASE)
# Wire and editing credits closing a story: "Reporting by X; Editing by Y", "… contributed to this report."
CONTRIBUTOR_LINE = re.compile(
    r"^\W*(?:" + joined(CONTRIBUTOR_CREDITS) + r"|(?:" + joined(CONTRIBUTOR_LABELS) + r")(?: und \w+)?\s*:)",
    re.IGNORECASE,
)
CONTRIBUTED_LINE = re.compile(joined(CONTRIBUTED), re.IGNORECASE)  # (searched in NOTE_ANYWHERE)
# Where else the story ran: "First published in The Conversation.", "Dieser Artikel ist zuerst …".
REPUBLISHED_LINE = re.compile(r"^\W*(?:" + joined(REPUBLISHED) + ")", re.IGNORECASE)
# The print edition a story ran in: "Ausgabe vom 26.04.2024, Seite 1", "A version of this article
# appears in print on …".
PRINT_EDITION_LINE = re.compile(r"^\W*(?:" + joined(PRINT_EDITION) + ")", re.IGNORECASE)
# An affiliate disclosure: "Dieser Artikel enthält Affiliate-Links", "We may earn a commission".
AFFILIATE_NOTE = re.compile(joined(AFFILIATE_NOTES), re.IGNORECASE)  # (searched in NOTE_ANYWHERE)
# The notes a short block may hold anywhere (an affiliate disclosure, a contributor's credit, a
# copyright notice) searched as one pattern, after one quick test of their needles for the three.
NOTE_ANYWHERE = QuickPattern(
    re.compile(
        "|".join(note.pattern for note in (AFFILIATE_NOTE, CONTRIBUTED_LINE, COPYRIGHT_NOTICE)), re.IGNORECASE
    )
)
# A line naming the source of a box or figure: "Kilde: Helsenorge.no", "Quelle: Statistisches Bundesamt".
SOURCE_LINE = re.compile(r"^\W*(?:" + joined(SOURCE_LABELS) + r")\s*:\s*\S", re.IGNORECASE)
# A template's placeholder text.
PLACEHOLDER = re.compile(joined(PLACEHOLDERS), re.IGNORECASE)
# A server's error message: a PHP label, the message, the script's path (and line).
SERVER_ERROR = re.compile(
    r"^\W*(?:php )?(?:" + joined(SERVER_ERROR_LABELS) + r")\s*:.{0,500}?\bin \S+\.php(?:\s+on line \d+)?\W*$",
    re.IGNORECASE | re.DOTALL,
)
SERVER_ERROR_OPEN = re.compile(r"^\W*(?:php )?(?:" + joined(SERVER_ERROR_LABELS) + r")\s*:", re.IGNORECASE)
# Where the next of several messages run together in one block starts ("… on line 928 Warning: …").
SERVER_ERROR_NEXT = re.compile(
    r"(?<=\.php)(?:\s+on line \d+)?\W*\s(?=(?:php )?(?:" + joined(SERVER_ERROR_LABELS) + r")\s*:)",
    re.IGNORECASE,
)
# A site's plea to return, to subscribe or to comment.
SELF_PROMO = QuickPattern(re.compile(joined_for_search(SELF_PROMOTION), re.IGNORECASE))  # every block: fast
# A caption set as an ordinary paragraph: "Pictured from left, are …", "Pictured: the …",
# "▲ The harbour at dusk"; or labelled, with a colon: "Above: …", "Murder victims from left: …"
# (a line with no colon is not tried against the labels: their search from each word is slow).
CAPTION_LINE = re.compile(
    r"^\W*(?:" + joined(PICTURED) + r")\b|^\s*(?:" + joined(CAPTION_MARKS) + r")\s*[^\W\d_]",
    re.IGNORECASE,
)
CAPTION_LABEL = re.compile(
    r"^\W*(?:(?:" + joined(CAPTION_POSITIONS) + r")\s*:|[^.:]{0,60}\b(?:" + joined(FROM_LEFT) + r")\s*:)",
    re.IGNORECASE,
)
# Whole blocks that are share bars, newsletter prompts or comment/follow calls.
PROMPT_LINE = re.compile(r"^\s*(?:" + joined(PROMPTS) + r")\s*[.!:]?\s*$", re.IGNORECASE)
# Headings of widgets rather than of the article: the heading and its section go.
WIDGET_HEADING = re.compile(r"^\s*(?:" + joined(WIDGET_HEADINGS) + r")\s*[:.]?\s*$", re.IGNORECASE)
# Titles of summary boxes ("Key points", "Kort fortalt", "Das Wichtigste in Kürze"): the box
# restates the article, so the title and the list under it go.
SUMMARY_HEADING = re.compile(r"^\s*(?:" + joined(SUMMARY_HEADINGS) + r")\s*[:.]?\s*$", re.IGNORECASE)
# The title of a comment section: "Comments", "12 Comments", "Kommentare (3)", "0 Kommentare",
# "2 thoughts on “Title”", "3 Antworten zu „Titel“" (a count and the article's title may follow).
COMMENT_HEADING = re.compile(
    r"^\W*(?:(?:" + joined(COMMENT_HEADINGS) + r")(?:\s*[(\[]?\d+[)\]]?)?"
    r"|\d+\s+(?:" + joined(COMMENT_COUNTED) + r")(?:\s+(?:" + joined(COMMENT_ON) + r")\s+\S.*)?)\W*$",
    re.IGNORECASE,
)
AUTHOR_BOX_HEADING = re.compile(r"^\s*(?:" + joined(AUTHOR_BOX_HEADINGS) + r")\s*[:.]?\s*$", re.IGNORECASE)


# A tool bar: at least this many of its words are tool words, and they are most of its words.
_TOOLBAR_WORDS = every(TOOLBAR_WORDS)
_LETTER_WORD = re.compile(r"[^\W\d_][\w-]*")
MIN_TOOLBAR_WORDS = 3
TOOLBAR_SHARE = 0.6


def is_toolbar(text: str) -> bool:
    """'Download PDF Drucken Teilen Feedback', 'Share Facebook X Email Print': a short line
    made mostly of tool-bar words (dates and numbers do not count)."""
    if len(text) > MAX_MARKER_CHARS:
        return False
    words = _LETTER_WORD.findall(text)
    if len(words) < MIN_TOOLBAR_WORDS:
        return False
    tools = sum(1 for word in words if word.lower() in _TOOLBAR_WORDS)
    return tools >= MIN_TOOLBAR_WORDS and tools >= TOOLBAR_SHARE * len(words)


def is_summary_heading(text: str) -> bool:
    """The title of a summary / key-points box."""
    return len(text) < 60 and bool(SUMMARY_HEADING.match(collapse(text)))


def is_ad_marker(text: str) -> bool:
    """'Advertisement', 'ANZEIGE', 'Publicité', … alone in a block, or with its "continues below"."""
    if len(text) > MAX_MARKER_CHARS:
        return False
    text = collapse(text).strip(" -–—:·•|")
    return text.casefold() in _AD_MARKERS or (len(text) < 80 and bool(AD_LINE.match(text)))


def is_teaser(text: str, link_ratio: float = 0.0) -> bool:
    """'Read more: …', 'Lesen Sie auch: …', 'À lire aussi …' (linked) pointing to another article,
    or a linked title after a capitalised label in any language ("FUNDA OLUNYE UDABA LAPHA | …")."""
    if len(text) >= 300:
        return False
    if TEASER_PREFIX.match(text):
        return True
    if link_ratio > 0 and ARROW_LINK.match(text):
        return True
    return link_ratio >= 0.5 and bool(TEASER_WORDS.match(text) or LABELLED_LINK.match(text))


def is_server_error(text: str) -> bool:
    """One server error message or several run together ("Warning: … in /x.php on line 9
    Warning: …"): PHP's output printed into the page, never the article's words."""
    if SERVER_ERROR.match(text):
        return True
    if len(text) < 100 or not SERVER_ERROR_OPEN.match(text):
        return False
    cut, parts = 0, []
    for match in SERVER_ERROR_NEXT.finditer(text):
        parts.append(text[cut : match.end()])
        cut = match.end()
    parts.append(text[cut:])
    return len(parts) > 1 and all(SERVER_ERROR.match(part) for part in parts)


def is_editorial_note(text: str) -> bool:
    """Reading-time notes, relative times, wire/editing credits, contact and tag lines, CMS
    shortcodes, placeholder text, affiliate disclosures: about the article, not in it. (A bare
    web address is text: the article cites it.)"""
    words = word_count(text)
    if words <= 8 and RELATIVE_TIME.search(text):
        return True
    if SHORTCODE.match(text) or PLACEHOLDER.search(text) or is_server_error(text):
        return True
    if words <= 40 and (CONTACT_LINE.match(text) or (":" in text and LABELLED_META.search(text))):
        return True
    if (words <= 12 and SOURCE_LINE.match(text)) or (words <= 40 and PRINT_EDITION_LINE.match(text)):
        return True
    return len(text) < 400 and bool(
        READING_TIME.match(text)
        or NOTE_ANYWHERE.search(text)
        or CONTRIBUTOR_LINE.match(text)
        or COPYRIGHT_SIGN_LINE.match(text)
        or REPUBLISHED_LINE.match(text)
    )


def is_copyright_notice(text: str) -> bool:
    """'© 2019 Condé Nast. All rights reserved. Use of this site …', 'Some rights reserved 2017-2023
    by …': the site's copyright notice (a footer's), at most ``MAX_NOTICE_CHARS`` long."""
    return len(text) <= MAX_NOTICE_CHARS and bool(COPYRIGHT_OPENING.match(text) or RIGHTS_NOTICE.search(text))


LEGAL_LINK = re.compile(r"(?:" + joined(LEGAL_LINKS) + r")", re.IGNORECASE)
MAX_LEGAL_LINK_CHARS = 60


def is_legal_link(text: str) -> bool:
    """'Impressum', 'Privacy Policy', 'Mentions légales': a link's text (white space collapsed)
    that names one of a site's legal pages, as its footer links them."""
    return len(text) <= MAX_LEGAL_LINK_CHARS and LEGAL_LINK.fullmatch(text) is not None


def is_prompt(text: str) -> bool:
    """Share bars, newsletter sign-ups, comment counts: a short block that is only a call to act."""
    if len(text) < 400 and SELF_PROMO.search(text):
        return True
    if is_toolbar(text):
        return True
    return len(text) < 120 and bool(PROMPT_LINE.match(collapse(text)))


def is_widget_heading(text: str) -> bool:
    """'Read more', 'Ähnliche Artikel', 'Get daily National news': a widget title, not a sub-heading."""
    return len(text) <= MAX_MARKER_CHARS and bool(WIDGET_HEADING.match(collapse(text)))


def is_comment_heading(text: str) -> bool:
    """'Comments', '12 Kommentare', '2 thoughts on “…”': the title of a comment section."""
    return len(text) <= MAX_MARKER_CHARS and bool(COMMENT_HEADING.match(collapse(text)))


def is_author_box_heading(text: str) -> bool:
    """'About the author', 'Über den Autor': the title of the author's box."""
    return len(text) <= MAX_MARKER_CHARS and bool(AUTHOR_BOX_HEADING.match(collapse(text)))


def is_caption_line(text: str) -> bool:
    """'Pictured from left, are …', 'Above: …': a photo caption written as a paragraph."""
    return len(text) < 500 and bool(CAPTION_LINE.match(text) or (":" in text and CAPTION_LABEL.match(text)))


# What a site says about itself in the words many sites share (``words/notes.py``): a cookie
# consent notice, a comment section's rules, a blog's post-meta line, its software's credit, a
# widget's empty state, an author box's "About <name>". Short blocks only.
MAX_NOTICE_BLOCK_CHARS = 500
MAX_TITLE_LINE_CHARS = 80
COOKIE = re.compile(COOKIE_WORD, re.IGNORECASE)
CONSENT = re.compile(joined_for_search(CONSENT_WORDS), re.IGNORECASE)
ADDRESSED = re.compile(joined_for_search(SECOND_PERSON), re.IGNORECASE)
QUOTE_MARKS = re.compile(r"[\"“”„«»]")
COMMENT_RULES = re.compile(joined_for_search(COMMENT_POLICY), re.IGNORECASE)
COMMENT_WORD = re.compile(COMMENT_WORDS, re.IGNORECASE)
# Every comment rule holds one of these (comment, Kommentar, comentario, reactie, netiquette,
# house rules, Akismet): a block without any is not tried against the rules (plain ``in`` tests are
# many times faster than the search).
_COMMENT_NEEDLES = (
    "omment", "OMMENT", "coment", "Coment", "COMENT", "eactie", "tiquet", "ouse rules", "uisregels", "kismet",
)  # fmt: skip
POST_META_LINE = re.compile(r"^\W*(?:" + joined(POST_META) + ")", re.IGNORECASE)
MAX_POST_META_WORDS = 60
POWERED_BY_LINE = re.compile(r"^\W*(?:" + joined(POWERED_BY) + ")", re.IGNORECASE)
MAX_POWERED_BY_WORDS = 15
EMPTY_STATE = re.compile(r"^\W*(?:" + joined(EMPTY_STATES) + r")\s*[.!…]?\s*$", re.IGNORECASE)
ABOUT = re.compile(r"^\W*(?:" + joined(ABOUT_AUTHOR) + r")\s+", re.IGNORECASE)


POLICY_TITLE = re.compile(joined_for_search(POLICY_TITLE_WORDS), re.IGNORECASE)


def is_policy_title(title: str) -> bool:
    """'Privacy Policy', 'Datenschutzerklärung', 'Cookie-Richtlinie': the page is the site's
    policy, and what it says about cookies is its text."""
    return bool(POLICY_TITLE.search(title))


def is_consent_notice(text: str) -> bool:
    """'This site uses cookies. By continuing you agree …', 'Mit einem Klick auf … geben Sie Ihre
    Erlaubnis, dass Cookies …': a short block naming cookies with the site's use of them or the
    reader's consent, speaking to the reader (or a line short as a banner's); no quotation (a
    story quoting a company's notice), no question (an FAQ's "Do we use cookies?")."""
    if len(text) > MAX_NOTICE_BLOCK_CHARS or not _holds_cookie(text) or not COOKIE.search(text):
        return False
    if not CONSENT.search(text):
        return False
    if text.rstrip().endswith("?"):
        return False
    return (len(text) <= 150 or bool(ADDRESSED.search(text))) and not QUOTE_MARKS.search(text)


def _holds_cookie(text: str) -> bool:
    return "ookie" in text or "OOKIE" in text


def continues_consent(text: str, heading: bool) -> bool:
    """A block of a consent dialog after its notice: a title or line naming cookies ("What are
    cookies?", "Third-party cookies"), or a paragraph naming them that speaks to the reader or
    of the site's use of them (a story's paragraph on cookies does neither, and ends the
    dialog)."""
    if not _holds_cookie(text) or not COOKIE.search(text):
        return False
    if heading or len(text) <= MAX_TITLE_LINE_CHARS:
        return True
    return bool(ADDRESSED.search(text) or CONSENT.search(text))


def is_comment_policy(text: str) -> bool:
    """'Comments are moderated …', 'Bitte halten Sie sich an unsere Netiquette': a comment
    section's rules, in a short block that quotes no one."""
    if len(text) > MAX_NOTICE_BLOCK_CHARS or not any(map(text.__contains__, _COMMENT_NEEDLES)):
        return False
    return bool(COMMENT_RULES.search(text)) and not QUOTE_MARKS.search(text)


def continues_comment_policy(text: str, heading: bool) -> bool:
    """A paragraph of a comment policy after its first ("We ask that comments are civil")."""
    if heading or not any(needle in text for needle in _COMMENT_NEEDLES):
        return False
    return bool(COMMENT_WORD.search(text))


def is_site_notice(text: str) -> str | None:
    """The kind of a blog's post-meta line ("This entry was posted in …", ``post-meta``), its
    software's credit ("Powered by WordPress", ``colophon``) or a widget's empty state ("There
    are no upcoming events.", ``empty-state``); None for any other block."""
    if len(text) > MAX_NOTICE_BLOCK_CHARS:
        return None
    if POST_META_LINE.match(text) and word_count(text) <= MAX_POST_META_WORDS:
        return "post-meta"
    if POWERED_BY_LINE.match(text) and word_count(text) <= MAX_POWERED_BY_WORDS:
        return "colophon"
    if len(text) <= 120 and EMPTY_STATE.match(text):
        return "empty-state"
    return None


def is_about_author(text: str, authors: set[str]) -> bool:
    """'About Jane Doe', 'Über Jane Doe': the title of an author box as blog themes print it,
    "About" and one of the page's ``authors`` (text keys, a full name)."""
    if len(text) > 120:
        return False
    found = ABOUT.match(text)
    if not found:
        return False
    rest = text[found.end() :].casefold().strip(" .:")
    return " " in rest and rest in authors
