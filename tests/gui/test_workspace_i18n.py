"""UI language: every string of the workspace goes through Qt's translation system, English and
Swedish are complete, and the compiled catalogues change what the screens say."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.conftest import REPO_ROOT
from tests.gui.workspace_kit import WAIT_MS, open_window

from barnahus.gui.i18n import install_language

I18N = REPO_ROOT / "resources" / "i18n"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _our_sources() -> list[str]:
    python = sorted(
        str(p.relative_to(REPO_ROOT))
        for p in (REPO_ROOT / "src" / "barnahus" / "gui").rglob("*.py")
    )
    layouts = sorted(str(p.relative_to(REPO_ROOT)) for p in (REPO_ROOT / "ui").glob("*.ui"))
    return python + layouts


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    """What the translation tool finds in our code and layouts right now."""
    target = tmp_path_factory.mktemp("lupdate") / "current.ts"
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", *_our_sources(), "-ts", str(target)],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    )
    return _messages(target)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_catalogue_is_complete_for_every_string(
    extracted: dict[tuple[str, str], ET.Element], language: str
) -> None:
    committed = _messages(I18N / f"barnahus_{language}.ts")
    missing = sorted(key for key in extracted if key not in committed)
    assert missing == [], "run `make lupdate` and translate the new strings"
    unfinished = []
    for key in extracted:
        translation = committed[key].find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(forms):
            unfinished.append(key)
    assert unfinished == []
    assert len(extracted) > 500


def test_compiled_catalogues_are_current() -> None:
    for language in ("en", "sv"):
        ts, qm = I18N / f"barnahus_{language}.ts", I18N / f"barnahus_{language}.qm"
        assert qm.is_file(), "run `make translations`"
        assert qm.stat().st_mtime >= ts.stat().st_mtime, "run `make translations`"


def test_swedish_screens(app: QApplication, qtbot: QtBot, demo_store: Path) -> None:
    try:
        assert install_language(app, "sv")
        window = open_window(qtbot, demo_store)
        qtbot.waitUntil(lambda: window.sign_in_page.account_combo.count() > 0, timeout=WAIT_MS)
        assert window.sign_in_page.sign_in_button.text() == "Logga &in"
        assert window.menuBar().actions()[0].text() == "&Arkiv"
        assert QCoreApplication.translate("CaseListPage", "%n case(s) shown", "", 1) == (
            "1 ärende visas"
        )
        # The care plan's workflow notices and status names are in the catalogue too.
        from barnahus.careplan.model import PlanStatus
        from barnahus.gui.careplan.page_text import status_text

        assert status_text(PlanStatus.APPROVED) == "Godkänd"
        assert QCoreApplication.translate("CarePlanPage", "This case has no life project yet.") == (
            "Ärendet har inget livsprojekt ännu."
        )
    finally:
        install_language(app, "en")
    assert QCoreApplication.translate("CaseListPage", "%n case(s) shown", "", 2) == "2 cases shown"
