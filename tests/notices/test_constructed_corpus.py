"""Labelled sets of notices and traps written for this project by sessions that never saw
the development corpus (`constructed/README.md`), scored like it: floors at what the
recogniser reaches, so a change that loses a mechanism shows here in every language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from compliance.cli.eval import eval_command

CONSTRUCTED = Path(__file__).resolve().parent / "constructed"


@pytest.mark.parametrize(
    ("round_", "accuracy", "missed", "false"),
    [
        ("round1", 0.985, 0.01, 0.015),
        ("round2", 0.98, 0.02, 0.02),
        ("round3", 0.97, 0.012, 0.032),
        ("round4", 0.975, 0.01, 0.022),
        ("round5", 0.945, 0.046, 0.045),
        ("round6", 0.96, 0.027, 0.032),
        ("round7", 0.975, 0.005, 0.025),
        ("round8", 0.975, 0.005, 0.022),
        ("round9", 0.98, 0.012, 0.016),
        ("round10", 0.965, 0.02, 0.027),
        ("round11", 0.975, 0.02, 0.02),
        ("round12", 0.96, 0.03, 0.035),
        ("round13", 0.975, 0.005, 0.02),
        ("round14", 0.975, 0.005, 0.022),
        ("round15", 0.97, 0.01, 0.027),
        ("round16", 0.975, 0.015, 0.018),
        ("round17", 0.98, 0.005, 0.012),
        ("round18", 0.975, 0.005, 0.027),
        ("round19", 0.97, 0.005, 0.025),
        ("round20", 0.96, 0.01, 0.04),
        ("round21", 0.97, 0.015, 0.025),
        ("round22", 0.97, 0.01, 0.025),
        ("round23", 0.96, 0.03, 0.035),
        ("round24", 0.98, 0.015, 0.015),
        ("round25", 0.97, 0.035, 0.025),
        ("round26", 0.98, 0.005, 0.015),
        ("round27", 0.97, 0.015, 0.02),
        ("round28", 0.955, 0.025, 0.04),
        ("round29", 0.975, 0.03, 0.015),
        ("round30", 0.98, 0.045, 0.013),
        ("round31", 0.99, 0.005, 0.01),
        ("round32", 0.98, 0.015, 0.015),
        ("round33", 0.985, 0.035, 0.008),
        ("round34", 0.98, 0.02, 0.015),
        ("round35", 0.965, 0.018, 0.032),
        ("round36", 0.97, 0.03, 0.03),
        ("round37", 0.985, 0.02, 0.012),
        ("round38", 0.97, 0.015, 0.016),
        ("round39", 0.985, 0.01, 0.012),
        ("round40", 0.97, 0.065, 0.018),
        ("round41", 0.985, 0.02, 0.008),
        ("round42", 0.935, 0.025, 0.052),
        ("round43", 0.95, 0.03, 0.04),
        ("round44", 0.96, 0.025, 0.035),
        ("round45", 0.945, 0.055, 0.045),
        ("round46", 0.95, 0.015, 0.045),
        ("round47", 0.935, 0.08, 0.04),
        ("round48", 0.955, 0.02, 0.035),
        ("round49", 0.925, 0.115, 0.045),
        ("round50", 0.965, 0.04, 0.03),
        ("round51", 0.97, 0.02, 0.025),
        ("round52", 0.945, 0.09, 0.03),
        ("round53", 0.955, 0.045, 0.022),
        ("round54", 0.965, 0.03, 0.027),
        ("round55", 0.955, 0.04, 0.037),
        ("round56", 0.965, 0.03, 0.025),
        ("round57", 0.91, 0.075, 0.08),
        ("round58", 0.935, 0.05, 0.05),
        ("round59", 0.95, 0.055, 0.025),
        ("round60", 0.965, 0.025, 0.02),
        ("round61", 0.945, 0.06, 0.035),
        ("round62", 0.94, 0.05, 0.045),
        ("round63", 0.958, 0.02, 0.042),
        ("round64", 0.945, 0.015, 0.05),
        ("round65", 0.93, 0.035, 0.052),
        ("round66", 0.955, 0.03, 0.042),
        ("round67", 0.983, 0.012, 0.014),
        ("round68", 0.975, 0.027, 0.016),
        ("round69", 0.98, 0.026, 0.013),
        ("round70", 0.98, 0.02, 0.013),
        ("round71", 0.98, 0.007, 0.019),
        ("round72", 0.972, 0.038, 0.019),
        ("round73", 0.982, 0.005, 0.02),
        ("round74", 0.979, 0.03, 0.016),
        ("round75", 0.975, 0.011, 0.021),
        ("round76", 0.969, 0.028, 0.024),
        ("round77", 0.985, 0.011, 0.015),
        ("round78", 0.979, 0.01, 0.014),
        ("round79", 0.971, 0.033, 0.021),
        ("round80", 0.97, 0.013, 0.024),
        ("round81", 0.972, 0.018, 0.027),
        ("round82", 0.964, 0.006, 0.036),
        ("round83", 0.948, 0.046, 0.035),
        ("round84", 0.98, 0.025, 0.016),
        ("round85", 0.95, 0.043, 0.041),
        ("round86", 0.974, 0.001, 0.028),
        ("round87", 0.974, 0.008, 0.028),
        ("round88", 0.952, 0.009, 0.038),
        ("round89", 0.946, 0.035, 0.039),
        ("round90", 0.941, 0.04, 0.048),
        ("round91", 0.956, 0.022, 0.043),
        ("round92", 0.945, 0.038, 0.046),
        ("round93", 0.961, 0.031, 0.036),
        ("round94", 0.965, 0.019, 0.037),
        ("round95", 0.97, 0.022, 0.028),
        ("round96", 0.962, 0.038, 0.031),
        ("round97", 0.952, 0.029, 0.045),
        ("round98", 0.974, 0.014, 0.022),
        ("round99", 0.951, 0.025, 0.038),
        ("round100", 0.969, 0.035, 0.025),
        ("round101", 0.959, 0.05, 0.029),
        ("round102", 0.984, 0.007, 0.014),
        ("round103", 0.936, 0.055, 0.042),
        ("round104", 0.962, 0.019, 0.038),
        ("round105", 0.982, 0.006, 0.02),
        ("round106", 0.972, 0.01, 0.024),
        ("round107", 0.976, 0.0, 0.027),
        ("round108", 0.979, 0.023, 0.012),
        ("round109", 0.964, 0.019, 0.036),
        ("round110", 0.977, 0.007, 0.027),
        ("round111", 0.974, 0.035, 0.022),
        ("round112", 0.983, 0.008, 0.018),
        ("round113", 0.983, 0.008, 0.013),
        ("round114", 0.962, 0.035, 0.033),
        ("round115", 0.959, 0.001, 0.046),
        ("round116", 0.985, 0.001, 0.015),
        ("round117", 0.983, 0.029, 0.009),
        ("round118", 0.987, 0.001, 0.009),
        ("round119", 0.971, 0.009, 0.022),
        ("round120", 0.985, 0.016, 0.011),
        ("round121", 0.956, 0.029, 0.043),
        ("round122", 0.985, 0.011, 0.003),
    ],
)
def test_constructed_notices_are_read(
    round_: str, accuracy: float, missed: float, false: float
) -> None:
    result = CliRunner().invoke(eval_command, [str(CONSTRUCTED / round_), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output[result.output.index("{") :])
    assert payload["errors"] == []
    assert payload["accuracy"] >= accuracy
    assert payload["missed_restriction_rate"] <= missed
    assert payload["false_restriction_rate"] <= false
