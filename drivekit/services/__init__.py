"""Use cases. Each call owns one Session/transaction and returns plain data."""

from __future__ import annotations

from dataclasses import dataclass

from drivekit.services.audit import AuditService
from drivekit.services.backups import BackupService
from drivekit.services.campaigns import CampaignService
from drivekit.services.dashboard import DashboardService
from drivekit.services.database import DatabaseService
from drivekit.services.delivery import DeliveryService
from drivekit.services.demo import DemoService
from drivekit.services.importer import ImportService
from drivekit.services.keys import KeyService
from drivekit.services.retention import RetentionService
from drivekit.services.signatures import SignatureService
from drivekit.services.stats import StatsService
from drivekit.services.sync import SyncService
from drivekit.storage.db import Database


@dataclass(frozen=True)
class Services:
    """Everything the CLI and the GUI may call, built once by the composition root."""

    db: Database
    campaigns: CampaignService
    signatures: SignatureService
    imports: ImportService
    stats: StatsService
    dashboard: DashboardService
    demo: DemoService
    sync: SyncService
    delivery: DeliveryService
    keys: KeyService
    database: DatabaseService
    audit: AuditService
    retention: RetentionService
    backups: BackupService


def build_services(db: Database) -> Services:
    return Services(
        db=db,
        campaigns=CampaignService(db),
        signatures=SignatureService(db),
        imports=ImportService(db),
        stats=StatsService(db),
        dashboard=DashboardService(db),
        demo=DemoService(db),
        sync=SyncService(db),
        delivery=DeliveryService(db),
        keys=KeyService(),
        database=DatabaseService(db),
        audit=AuditService(db),
        retention=RetentionService(db),
        backups=BackupService(db),
    )
