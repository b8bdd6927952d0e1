"""The on-disk lexicon cache: used only for the very same files, never trusted when it is
broken or writable by others, never a reason for a run to fail, never holding errors."""

from __future__ import annotations

import dataclasses
import os
import pickle
from pathlib import Path

import pytest

from compliance.errors import ConfigError
from compliance.notices.lexicon import (
    LexiconSet,
    bundled_lexicon_dir,
    fold_text,
    read_lexicons,
)

TEXT = "Reproduction without written permission is prohibited. No AI training. 無断転載禁止"


@pytest.fixture
def lexicon_files(tmp_path: Path) -> list[str]:
    """Real bundled lexicons, copied so a test may change them."""
    folder = tmp_path / "lexicon"
    folder.mkdir()
    paths = []
    for name in ("und.yaml", "en.yaml", "ja.yaml"):
        target = folder / name
        target.write_bytes((bundled_lexicon_dir() / name).read_bytes())
        paths.append(str(target))
    return paths


def only_cache(cache: Path) -> Path:
    files = list(cache.glob("lexicons-*.pickle"))
    assert len(files) == 1, files
    return files[0]


def test_a_cached_read_gives_the_same_hits(lexicon_files: list[str], tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fresh = read_lexicons(lexicon_files, cache)
    cached = read_lexicons(lexicon_files, cache)
    assert only_cache(cache).stat().st_mode & 0o077 == 0  # the user's alone
    folded = fold_text(TEXT)
    assert LexiconSet(cached).hits(folded) == LexiconSet(fresh).hits(folded)
    assert {"prohibit", "written permission"} <= {h.term for h in LexiconSet(cached).hits(folded)}
    # The terms' matching forms travel with them (working them out is start-up time).
    _, forms = pickle.loads(only_cache(cache).read_bytes())
    assert {t for lx in fresh for terms in lx.terms.values() for t in terms} <= set(forms)
    assert forms["禁じ"] == ("禁じ", "禁じ")


def test_the_cache_is_what_is_read_when_the_files_are_unchanged(
    lexicon_files: list[str], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    lexicons = read_lexicons(lexicon_files, cache)
    # Rewrite the cache with a marked copy: reading it back proves the files were not parsed.
    marked = [dataclasses.replace(lx, path="from-cache") for lx in lexicons]
    only_cache(cache).write_bytes(pickle.dumps((marked, {})))
    assert {lx.path for lx in read_lexicons(lexicon_files, cache)} == {"from-cache"}


def test_a_changed_file_is_read_again(lexicon_files: list[str], tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    before = read_lexicons(lexicon_files, cache)
    en = Path(lexicon_files[1])
    en.write_text(en.read_text("utf-8").replace("name: English", "name: changed", 1), "utf-8")
    after = read_lexicons(lexicon_files, cache)
    assert [lx.meta.name for lx in after] != [lx.meta.name for lx in before]
    assert "changed" in {lx.meta.name for lx in after}


def test_a_broken_cache_is_ignored_and_replaced(lexicon_files: list[str], tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    expected = read_lexicons(lexicon_files, cache)
    only_cache(cache).write_bytes(b"\x80\x05 not a pickle")
    assert [lx.sha256 for lx in read_lexicons(lexicon_files, cache)] == [
        lx.sha256 for lx in expected
    ]
    assert pickle.loads(only_cache(cache).read_bytes())  # rewritten whole


def test_a_cache_others_could_write_is_not_trusted(
    lexicon_files: list[str], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    read_lexicons(lexicon_files, cache)
    planted = only_cache(cache)
    planted.write_bytes(pickle.dumps([]))  # what a planted file could say
    os.chmod(planted, 0o666)
    assert len(read_lexicons(lexicon_files, cache)) == 3


def test_an_unwritable_cache_folder_only_costs_time(
    lexicon_files: list[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert len(read_lexicons(lexicon_files, blocker / "cache")) == 3  # no error raised


def test_invalid_lexicons_are_reported_every_time_and_never_cached(
    lexicon_files: list[str], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    Path(lexicon_files[1]).write_text("lexicon: [unclosed\n", "utf-8")
    for _ in range(2):
        with pytest.raises(ConfigError) as caught:
            read_lexicons(lexicon_files, cache)
        assert "en.yaml" in str(caught.value)
    assert not list(cache.glob("lexicons-*.pickle"))
