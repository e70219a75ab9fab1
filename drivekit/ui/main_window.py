"""The main window: campaign chooser, page navigation (Ctrl+1..n), menus and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from drivekit import __version__
from drivekit.ui.first_run.welcome import WelcomePage
from drivekit.ui.kiosk.pin_dialogs import PinGuard
from drivekit.ui.resources import apply_style
from drivekit.ui.settings import UiSettings
from drivekit.ui.widgets.layout import WINDOW_FRAME, ElidedLabel
from drivekit.ui.widgets.navigation import NavigationList

# Nothing above imports SQLAlchemy, the storage layer, the services or any page: the window is
# shown and painted first, and the rest is imported once the database is being opened
# (tests/ui/test_startup_imports.py keeps it so).
if TYPE_CHECKING:
    from drivekit.services import Services
    from drivekit.ui.kiosk.window import KioskWindow
    from drivekit.ui.privacy import PrivacyMenu, RetentionBar
    from drivekit.ui.safety import BackupController

PageFactory = Callable[..., QWidget]  # factory(services, parent) -> a page with set_campaign() and refresh()


def _collect_page(services: Services, parent: QWidget, settings: UiSettings) -> QWidget:
    from drivekit.ui.collect.page import CollectPage

    return CollectPage(services, parent, settings=settings)


def _signatures_page(services: Services, parent: QWidget) -> QWidget:
    from drivekit.ui.signatures import SignaturesPage

    return SignaturesPage(services, parent)


def _delivery_page(services: Services, parent: QWidget, settings: UiSettings) -> QWidget:
    from drivekit.ui.delivery import DeliveryPage

    return DeliveryPage(services, parent, settings=settings)


def _sync_page(services: Services, parent: QWidget, settings: UiSettings) -> QWidget:
    from drivekit.ui.sync import SyncPage

    return SyncPage(services, parent, settings=settings)


def _dashboard_page(services: Services, parent: QWidget) -> QWidget:
    from drivekit.ui.dashboard import DashboardPage

    return DashboardPage(services, parent)


class _Opening(QWidget):
    """Stands where a page (or the welcome) will be, until the database is open and the page is built."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Opening the database…"), self)
        self.label.setObjectName("openingNote")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)


