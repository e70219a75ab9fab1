"""The packet's text fast paths and caches print exactly what the character-by-character code printed.

`reference_text` holds that code as it was; every test here compares the shipped code with it: widths
to the last bit, wrapped lines, font runs, and whole packets (every page's operators, every form, the
fonts, the signature list and its fingerprint) in many scripts. The caches are bounded."""

from __future__ import annotations

import io
import sys
import unicodedata
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from drivekit.export import fonts, packet as packet_module
from drivekit.export.layout import FONT_SIZE
from drivekit.export.model import ListDigest, PacketHeader, PacketOptions, PacketRow
from drivekit.export.packet import write_packet
from tests.export import reference_text as ref

# Characters of every kind the packet meets: plain Latin and accents, combining marks, Greek, Cyrillic,
# Arabic (with harakat, tatweel and lam-alef), Hebrew, CJK, Hangul, shaped scripts, emoji with joiners and
# skin tones, bidi marks, spaces of several kinds, and characters no bundled font has.
ALPHABET = list("aZx09 -'.,éüŁøß") + ["\u0301", "\u0323", "\u0308"] + list("ΓιώργοςΩ") + list("ЗояИвнЖ") \
    + list("محمدالخطيبلا") + ["\u0651", "\u064e", "\u0640"] + list("דוכהןשר") + list("王小明山田龍") \
    + list("김민준") + list("कषतर") + ["\u094d", "\u093f"] + list("สมศกดิ์") + ["😀", "🌍", "👩", "\U0001f3fd", "\u200d",
                                                                            "\ufe0f", "✓", "☺"] \
    + ["\u200f", "\u200e", "\u00a0", "\t", "\n", "  "] + ["\U0001d518", "\ue000", "\U0002000b", "\u0378"]
TEXT = st.lists(st.sampled_from(ALPHABET), max_size=60).map("".join)
AVAIL = st.sampled_from([4.0, 30.0, 112.0, 102.0, 187.0, 400.0])

