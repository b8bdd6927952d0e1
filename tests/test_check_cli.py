"""`compliance check` end to end, as a user runs it: the issue's acceptance cases and every
exit code (0 pass, 1 gate failed, 2 usage/invalid config, 3 undetermined only, 4 internal)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ANTARA = "examples/antara-article.txt"
WRITTEN = "conditional (written-permission)"


def verdicts(stdout: str, doc: int = 0) -> dict[str, str]:
    report = json.loads(stdout)
    return {p: v["verdict"] for p, v in report["documents"][doc]["verdicts"].items()}


def test_antara_article_is_conditional_with_written_permission(run_cli) -> None:
    result = run_cli("check", ANTARA)
    assert result.exit_code == 1
    lines = {
        line.split()[0]: line
        for line in result.stdout.splitlines()
        if line.startswith("  ") and not line.startswith("   ")
    }
    for purpose in ("crawl", "republish", "ai-train", "ai-input", "ai-index"):
        assert lines[purpose].split(None, 1)[1] == WRITTEN, lines[purpose]
    assert lines["search"].split()[1] == "unknown"
    # The ban sentence is quoted with its line number.
    assert "antara/ai-and-crawling-reserved [line 16:1, footer]" in result.stdout
    assert '"Dilarang keras mengambil konten, melakukan crawling' in result.stdout
    assert "exit 1" in result.stderr


def test_grant_lifts_ai_train_and_supersedes_generic_finding(run_cli) -> None:
    result = run_cli("check", ANTARA, "--grants", "examples/grants.yaml", "-f", "json")
    report = json.loads(result.stdout)
    doc = report["documents"][0]
    assert doc["verdicts"]["ai-train"]["verdict"] == "allow"
    assert doc["verdicts"]["ai-train"]["changed_by"] == ["antara-ai-training-2026"]
    # The grant covers ai-train only: the other purposes stay conditional.
    assert doc["verdicts"]["crawl"]["verdict"] == "conditional"
    generic = [f for f in doc["findings"] if f["pack_id"] == "notices-id"]
    assert generic and all(f["superseded_by"] == "antara/ai-and-crawling-reserved" for f in generic)
    assert report["grants"]["path"] == "examples/grants.yaml" and report["grants"]["expired"] == []
    only_train = run_cli(
        "check", ANTARA, "--grants", "examples/grants.yaml", "--purpose", "ai-train"
    )
    assert only_train.exit_code == 0
    assert "changed by antara-ai-training-2026" in only_train.stdout


def test_expired_grant_changes_nothing_and_is_reported(run_cli) -> None:
    result = run_cli(
        "check", ANTARA, "--grants", "examples/grants-expired.yaml", "--purpose", "ai-train"
    )
    assert result.exit_code == 1
    assert WRITTEN in result.stdout
    assert "expired grant(s) not applied: antara-ai-training-2024" in result.stdout
    as_json = run_cli("check", ANTARA, "--grants", "examples/grants-expired.yaml", "-f", "json")
    assert json.loads(as_json.stdout)["grants"]["expired"] == ["antara-ai-training-2024"]


def test_article_about_ai_is_unknown_everywhere(run_cli) -> None:
    result = run_cli("check", "examples/ai-discussion-article.txt", "-f", "json")
    assert result.exit_code == 0
    assert set(verdicts(result.stdout).values()) == {"unknown"}


def test_cc_by_article_is_conditional_attribution_never_deny(run_cli) -> None:
    result = run_cli("check", "examples/cc-by-article.html", "-f", "json")
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["verdicts"]["republish"]["verdict"] == "conditional"
    assert doc["verdicts"]["republish"]["unmet"] == ["attribution"]
    assert "deny" not in {v["verdict"] for v in doc["verdicts"].values()}
    accepted = run_cli("check", "examples/cc-by-article.html", "--accept", "attribution")
    assert accepted.exit_code == 0
    assert "allow  [changed by accept]" in accepted.stdout


def test_noai_page_denies_ai_training(run_cli) -> None:
    result = run_cli("check", "examples/noai-page.html", "-f", "json")
    assert result.exit_code == 1
    assert verdicts(result.stdout)["ai-train"] == "deny"


def test_undecodable_file_is_undetermined_and_others_are_checked(run_cli, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 au lait".encode("latin-1"))
    good = tmp_path / "clean.txt"
    good.write_text("Nothing to see here.")
    result = run_cli("check", str(good), str(bad), "-f", "json")
    assert result.exit_code == 3  # undetermined only
    report = json.loads(result.stdout)
    by_source = {d["source"]: d for d in report["documents"]}
    assert by_source[str(bad)]["gate"] == "undetermined"
    assert by_source[str(bad)]["problems"][0]["message"] == "undecodable: invalid UTF-8 at byte 3"
    assert by_source[str(good)]["gate"] == "pass"
    # With content that fails the gate among them, the exit code is 1.
    mixed = run_cli("check", str(bad), ANTARA)
    assert mixed.exit_code == 1


def test_allow_undetermined_passes(run_cli, tmp_path: Path) -> None:
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00" * 64)
    result = run_cli("check", str(bad), "--allow-undetermined")
    assert result.exit_code == 0
    assert "binary content" in result.stdout


def test_missing_file_is_a_usage_error_not_a_crash(run_cli) -> None:
    # issue 12 item 6: a path that does not exist is a usage error (exit 2), as in `scan`.
    result = run_cli("check", "does-not-exist.txt", "examples/ai-discussion-article.txt")
    assert result.exit_code == 2
    assert "does-not-exist.txt: no such file or directory" in result.output


def test_stdin_and_kind_override(run_cli) -> None:
    html = '<html><head><meta name="robots" content="noai"></head><body>x</body></html>'
    result = run_cli("check", "-", "--kind", "html", "--purpose", "ai-train", input=html)
    assert result.exit_code == 1
    assert "<stdin>: FAIL" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", ANTARA, "--purpose", "ai-trainn"], "unknown purpose 'ai-trainn'"),
        (["check"], "nothing to check"),
        (["check", ANTARA, "--accept", "atribution"], "unknown condition 'atribution'"),
        (["check", ANTARA, "--grants", "nope.yaml"], "grants file 'nope.yaml' does not exist"),
        (["check", ANTARA, "--profile", "strict"], "unknown profile"),
    ],
)
def test_usage_errors_exit_2_with_a_message(run_cli, args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_grants_file_exits_2_with_location(run_cli, tmp_path: Path) -> None:
    grants = tmp_path / "grants.yaml"
    grants.write_text(
        "grants:\n  - id: g\n    publisher: antara\n    granted_by: x\n    evidence: y\n    expires: someday\n    colour: blue\n"
    )
    result = run_cli("check", ANTARA, "--grants", str(grants))
    assert result.exit_code == 2
    assert f"{grants}:6:" in result.stderr and f"{grants}:7:" in result.stderr


def test_internal_error_exits_4_without_traceback(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from compliance import engine

    def explode(self: object, documents: object, *args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    # A defect in report assembly is an internal error: exit 4, a clear line, no traceback.
    monkeypatch.setattr(engine.Checker, "report", explode)
    result = run_cli("check", ANTARA)
    assert result.exit_code == 4
    assert "internal error: RuntimeError('boom')" in result.stderr
    assert "Traceback" not in result.stderr


def test_profiles_change_only_the_gate(run_cli) -> None:
    permissive = run_cli("check", ANTARA, "--profile", "permissive")
    assert permissive.exit_code == 0  # conditional does not fail under permissive
    assert WRITTEN in permissive.stdout  # ... and the reported verdict is unchanged
    conservative = run_cli(
        "check", "examples/ai-discussion-article.txt", "--profile", "conservative"
    )
    assert conservative.exit_code == 1  # unknown fails for AI purposes


def test_fail_on_deny_passes_conditional(run_cli) -> None:
    assert run_cli("check", ANTARA, "--fail-on", "deny").exit_code == 0
    assert (
        run_cli("check", "examples/ai-discussion-article.txt", "--fail-on", "unknown").exit_code
        == 1
    )


def test_json_is_byte_identical_across_runs(run_cli) -> None:
    first = run_cli("check", "examples", "-f", "json").stdout
    second = run_cli("check", "examples", "-f", "json").stdout
    assert first == second
    assert json.loads(first)["generated_at"] == "2027-01-01T00:00:00Z"


def test_save_writes_into_reports(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_cli(
        "check",
        str(Path.cwd() / ANTARA),
        "--save",
        "-f",
        "markdown",
        "-o",
        str(tmp_path / "out.md"),
    )
    saved = result.stderr.split("report saved to ")[1].split()[0]
    path = Path(saved)
    try:
        assert path.parent.name == "reports" and path.suffix == ".md"
        assert path.read_text().startswith("# Compliance report")
        assert path.with_suffix(".json").is_file()
    finally:
        path.unlink(missing_ok=True)
        path.with_suffix(".json").unlink(missing_ok=True)


# --- issue 12 item 6: nothing to check is a usage error, whatever --allow-undetermined says --


@pytest.mark.parametrize("extra", [(), ("--allow-undetermined",)])
def test_check_missing_path_exits_2(run_cli, tmp_path: Path, extra: tuple[str, ...]) -> None:
    result = run_cli("check", str(tmp_path / "missing.txt"), *extra)
    assert result.exit_code == 2  # was 0 with --allow-undetermined
    assert "missing.txt: no such file or directory" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("extra", [(), ("--allow-undetermined",)])
def test_check_empty_folder_exits_2(run_cli, tmp_path: Path, extra: tuple[str, ...]) -> None:
    (tmp_path / "notes.bin").write_bytes(b"x")  # present, but nothing a walk checks
    result = run_cli("check", str(tmp_path), *extra)
    assert result.exit_code == 2  # was 0: "0 document(s)"
    assert f"{tmp_path}: no file to check in this directory" in result.output


# --- issue 12 item 28: eu-tdm means DSM Art. 4, eu-tdm-research DSM Art. 3 -------------------


def test_eu_tdm_reservations_bind_commercial_tdm(run_cli) -> None:
    # Art. 4: ANTARA's reservation (written permission) binds AI training.
    result = run_cli("check", ANTARA, "--profile", "eu-tdm", "--purpose", "ai-train")
    assert result.exit_code == 1
    assert WRITTEN in result.stdout


def test_eu_tdm_research_is_not_bound_by_reservations(run_cli, tmp_path: Path) -> None:
    # Art. 3 + 7(1): the same reservation is reported unchanged but does not fail ai-train...
    result = run_cli("check", ANTARA, "--profile", "eu-tdm-research", "--purpose", "ai-train")
    assert result.exit_code == 0
    assert WRITTEN in result.stdout
    robots = tmp_path / "robots.txt"
    robots.write_text("User-agent: GPTBot\nDisallow: /\n", "utf-8")
    denied = run_cli("check", str(robots), "--profile", "eu-tdm-research", "--purpose", "ai-train")
    assert denied.exit_code == 0 and "deny" in denied.stdout
    # ... but crawl and republish are no text and data mining: they still fail.
    assert run_cli("check", ANTARA, "--profile", "eu-tdm-research").exit_code == 1
    # ... and what could not be checked still fails closed.
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00" * 64)
    undetermined = run_cli("check", str(binary), "--profile", "eu-tdm-research")
    assert undetermined.exit_code == 3


def test_a_profile_cannot_exempt_crawl(run_cli, tmp_path: Path) -> None:
    profile = tmp_path / "mine.yaml"
    profile.write_text("id: mine\ndescription: x\nresearch_exception: [crawl]\n", "utf-8")
    result = run_cli("check", ANTARA, "--profile", str(profile))
    assert result.exit_code == 2
    assert "crawl cannot be exempt" in result.output