class MainWindow(QMainWindow):
    """Shown before the database is open: `MainWindow(None, settings)` is the window with its page
    names, menus and an "Opening the database…" note, built without SQLAlchemy or any page;
    `open_services(services)` then fills it. Each page is built the first time it is shown
    (`page(i)` builds it on demand); `MainWindow(services, settings)` does both at once."""

    opened = Signal()  # the database is open and the first page is shown

    def __init__(self, services: Services | None, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._settings = settings
        self._campaign_id: str | None = None
        self._kiosk: KioskWindow | None = None
        self._pin_guard = PinGuard(settings=settings)
        self.setWindowTitle("DriveKit")

        self.welcome = WelcomePage(self)
        self.nav = NavigationList(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.pages = QStackedWidget(self)
        self.page_titles: list[str] = []
        self._factories: list[PageFactory] = []
        self._built: dict[int, QWidget] = {}
        for title, factory in self.page_factories():
            self.pages.addWidget(_Opening(self.pages))
            self.nav.addItem(title)
            self.page_titles.append(title)
            self._factories.append(factory)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        work = QWidget(self)
        self._work_column = column = QVBoxLayout(work)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        column.addLayout(row, 1)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.work = work
        self.opening = _Opening(self)
        self.root = QStackedWidget(self)
        self.root.addWidget(self.welcome)
        self.root.addWidget(work)
        self.root.addWidget(self.opening)
        # While the database opens: the pages' names if a campaign was open last time (it most likely
        # still is), else only the note where the welcome will most likely appear.
        self.root.setCurrentWidget(work if settings.campaign_id else self.opening)
        self.setCentralWidget(self.root)

        self.campaign_combo = QComboBox(self)
        self.campaign_combo.setAccessibleName(self.tr("Campaign"))
        self.campaign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.campaign_bar = QToolBar(self.tr("Campaign"), self)
        self.campaign_bar.setObjectName("campaignBar")
        self.campaign_bar.setMovable(False)
        chooser_label = QLabel(self.tr("Campaign:"), self)
        chooser_label.setBuddy(self.campaign_combo)
        self.campaign_bar.addWidget(chooser_label)
        self.campaign_bar.addWidget(self.campaign_combo)
        self.addToolBar(self.campaign_bar)
        self.campaign_bar.setVisible(False)
        self.campaign_combo.currentIndexChanged.connect(self._on_campaign_combo_changed)

        # Short of room (1024 px, large text), the campaign title keeps its first 34 characters and the
        # event's name gives way with it; both are whole in their tooltips.
        self.status_campaign = ElidedLabel(self, shortest=34)
        self.status_event = ElidedLabel(self)
        self.status_today = QLabel(self)
        for label in (self.status_campaign, self.status_event, self.status_today):
            self.statusBar().addWidget(label)
        self.status_backup = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_backup)

        self._build_menus()
        self.welcome.create_requested.connect(self.new_campaign)
        self.welcome.demo_requested.connect(self.demo_campaign)
        self.welcome.import_requested.connect(self.import_campaign)
        self._restore_geometry()
        self.nav.blockSignals(True)  # nothing to build yet: the page is built once the database is open
        self.nav.setCurrentRow(self._settings.page if 0 <= self._settings.page < self.nav.count() else 0)
        self.nav.blockSignals(False)
        self.pages.setCurrentIndex(self.nav.currentRow())
        self._fit_to_current_page()
        if services is not None:
            self.open_services(services)

    def page_factories(self) -> list[tuple[str, PageFactory]]:
        """The pages in navigation order (Ctrl+1..n). Add a page with one line: (title, factory).
        A factory imports its page when called: pages are built the first time they are shown."""
        settings = self._settings
        return [
            (self.tr("Collect"), lambda services, parent: _collect_page(services, parent, settings)),
            (self.tr("Signatures"), _signatures_page),
            (self.tr("Delivery"), lambda services, parent: _delivery_page(services, parent, settings)),
            (self.tr("Sync"), lambda services, parent: _sync_page(services, parent, settings)),
            (self.tr("Dashboard"), _dashboard_page),
        ]

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("the database is not open yet")
        return self._services

    @property
    def is_open(self) -> bool:
        return self._services is not None

    def open_services(self, services: Services) -> None:
        """The database is open: the parts that need it are made, the campaign chosen and the
        current page built and shown; the Collect page (the status bar's event and today's count)
        follows as soon as the window is idle."""
        from drivekit.ui.privacy import PrivacyMenu, RetentionBar
        from drivekit.ui.safety import BackupController

        if self._services is not None:
            return
        self._services = services
        self.retention_bar: RetentionBar = RetentionBar(services, self.work)
        self._work_column.insertWidget(0, self.retention_bar)
        self.backups: BackupController = BackupController(services, self)
        self.status_backup.setText(self.backups.status_text())
        self.backups.status_changed.connect(self.status_backup.setText)
        for page in self._built.values():
            self._connect_page(page)
        self.privacy: PrivacyMenu = PrivacyMenu(self, services, lambda: self._campaign_id, self._privacy_menu)
        self.privacy.changed.connect(self._on_privacy_changed)
        self.retention_bar.purge_requested.connect(self.privacy.purge)
        for action in self._needs_database:
            action.setEnabled(True)
        self.backups_action.setEnabled(services.backups.available)
        self.reload_campaigns(self._settings.campaign_id or None)
        self.show_page(self.nav.currentRow())
        self.opened.emit()
        QTimer.singleShot(0, self._build_collect_page)

    def _build_collect_page(self) -> None:
        if self._campaign_id:
            self.page(0)

    def page(self, index: int) -> QWidget:
        """Page `index`, built now if it never was (needs the database open)."""
        built = self._built.get(index)
        if built is not None:
            return built
        placeholder = self.pages.widget(index)
        page = self._factories[index](self.services, self.pages)
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self._built[index] = page
        self._connect_page(page)
        page.set_campaign(self._campaign_id)  # type: ignore[attr-defined]
        return page

    def built_pages(self) -> list[QWidget]:
        return [self._built[i] for i in sorted(self._built)]

    def _connect_page(self, page: QWidget) -> None:
        if not self.is_open or getattr(page, "_drivekit_connected", False):
            return
        page._drivekit_connected = True  # type: ignore[attr-defined]
        signal = getattr(page, "status_changed", None)
        if signal is not None:
            signal.connect(self._on_page_status_changed)
        kiosk = getattr(page, "kiosk_requested", None)
        if kiosk is not None:
            kiosk.connect(self.start_kiosk)
        installed = getattr(page, "campaign_installed", None)  # a campaign file opened from a page
        if installed is not None:
            installed.connect(self._on_campaign_installed)
        saved = getattr(page, "signature_saved", None)
        if saved is not None:
            saved.connect(self.backups.note_saved)

    # -- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(self.tr("&New campaign…"), QKeySequence.StandardKey.New, self.new_campaign)
        self.import_campaign_action = file_menu.addAction(self.tr("&Import campaign file…"),
                                                          QKeySequence.StandardKey.Open, self.import_campaign)
        self.demo_action = file_menu.addAction(self.tr("&Demo campaign"), self.demo_campaign)
        file_menu.addSeparator()
        self.kiosk_action = file_menu.addAction(self.tr("&Kiosk mode…"), QKeySequence("Ctrl+K"), self.start_kiosk)
        self.pin_action = file_menu.addAction(self.tr("Kiosk &PIN…"), self.set_kiosk_pin)
        file_menu.addSeparator()
        self.database_action = file_menu.addAction(self.tr("&Database…"), self.choose_database)
        file_menu.addSeparator()
        self.backups_action = file_menu.addAction(self.tr("&Backups…"), self.show_backups)
        file_menu.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        # Enabled once the database is open (the kiosk and page actions once there is a campaign).
        self._needs_database = [self.new_action, self.import_campaign_action, self.demo_action, self.database_action]
        for action in (*self._needs_database, self.backups_action, self.kiosk_action, self.pin_action):
            action.setEnabled(False)

        view = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for i, title in enumerate(self.page_titles):
            action = view.addAction(title)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, index=i: self.show_page(index))
            action.setEnabled(False)
            self.page_actions.append(action)
        view.addSeparator()
        self.large_text_action = view.addAction(self.tr("&Large text / high contrast"))
        self.large_text_action.setCheckable(True)
        self.large_text_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.large_text_action.setChecked(self._settings.large_text)
        self.large_text_action.toggled.connect(self._on_large_text_toggled)
        language = view.addMenu(self.tr("Lan&guage"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("", self.tr("System")), ("en", "English"), ("es", "Español"), ("fr", "Français")):
            action = language.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self._settings.language)
            action.setData(code)
            group.addAction(action)
            self.language_actions[code] = action
        group.triggered.connect(self._on_language_triggered)

        # Filled by PrivacyMenu once the database is open (open_services); its module needs the services.
        self._privacy_menu = self.menuBar().addMenu(QApplication.translate("PrivacyMenu", "&Privacy"))
        self._privacy_menu.setEnabled(False)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About DriveKit"), self.about)

    # -- campaigns --------------------------------------------------------------------------
    def reload_campaigns(self, select: str | None = None) -> None:
        from drivekit.services.records import campaign_labels

        campaigns = self.services.campaigns.list()
        self.campaign_combo.blockSignals(True)
        self.campaign_combo.clear()
        labels = campaign_labels(campaigns)  # two campaigns with one title are told apart
        for c in campaigns:
            self.campaign_combo.addItem(labels[c.id], c.id)
        index = self.campaign_combo.findData(select) if select else -1
        if index < 0 and campaigns:
            index = len(campaigns) - 1
        self.campaign_combo.setCurrentIndex(index)
        self.campaign_combo.blockSignals(False)
        self.campaign_bar.setVisible(len(campaigns) > 1)
        self.set_campaign(self.campaign_combo.currentData() if campaigns else None)

    def set_campaign(self, campaign_id: str | None) -> None:
        self._campaign_id = campaign_id
        self.root.setCurrentWidget(self.work if campaign_id else self.welcome)
        for action in (self.kiosk_action, self.pin_action, *self.page_actions):
            action.setEnabled(bool(campaign_id))
        self._settings.campaign_id = campaign_id or ""
        for page in self.built_pages():  # a page not built yet is given the campaign when it is
            page.set_campaign(campaign_id)  # type: ignore[attr-defined]
        if campaign_id:
            self.pages.setCurrentWidget(self.page(self.nav.currentRow()))
            self._fit_to_current_page()
        self.privacy.set_campaign(campaign_id)
        self.retention_bar.set_campaign(campaign_id)  # the reminder, once the retention date has passed
        title = self.campaign_combo.currentText() if campaign_id else ""
        self.status_campaign.setText(self.tr("Campaign: {0}").format(title) if title else self.tr("No campaign yet"))
        if not campaign_id:
            self.status_event.clear()
            self.status_today.clear()

    @property
    def campaign_id(self) -> str | None:
        return self._campaign_id

    def _on_campaign_combo_changed(self, _index: int) -> None:
        self.set_campaign(self.campaign_combo.currentData())

    def _on_privacy_changed(self) -> None:
        """A purge or new privacy settings: every page shows the campaign afresh."""
        self.set_campaign(self._campaign_id)

    def new_campaign(self) -> None:
        from drivekit.ui.first_run.wizard import CampaignWizard

        wizard = CampaignWizard(self.services, self)
        if wizard.exec() and wizard.created is not None:
            self.reload_campaigns(wizard.created.id)

    def import_campaign(self) -> None:
        from drivekit.ui.sync.campaign_import import import_campaign_file

        fresh = self.campaign_combo.count() == 0  # the first campaign here: a laptop being set up
        campaign_id = import_campaign_file(self, self.services)
        if campaign_id:
            self._on_campaign_installed(campaign_id)
            if fresh:
                from drivekit.ui.first_run.laptop_name import ask_laptop_name_once

                ask_laptop_name_once(self, self.services, self._settings)
                self.current_page().refresh()  # type: ignore[attr-defined]

    def _on_campaign_installed(self, campaign_id: str) -> None:
        self.reload_campaigns(campaign_id)

    def demo_campaign(self) -> None:
        from drivekit.ui.first_run.demo import start_demo

        start_demo(self, self.services, self.reload_campaigns)

    # -- pages ------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if not 0 <= index < self.pages.count():
            index = 0
        if self.nav.currentRow() == index:
            self._on_nav_current_row_changed(index)  # the page is built and shown even if its row was chosen
        else:
            self.nav.setCurrentRow(index)

    def current_page(self) -> QWidget:
        """The page shown (built now if the database is open and it was not yet)."""
        if self.is_open and self._campaign_id:
            return self.page(self.pages.currentIndex())
        return self.pages.currentWidget()

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if self.is_open and self._campaign_id:
            page = self.page(row)
            self.pages.setCurrentWidget(page)
        else:
            self.pages.setCurrentIndex(row)
        self._fit_to_current_page()
        self._settings.page = row
        if self.is_open and self._campaign_id:
            page.refresh()  # type: ignore[attr-defined]

    def _fit_to_current_page(self) -> None:
        """The window's minimum is the page shown, not the largest of all: each fits a small laptop."""
        current = self.pages.currentWidget()
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.pages.updateGeometry()

    def _on_page_status_changed(self, event_name: str, today: int) -> None:
        self.status_event.setText(self.tr("Event: {0}").format(event_name) if event_name else self.tr("No event chosen"))
        self.status_today.setText(self.tr("Today: {0}").format(today))

    # -- kiosk ------------------------------------------------------------------------------
    def set_kiosk_pin(self) -> bool:
        if not self._campaign_id:
            return False
        from drivekit.ui.kiosk.pin_dialogs import SetPinDialog

        return bool(SetPinDialog(self.services, self._campaign_id, self).exec())

    def start_kiosk(self) -> KioskWindow | None:
        """Hand the computer to signers; the coordinator sets a PIN first if there is none."""
        cid = self._campaign_id
        if not cid or self._kiosk is not None:
            return None
        from drivekit.ui.kiosk.window import KioskWindow

        if not self.services.campaigns.has_kiosk_pin(cid):
            QMessageBox.information(self, self.tr("Kiosk mode"),
                                    self.tr("First choose a PIN. It will be needed to leave kiosk mode."))
            if not self.set_kiosk_pin():
                return None
        self._kiosk = KioskWindow(self.services, cid, self._settings.event_for(cid) or None,
                                  self._settings.volunteer_for(cid) or None, pin_guard=self._pin_guard)
        self._kiosk.closed.connect(self._on_kiosk_closed)
        self._kiosk.signature_saved.connect(self.backups.note_saved)
        self.hide()
        self._kiosk.start()
        return self._kiosk

    def _on_kiosk_closed(self) -> None:
        if self._kiosk is not None:
            self._kiosk.deleteLater()
        self._kiosk = None
        self.show()
        self.current_page().refresh()  # type: ignore[attr-defined]

    # -- view -------------------------------------------------------------------------------
    def _on_large_text_toggled(self, on: bool) -> None:
        self._settings.large_text = on
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_style(app, on)

    def _on_language_triggered(self, action: QAction) -> None:
        self._settings.language = str(action.data() or "")
        QMessageBox.information(self, self.tr("Language"), self.tr("The new language is used the next time DriveKit starts."))

    def choose_database(self) -> None:
        """This computer's file or a shared PostgreSQL server; used from the next start."""
        from drivekit.ui.database_dialog import DatabaseDialog

        database = self.services.database
        DatabaseDialog(type(database), self._settings, database.info().display_name, self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About DriveKit"),
                          self.tr("DriveKit {0}\nOffline petition signature drives.").format(__version__))

    # -- geometry ---------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.geometry
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        width, height = 1100, 760
        if available is not None:
            # The title bar and borders are not known before the window shows; without room for them
            # a 600-pixel-high screen hides the status bar below its bottom edge.
            width = min(width, available.width() - WINDOW_FRAME.width())
            height = min(height, available.height() - WINDOW_FRAME.height())
        self.resize(width, height)

    def show_backups(self) -> None:
        from drivekit.ui.safety import BackupsDialog

        BackupsDialog(self.services, self.backups, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_open:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.backups.backup_on_close()
            finally:
                QApplication.restoreOverrideCursor()
        self._settings.geometry = self.saveGeometry()
        self._settings.page = self.pages.currentIndex()
        self._settings.sync()
        super().closeEvent(event)
