"""Which names are written in Chinese, Japanese or Korean characters (family name first, no space)."""

from __future__ import annotations

from drivekit.domain.text import _CJK_RANGES, display_name, is_cjk


def _by_hand(text: str) -> bool:
    letters = [ch for ch in text if not ch.isspace()]
    return bool(letters) and all(any(a <= ord(ch) <= b for a, b in _CJK_RANGES) for ch in letters)


def test_every_character_is_judged_as_the_ranges_say() -> None:
    for code in [*range(0x40100), *range(0x40100, 0x110000, 97)]:  # the ranges end at U+3FFFF
        ch = chr(code)
        for text in (ch, f" {ch}\u3000王"):
            assert is_cjk(text) == _by_hand(text), f"U+{code:04X} in {text!r}"


def test_cjk_names_and_others() -> None:
    assert is_cjk("王") and is_cjk("山田 太郎") and is_cjk("김민준") and is_cjk("ｱｲ")
    assert not is_cjk("") and not is_cjk("   ") and not is_cjk("\u3000") and not is_cjk("Lily 王")
    assert display_name("小明", "王") == "王小明" and display_name("Мария", "Авдеев") == "Мария Авдеев"
