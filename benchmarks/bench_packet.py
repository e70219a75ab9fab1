"""Delivery packet performance against a bare reportlab canvas drawing the same rows, measured in the same run.

(a) N-row text-only packet (100,000; quick 10,000) of the demo's realistic signers (`SignerData`: names
    in Latin, Cyrillic, Greek, Arabic, Hebrew, CJK and Hangul scripts, addresses, comments): our full
    export (database stream, layout, fingerprint, embedded list) vs a bare canvas drawing the same
    mixed-script strings, wrapped the same, with the same font and page breaks.
    Each run is a fresh subprocess, so its peak memory (ru_maxrss) is the run's own; module imports
    happen before the clock starts in both.
(b) 10,000 realistic rows (quick 1,000) each with a distinct drawn signature (vector strokes).
(c) Signing a 3,000-page packet (quick 300).
(d) N-row packet (100,000; quick 10,000) of names in mixed scripts, a shaping stress test beyond the
    demo's make-up (half Latin; a third in the 16 scripts
    DriveKit shapes with HarfBuzz, made of 400 made-up words per script; the rest Arabic, Hebrew, CJK,
    Greek, Cyrillic and emoji), with shaping vs the same
    export with shaping switched off (fonts.set_shaping(False): the code path from before shaping),
    each in a fresh process; target <= 1.5x and < 300 MB peak.
Each child also reports its CPU time (user + system): on a shared machine the steadier figure.
Run: PYTHONPATH=$PWD python -m benchmarks.bench_packet [--quick] [--only a,b]  (--only: some of a, b, c, d)
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from benchmarks.common import Figure, peak_rss_mb, report
from drivekit.domain.drawing import encode_strokes
from drivekit.domain.text import display_name
from drivekit.services.demo_data import SignerData, Timeline

ROOT = Path(__file__).resolve().parents[1]
FIRST = ["Anna", "Ben", "Chloé", "Dmitri", "Eleni", "Fatima", "George", "Hana", "Ivan", "Jürgen", "Kwame", "Lucía",
         "Mohammed", "Nora", "Oliver", "Priya", "Quentin", "Rosa", "Sven", "Tomasz", "Ursula", "Viktor", "Wen", "Yara"]
LAST = ["Smith", "Jones", "Okafor", "Nguyen", "Müller", "García", "Kowalski", "Papadopoulos", "Ivanova", "Khan",
        "O'Brien", "Rossi", "Haddad", "Silva", "Larsen", "Tanaka", "Dubois", "Novak", "Kim", "Walker"]
AREAS = ["N1", "N7", "E1", "E8", "SE1", "SE22", "SW9", "W2", "NW3", "M1", "B5", "LS1", "L8", "BS1"]


# Syllables per script (consonant + vowel sign, some with a conjunct), so that names vary as real ones do
# and the shaping cache is not flattered by a handful of names repeated 100,000 times.
SCRIPT_SYLLABLES = {
    "deva": ("कगजतदनपबमयरलवसह", "ािीुूेैोौं", "्"), "beng": ("কগজতদনপবমযরলসহ", "ািীুূেোৌ", "্"),
    "guru": ("ਕਗਜਤਦਨਪਬਮਰਲਸਹ", "ਾਿੀੁੂੇੋ", ""), "gujr": ("કગજતદનપબમરલવસહ", "ાિીુૂેોૌ", "્"),
    "taml": ("கஙசஞடணதநபமயரலவ", "ாிீுூெேொோ", "்"), "telu": ("కగజతదనపబమరలవసహ", "ాిీుూెేొో", "్"),
    "knda": ("ಕಗಜತದನಪಬಮರಲವಸಹ", "ಾಿೀುೂೆೇೊೋ", "್"), "mlym": ("കഗജതദനപബമരലവസഹ", "ാിീുൂെേൊോ", "്"),
    "sinh": ("කගජතදනපබමරලවසහ", "ාිීුූෙේො", "්"), "thai": ("กขคงจชดตนบปพมยรลวสห", "ัิีึืุู่้", ""),
    "laoo": ("ກຂຄງຈຊດຕນບປພມຢຣລວສຫ", "ັິີຶືຸູ່້", ""), "khmr": ("កខគងចជដតនបពមយរលវសហ", "ាិីឹឺុូេែៃោៅ", "្"),
    "mymr": ("ကခဂငစဆညတထဒနပဖဗမယရလဝသဟ", "ါာိီုူေဲံ", "္"), "ethi": ("ሀለሐመሠረሰሸቀበተቸኀነኘአከወዘየደጀገጠጨጰፀፈፐ", "", ""),
    "armn": ("ԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔՕՖ", "աեիոու", ""),
    "geor": ("ბგდვზთკლმნპჟრსტფქღყშჩცძწჭხჯჰ", "აეიოუ", ""),
}
OTHER_NAMES = ["محمد الخطيب", "فاطمة الزهراء", "דוד כהן", "שרה לוי", "王小明", "李华", "山田太郎", "佐藤花子",
               "김민준", "이서연", "Sam 😀 Lee", "Γιώργος Παπαδόπουλος", "Зоя Иванова"]


def _word(rnd: random.Random, script: str) -> str:
    consonants, signs, virama = SCRIPT_SYLLABLES[script]
    out = ""
    for _ in range(rnd.randint(2, 4)):
        out += rnd.choice(consonants)
        if virama and rnd.random() < 0.2:
            out += virama + rnd.choice(consonants)
        if signs and rnd.random() < 0.7:
            out += rnd.choice(signs)
    return out


WORDS_PER_SCRIPT = 400  # given and family names per shaped script: words repeat across signers, as names do


def _word_pool(script: str) -> list[str]:
    rnd = random.Random(script)
    return [_word(rnd, script) for _ in range(WORDS_PER_SCRIPT)]


def mixed_name(rnd: random.Random, pools: dict[str, list[str]]) -> tuple[str, str]:
    """Half Latin names, a third in the shaped scripts (two words from that script's pool of made-up words,
    so nearly every full name is unique but its words recur), the rest Arabic, Hebrew, CJK, Greek, emoji."""
    roll = rnd.random()
    if roll < 0.5:
        return rnd.choice(FIRST), rnd.choice(LAST)
    if roll < 0.83:
        pool = pools[rnd.choice(list(SCRIPT_SYLLABLES))]
        return rnd.choice(pool), rnd.choice(pool)
    first, _, last = rnd.choice(OTHER_NAMES).partition(" ")
    return first, last


def _rows(n: int, drawings: bool, seed: int = 1, mixed: bool = False):  # type: ignore[no-untyped-def]
    """Rows to insert: the demo's realistic signers (every one valid), or (`mixed`) the shaping stress
    test's names; with `drawings`, each row a distinct drawn signature."""
    if mixed:
        yield from _mixed_rows(n, seed)
        return
    rnd = random.Random(seed)
    data = SignerData(n, seed=seed, campaign_id="", consent_version="", device_id=None, timeline=Timeline.plain())
    for batch in data.batches():
        for row in batch:
            row["drawing"] = row["drawing_format"] = None
            if drawings:
                row["drawing"], row["drawing_format"] = _drawing(rnd), "strokes-json"
            yield row


