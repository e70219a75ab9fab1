"""The organiser's progress report (PDF): the dashboard's figures and charts, for a meeting or a funder.

Drawn with reportlab (platypus for the flow, reportlab.graphics for the charts) in the bundled,
embedded fonts only (export/fonts.py): names in any script, no base-14 font anywhere, not even the
canvas's initial one. Every chart is followed by its numbers as a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import IO, Any
from xml.sax.saxutils import escape

from drivekit.domain.figures import MILESTONES, Dashboard, axis_top
from drivekit.export import fonts

INK = (0.10, 0.20, 0.45)  # bars: dark blue, legible printed in black and white
RULE = (0.75, 0.75, 0.75)
MAX_DAY_LABELS = 16  # a day axis labels at most this many days (the table below lists them all)
LEADERBOARD_ROWS = 25
CHART_ROWS = 12  # bars in a horizontal chart; the table carries the rest


def _markup(text: str, font: str = fonts.SANS) -> str:
    """Paragraph markup drawing `text` in our fonts, each run in the first font that has its letters."""
    return "".join(f'<font name="{f}">{escape(seg)}</font>' for f, seg in fonts.runs(fonts.visual(text), font))


def _n(value: int) -> str:
    return f"{value:,}"


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib.styles import ParagraphStyle

        self.title = ParagraphStyle("title", fontName=fonts.BOLD, fontSize=18, leading=22, spaceAfter=4)
        self.sub = ParagraphStyle("sub", fontName=fonts.SANS, fontSize=10, leading=13, textColor=(0.3, 0.3, 0.3))
        self.big = ParagraphStyle("big", fontName=fonts.BOLD, fontSize=26, leading=30, spaceBefore=10)
        self.body = ParagraphStyle("body", fontName=fonts.SANS, fontSize=10, leading=13)
        self.h2 = ParagraphStyle("h2", fontName=fonts.BOLD, fontSize=13, leading=16, spaceBefore=14, spaceAfter=6)
        self.cell = ParagraphStyle("cell", fontName=fonts.SANS, fontSize=9, leading=11)
        self.note = ParagraphStyle("note", fontName=fonts.BOLD, fontSize=11, leading=14, spaceBefore=6,
                                   textColor=(0.0, 0.35, 0.15))


def _drawing(width: float, height: float) -> Any:
    """A reportlab Drawing whose renderer starts in our font (its default is Helvetica, base-14)."""
    from reportlab.graphics.shapes import Drawing

    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = fonts.SANS, 8
    return drawing


def _goal_bar(d: Dashboard, width: float) -> Any:
    """The progress bar with ticks at 25, 50 and 75 % of the goal."""
    from reportlab.graphics.shapes import Line, Rect, String
    from reportlab.lib.colors import Color

    height = 34.0
    drawing = _drawing(width, height)
    bar_y, bar_h = 12.0, 16.0
    drawing.add(Rect(0, bar_y, width, bar_h, fillColor=Color(0.92, 0.92, 0.92), strokeColor=Color(*RULE)))
    share = min(1.0, d.unique_signers / d.goal) if d.goal > 0 else 0.0
    if share > 0:
        drawing.add(Rect(0, bar_y, width * share, bar_h, fillColor=Color(*INK), strokeColor=None))
    for m in MILESTONES[:-1]:
        x = width * m / 100
        drawing.add(Line(x, bar_y - 3, x, bar_y + bar_h + 3, strokeColor=Color(0.2, 0.2, 0.2), strokeWidth=1))
        drawing.add(String(x, 0, f"{m} %", fontName=fonts.SANS, fontSize=7, textAnchor="middle"))
    drawing.add(String(width, 0, "100 %", fontName=fonts.SANS, fontSize=7, textAnchor="end"))
    return drawing


def _column_chart(values: Sequence[int], labels: Sequence[str], width: float, height: float = 150.0) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.lib.colors import Color

    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, width - 50, height - 40
    chart.data = [list(values)]
    chart.bars[0].fillColor = Color(*INK)
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.valueAxis.valueMin = 0
    top = axis_top(max(values, default=0))
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = top // 4
    chart.valueAxis.labels.fontName = fonts.SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = _n
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = Color(*RULE)
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = fonts.SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0 if len(labels) <= 24 else 45
    chart.categoryAxis.labels.boxAnchor = "n" if len(labels) <= 24 else "ne"
    drawing.add(chart)
    return drawing


def _bar_list(items: Sequence[tuple[str, int]], width: float) -> Any:
    """Horizontal bars, one per item, its label in our fonts (any script) and its count at the end."""
    from reportlab.graphics.shapes import Rect, String
    from reportlab.lib.colors import Color
    from reportlab.pdfbase.pdfmetrics import stringWidth

    row, size = 16.0, 8.0
    label_w = width * 0.38
    drawing = _drawing(width, row * len(items) + 4)
    top = max((n for _, n in items), default=0) or 1
    bar_room = width - label_w - 50
    for i, (label, n) in enumerate(items):
        y = drawing.height - (i + 1) * row
        x = 0.0
        for f, seg in fonts.runs(fonts.visual(fonts.fit(label, label_w - 6, fonts.SANS, size)), fonts.SANS):
            drawing.add(String(x, y + 4, seg, fontName=f, fontSize=size))
            x += stringWidth(seg, f, size)
        if n:
            drawing.add(Rect(label_w, y + 2, max(1.0, bar_room * n / top), row - 5, fillColor=Color(*INK),
                             strokeColor=None))
        drawing.add(String(label_w + bar_room * n / top + 4, y + 4, _n(n), fontName=fonts.SANS, fontSize=size))
    return drawing


def _table(st: _Styles, head: tuple[str, str], rows: Sequence[tuple[str, int]], width: float) -> Any:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Paragraph, Table, TableStyle

    data = [[Paragraph(_markup(head[0], fonts.BOLD), st.cell), Paragraph(_markup(head[1], fonts.BOLD), st.cell)]]
    data += [[Paragraph(_markup(label), st.cell), _n(n)] for label, n in rows]
    table = Table(data, colWidths=[width * 0.7, width * 0.3], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.SANS, 9),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, Color(0.2, 0.2, 0.2)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, Color(*RULE)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def _milestone_text(d: Dashboard) -> str:
    if d.milestones:
        text = "Milestones passed: " + ", ".join(f"{m} %" for m in d.milestones) + " of the goal."
    else:
        text = "No milestone passed yet."
    if d.next_milestone is not None:
        text += (f" Next: {d.next_milestone.percent} % at {_n(d.next_milestone.at)} unique signers, "
                 f"{_n(d.next_milestone.missing)} to go.")
    return text


def _story(d: Dashboard, width: float, st: _Styles) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    generated = d.generated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    story: list[Any] = [
        Paragraph(_markup("Progress report: " + d.title, fonts.BOLD), st.title),
        Paragraph(_markup(" · ".join(p for p in (d.organisation, f"figures of {generated}") if p)), st.sub),
        Paragraph(_markup(f"{_n(d.unique_signers)} unique signers", fonts.BOLD), st.big),
        Paragraph(_markup(f"of a goal of {_n(d.goal)}: {d.percent} %"), st.body),
        Spacer(1, 6), _goal_bar(d, width),
        Paragraph(_markup(_milestone_text(d), fonts.BOLD), st.note),
        Paragraph(_markup("Summary", fonts.BOLD), st.h2),
        _table(st, ("Signatures", "Count"), [
            ("Recorded (all)", d.total), ("Standing (unique signers and possible duplicates)", d.valid),
            ("Unique signers", d.unique_signers), ("Possible duplicates, not yet reviewed", d.possible_duplicates),
            ("Confirmed duplicates", d.duplicates), ("Withdrawn", d.withdrawn)], width * 0.8),
        Paragraph(_markup("Every breakdown below counts unique signers: the number delivered to targets."), st.sub),
    ]
    days = list(d.by_day)
    if days:
        step = max(1, -(-len(days) // MAX_DAY_LABELS))
        labels = [day.strftime("%d %b") if i % step == 0 else "" for i, (day, _) in enumerate(days)]
        story += [KeepTogether([Paragraph(_markup("Unique signers per day", fonts.BOLD), st.h2),
                                _column_chart([n for _, n in days], labels, width)]),
                  _table(st, ("Day", "Unique signers"), [(day.strftime("%a %Y-%m-%d"), n) for day, n in days if n],
                         width * 0.6)]
    if any(d.by_hour):
        story += [KeepTogether([Paragraph(_markup("Hour of the day (local time)", fonts.BOLD), st.h2),
                                _column_chart(list(d.by_hour), [f"{h:02d}" for h in range(24)], width)]),
                  _table(st, ("Hour", "Unique signers"),
                         [(f"{h:02d}:00–{h:02d}:59", n) for h, n in enumerate(d.by_hour) if n], width * 0.6)]
    for title, head, items, limit in (
            ("By event", "Event", d.by_event, None),
            ("Volunteers", "Volunteer", d.by_volunteer, LEADERBOARD_ROWS),
            ("By target", "Target", d.by_target, None)):
        rows = [(f.label, f.count) for f in items]
        if not rows:
            continue
        shown = rows[:limit] if limit else rows
        story += [KeepTogether([Paragraph(_markup(title, fonts.BOLD), st.h2), _bar_list(shown[:CHART_ROWS], width)]),
                  _table(st, (head, "Unique signers"), shown, width * 0.8)]
        if limit and len(rows) > limit:
            story.append(Paragraph(_markup(f"… and {len(rows) - limit} more (together "
                                           f"{_n(sum(n for _, n in rows[limit:]))})."), st.sub))
    return story


def _footer(canvas: Any, doc: Any, title: str) -> None:
    canvas.saveState()
    fonts.draw(canvas, doc.leftMargin, 20, fonts.fit(title, doc.width - 80, fonts.SANS, 7), fonts.SANS, 7)
    fonts.draw(canvas, doc.leftMargin + doc.width, 20, f"Page {doc.page}", fonts.SANS, 7, align="right")
    canvas.restoreState()


def write_report(d: Dashboard, out: IO[bytes] | str) -> int:
    """Write the report of `d` to `out` (a binary file or a path); returns the number of pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from drivekit.export.pdfdoc import new_canvas

    fonts.register()
    title, subject = f"Progress report: {d.title}", "Signature drive progress report"
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=title, author=d.organisation, subject=subject,
                            creator="DriveKit", initialFontName=fonts.SANS)

    def canvas(target: Any, **kwargs: Any) -> Any:
        # Every DriveKit PDF starts the same way: embedded fonts from the first page, metadata.
        return new_canvas(target, kwargs["pagesize"], title, d.organisation, subject)

    footer = partial(_footer, title=f"{d.title}: progress report")
    doc.build(_story(d, doc.width, _Styles()), onFirstPage=footer, onLaterPages=footer, canvasmaker=canvas)
    return int(doc.page)
