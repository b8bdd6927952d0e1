"""The readings issue 11 names, and constructed variants of the same constructions across
languages: each through the whole checker, as a user would see them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.notices.conftest import Effects, restricted

AI = {"ai-train", "ai-input", "ai-index"}

# A news story *about* publishers blocking AI crawlers (our own text): it reports other
# people's bans and states none of its own.
NEWS_STORY = """Publishers step up their fight against AI crawlers

LONDON (Example Wire) - A growing number of news organisations have blocked AI crawlers from their websites, according to a study published on Tuesday.

The study counted more than 600 publishers whose robots.txt files now disallow GPTBot, the crawler that collects training data for large language models.

"We do not allow our journalism to be used to train AI without permission," the chief executive of one newspaper group said in a statement.

Several media outlets have added clauses to their terms saying that scraping content for AI training is prohibited without a licence, the researchers wrote.

Others have gone further: one broadcaster said it forbids any reproduction of its articles by AI systems.

Lawyers told the authors that such notices are hard to enforce across borders.

AI companies argue that training on publicly available text is fair use, a claim several lawsuits now test.

Some sites have signed licensing deals instead, allowing AI firms to use archives in exchange for payment.

The researchers said they would repeat the count every six months.
"""

INDONESIAN_REPORT = """Sejumlah media daring mulai menolak perayapan oleh AI

JAKARTA (Kantor Berita Contoh) - Beberapa redaksi menulis bahwa crawling dan pengambilan konten untuk AI dilarang tanpa izin tertulis, kata seorang peneliti pada Selasa.

Menurut laporan itu, sebagian besar situs berita kini memblokir perayap AI melalui robots.txt.

