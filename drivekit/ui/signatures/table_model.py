"""One table model over every signature of a campaign: holds only row ids, fetches records by page."""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from drivekit.errors import KnownError
from drivekit.services.records import SignatureRecord
from drivekit.ui.background import run_in_background
from drivekit.ui.signatures.labels import local_time, source_label, status_label

if TYPE_CHECKING:
    from drivekit.services import Services

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
_Row = tuple[SignatureRecord, tuple[str, ...]]
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
SORT = int(Qt.ItemDataRole.UserRole) + 1
RECORD = int(Qt.ItemDataRole.UserRole) + 2
_ROLES = frozenset({DISPLAY, TOOLTIP, ALIGNMENT, SORT, RECORD})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class SignatureTableModel(QAbstractTableModel):
    """Rows are an array of ids (8 bytes each); records live in a small LRU cache of pages."""

    COL_ID, COL_SIGNED_AT, COL_FIRST_NAME, COL_LAST_NAME, COL_POSTCODE, COL_CITY, COL_COUNTRY, COL_EVENT, \
        COL_STATUS, COL_SOURCE, COL_DRAWING, COL_COMMENT = range(12)
    COLUMN_COUNT = 12
    SORT_ROLE = SORT
    RECORD_ROLE = RECORD
    PAGE_SIZE = 200
    MAX_PAGES = 12
    EARLY_PAGE_AFTER_MS = 60
    REST_AFTER_MS = 40
    SORT_KEYS = {COL_ID: "id", COL_SIGNED_AT: "signed_at", COL_FIRST_NAME: "first_name", COL_LAST_NAME: "last_name",
                 COL_POSTCODE: "postcode", COL_CITY: "city", COL_COUNTRY: "country", COL_STATUS: "status",
                 COL_SOURCE: "source"}

    ids_loaded = Signal(int)
    first_page_shown = Signal(int)
    loading_changed = Signal(bool)
    load_failed = Signal(str)

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ids: array[int] = array("q")
        self._pages: OrderedDict[int, list[_Row | None]] = OrderedDict()
        self._query: dict[str, Any] = {}
        self._sort_column = self.COL_ID
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._generation = 0
        self._complete = False
        self.loading = False
        self.searched = False  # the rows are filtered (for "No signatures match" vs "No signatures yet")

    # -- queries ------------------------------------------------------------------------------
    def set_query(self, campaign_id: str | None, search: str = "", status: str | None = None,
                  event_id: str | None = None) -> None:
        """Show the signatures matching these filters; the id queries run off the GUI thread."""
        query = {"campaign_id": campaign_id, "search": search.strip() or None, "status": status or None,
                 "event_id": event_id or None}
        if query == self._query:  # the same rows, refreshed: keep showing them until the new ids arrive
            self.reload()
            return
        changed_campaign = campaign_id != self._query.get("campaign_id")
        self._query = query
        # A whole campaign (up to a second for a million ids) shows its first screenful at once;
        # a search usually answers in milliseconds, so its first page is only fetched if it does not.
        self.reload(first_page_after_ms=0 if changed_campaign else self.EARLY_PAGE_AFTER_MS)

    def reload(self, first_page_after_ms: int | None = None) -> None:
        """Run the current query again. With `first_page_after_ms`, if the ids have not arrived by
        then, the first screenful is fetched and shown while the rest of the ids follow."""
        self._generation += 1
        self._complete = False
        generation = self._generation
        query = dict(self._query)
        if not query.get("campaign_id"):
            self._on_ids_ready(generation, array("q"))
            return
        query["order_by"] = self.SORT_KEYS[self._sort_column]
        query["descending"] = self._sort_order == Qt.SortOrder.DescendingOrder
        self._set_loading(True)
        if first_page_after_ms == 0:
            run_in_background(lambda _progress: self._services.signatures.ids(**query, limit=self.PAGE_SIZE),
                              on_success=lambda first: self._on_first_then_rest(generation, query, first),
                              on_error=lambda err: self._on_ids_failed(generation, err))
            return
        self._start_full(generation, query)
        if first_page_after_ms is not None:
            QTimer.singleShot(first_page_after_ms, self, lambda: self._fetch_first_page(generation, query))

    def _start_full(self, generation: int, query: dict[str, Any]) -> None:
        if generation != self._generation:
            return

        run_in_background(lambda _progress: self._services.signatures.ids(**query),
                          on_success=lambda found: self._on_ids_ready(generation, found),
                          on_error=lambda err: self._on_ids_failed(generation, err))

    def _on_first_then_rest(self, generation: int, query: dict[str, Any], first: array[int]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        if len(first) < self.PAGE_SIZE:  # that was all of them
            self._on_ids_ready(generation, first)
            return
        self._on_first_page_ready(generation, first)
        # Reading a million ids keeps the interpreter busy; let the first page paint before that starts.
        QTimer.singleShot(self.REST_AFTER_MS, self, lambda: self._start_full(generation, query))

    def _fetch_first_page(self, generation: int, query: dict[str, Any]) -> None:
        if generation != self._generation or self._complete:
            return
        run_in_background(lambda _progress: self._services.signatures.ids(**query, limit=self.PAGE_SIZE),
                          on_success=lambda first: self._on_first_page_ready(generation, first))

    def drop_pending(self) -> None:
        """Forget a query still running: its answer would be for a search text that has changed."""
        self._generation += 1

    def _on_first_page_ready(self, generation: int, ids: array[int]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation or self._complete:
            return
        self.set_ids(ids)
        self.first_page_shown.emit(len(ids))

    def _on_ids_ready(self, generation: int, ids: array[int]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._complete = True
        self.searched = bool(self._query.get("search") or self._query.get("status") or self._query.get("event_id"))
        shown = len(self._ids)
        if ids == self._ids:  # a refresh that found the same rows: keep the scroll position, repaint
            self.invalidate()
        elif 0 < shown < len(ids) and ids[:shown] == self._ids:  # the first rows are on screen: append
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        else:
            self.set_ids(ids)
        self._set_loading(False)
        self.ids_loaded.emit(len(ids))

    def _on_ids_failed(self, generation: int, err: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._set_loading(False)
        message = str(err) if isinstance(err, KnownError) else self.tr("The signatures could not be loaded.")
        self.load_failed.emit(message)

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    def set_ids(self, ids: array[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def invalidate(self) -> None:
        """Forget cached records (they changed in the database) and repaint what is shown."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.COLUMN_COUNT - 1))

    # -- records ------------------------------------------------------------------------------
    def record(self, row: int) -> SignatureRecord | None:
        entry = self._row(row)
        return entry[0] if entry is not None else None

    def _row(self, row: int) -> _Row | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[offset]

    def _load_page(self, page_no: int) -> list[_Row | None]:
        wanted = self._ids[page_no * self.PAGE_SIZE:(page_no + 1) * self.PAGE_SIZE]
        try:
            found = {r.id: r for r in self._services.signatures.fetch(wanted)}
        except KnownError as err:  # e.g. the database is locked: show blank rows, try again on next paint
            log.warning("could not fetch signatures: %s", err)
            return [None] * len(wanted)
        page: list[_Row | None] = []
        for signature_id in wanted:
            rec = found.get(signature_id)
            page.append(None if rec is None else (rec, self._texts(rec)))
        self._pages[page_no] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def query(self) -> dict[str, Any]:
        """The filters and order of the rows shown, as `signatures.ids` takes them."""
        return {**self._query, "order_by": self.SORT_KEYS[self._sort_column],
                "descending": self._sort_order == Qt.SortOrder.DescendingOrder}

    def withdrawn(self, signature_id: int, tail: array[int]) -> bool:
        """A signature of the list was withdrawn: take its row out, or move it into the withdrawn
        end (`tail`, that end as the database now has it), without reading a million ids again.
        False when the rows shown cannot be updated in place (the caller reloads them)."""
        row = self.row_of(signature_id)
        rest = len(tail) - 1 if signature_id in tail else len(tail)
        if row < 0 or not self._complete or rest > len(self._ids) - 1:
            return False
        if set(self._ids[len(self._ids) - rest:] if rest else ()) != set(tail) - {signature_id}:
            return False  # the withdrawn end changed otherwise too
        # The cached records stay until the rows have moved (the view may read them meanwhile);
        # invalidate() then forgets them: the withdrawal may re-decide other rows' duplicate marks.
        if signature_id in tail:
            dest = len(self._ids) - len(tail) + tail.index(signature_id)  # its row once moved
            if dest != row:
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest + 1 if dest > row else dest)
                del self._ids[row]
                self._ids.insert(dest, signature_id)
                self.endMoveRows()
        else:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self.endRemoveRows()
        self.invalidate()
        return True

    def row_of(self, signature_id: int) -> int:
        try:
            return self._ids.index(signature_id)
        except ValueError:
            return -1

    def cached_records(self) -> int:
        """How many records are held in memory now (bounded by PAGE_SIZE * MAX_PAGES)."""
        return sum(1 for p in self._pages.values() for entry in p if entry is not None)

    @property
    def ids(self) -> array[int]:
        return self._ids

    # -- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section not in self.SORT_KEYS:
            return self.tr("This column cannot be sorted.")
        return None

    def _headers(self) -> list[str]:
        return [self.tr("#"), self.tr("Signed at"), self.tr("First name"), self.tr("Last name"), self.tr("Postcode"),
                self.tr("City"), self.tr("Country"), self.tr("Event"), self.tr("Status"), self.tr("Source"),
                self.tr("Drawn"), self.tr("Comment")]

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        # Painting asks for a dozen roles per cell: answer the ones we do not use before any work.
        if role not in _ROLES or not index.isValid():
            return None
        entry = self._row(index.row())
        if entry is None:
            return None
        rec, texts = entry
        col = index.column()
        if role == DISPLAY:
            return self._place(rec, index.row()) if col == self.COL_ID else texts[col]
        if role == SORT:
            return self._native(rec, col)
        if role == RECORD:
            return rec
        if role == TOOLTIP:
            if col == self.COL_ID:
                return self._place_tip(rec, index.row())
            return rec.comment if col == self.COL_COMMENT else None
        return RIGHT if col == self.COL_ID else None

    # The # column: where the row is in this list (1…N), or on the paper sheets; never the
    # database id, which means nothing to a coordinator and differs between laptops.
    def _place(self, rec: SignatureRecord, row: int) -> str:
        if rec.sheet_number is not None and rec.sheet_line is not None:
            return self.tr("sheet {0}/{1}", "paper sheet number/line number").format(rec.sheet_number, rec.sheet_line)
        return str(row + 1)

    def _place_tip(self, rec: SignatureRecord, row: int) -> str:
        if rec.sheet_number is not None and rec.sheet_line is not None:
            return self.tr("Paper sheet {0}, line {1}; row {2} of {3}").format(
                rec.sheet_number, rec.sheet_line, row + 1, len(self._ids))
        return self.tr("Row {0} of {1}").format(row + 1, len(self._ids))

    def widest_place(self) -> str:
        """The widest text the # column may show, to size it once for the whole list."""
        return max(str(len(self._ids)), self.tr("sheet {0}/{1}", "paper sheet number/line number").format(999, 99),
                   key=len)

    def _texts(self, rec: SignatureRecord) -> tuple[str, ...]:
        """What each column shows for `rec`, worked out once when its page is fetched."""
        return ("", local_time(rec.signed_at), rec.first_name or "", rec.last_name or "", rec.postcode or "",
                rec.city or "", rec.country or "", rec.event_name or "", status_label(rec.status),
                source_label(rec.source), self.tr("Yes") if rec.has_drawing else self.tr("No"),
                " ".join((rec.comment or "").split()))

    def _native(self, rec: SignatureRecord, col: int) -> Any:
        return (rec.id, rec.signed_at, rec.first_name, rec.last_name, rec.postcode, rec.city, rec.country,
                rec.event_name, rec.status, rec.source, rec.has_drawing, rec.comment)[col]

    # -- sorting: ask the database for the ids in the new order -----------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self.SORT_KEYS:
            return
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self.reload(first_page_after_ms=0)

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order
