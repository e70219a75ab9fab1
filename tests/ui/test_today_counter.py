"""The status bar's "Today" counts signatures signed today (this computer's day), and an undo takes one off."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from drivekit.domain.validation import SignerInput


def _signed(services, campaign, name: str, when: datetime | None = None) -> str:  # type: ignore[no-untyped-def]
    return services.signatures.save(campaign.id, SignerInput(last_name=name, petition_consent=True, signed_at=when)).uuid


def test_today_counts_signed_today_not_saved_today(services, campaign) -> None:  # type: ignore[no-untyped-def]
    midnight = datetime.combine(datetime.now().date(), time.min).astimezone()  # local midnight, aware
    _signed(services, campaign, "Now")
    _signed(services, campaign, "Just after midnight", midnight + timedelta(minutes=1))
    _signed(services, campaign, "Sheet from yesterday", midnight - timedelta(minutes=1))  # typed in today
    _signed(services, campaign, "Last week", midnight - timedelta(days=7))
    withdrawn = _signed(services, campaign, "Withdrawn")
    services.signatures.withdraw(withdrawn, "asked to be removed")
    assert services.signatures.count_today(campaign.id) == 2
    assert services.signatures.count_today(campaign.id, day=midnight.date() - timedelta(days=1)) == 1


def test_today_counter_in_the_window_goes_down_after_an_undo(qtbot, services, campaign, make_main_window,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _signed(services, campaign, "Old sheet", datetime.now().astimezone() - timedelta(days=3))
    window = make_main_window()
    window.show_page(0)
    page = window.current_page()
    assert window.status_today.text() == "Today: 0"  # last week's sheet is not today's work
    for name in ("First", "Second"):
        page.form.inputs["last_name"].setText(name)
        page.form.consent.setChecked(True)
        assert page.save() is not None
    assert window.status_today.text() == "Today: 2"
    monkeypatch.setattr(page, "_confirm", lambda title, text: True)
    assert page.undo_last()
    assert window.status_today.text() == "Today: 1"