def _drawing(rnd: random.Random) -> bytes:
    return encode_strokes([[[x * 12, 150 + rnd.randint(-120, 120)] for x in range(2, 80, 3)]])


def _mixed_rows(n: int, seed: int):  # type: ignore[no-untyped-def]
    rnd = random.Random(seed)
    start = datetime(2026, 4, 1, 9, tzinfo=timezone.utc)
    pools = {script: _word_pool(script) for script in SCRIPT_SYLLABLES}
    for i in range(n):
        pc = f"{rnd.choice(AREAS)} {rnd.randint(1, 9)}{rnd.choice('ABDEFGHJ')}{rnd.choice('LNPQRSTU')}"
        first, last = mixed_name(rnd, pools)
        row = {"uuid": f"00000000-0000-4000-8000-{i:012d}", "first_name": first,
               "last_name": last, "postcode": pc, "city": "London", "country": "GB",
               "signed_at": start + timedelta(minutes=i), "comment": "Keep it open!" if i % 7 == 0 else None,
               "status": "valid", "source": "volunteer", "petition_consent": True, "contact_consent": False,
               "consent_version": "", "search_text": ""}
        yield row


def make_db(path: Path, n: int, drawings: bool, mixed: bool = False) -> str:
    """A campaign with n valid signatures, bulk-inserted (not timed)."""
    from sqlalchemy import insert

    from drivekit.services import build_services
    from drivekit.storage import migrate
    from drivekit.storage.db import Database
    from drivekit.storage.models import Signature

    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    svc = build_services(db)
    cid = svc.campaigns.create("Keep the library open", "We ask the council to keep it open.", n, "Friends", "GB").id
    batch: list[dict] = []
    with db.session() as s:
        for row in _rows(n, drawings, mixed=mixed):
            row["campaign_id"] = cid
            batch.append(row)
            if len(batch) == 5000:
                s.execute(insert(Signature), batch)
                batch = []
        if batch:
            s.execute(insert(Signature), batch)
    db.dispose()
    return cid


