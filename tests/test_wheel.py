"""The wheel carries the bundled rule packs: build it, install it into a fresh venv outside
the checkout, and run `compliance rules list` and a check there.

Offline by design (tests reach only 127.0.0.1): the wheel is built without build isolation
and installed with `--no-deps`; the fresh venv borrows this environment's site-packages for
the dependencies through a .pth file, so nothing is downloaded.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_with_bundled_rules(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    # The distribution is content-compliance (`compliance` on the index is someone else's).
    wheel = next(dist.glob("content_compliance-*.whl"))

    env_dir = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr
    fresh_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Dependencies come from this environment (appended after the fresh site-packages, so
    # the wheel's `compliance` wins over any editable install here).
    Path(fresh_site, "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    # The fresh venv runs as a user's would: a PYTHONPATH pointing at a checkout would
    # shadow the installed wheel.
    user_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    work = tmp_path / "elsewhere"
    work.mkdir()
    listed = subprocess.run(
        [str(env_dir / "bin" / "compliance"), "rules", "list"],
        capture_output=True,
        text=True,
        cwd=work,
        env=user_env,
        check=False,
    )
    assert listed.returncode == 0, listed.stderr
    assert "antara/ai-and-crawling-reserved" in listed.stdout
    where = subprocess.run(
        [str(python), "-c", "import compliance.resources as r; print(r.bundled_rules_dir())"],
        capture_output=True,
        text=True,
        cwd=work,
        env=user_env,
        check=True,
    ).stdout.strip()
    assert where.startswith(fresh_site), where  # the packs inside the installed wheel
    version = subprocess.run(
        [str(env_dir / "bin" / "compliance"), "--version"],
        capture_output=True,
        text=True,
        cwd=work,
        env=user_env,
        check=False,
    )
    # tool_version() finds the installed content-compliance metadata, not a source fallback.
    assert version.returncode == 0 and "0.1.0" in version.stdout, version.stdout + version.stderr

    article = work / "article.txt"
    article.write_text((ROOT / "examples" / "antara-article.txt").read_text("utf-8"), "utf-8")
    checked = subprocess.run(
        [str(env_dir / "bin" / "compliance"), "check", "article.txt", "--purpose", "crawl"],
        capture_output=True,
        text=True,
        cwd=work,
        env=user_env,
        check=False,
    )
    assert checked.returncode == 1
    assert "conditional (written-permission)" in checked.stdout
