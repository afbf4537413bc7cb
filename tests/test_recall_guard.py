"""The recall guard (issue 10, point 4): what trafilatura found is kept, dropped by a named
rule, or comes back."""

from __future__ import annotations

from lxml import etree, html

from newscrawl.extract.body.blocks import Block, blocks_from_xml
from newscrawl.extract.body.guard import lost_lines, put_back
from newscrawl.extract.body.stories import Pruned, PrunedText

ROWS = "".join(
    f"<tr><td>{n}.</td><td>Runner number {n} of the regional club, finishing in {30 + n} seconds</td></tr>"
    for n in range(1, 9)
)
# trafilatura passes some HTML through as it is (a table inside <code>): the block reader does
# not know that shape, so these rows are lost without any rule having dropped them.
CONTENT = (
    "<body><head>Results of the regional meeting</head><p>Short intro.</p>"
    f"<code><table>{ROWS}</table></code></body>"
)


def test_lines_lost_without_a_cause_come_back_in_order() -> None:
    content = etree.fromstring(CONTENT)
    kept = [block for block in blocks_from_xml(etree.fromstring(CONTENT)) if "Runner" not in block.text]
    lost = lost_lines(content, kept, [])
    assert lost.lines[0] == "1. Runner number 1 of the regional club, finishing in 31 seconds"
    assert len(lost.lines) == 8
    assert set(lost.after) == {len(kept)}  # after the intro
    back = put_back(
        kept, [(after, Block(text=line)) for line, after in zip(lost.lines, lost.after, strict=True)]
    )
    assert [block.text for block in back[: len(kept)]] == [block.text for block in kept]
    assert back[-1].text.startswith("8. Runner number 8")


def test_named_drops_and_kept_text_account_for_the_content() -> None:
    content = etree.fromstring(CONTENT)
    rows = [
        f"{n}. Runner number {n} of the regional club, finishing in {30 + n} seconds" for n in range(1, 9)
    ]
    kept = [Block(text="Results of the regional meeting", heading=True), Block(text="Short intro.")]
    assert lost_lines(content, kept, rows).lines == []  # a rule dropped them: its cause is on record
    as_table = [*kept, *(Block(text=row.replace(". ", ". | ", 1)) for row in rows)]
    assert lost_lines(content, as_table, []).lines == []  # "1. | Runner …" is the line "1. Runner …"


def test_small_losses_are_left_to_the_rules() -> None:
    content = etree.fromstring(
        "<body><p>One paragraph of the story that was kept.</p><p>Share this</p></body>"
    )
    assert lost_lines(content, [Block(text="One paragraph of the story that was kept.")], []).lines == []
    assert lost_lines(None, [], []).lines == []


def test_lines_of_a_pruned_story_have_their_cause_on_record() -> None:
    """When trafilatura read the plain page (the prepared one gave too little), the lines of
    another story pruned from the page are in its content: the guard counts them as dropped by
    that story's rule, and they do not come back; the named story's lost lines still do."""
    other = [
        "The old stone bridge over the river will close to traffic from next Monday.",
        "Drivers will be diverted through the industrial estate at peak times.",
        "Shopkeepers on the far bank fear a fall in trade during the closure.",
    ]
    lost_line = "The local history room will open by appointment from next month on."
    content = etree.fromstring(
        "<body><p>The town library reopened on Saturday after a restoration.</p>"
        f"<p>{lost_line}</p><head>Bridge to close</head>"
        + "".join(f"<p>{line} {line}</p>" for line in other)
        + "</body>"
    )
    story = Pruned(
        rule="story-after",
        heading="Bridge to close",
        text=" ".join(f"{line} {line}" for line in other),
        parts=("Bridge to close", *(f"{line} {line}" for line in other)),
    )
    kept = [Block(text="The town library reopened on Saturday after a restoration.")]
    assert len(lost_lines(content, kept, []).lines) == 5  # without the record: all of it
    assert lost_lines(content, kept, [], PrunedText([story])).lines == [lost_line]


def test_pruned_text_tells_whole_lines_of_a_story() -> None:
    story = Pruned(
        rule="story-headline",
        heading="Bridge to close",
        text="Bridge to close By Nadia Flint The old stone bridge over the river will close.",
        parts=("Bridge to close", "By Nadia Flint", "The old stone bridge over the river will close."),
    )
    pruned = PrunedText([story])
    assert "The old stone bridge over the river" in pruned  # long: its words run in the story's
    assert "By Nadia Flint" in pruned  # short: only as one of its lines
    assert "Flint" not in pruned and "1." not in pruned
    assert "The old stone bridge over the sea" not in pruned
    assert "Library" not in PrunedText([])


def test_pruned_text_tells_a_whole_block_its_record_runs_into_the_next() -> None:
    """A pruned story read as text runs its blocks together ("…Meran</h3><p>Ein Pool…" reads
    "MeranEin Pool"): a line that is one of its headings or paragraphs is still told."""
    heading = "„Miramonti“, Meran"
    paragraph = "Ein Infinity-Pool und eine Waldsauna warten hoch über der Stadt."
    story = Pruned(
        rule="story-headline",
        heading="Diese Wellness-Hotels versprechen Erholung",
        text=f"Diese Wellness-Hotels versprechen Erholung{heading}{paragraph}Nächstes Hotel",
        parts=("Diese Wellness-Hotels versprechen Erholung", heading, paragraph, "Nächstes Hotel"),
    )
    pruned = PrunedText([story])
    assert paragraph in pruned and pruned.cause(paragraph) is story
    assert heading in pruned  # short: as one of its lines
    assert "Ein Infinity-Pool und eine Waldsauna warten hoch über dem Meer." not in pruned


def test_lines_of_a_pruned_region_are_left_out_with_its_rule() -> None:
    """A region pruned before extraction (here a consent dialog, whose text trafilatura's
    reading of the plain page held) is a recorded cause: its lines stay out, each with the
    rule that pruned it (``Lost.pruned``, shown by ``explain``); the story's lost line comes back."""
    dialog = [
        "Wir und unsere Partner speichern Informationen auf Ihrem Gerät und greifen darauf zu.",
        "Sie können Ihre Einwilligung jederzeit in den Datenschutzeinstellungen widerrufen.",
        "Zustimmen",
    ]
    lost_line = "Die Fähre fährt ab Montag wieder im Halbstundentakt über den Rhein."
    content = etree.fromstring(
        "<body><p>Die Rheinfähre ist nach der Winterpause zurück im Dienst.</p>"
        f"<p>{lost_line}</p>" + "".join(f"<p>{line}</p>" for line in dialog) + "</body>"
    )
    node = html.fromstring(
        "<div id='cmp' class='consent-layer' role='dialog'>"
        + "".join(f"<p>{line}</p>" for line in dialog)
        + "</div>"
    )
    region = Pruned("consent-dialog", nodes=(node,))
    kept = [Block(text="Die Rheinfähre ist nach der Winterpause zurück im Dienst.")]
    lost = lost_lines(content, kept, [], PrunedText([region]))
    assert lost.lines == [lost_line]
    assert lost.pruned == [("consent-dialog", line) for line in dialog]
    assert region.heading == "div#cmp.consent-layer"