def child(mode: str, db_path: str, cid: str, out: str, extra: str) -> None:
    """Runs in a fresh process; prints seconds, peak MB and pages as JSON."""
    from drivekit.export import fonts
    from drivekit.export.model import PacketOptions

    fonts.register()
    if mode == "unshaped":
        fonts.set_shaping(False)
        mode = "ours"
    if mode == "ours":
        # Module imports are a once-per-process cost, not part of drawing rows: load them before timing.
        import pyhanko.pdf_utils.embed  # noqa: F401
        import pyhanko.pdf_utils.incremental_writer  # noqa: F401
        import pyhanko.sign  # noqa: F401
        import qrcode  # noqa: F401
        import uharfbuzz  # noqa: F401

        from drivekit.services import build_services
        from drivekit.storage.db import Database

        svc = build_services(Database(f"sqlite:///{db_path}"))
        cpu0, t0 = _cpu(), time.perf_counter()
        res = svc.delivery.export_packet(cid, None, Path(out), PacketOptions(signature_images=extra == "images"),
                                         force=True)  # each repeat writes the same file
        seconds, pages = time.perf_counter() - t0, res.pages
    else:
        lines = json.loads(Path(extra).read_text(encoding="utf-8"))
        cpu0, t0 = _cpu(), time.perf_counter()
        pages = bare_canvas(out, lines)
        seconds = time.perf_counter() - t0
    cpu = _cpu() - cpu0  # the timed part's CPU (user + system)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": own_peak_mb(), "pages": pages}))


def _cpu() -> float:
    """User + system CPU seconds of this process so far."""
    import resource

    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime + use.ru_stime


def _cpu_note(runs: list[dict]) -> str:
    """Median CPU seconds of some child runs (the timed part and what the child did before it)."""
    return f"{statistics.median(r['cpu'] for r in runs):.2f} s"


def own_peak_mb() -> float:
    """Peak memory of this process's own address space. ru_maxrss would also count the parent's memory at
    fork on Linux, so read VmHWM (reset by exec) where the system has it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def baseline_rows(n: int) -> list[list[list[str]]]:
    """The packet's cells already wrapped into lines (not timed), so the baseline breaks pages where we do."""
    from drivekit.export import fonts
    from drivekit.export.layout import FONT_SIZE, PAD, columns

    fonts.register()
    width = {c.key: c.width - 2 * PAD for c in columns(False, False, False)}
    out = []
    for i, r in enumerate(_rows(n, False)):
        wrap = lambda key, text: fonts.wrap(text, width[key], fonts.SANS, FONT_SIZE)  # noqa: E731
        place = " ".join(p for p in (r["postcode"], r["city"]) if p)
        out.append([[str(i + 1)], wrap("name", display_name(r["first_name"], r["last_name"])),
                    wrap("place", place), [r["signed_at"].date().isoformat()],
                    wrap("comment", r["comment"] or "")])
    return out


