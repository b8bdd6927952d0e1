"""`compliance explain FILE`: the reading of each block, and never an empty answer."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from compliance.cli.app import main


def _explain(path: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["explain", *args, str(path)])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_notice_shows_its_voice_clauses_hits_and_effects(tmp_path: Path) -> None:
    page = tmp_path / "notice.txt"
    page.write_text("A short story.\n\nReproduction without written permission is prohibited.\n")
    out = _explain(page)
    assert "voice: own" in out
    assert "clause [main]: restrict" in out
    assert "route:written-permission «written permission»" in out
    assert "effects: republish conditional (written-permission)" in out


def test_blocks_that_state_nothing_are_said_so(tmp_path: Path) -> None:
    page = tmp_path / "question.txt"
    page.write_text("May I copy your articles?\n")
    out = _explain(page)
    assert "1 block(s) read, none states anything in the page's own voice" in out
    assert "sentence: «May I copy your articles?»" in _explain(page, "--all-blocks")


def test_a_page_without_notice_words_says_there_is_nothing_to_compose(tmp_path: Path) -> None:
    page = tmp_path / "plain.txt"
    page.write_text("The council met on Tuesday to discuss the budget.\n")
    assert "nothing to compose" in _explain(page)
