"""Which bundled font draws which writing system, and which characters ride along with the one before them.

Scripts listed here are drawn with their own Noto font and shaped by HarfBuzz (conjuncts, vowel signs
placed before their consonant, stacked marks, Thai and Lao tone marks, Myanmar medials). The rest
(Latin, Greek, Cyrillic, Hebrew, Arabic, CJK) keep the fonts and code paths that drew them before.
"""

from __future__ import annotations

import bisect
import unicodedata

# (first, last, font name, file): the Noto font for each script that needs shaping or that DejaVu lacks.
SCRIPT_FONTS: tuple[tuple[int, int, str, str], ...] = (
    (0x0530, 0x058F, "DK-Armenian", "NotoSansArmenian-Regular.ttf"),
    (0x0900, 0x097F, "DK-Devanagari", "NotoSansDevanagari-Regular.ttf"),
    (0x0980, 0x09FF, "DK-Bengali", "NotoSansBengali-Regular.ttf"),
    (0x0A00, 0x0A7F, "DK-Gurmukhi", "NotoSansGurmukhi-Regular.ttf"),
    (0x0A80, 0x0AFF, "DK-Gujarati", "NotoSansGujarati-Regular.ttf"),
    (0x0B80, 0x0BFF, "DK-Tamil", "NotoSansTamil-Regular.ttf"),
    (0x0C00, 0x0C7F, "DK-Telugu", "NotoSansTelugu-Regular.ttf"),
    (0x0C80, 0x0CFF, "DK-Kannada", "NotoSansKannada-Regular.ttf"),
    (0x0D00, 0x0D7F, "DK-Malayalam", "NotoSansMalayalam-Regular.ttf"),
    (0x0D80, 0x0DFF, "DK-Sinhala", "NotoSansSinhala-Regular.ttf"),
    (0x0E00, 0x0E7F, "DK-Thai", "NotoSansThai-Regular.ttf"),
    (0x0E80, 0x0EFF, "DK-Lao", "NotoSansLao-Regular.ttf"),
    (0x1000, 0x109F, "DK-Myanmar", "NotoSansMyanmar-Regular.ttf"),
    (0x10A0, 0x10FF, "DK-Georgian", "NotoSansGeorgian-Regular.ttf"),
    (0x1200, 0x139F, "DK-Ethiopic", "NotoSansEthiopic-Regular.ttf"),  # Ethiopic + Supplement
    (0x1780, 0x17FF, "DK-Khmer", "NotoSansKhmer-Regular.ttf"),
    (0x19E0, 0x19FF, "DK-Khmer", "NotoSansKhmer-Regular.ttf"),  # Khmer symbols
    (0x1C90, 0x1CBF, "DK-Georgian", "NotoSansGeorgian-Regular.ttf"),  # Mtavruli
    (0x2D00, 0x2D2F, "DK-Georgian", "NotoSansGeorgian-Regular.ttf"),  # Nuskhuri
    (0x2D80, 0x2DDF, "DK-Ethiopic", "NotoSansEthiopic-Regular.ttf"),  # Ethiopic Extended
    (0xA8E0, 0xA8FF, "DK-Devanagari", "NotoSansDevanagari-Regular.ttf"),  # Devanagari Extended
    (0xA9E0, 0xA9FF, "DK-Myanmar", "NotoSansMyanmar-Regular.ttf"),  # Myanmar Extended-B
    (0xAA60, 0xAA7F, "DK-Myanmar", "NotoSansMyanmar-Regular.ttf"),  # Myanmar Extended-A
    (0xAB00, 0xAB2F, "DK-Ethiopic", "NotoSansEthiopic-Regular.ttf"),  # Ethiopic Extended-A
    (0xFB13, 0xFB17, "DK-Armenian", "NotoSansArmenian-Regular.ttf"),  # Armenian ligatures
)
EMOJI = "DK-Emoji"
EMOJI_FILE = "NotoEmoji-Regular.ttf"

_STARTS = [r[0] for r in SCRIPT_FONTS]


def script_font(code: int) -> str | None:
    """The Noto font for this code point's script, if it is one of the scripts drawn with shaping."""
    i = bisect.bisect_right(_STARTS, code) - 1
    if i >= 0 and code <= SCRIPT_FONTS[i][1]:
        return SCRIPT_FONTS[i][2]
    return None


def is_emoji(code: int) -> bool:
    return (0x1F000 <= code <= 0x1FAFF) or (0x2600 <= code <= 0x27BF) or (0x2B00 <= code <= 0x2BFF) \
        or (0x2300 <= code <= 0x23FF)


def rides_along(ch: str) -> bool:
    """Marks, joiners, variation selectors and skin-tone modifiers belong to the character before them."""
    code = ord(ch)
    if code in (0x200C, 0x200D) or 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF \
            or 0xE0020 <= code <= 0xE007F:
        return True
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")