def bare_canvas(out: str, rows: list[list[list[str]]]) -> int:
    """The baseline: the same lines, font, columns and page breaks, drawn with plain drawString."""
    from reportlab.pdfgen.canvas import Canvas

    from drivekit.export import fonts
    from drivekit.export.layout import FONT_SIZE, LEADING, MARGIN, PAD, columns, page_size

    pw, ph = page_size(False)
    cols = columns(False, False, False)
    c = Canvas(out, pagesize=(pw, ph), pageCompression=1)
    top = ph - MARGIN - LEADING - 2 * PAD
    bottom = MARGIN + 4
    pages, y = 2, top  # the cover, then list pages
    c.showPage()
    for cells in rows:
        row_h = max(len(lines) for lines in cells) * LEADING + 2 * PAD
        if y - row_h < bottom:
            c.showPage()
            pages += 1
            y = top
        for col, lines in zip(cols, cells, strict=False):
            for k, text in enumerate(lines):
                c.setFont(fonts.SANS, FONT_SIZE)
                c.drawString(col.x + PAD, y - PAD - FONT_SIZE + 0.5 - k * LEADING, text)
        y -= row_h
    c.showPage()
    c.save()
    return pages


def _spawn(*args: str) -> dict:
    res = subprocess.run([sys.executable, "-m", "benchmarks.bench_packet", "--child", *args], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


PARTS = ("a", "b", "c", "d")


def main(quick: bool, only: tuple[str, ...] = PARTS) -> None:
    n_text, n_draw, sign_pages = (10_000, 1_000, 300) if quick else (100_000, 10_000, 3_000)
    repeat = 3
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        if "a" in only:
            figures.extend(_text_only(tmpd, n_text, repeat))
        if "b" in only:
            figures.append(_drawings(tmpd, n_draw, repeat, quick))
        if "c" in only:
            figures.append(_sign_figure(tmpd, sign_pages, quick))
        if "d" in only:
            figures.extend(_mixed_scripts(tmpd, n_text, repeat))
    report("Delivery packet", figures)


def _text_only(tmpd: Path, n_text: int, repeat: int) -> list[Figure]:
    """(a) the realistic text-only packet against the bare canvas, alternating, and its peak memory."""
    figures = []
    db = tmpd / "text.sqlite3"
    cid = make_db(db, n_text, drawings=False)
    strings = tmpd / "rows.json"
    strings.write_text(json.dumps(baseline_rows(n_text)), encoding="utf-8")
    ours, base = [], []
    for _ in range(repeat):
        base.append(_spawn("bare", str(db), cid, str(tmpd / "bare.pdf"), str(strings)))
        ours.append(_spawn("ours", str(db), cid, str(tmpd / "ours.pdf"), ""))
    ratio_ok = None
    fig = Figure(f"(a) {n_text:,}-row text-only packet", [o["seconds"] for o in ours],
                 baseline=[b["seconds"] for b in base], target="<= 1.5x bare canvas")
    ratio_ok = fig.ratio is not None and fig.ratio <= 1.5
    fig.met = ratio_ok
    fig.notes = {"pages": ours[0]["pages"], "bare_pages": base[0]["pages"], "cpu": _cpu_note(ours),
                 "bare_cpu": _cpu_note(base),
                 "cpu_ratio": round(statistics.median(o["cpu"] for o in ours)
                                    / statistics.median(b["cpu"] for b in base), 2)}
    figures.append(fig)
    peak = max(o["peak_mb"] for o in ours)
    figures.append(Figure(f"(a) peak memory, {n_text:,}-row packet", [o["peak_mb"] for o in ours], unit="MB",
                          baseline=[b["peak_mb"] for b in base], target="< 300 MB", met=peak < 300))
    return figures


def _drawings(tmpd: Path, n_draw: int, repeat: int, quick: bool) -> Figure:
    """(b) rows each with a distinct drawn signature."""
    ddb = tmpd / "draw.sqlite3"
    dcid = make_db(ddb, n_draw, drawings=True)
    draws = [_spawn("ours", str(ddb), dcid, str(tmpd / "draw.pdf"), "images") for _ in range(repeat)]
    med = sorted(d["seconds"] for d in draws)[1]
    return Figure(f"(b) {n_draw:,} rows, each with a distinct drawn signature",
                  [d["seconds"] for d in draws], target="< 15 s" if not quick else "",
                  met=(med < 15) if not quick else None,
                  notes={"pages": draws[0]["pages"], "peak_mb": max(d["peak_mb"] for d in draws),
                         "cpu": _cpu_note(draws)})


def _mixed_scripts(tmpd: Path, n: int, repeat: int) -> list[Figure]:
    """(d) the same mixed-script packet with HarfBuzz shaping and with shaping switched off, alternating."""
    mdb = tmpd / "mixed.sqlite3"
    mcid = make_db(mdb, n, drawings=False, mixed=True)
    shaped, plain = [], []
    for _ in range(repeat):
        plain.append(_spawn("unshaped", str(mdb), mcid, str(tmpd / "plain.pdf"), ""))
        shaped.append(_spawn("ours", str(mdb), mcid, str(tmpd / "shaped.pdf"), ""))
    fig = Figure(f"(d) {n:,}-row mixed-script packet, shaped vs unshaped", [o["seconds"] for o in shaped],
                 baseline=[b["seconds"] for b in plain], target="<= 1.5x unshaped")
    fig.met = fig.ratio is not None and fig.ratio <= 1.5
    fig.notes = {"pages": shaped[0]["pages"], "unshaped_pages": plain[0]["pages"]}
    peak = max(o["peak_mb"] for o in shaped)
    mem = Figure(f"(d) peak memory, {n:,}-row mixed-script packet", [o["peak_mb"] for o in shaped], unit="MB",
                 baseline=[b["peak_mb"] for b in plain], target="< 300 MB", met=peak < 300)
    return [fig, mem]


def _sign_figure(tmpd: Path, pages: int, quick: bool) -> Figure:
    """Signing time of an already written packet of `pages` pages (rows with long comments fill pages fast)."""
    from drivekit.export.model import PacketHeader, PacketOptions, PacketRow
    from drivekit.export.packet import write_packet
    from drivekit.export.signing import finalize, load_signer, make_certificate, sign_file

    p12, _ = make_certificate("Bench Org", tmpd / "keys")
    signer = load_signer(p12, None)
    comment = " ".join(["a long comment that wraps over several lines in the packet"] * 6)
    start = datetime(2026, 4, 1, tzinfo=timezone.utc)
    per_page = 7  # rows of this height (7 comment lines) on a portrait list page
    rows = (PacketRow(f"Signer {i}", "N1 1AA", "London", "GB", "", start, comment) for i in range(pages * per_page))
    raw, listed, unsigned = tmpd / "big-raw.pdf", tmpd / "big.tsv", tmpd / "big.pdf"
    with open(listed, "wb") as sink:
        facts = write_packet(str(raw), PacketHeader("Org", "T", "x", "c"), rows, PacketOptions(), list_sink=sink)
    finalize(raw, unsigned, listed, {"count": facts["count"], "fingerprint": facts["fingerprint"]}, None)
    samples = []
    for i in range(5):
        t0 = time.perf_counter()
        sign_file(unsigned, tmpd / f"signed{i}.pdf", signer)
        samples.append(time.perf_counter() - t0)
    size = unsigned.stat().st_size / 1e6
    return Figure(f"(c) signing a {facts['pages']:,}-page packet", samples, target="< 1 s" if not quick else "",
                  met=(sorted(samples)[2] < 1) if not quick else None, notes={"file_mb": round(size, 1)})


if __name__ == "__main__":
    if "--child" in sys.argv:
        i = sys.argv.index("--child")
        child(*sys.argv[i + 1:i + 6])
    else:
        import argparse

        parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
        parser.add_argument("--quick", action="store_true", help="small sizes")
        parser.add_argument("--only", default=",".join(PARTS), help="some of a,b,c,d (default: all)")
        args = parser.parse_args()
        parts = tuple(p.strip() for p in args.only.split(",") if p.strip())
        if not parts or set(parts) - set(PARTS):
            parser.error("--only takes some of a,b,c,d")
        main(args.quick, parts)