Peneliti tersebut mengatakan bahwa penerbit ingin mendapat kompensasi atas penggunaan arsip mereka.
"""


def test_no_part_of_this_article_restricts_ai_training(verdicts: Callable[..., Effects]) -> None:
    out = verdicts("No part of this article may be used to train artificial intelligence systems.")
    assert out["ai-train"][0] == "deny"
    assert "crawl" not in out and "republish" not in out


def test_reproduction_without_written_permission(verdicts: Callable[..., Effects]) -> None:
    out = verdicts("Reproduction without written permission is prohibited.")
    assert out["republish"] == ("conditional", ("written-permission",))
    assert restricted(out) == {"republish"}


def test_reproduction_or_republication_without_written_consent(
    verdicts: Callable[..., Effects],
) -> None:
    out = verdicts(
        "Any reproduction or republication of this content without our written consent"
        " is strictly prohibited."
    )
    assert out["republish"] == ("conditional", ("written-permission",))


def test_book_publisher_training_clause_reserves_ai_training(
    verdicts: Callable[..., Effects],
) -> None:
    out = verdicts(
        "No part of this book may be used or reproduced in any manner for the purpose of"
        " training artificial intelligence technologies or systems."
    )
    assert out["ai-train"][0] == "deny"


def test_news_story_about_bans_is_unknown_everywhere(verdicts: Callable[..., Effects]) -> None:
    assert verdicts(NEWS_STORY) == {}


def test_indonesian_report_of_others_bans_is_unknown_everywhere(
    verdicts: Callable[..., Effects],
) -> None:
    assert verdicts(INDONESIAN_REPORT) == {}


# Constructed variants: (text, purposes that must be restricted, expected condition or None
# for deny, purposes that must stay unrestricted).
VARIANTS = [
    # long enumerations
    (
        "You may not copy, reproduce, download, store, scrape or otherwise collect any content"
        " from this website by automated means for the purpose of training machine learning"
        " models or building datasets, without our prior written permission.",
        {"ai-train", "republish"},
        "written-permission",
        set(),
    ),
    (
        "Es ist untersagt, Inhalte dieser Website zu vervielfältigen, zu verbreiten oder für das"
        " Training von KI-Systemen zu verwenden, sofern keine schriftliche Genehmigung vorliegt.",
        {"republish", "ai-train"},
        "written-permission",
        set(),
    ),
    # lists under a lead-in
    (
        "The following uses are prohibited without our written consent:\n"
        "- scraping or crawling the site with bots\n"
        "- using articles to train artificial intelligence models\n",
        {"crawl", "ai-train"},
        "written-permission",
        set(),
    ),
    (
        "Sont interdits sans autorisation écrite préalable :\n"
        "- la reproduction des articles\n"
        "- l'utilisation des contenus pour entraîner des systèmes d'intelligence artificielle\n",
        {"republish", "ai-train"},
        "written-permission",
        set(),
    ),
    # "X requires prior written consent"
    (
        "Republication of our articles requires prior written consent from the editor.",
        {"republish"},
        "written-permission",
        set(),
    ),
    (
        "Reprodukce obsahu vyžaduje předchozí písemný souhlas vydavatele.",
        {"republish"},
        "written-permission",
        set(),
    ),
    # exceptions
    (
        "Crawling this site is prohibited, except for search engines.",
        {"crawl"},
        None,
        {"search"},
    ),
    (
        "El uso de robots para acceder al sitio está prohibido, salvo para motores de búsqueda.",
        {"crawl"},
        None,
        {"search"},
    ),
    # addressee sections
    (
        "Notice to AI companies: our content may not be used without a licence.",
        AI,
        "licence",
        {"republish", "crawl"},
    ),
    # purpose-bound scraping
    (
        "Scraping our pages in order to train AI models is forbidden.",
        {"ai-train"},
        None,
        {"crawl"},
    ),
    # elliptical clauses
    (
        "Search engines may index our pages, but training AI models on them is not allowed.",
        {"ai-train"},
        None,
        set(),
    ),
    # TDM reservations in several languages
    (
        "Der Nutzung unserer Inhalte für Text und Data Mining nach § 44b UrhG widersprechen wir"
        " ausdrücklich.",
        {"ai-train"},
        None,
        {"crawl", "republish"},
    ),
    (
        "L'éditeur s'oppose à toute fouille de textes et de données au sens de l'article"
        " L. 122-5-3 du Code de la propriété intellectuelle.",
        {"ai-train"},
        None,
        {"crawl", "republish"},
    ),
    # Indonesian, ANTARA-like wording of another publisher (generic, no publisher pack)
    (
        "Dilarang mengambil konten atau menggunakannya untuk melatih AI tanpa izin tertulis"
        " dari redaksi.",
        {"republish", "ai-train"},
        "written-permission",
        set(),
    ),
    (
        "Dilarang keras menyalin atau menyebarluaskan artikel ini tanpa izin.",
        {"republish"},
        "permission",
        set(),
    ),
    # non-Latin scripts
    (
        "Копирование и воспроизведение материалов сайта без письменного разрешения редакции"
        " запрещено.",
        {"republish"},
        "written-permission",
        set(),
    ),
    (
        "本サイトのコンテンツの無断転載を禁じます。",
        {"republish"},
        "permission",
        set(),
    ),
    (
        "未经书面许可，禁止转载本网站内容。",
        {"republish"},
        "written-permission",
        set(),
    ),
    (
        "يُمنع نسخ أو إعادة نشر محتوى هذا الموقع دون إذن كتابي مسبق.",
        {"republish"},
        "written-permission",
        set(),
    ),
    # open licences in prose grant, never deny
    (
        "This article is licensed under a Creative Commons Attribution 4.0 International License.",
        {"republish"},
        "attribution",
        {"crawl", "ai-train"},
    ),
    # an override keeps the ban absolute
    (
        "Under no circumstances may our content be used to train AI, even with permission.",
        {"ai-train"},
        None,
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "must_restrict", "condition", "must_not_restrict"),
    VARIANTS,
    ids=[v[0][:40] for v in VARIANTS],
)
def test_constructed_variants(
    verdicts: Callable[..., Effects],
    text: str,
    must_restrict: set[str],
    condition: str | None,
    must_not_restrict: set[str],
) -> None:
    out = verdicts(text)
    got = restricted(out)
    assert must_restrict <= got, out
    assert not (must_not_restrict & got), out
    for purpose in must_restrict:
        verdict, conditions = out[purpose]
        if condition is None:
            assert verdict == "deny", out
        elif condition == "attribution":
            assert verdict == "conditional" and condition in conditions, out
        else:
            assert verdict == "conditional" and condition in conditions, out


def test_statute_quotation_is_not_a_notice(verdicts: Callable[..., Effects]) -> None:
    statute = (
        "(3) The exception or limitation provided for in paragraph 1 shall apply on condition"
        " that the use of works has not been expressly reserved by their rightholders in an"
        " appropriate manner, such as machine-readable means in the case of content made"
        " publicly available online."
    )
    assert verdicts(statute) == {}


def test_sample_clause_is_not_a_notice(verdicts: Callable[..., Effects]) -> None:
    sample = (
        "Sample clause: No part of this website may be used to train artificial intelligence"
        " without the prior written consent of [Company]."
    )
    assert verdicts(sample) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A law cited by the page's own notice does not make it law text.
        (
            "Allt innehåll är skyddat av upphovsrättslagen. Text- och datautvinning för"
            " träning av AI-modeller är förbehållen.",
            {"ai-train"},
        ),
        # "Unless otherwise stated, ..." ends at its comma; the ban after it stands.
        ("除非另有声明，本站内容不得以任何形式转载。", {"republish"}),
        ("Unless otherwise stated, no article may be reproduced.", {"republish"}),
        # Vocalised Arabic reads like unvocalised Arabic.
        ("يُمْنَعُ نَسْخُ مُحْتَوَى هَذَا الْمَوْقِعِ دُونَ إِذْنٍ كِتَابِيٍّ.", {"republish"}),
        # A hypothetical ("if crawling infringes ...") is no ban of its own.
        ("If automated crawling infringes our rights, we may take legal action.", set()),
        # Someone else's notice quoted inline is not the page's.
        (
            'Only upload what you may use: exam papers bearing "reproduction prohibited" are'
            " a legal risk.",
            set(),
        ),
        # A use named with a condition of reuse is allowed on that condition.
        ("转载请注明出处。", {"republish"}),
        ("При использовании материалов ссылка на сайт обязательна.", {"republish"}),
        # A ban that names its action in one term keeps the action.
        ("© 2026 Redazione. Riproduzione riservata.", {"republish"}),
        # Markup shown as an example is not a notice.
        ('Publishers add <meta name="robots" content="noai"> to opt out of AI training.', set()),
    ],
)
def test_voice_and_structure_mechanisms(
    verdicts: Callable[..., Effects], text: str, expected: set[str]
) -> None:
    assert {p for p in restricted(verdicts(text)) if p != "ai-index"} == expected, verdicts(text)
