"""Maintain the interface translations (Qt Linguist files in ui/i18n).

    python tools/i18n.py update    extract new strings into the .ts files (lupdate);
                                   the English catalog gets source = translation
    python tools/i18n.py release   compile every .ts into the .qm files the app loads
    python tools/i18n.py check     exit 1 if a Vietnamese string is missing or a .qm is stale,
                                   ours or Qt's (see below)
    python tools/i18n.py qt        list Qt's own strings that ui/i18n/qt_extra_vi.ts lacks

Translate the Vietnamese catalog (ui/i18n/hmtn_vi.ts) with Qt Linguist
(``pyside6-linguist``) or any text editor, then run ``release``.

Qt ships no Vietnamese catalog for its own dialogs (file, print, page set-up, message and
input dialogs). ``ui/i18n/qt_extra_vi.ts`` translates, by hand, every string Qt has in
the contexts of QT_CONTEXTS; ``qt`` lists what it lacks, read from the catalogs of
other languages that Qt ships (a new Qt version may bring new strings).
"""

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from qm import qt_sources

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "ui" / "i18n"
SOURCES = sorted([*ROOT.glob("ui/*.py"), *ROOT.glob("desktop/*.py")])
LANGUAGES = ("vi", "en")
QT_EXTRA = I18N / "qt_extra_vi.ts"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def update() -> None:
    for language in LANGUAGES:
        ts = I18N / f"hmtn_{language}.ts"
        _lupdate(ts)
        if language == "en":
            _english_is_source(ts)


def _lupdate(ts: Path) -> None:
    command = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    subprocess.run([*command, *map(str, SOURCES), "-ts", str(ts)], check=True, cwd=ROOT)


def _english_is_source(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = source
        else:
            translation.text = source
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release(target: Path = I18N) -> None:
    for ts in sorted(I18N.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
        )


def unfinished(ts: Path) -> list[str]:
    """Sources of the messages of ``ts`` that still lack a translation."""
    missing = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        texts = [form.text for form in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(texts):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> int:
    with tempfile.TemporaryDirectory() as folder:
        # Extract afresh into a copy, so strings never extracted count as missing too.
        fresh_ts = Path(folder) / "hmtn_vi.ts"
        shutil.copy(I18N / "hmtn_vi.ts", fresh_ts)
        _lupdate(fresh_ts)
        problems = [f"untranslated: {s!r}" for s in unfinished(fresh_ts)]
    with tempfile.TemporaryDirectory() as folder:
        release(Path(folder))
        for fresh in Path(folder).glob("*.qm"):
            shipped = I18N / fresh.name
            if not shipped.exists() or shipped.read_bytes() != fresh.read_bytes():
                problems.append(f"stale: {shipped.relative_to(ROOT)} (run tools/i18n.py release)")
    problems += qt_missing()
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def qt_missing() -> list[str]:
    ours = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(QT_EXTRA).iter("context")
        for message in context.iter("message")
    }
    return [f"Qt string not in {QT_EXTRA.name}: {c} {s!r}" for c, s in sorted(qt_sources() - ours)]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        return check()
    elif command == "qt":
        missing = qt_missing()
        print("\n".join(missing))
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
