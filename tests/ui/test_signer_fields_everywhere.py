"""One list of signer fields (drivekit.domain.signer_fields): every screen, file and rule takes it from there."""

from __future__ import annotations

import dataclasses

from drivekit.domain import signer_fields as sf
from drivekit.domain.validation import CleanSigner, Rules, SignerInput
from drivekit.services.campaigns import OPTIONAL_REQUIRED
from drivekit.services.importer import ALIASES
from drivekit.services.records import SignatureRecord
from drivekit.services.signatures import EDITABLE, PERSONAL_FIELDS
from drivekit.sync.engine.merge import CORRECTED
from drivekit.sync.fileformat.bundle_records import ERASED, TEXT_FIELDS
from drivekit.ui.collect.form import LAYOUT, SignerForm
from drivekit.ui.delivery.paper import FIELDS as PAPER_FIELDS
from drivekit.ui.first_run.wizard import OPTIONAL_FIELDS


def _names(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def test_every_signer_field_is_carried_by_input_result_record_bundle_merge_and_importer() -> None:
    fields = set(sf.SIGNER_FIELDS)
    assert fields <= _names(SignerInput) and fields <= _names(CleanSigner) and fields <= _names(SignatureRecord)
    assert fields <= set(TEXT_FIELDS) and fields <= set(ERASED)  # travels in bundles, erased by withdrawals
    assert fields <= set(CORRECTED) and set(EDITABLE) == set(sf.EDITABLE_FIELDS) <= set(CORRECTED)
    assert fields <= set(ALIASES)  # the CSV importer reads every one
    assert fields - {"country"} <= set(PERSONAL_FIELDS)


def test_the_form_shows_every_field_and_the_paper_dialog_the_sheet_columns() -> None:
    assert [name for name, *_ in LAYOUT] == list(sf.SIGNER_FIELDS)
    assert PAPER_FIELDS == sf.PAPER_FIELDS


def test_a_name_is_required_by_default_everywhere(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert Rules().required == sf.required_set(None) == sf.required_set([]) == frozenset({"name"})
    assert OPTIONAL_REQUIRED == set(sf.REQUIRABLE) and set(OPTIONAL_FIELDS) == set(sf.REQUIRABLE) - {"name"}
    form = SignerForm(with_pad=False)
    qtbot.addWidget(form)
    assert set(form.inputs) == set(sf.SIGNER_FIELDS)
