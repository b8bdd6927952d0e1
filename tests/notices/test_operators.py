"""Each composer operator, unit-tested with constructed examples in several languages (one
not in Latin script at least): the reading with the operator on, and that switching it off
changes exactly what the operator is for."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.notices.conftest import Effects, restricted

# operator -> [(language, text, restricted with the operator on, restricted with it off)]
CASES: dict[str, list[tuple[str, str, set[str], set[str]]]] = {
    # 1. voice: a report of someone else's ban is not the page's notice
    "voice": [
        ("en", "The newspaper said that copying its articles is prohibited.", set(), {"republish"}),
        ("de", "Der Verlag sagte, das Kopieren seiner Artikel sei verboten.", set(), {"republish"}),
        ("id", "Redaksi itu mengatakan bahwa menyalin artikel dilarang.", set(), {"republish"}),
        (
            "es",
            "Según el diario, la reproducción de sus artículos está prohibida.",
            set(),
            {"republish"},
        ),
        ("ru", "Как сообщила газета, копирование её статей запрещено.", set(), {"republish"}),
    ],
    # 2. polarity: a negated grant restricts
    "negation": [
        ("en", "No article may be reproduced.", {"republish"}, set()),
        ("de", "Kein Artikel darf vervielfältigt werden.", {"republish"}, set()),
        ("id", "Tidak ada artikel yang boleh disalin.", {"republish"}, set()),
        ("fr", "Aucune reproduction n'est autorisée.", {"republish"}, set()),
        # A nominal ban: the negator opens the clause (non-Latin lexicons list their negated
        # verbs as whole terms, so this is where the operator acts in them).
        ("ru", "Никакого копирования материалов.", {"republish"}, set()),
    ],
    # 3. scope: list items take the lead-in's predicate
    "scope": [
        (
            "en",
            "You may not:\n- scrape the website\n- copy our articles\n",
            {"crawl", "republish"},
            set(),
        ),
        ("de", "Nicht gestattet ist:\n- das Kopieren der Artikel\n", {"republish"}, set()),
        ("id", "Pengguna dilarang:\n- menyalin artikel\n", {"republish"}, set()),
        ("fr", "Il est interdit :\n- de reproduire les articles\n", {"republish"}, set()),
        ("ru", "Запрещается:\n- копировать статьи сайта\n", {"republish"}, set()),
    ],
    # 4. ellipsis: "X is allowed, but Y is not"
    "ellipsis": [
        ("en", "Linking is allowed, but copying is not.", {"republish"}, set()),
        ("de", "Verlinken ist erlaubt, Kopieren aber nicht.", {"republish"}, set()),
        ("id", "Mengutip diperbolehkan, tetapi menyalin tidak.", {"republish"}, set()),
        ("fr", "Les liens sont autorisés, mais la reproduction non.", {"republish"}, set()),
        ("ru", "Цитирование разрешено, но копирование нет.", {"republish"}, set()),
    ],
    # 5. addressee: a section for AI companies restricts the AI purposes only
    "addressee": [
        (
            "en",
            "AI companies may not copy our articles.",
            {"ai-train", "ai-input", "ai-index"},
            {"republish"},
        ),
        (
            "de",
            "KI-Unternehmen dürfen unsere Artikel nicht kopieren.",
            {"ai-train", "ai-input", "ai-index"},
            {"republish"},
        ),
        (
            "id",
            "Perusahaan AI dilarang menyalin artikel kami.",
            {"ai-train", "ai-input", "ai-index"},
            {"republish"},
        ),
        (
            "fr",
            "Les entreprises d'IA ne peuvent pas copier nos articles.",
            {"ai-train", "ai-input", "ai-index"},
            {"republish"},
        ),
        (
            "ru",
            "Компаниям ИИ запрещено копировать наши статьи.",
            {"ai-train", "ai-input", "ai-index"},
            {"republish"},
        ),
    ],
    # 6. binding: scraping *to train* AI restricts the training, not the scraping
    "binding": [
        (
            "en",
            "Scraping this site to train AI models is prohibited.",
            {"ai-train", "ai-index"},
            {"ai-train", "ai-index", "crawl"},
        ),
        (
            "de",
            "Das Crawlen dieser Website zum Training von KI ist verboten.",
            {"ai-train", "ai-index"},
            {"ai-train", "ai-index", "crawl"},
        ),
        (
            "id",
            "Dilarang melakukan crawling situs ini untuk melatih AI.",
            {"ai-train", "ai-index"},
            {"ai-train", "ai-index", "crawl"},
        ),
        (
            "fr",
            "Le scraping de ce site pour entraîner l'IA est interdit.",
            {"ai-train", "ai-index"},
            {"ai-train", "ai-index", "crawl"},
        ),
        (
            "ru",
            "Запрещается сканировать сайт для обучения ИИ.",
            {"ai-train", "ai-index"},
            {"ai-train", "ai-index", "crawl"},
        ),
    ],
}

# Operators whose effect is a verdict or condition, not a purpose set.
ROUTE_CASES = [
    ("en", "Reproduction is prohibited without written permission.", "written-permission"),
    (
        "de",
        "Die Vervielfältigung ist ohne schriftliche Genehmigung untersagt.",
        "written-permission",
    ),
    ("id", "Dilarang menyalin artikel tanpa izin tertulis.", "written-permission"),
    ("fr", "Toute reproduction est interdite sans autorisation écrite.", "written-permission"),
    ("ru", "Копирование запрещено без письменного разрешения.", "written-permission"),
    ("ja", "書面による許可なく転載することを禁止します。", "written-permission"),
]
EXCEPTION_CASES = [
    ("en", "Crawling is prohibited except for search engines."),
    ("de", "Das Crawlen ist verboten, ausgenommen für Suchmaschinen."),
    ("id", "Crawling dilarang kecuali untuk mesin pencari."),
    ("fr", "Le crawling est interdit, sauf pour les moteurs de recherche."),
    ("ru", "Сканирование запрещено, за исключением поисковых систем."),
    # Head-final: the marker follows what it excepts; and an exception before the ban.
    ("ja", "本サイトのクロールは、検索エンジンを除き、禁止します。"),
    ("ko", "검색 엔진을 제외하고 크롤링을 금지합니다."),
    ("en", "Except for search engines, crawling is prohibited."),
]
OVERRIDE_CASES = [
    ("en", "In no case may articles be reproduced, even with permission."),
    ("de", "Eine Vervielfältigung ist in keinem Fall gestattet, auch nicht mit Genehmigung."),
    ("id", "Dalam keadaan apa pun artikel tidak boleh disalin, bahkan dengan izin."),
    ("fr", "En aucun cas les articles ne peuvent être reproduits, même avec autorisation."),
    ("ru", "Ни в коем случае нельзя копировать статьи, даже с разрешения."),
]


@pytest.mark.parametrize(
    ("operator", "language", "text", "with_it", "without_it"),
    [(op, *case) for op, cases in CASES.items() for case in cases],
    ids=[f"{op}-{case[0]}" for op, cases in CASES.items() for case in cases],
)
def test_operator_changes_the_purposes(
    read: Callable[..., Effects],
    operator: str,
    language: str,
    text: str,
    with_it: set[str],
    without_it: set[str],
) -> None:
    on = restricted(read(text))
    off = restricted(read(text, without=(operator,)))
    assert on == with_it, (language, read(text))
    # Switched off, the operator no longer does its part (a lexicon may also name the same
    # words as another concept, so the reading without it may restrict more).
    assert without_it <= off, (language, read(text, without=(operator,)))
    assert read(text) != read(text, without=(operator,)), language


@pytest.mark.parametrize(
    ("language", "text", "condition"), ROUTE_CASES, ids=[c[0] for c in ROUTE_CASES]
)
def test_route_makes_a_ban_conditional(
    read: Callable[..., Effects], language: str, text: str, condition: str
) -> None:
    on = read(text)
    assert on["republish"] == ("conditional", (condition,)), on
    assert read(text, without=("route",))["republish"] == ("deny", ())


@pytest.mark.parametrize(
    ("language", "text"),
    EXCEPTION_CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(EXCEPTION_CASES)],
)
def test_exception_carves_out_search(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    on = read(text)
    assert on.get("crawl", ("",))[0] == "deny", on
    assert on.get("search", ("",))[0] == "allow", on
    assert (
        "search" not in read(text, without=("exception",))
        or read(text, without=("exception",))["search"][0] != "allow"
    )


@pytest.mark.parametrize(("language", "text"), OVERRIDE_CASES, ids=[c[0] for c in OVERRIDE_CASES])
def test_override_keeps_the_ban_absolute(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text)["republish"] == ("deny", ()), read(text)
    assert read(text, without=("override",))["republish"][0] == "conditional"
