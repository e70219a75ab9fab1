"""Dashboard: progress to the goal at a glance, milestones, and where and when signers were found.

Figures come from one service call run off the GUI thread (the tallies answer it in milliseconds,
even on a million signatures); the page asks again whenever it is shown, after a report or on F5,
and every 30 seconds while it stays on screen (other laptops' bundles, a shared PostgreSQL)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drivekit.errors import KnownError
from drivekit.ui.background import Task, run_in_background
from drivekit.ui.dashboard.charts import BarList, ColumnChart, GoalBar
from drivekit.ui.widgets.layout import VerticalScrollArea

if TYPE_CHECKING:
    from drivekit.domain.figures import Dashboard
    from drivekit.services import Services

REFRESH_MS = 30_000
TWO_COLUMNS_FROM = 900  # px of page width; narrower screens get one column of sections


def _count(n: int) -> str:
    return QLocale().toString(int(n))


class _Section(QGroupBox):
    """One breakdown: its chart, and the same numbers as a table (for screen readers, and to copy)."""

    def __init__(self, title: str, chart: QWidget, headers: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.chart = chart
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setAccessibleName(title)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(chart, self.tr("Chart"))
        self.tabs.addTab(self.table, self.tr("Table"))
        self.tabs.setAccessibleName(title)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.empty)
        self.empty.hide()

    def set_rows(self, rows: list[tuple[str, int]], empty_text: str) -> None:
        self.table.setRowCount(len(rows))
        for i, (label, n) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(_count(n))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 1, item)
        has = any(n for _, n in rows)
        self.tabs.setVisible(has)
        self.empty.setVisible(not has)
        self.empty.setText(empty_text)


class DashboardPage(QWidget):
    refreshed = Signal(object)  # the Dashboard now shown
    report_exported = Signal(str)  # path of the report written

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._campaign_id: str | None = None
        self._task: Task | None = None
        self._again = False
        self._generation = 0
        self._export: Task | None = None
        self.shown: Dashboard | None = None
        self._columns = 0
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    # building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.big_number = QLabel("–", self)
        self.big_number.setObjectName("bigNumber")
        self.goal_text = QLabel(self)
        self.goal_text.setWordWrap(True)
        self.goal_bar = GoalBar(self)
        self.goal_bar.setRange(0, 100)
        self.goal_bar.setTextVisible(True)
        self.goal_bar.setAccessibleName(self.tr("Progress to the goal"))
        self.milestone_note = QLabel(self)
        self.milestone_note.setObjectName("milestoneNote")
        self.milestone_note.setWordWrap(True)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.state = QLabel(self)
        self.state.setObjectName("dashboardState")
        self.state.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Count again now (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.report_button = QPushButton(self.tr("E&xport report…"), self)
        self.report_button.setToolTip(self.tr("A PDF with these figures and charts, for a meeting or a funder"))
        self.report_button.clicked.connect(self.export_report)

        head = QVBoxLayout()
        top = QHBoxLayout()
        number = QVBoxLayout()
        number.addWidget(self.big_number)
        number.addWidget(self.goal_text)
        top.addLayout(number, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        head.addLayout(top)
        head.addWidget(self.goal_bar)
        head.addWidget(self.milestone_note)
        head.addWidget(self.figures)
        head.addWidget(self.state)

        self.day_chart, self.hour_chart = ColumnChart(), ColumnChart()
        self.event_chart, self.volunteer_chart, self.target_chart = BarList(), BarList(), BarList()
        signers = self.tr("Unique signers")
        self.day_section = _Section(self.tr("Signers per day"), self.day_chart, (self.tr("Day"), signers))
        self.hour_section = _Section(self.tr("Hour of the day"), self.hour_chart, (self.tr("Hour"), signers))
        self.event_section = _Section(self.tr("By event"), self.event_chart, (self.tr("Event"), signers))
        self.volunteer_section = _Section(self.tr("Volunteers"), self.volunteer_chart,
                                          (self.tr("Volunteer"), signers))
        self.target_section = _Section(self.tr("By target area"), self.target_chart, (self.tr("Target"), signers))
        self.sections = [self.day_section, self.hour_section, self.event_section, self.volunteer_section,
                         self.target_section]
        body = QWidget(self)
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._place_sections(1)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addLayout(head)
        column.addWidget(body)
        column.addStretch(1)
        self.scroll_area = VerticalScrollArea(content, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def _place_sections(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for section in self.sections:
            self.grid.removeWidget(section)
        for i, section in enumerate(self.sections):
            self.grid.addWidget(section, i // columns, i % columns)
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_sections(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)

    # the page protocol (main window) -------------------------------------------------------
    def set_campaign(self, campaign_id: str | None) -> None:
        if campaign_id != self._campaign_id:
            self._generation += 1
            self.shown = None
            self.big_number.setText("–")
        self._campaign_id = campaign_id
        self.report_button.setEnabled(campaign_id is not None)
        self.refresh_button.setEnabled(campaign_id is not None)
        if campaign_id and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def refresh(self) -> None:
        """Count again off the GUI thread; a refresh asked for while one runs follows it."""
        cid = self._campaign_id
        if not cid:
            return
        if self._task is not None and not self._task.finished:
            self._again = True
            return
        generation = self._generation
        if self.shown is None:
            self.state.setText(self.tr("Counting…"))
        self._task = run_in_background(
            lambda _progress: self._services.dashboard.dashboard(cid),
            on_success=lambda d: self._on_counted(generation, d),
            on_error=self._on_count_failed)

    def _on_counted(self, generation: int, d: Dashboard) -> None:
        if generation == self._generation:
            self.show_dashboard(d)
        if self._again:
            self._again = False
            self.refresh()

    def _on_count_failed(self, err: BaseException) -> None:
        self._again = False
        self.state.setText(str(err) if isinstance(err, KnownError)
                           else self.tr("The figures could not be counted; details are in the log file."))

    # showing -------------------------------------------------------------------------------
    def show_dashboard(self, d: Dashboard) -> None:
        self.shown = d
        self.big_number.setText(_count(d.unique_signers))
        self.big_number.setAccessibleName(self.tr("%Ln unique signers", "", d.unique_signers))
        self.goal_text.setText(self.tr("unique signers of a goal of {0}: {1} %", "the count is shown above", d.unique_signers).format(
            _count(d.goal), d.percent))
        self.goal_bar.setValue(min(100, d.percent))
        self.goal_bar.setFormat(f"{d.percent} %")
        self.goal_bar.setAccessibleDescription(self.goal_text.text())
        self.milestone_note.setText(self._milestone_text(d))
        self.milestone_note.setProperty("passed", str(bool(d.milestones)).lower())
        self.milestone_note.style().unpolish(self.milestone_note)
        self.milestone_note.style().polish(self.milestone_note)
        self.figures.setText(self.tr(
            "Recorded: {0} · Standing: {1} · Possible duplicates to review: {2} · "
            "Confirmed duplicates: {3} · Withdrawn: {4}").format(
            _count(d.total), _count(d.valid), _count(d.possible_duplicates), _count(d.duplicates),
            _count(d.withdrawn)))
        self.state.setText(self.tr("Counted at {0}. Every breakdown counts unique signers.").format(
            d.generated_at.astimezone().strftime("%H:%M:%S")))
        locale = QLocale()
        days = list(d.by_day)
        self.day_chart.set_data([locale.toString(QDate(day.year, day.month, day.day), "d MMM") for day, _ in days],
                                [n for _, n in days])
        self.day_section.set_rows([(day.isoformat(), n) for day, n in days if n],
                                  self.tr("No signer yet."))
        self.hour_chart.set_data([f"{h:02d}" for h in range(24)], list(d.by_hour))
        self.hour_section.set_rows([(f"{h:02d}:00–{h:02d}:59", n) for h, n in enumerate(d.by_hour) if n],
                                   self.tr("No signer yet."))
        for section, chart, figures, empty in (
                (self.event_section, self.event_chart, d.by_event, self.tr("No events.")),
                (self.volunteer_section, self.volunteer_chart, d.by_volunteer, self.tr("No volunteers named yet.")),
                (self.target_section, self.target_chart, d.by_target, self.tr("No targets yet."))):
            rows = [(self._label(f.label), f.count) for f in figures]
            chart.set_data(rows)
            section.set_rows(rows, empty)
        self.refreshed.emit(d)

    def _label(self, label: str) -> str:
        """The service's placeholders in the user's language."""
        return {"(no event)": self.tr("(no event)"), "(no volunteer)": self.tr("(no volunteer)"),
                "(unknown volunteer)": self.tr("(unknown volunteer)")}.get(label, label)

    def _milestone_text(self, d: Dashboard) -> str:
        text = ""
        if d.milestones:
            if d.milestones[-1] == 100:
                text = self.tr("Goal reached! {0} % of the goal.").format(d.percent)
            else:
                text = self.tr("Milestone: {0} % of the goal passed.").format(d.milestones[-1])
        if d.next_milestone is not None:
            following = self.tr("Next: {0} % at %Ln unique signers, {1} to go.", "", d.next_milestone.at).format(
                d.next_milestone.percent, _count(d.next_milestone.missing))
            text = f"{text} {following}".strip()
        return text

    # the report ----------------------------------------------------------------------------
    def export_report(self) -> None:
        cid = self._campaign_id
        if not cid or (self._export is not None and not self._export.finished):
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        title = self.shown.title if self.shown is not None else "campaign"
        safe = "".join(ch if ch.isalnum() else "-" for ch in title).strip("-")[:60] or "campaign"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export progress report"),
                                              str(Path(folder) / f"report-{safe}.pdf"), self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.write_report(Path(path))

    def write_report(self, path: Path) -> Task:
        """Write the report off the GUI thread; the file dialog already asked before replacing a file."""
        cid = self._campaign_id
        assert cid is not None
        self.report_button.setEnabled(False)
        self.state.setText(self.tr("Writing the report…"))
        self._export = run_in_background(
            lambda _progress: self._services.dashboard.export_report(cid, path, force=True),
            on_success=self._on_report_written, on_error=self._on_report_failed)
        return self._export

    def _on_report_written(self, path: object) -> None:
        self.report_button.setEnabled(self._campaign_id is not None)
        self.state.setText(self.tr("Report saved: {0}").format(str(path)))
        self.report_exported.emit(str(path))

    def _on_report_failed(self, err: BaseException) -> None:
        self.report_button.setEnabled(self._campaign_id is not None)
        self.state.setText(str(err) if isinstance(err, KnownError)
                           else self.tr("The report could not be written; details are in the log file."))
