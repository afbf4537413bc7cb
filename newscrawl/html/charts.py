"""Bar charts as plain inline SVG: nothing to load, nothing to run, readable without CSS."""

from __future__ import annotations

from collections.abc import Sequence

from newscrawl.html.page import esc

WIDTH = 720
LABEL_WIDTH = 200
ROW = 22


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def bar_chart(
    items: Sequence[tuple[str, float]],
    *,
    title: str,
    color: str = "#2f81f7",
    colors: Sequence[str] = (),
) -> str:
    """Horizontal bars, one per (label, value), in the order given; ``colors`` per bar, else
    ``color`` for all."""
    if not items:
        return f'<p class="empty">{esc(title)}: none</p>'
    top = max(value for _, value in items) or 1
    span = WIDTH - LABEL_WIDTH - 70
    height = ROW * len(items) + 8
    rows = []
    for index, (label, value) in enumerate(items):
        y = 4 + index * ROW
        length = max(1.0, span * value / top) if value else 0.0
        shown = label if len(label) <= 30 else label[:29] + "\u2026"
        rows.append(
            f"<g><title>{esc(label)}: {esc(_number(value))}</title>"
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end" font-size="13" fill="#1f2328">'
            f"{esc(shown)}</text>"
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{length:.1f}" height="{ROW - 6}" '
            f'fill="{esc(colors[index] if index < len(colors) else color)}" rx="2"/>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{y + 15}" font-size="12" fill="#656d76">'
            f"{esc(_number(value))}</text></g>"
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}"><title>{esc(title)}</title>{"".join(rows)}</svg>'
    )


def stacked_columns(
    columns: Sequence[tuple[str, Sequence[float]]],
    *,
    series: Sequence[tuple[str, str]],
    title: str,
) -> str:
    """Vertical stacked columns: one per (label, values), the values in ``series`` order
    (``series`` = (name, colour)), with a legend and the total above each column."""
    if not columns:
        return f'<p class="empty">{esc(title)}: none</p>'
    plot_top, plot_height, left = 42, 180, 44
    step = max(14.0, min(56.0, (WIDTH - left - 10) / len(columns)))
    width = int(left + step * len(columns) + 10)
    height = plot_top + plot_height + 110
    top = max(sum(values) for _, values in columns) or 1
    scale = plot_height / top
    base = plot_top + plot_height
    parts = [
        f'<line x1="{left}" y1="{base}" x2="{width - 6}" y2="{base}" stroke="#d0d7de"/>',
        f'<text x="{left - 6}" y="{base + 4}" text-anchor="end" font-size="11" fill="#656d76">0</text>',
        f'<text x="{left - 6}" y="{plot_top + 4}" text-anchor="end" font-size="11" fill="#656d76">'
        f"{esc(_number(top))}</text>",
        f'<line x1="{left}" y1="{plot_top}" x2="{width - 6}" y2="{plot_top}" stroke="#eef1f4"/>',
    ]
    legend_x = left
    for name, color in series:
        parts.append(
            f'<rect x="{legend_x}" y="6" width="12" height="12" fill="{esc(color)}" rx="2"/>'
            f'<text x="{legend_x + 16}" y="16" font-size="12" fill="#1f2328">{esc(name)}</text>'
        )
        legend_x += 24 + 8 * len(name)
    bar = step * 0.7
    for index, (label, values) in enumerate(columns):
        x = left + index * step + (step - bar) / 2
        y = float(base)
        detail = ", ".join(f"{name} {_number(v)}" for (name, _), v in zip(series, values, strict=False))
        segments = []
        for (_, color), value in zip(series, values, strict=False):
            h = value * scale
            y -= h
            segments.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{esc(color)}"/>'
            )
        total = sum(values)
        cx = x + bar / 2
        parts.append(
            f"<g><title>{esc(label)}: {esc(detail)}</title>{''.join(segments)}"
            f'<text x="{cx:.1f}" y="{y - 4:.1f}" text-anchor="middle" font-size="11" fill="#656d76">'
            f"{esc(_number(total))}</text>"
            f'<text transform="translate({cx + 4:.1f},{base + 10}) rotate(-50)" text-anchor="end" '
            f'font-size="11" fill="#1f2328">{esc(label)}</text></g>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"><title>{esc(title)}</title>{"".join(parts)}</svg>'
    )
