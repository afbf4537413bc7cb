"""The recall guard (issue 10, point 4): what trafilatura found is kept, dropped by a named
rule, or comes back."""

from __future__ import annotations

from lxml import etree

from newscrawl.extract.body.blocks import Block, blocks_from_xml
from newscrawl.extract.body.guard import lost_lines, put_back

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