NAMES = ["Zoë Łukasiewicz-Ngũgĩ", "Γιώργος Παπαδόπουλος", "Зоя Иванова", "محمد الخطيب", "نجم الدّين مطير",
         "דוד כהן", "王小明", "山田太郎", "김민준", "अनुष्का क्षत्रिय", "สมศักดิ์ ศรีสุข", "Sam 😀🌍 Lee", "𠀋 Lin",
         "e\u0301le\u0300ve Zoë", "👩🏽‍🔬 Ada", "Mixed עברית and English ثم عربي 123", "Ǆemal ✓ ☺ ∑ ∞ ½",
         "Ολυμπία Παπαδοπούλου-Αλεξανδροπούλου", "Pneumonoultramicroscopicsilicovolcanoconiosis-Wolfeschlegelstein",
         "龍" * 40, "x" * 120, "  leading and trailing  ", "tab\there", "back\\slash", "line\nbreak", "\u200fRLM",
         "a\u00a0b", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Ａｂｃ", "", "Anna Smith"]
PLACES = ["N1 1AA London", "03-587 Łowicz", "742 99 Άμφισσα", "910288 д. Ногинск (Моск.)", "417358 沈阳市",
          "תל אביב 61000", "الرياض 11564", ""]
COMMENTS = ["", "Keep it open!", "Vino características unidos atención amigo aún mesa autor.",
            "威望一直进行经营工程虽然网站商品显示首页留言." * 3, "نريد المكتبة مفتوحة للجميع " * 6,
            " ".join(["a long comment that wraps over several lines in the packet"] * 40)]


@pytest.fixture(params=[True, False], ids=["shaped", "unshaped"])
def shaping(request: pytest.FixtureRequest) -> Iterator[bool]:
    fonts.register()
    fonts.set_shaping(request.param)
    try:
        yield request.param
    finally:
        fonts.set_shaping(True)


@settings(max_examples=400, deadline=None)
@given(text=TEXT, avail=AVAIL)
def test_wrapped_lines_and_widths_are_the_reference_ones(text: str, avail: float) -> None:
    fonts.register()
    for shaped in (True, False):
        fonts.set_shaping(shaped)
        try:
            assert fonts.width(text, fonts.SANS, FONT_SIZE) == ref.width(text, fonts.SANS, FONT_SIZE)
            assert fonts.runs(fonts.visual(text), fonts.SANS) == ref.runs(ref.visual(text), fonts.SANS)
            assert fonts.is_rtl(text) == ref.is_rtl(text)
            assert fonts.wrap(text, avail, fonts.SANS, FONT_SIZE) == ref.wrap(text, avail, fonts.SANS, FONT_SIZE)
            assert fonts.wrap(text, avail, fonts.SANS, FONT_SIZE) == ref.wrap(text, avail, fonts.SANS, FONT_SIZE)
        finally:
            fonts.set_shaping(True)


def test_every_plain_character_is_one_run_in_the_base_font_as_typed(shaping: bool) -> None:
    plain = fonts._plain_chars(fonts.SANS)
    assert "é" in plain and "Ж" in plain and "ώ" in plain
    assert not {"م", "ד", "王", "क", "🌍"} & plain  # reordered, shaped or drawn by another font
    wrong = [ch for ch in plain if ref.runs(ref.visual(ch), fonts.SANS) != [(fonts.SANS, ch)]]
    assert not wrong
    own = fonts._own_chars(fonts.SANS)
    assert "\ufe8d" in own and "ש" in own  # joined Arabic and Hebrew, once in visual order
    assert not [ch for ch in own if ref.runs(ch, fonts.SANS) != [(fonts.SANS, ch)]]


def test_text_all_in_one_fallback_font_is_one_run_in_it(shaping: bool) -> None:
    found = dict(fonts._fallen_back(fonts.SANS))
    assert set(found) == {fonts.CJK, fonts.HANGUL} and "王" in found[fonts.CJK] and "김" in found[fonts.HANGUL]
    for font, chars in found.items():
        assert not [ch for ch in chars - {" "} if ref.runs(ch, fonts.SANS) != [(font, ch)]]
        assert fonts.runs("王小 明", fonts.SANS) == ref.runs("王小 明", fonts.SANS) == [(fonts.CJK, "王小 明")]
        assert fonts.runs(" 王", fonts.SANS) == ref.runs(" 王", fonts.SANS)  # a leading space is the base font's


def test_the_right_to_left_characters_are_every_r_and_al_character() -> None:
    every = {chr(c) for c in range(0x110000) if unicodedata.bidirectional(chr(c)) in ("R", "AL")}
    assert fonts._rtl_chars() == every


def test_arabic_is_joined_as_the_library_joins_it() -> None:
    from arabic_reshaper import ArabicReshaper

    plain = ArabicReshaper(configuration={"support_ligatures": False})
    for text in ("محمد الخطيب", "نجم الدّين مطير", "لا إله", "كـــتاب", "م\u200dح", "الله", "فَاطِمَة"):
        assert fonts._reshaper().reshape(text) == plain.reshape(text)


def _rows() -> list[PacketRow]:
    start = datetime(2026, 4, 1, 9, tzinfo=timezone.utc)
    rows = []
    for i in range(420):  # names, places and comments recur, as in a drive: the caches are hit
        rows.append(PacketRow(NAMES[i % len(NAMES)], PLACES[i % 7][:6], PLACES[(i * 3) % len(PLACES)][6:], "GB",
                              f"{i} Rue de l'Été", start + timedelta(hours=i), COMMENTS[(i * 5) % len(COMMENTS)]))
    return rows


def _write(path: Path, landscape: bool, full: bool) -> tuple[dict, bytes]:
    sink = io.BytesIO()
    facts = write_packet(str(path), PacketHeader("Org ✓", "Keep it open — עברית", "Text", "c",
                                                 target_name="Ms Target 山田"),
                         iter(_rows()), PacketOptions(landscape=landscape, full_address=full), list_sink=sink)
    return facts, sink.getvalue()


def _pages(path: Path) -> list[tuple[bytes, list[tuple[str, str]], list[tuple[str, bytes]]]]:
    from pypdf import PdfReader

    out = []
    for page in PdfReader(path).pages:
        res = page["/Resources"]
        fonts_used = sorted((str(k), str(v.get_object()["/BaseFont"])) for k, v in res.get("/Font", {}).items())
        forms = sorted((str(k), v.get_object().get_data()) for k, v in res.get("/XObject", {}).items())
        out.append((page.get_contents().get_data(), fonts_used, forms))
    return out


@pytest.mark.parametrize(("landscape", "full"), [(False, False), (True, True)])
def test_a_mixed_script_packet_is_the_reference_packet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       landscape: bool, full: bool) -> None:
    ours, ours_list = _write(tmp_path / "ours.pdf", landscape, full)
    for name in ("visual", "runs", "width", "is_rtl", "draw_text", "wrap", "LineWriter"):
        monkeypatch.setattr(fonts, name, getattr(ref, name))
    monkeypatch.setattr(fonts, "_has_rtl", ref.has_rtl)
    monkeypatch.setattr(packet_module, "ListDigest", ref.ListDigest)
    monkeypatch.setattr(packet_module.PacketWriter, "_new_list_page", ref.new_list_page)
    theirs, their_list = _write(tmp_path / "reference.pdf", landscape, full)
    assert ours == theirs and ours_list == their_list
    pages, reference = _pages(tmp_path / "ours.pdf"), _pages(tmp_path / "reference.pdf")
    assert len(pages) == len(reference) == ours["pages"] > 3
    for n, (page, expected) in enumerate(zip(pages, reference, strict=True), 1):
        assert page == expected, f"page {n} differs"


