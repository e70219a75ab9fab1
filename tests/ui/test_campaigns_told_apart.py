"""Two campaigns with the same title are told apart in the window: chooser and status bar."""

from __future__ import annotations


def test_same_title_campaigns_are_told_apart_in_the_switcher(services, make_main_window) -> None:  # type: ignore[no-untyped-def]
    first = services.campaigns.create("Save the pool", "Text", 10, organisation="Friends of the Pool")
    second = services.campaigns.create("Save the pool", "Text", 10, organisation="Swimmers United")
    other = services.campaigns.create("Bus lane", "Text", 10)
    window = make_main_window()
    combo = window.campaign_combo
    texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert texts[other.id] == "Bus lane"  # a title nobody else has stays plain
    assert texts[first.id].startswith("Save the pool — Friends of the Pool · ") and texts[first.id].endswith(first.id[:8])
    assert texts[second.id].startswith("Save the pool — Swimmers United · ")
    combo.setCurrentIndex(combo.findData(second.id))
    assert "Swimmers United" in window.status_campaign.text()
