"""Table models of the Sync page: per-file import results and the devices seen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from drivekit.services.sync import BundleReport, DeviceStatus, device_names

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


def two_lines(title: str) -> str:
    """A title of several words broken at the space nearest its middle ("Possible duplicates" on two lines),
    so a column of small numbers is not as wide as its whole title."""
    spaces = [i for i, c in enumerate(title) if c == " "]
    if not spaces:
        return title
    cut = min(spaces, key=lambda i: abs(len(title) - 2 * i - 1))
    return title[:cut] + "\n" + title[cut + 1:]


class _RecordsModel(QAbstractTableModel):
    """Rows are plain records from a service; subclasses say what each column shows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def rows(self) -> list[Any]:
        return list(self._rows)

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    NARROW_COLUMNS: tuple[int, ...] = ()  # numbers and dates: their titles go on two lines, not wider than them

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = self.headers()[section]
            return two_lines(title) if section in self.NARROW_COLUMNS else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == RECORD_ROLE:
            return row
        value = self.cell(row, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and value:
            return value  # a long reason or list of gaps, whole whatever the column's width
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportReportModel(_RecordsModel):
    COL_FILE, COL_RESULT, COL_NEW, COL_PRESENT, COL_CORRECTIONS, COL_WITHDRAWALS, COL_DUPLICATES, COL_DETAILS = range(8)
    FIELDS = {COL_PRESENT: "already_present", COL_CORRECTIONS: "corrections", COL_WITHDRAWALS: "withdrawals",
              COL_DUPLICATES: "possible_duplicates"}
    QUIET_COLUMNS = tuple(FIELDS)  # the page leaves these out when every file has 0 there (or there is none)
    NARROW_COLUMNS = (COL_NEW, *QUIET_COLUMNS)

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Result"), self.tr("New"), self.tr("Already present"),
                self.tr("Corrections"), self.tr("Withdrawals"), self.tr("Possible duplicates"), self.tr("Details")]

    def cell(self, r: BundleReport, column: int) -> Any:
        if column == self.COL_FILE:
            return r.file
        if column == self.COL_RESULT:
            return {"imported": self.tr("Imported"), "already imported": self.tr("Already imported"),
                    "rejected": self.tr("Refused"), "cancelled": self.tr("Not imported (cancelled)")}.get(r.outcome, r.outcome)
        if column == self.COL_DETAILS:
            reason = r.reason.removeprefix(r.file + ": ").removeprefix(r.file + " : ")  # French puts a space before ":"
            return reason if r.outcome != "imported" else " ".join(r.gaps)
        if r.outcome != "imported":
            return None
        return [r.new, r.already_present, r.corrections, r.withdrawals, r.possible_duplicates][column - self.COL_NEW]


class DevicesModel(_RecordsModel):
    # What has not arrived comes right after the name, the fingerprint (checked once, at enrolment) near the
    # end: with large text the columns need more than an 1100-pixel window, and the one cut off at the right
    # edge was "Not yet received", the reason an organiser opens this table. The last column wraps its words
    # (the table's own rule), so it is Trust, short words; a fingerprint there broke into slivers ("4S", "TZ").
    COL_NAME, COL_MISSING, COL_UPTO, COL_LAST, COL_BUNDLES, COL_FINGERPRINT, COL_TRUST = range(7)
    NARROW_COLUMNS = (COL_UPTO, COL_LAST, COL_BUNDLES)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Not yet received"), self.tr("Received up to number"),
                self.tr("Last sync file"), self.tr("Sync files"), self.tr("Fingerprint"), self.tr("Trust")]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}

    def set_rows(self, rows: list[Any]) -> None:
        self._names = device_names(rows)  # the name people gave; the id only where two share one
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == self.COL_NAME:
            d = self._rows[index.row()]
            return self.tr("{0}\nId: {1}").format(d.name, d.id)  # the id, a secondary detail, on demand
        return super().data(index, role)

    def cell(self, d: DeviceStatus, column: int) -> Any:
        if column == self.COL_NAME:
            name = self._names.get(d.id, d.label)
            return self.tr("{0} (this computer)").format(name) if d.is_self else name
        if column == self.COL_FINGERPRINT:
            return d.fingerprint or self.tr("(no key yet)")
        if column == self.COL_TRUST:
            return {"this device": None, "enrolled": self.tr("Enrolled"), "relay": self.tr("Enrolled (organiser)"),
                    "revoked": self.tr("Revoked"), "not enrolled": self.tr("Not enrolled")}.get(d.trust)
        if column == self.COL_BUNDLES:
            return None if d.is_self else d.bundles
        if column == self.COL_LAST:
            return d.last_bundle_at.strftime("%Y-%m-%d %H:%M") if d.last_bundle_at else None
        if column == self.COL_UPTO:
            return None if d.is_self else d.received_up_to
        if not d.gaps:  # COL_MISSING
            return None
        if d.missing == 1:
            return self.tr("Number {0}").format(d.gaps_text)
        return self.tr("Numbers {0} ({1} missing)").format(d.gaps_text, d.missing)