def test_the_list_is_the_reference_list_with_escapes_and_across_batches() -> None:
    start = datetime(2026, 4, 1, tzinfo=timezone.utc)
    rows = [PacketRow(NAMES[i % len(NAMES)], "N1\t1AA", "Lon\rdon", "GB", "1 \\ Lane\n", start, c)
            for i, c in enumerate(COMMENTS * 200)]
    ours, theirs = io.BytesIO(), io.BytesIO()
    a, b = ListDigest(ours), ref.ListDigest(theirs)
    for n, row in enumerate(rows, 1):
        a.add(n, row, n % 2 == 0)
        b.add(n, row, n % 2 == 0)
    assert a.hexdigest() == b.hexdigest() and ours.getvalue() == theirs.getvalue()
    assert ours.getvalue().count(b"\n") == len(rows) + 1


def _cache_bytes() -> int:
    return sum(sys.getsizeof(key[0]) + sys.getsizeof(lines) + sum(map(sys.getsizeof, lines))
               for key, lines in fonts._wrapped.items())


def test_a_hostile_packet_of_unique_long_names_leaves_the_caches_bounded() -> None:
    fonts.register()
    words = ["Ολυμπία", "Zoë", "Зоя", "Łukasiewicz", "محمد", "דוד", "王小明", "अनुष्का"]
    most = 0
    for i in range(100_000):  # plain scripts (the fast path) for most, every script for some
        kinds = 8 if i % 20 == 0 else 4
        name = f"{i} " + " ".join(words[(i + k) % kinds] for k in range(14)) + f" {i * 7919}"
        fonts.wrap(name, 112.0, fonts.SANS, FONT_SIZE)
        assert len(fonts._wrapped) <= fonts.WRAP_CACHE and fonts._wrapped_chars <= fonts.WRAP_CACHE_CHARS
        if i % 5000 == 4999:
            most = max(most, _cache_bytes())
    assert most < 25_000_000, f"the wrap cache held {most / 1e6:.1f} MB"
    for cached in (fonts.runs, fonts.visual, packet_module.postcode_area):
        assert cached.cache_info().maxsize is not None


ARABIC = list("محمدالخطيبلاإأآةىئؤءفصضعغقكنهوي") + ["\u0651", "\u064e", "\u0650", "\u0640", "\u200d", "\u200c",
                                                    " ", " ", "  ", "a", "1", "-", "\u05d3", "\u06cc", "\u067e"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ARABIC), max_size=40).map("".join))
def test_arabic_joined_word_by_word_is_joined_as_a_whole(text: str) -> None:
    from arabic_reshaper import ArabicReshaper

    whole = ArabicReshaper(configuration={"support_ligatures": False}).reshape(text)
    assert " ".join(map(fonts._reshaped_word, text.split(" "))) == whole
    assert fonts.visual(text) == ref.visual(text)
