"""Constructions the composer reads by mechanism, each in at least five languages (one not in
Latin script at least): the expected reading, and where an operator is responsible, that
switching it off changes it. The sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from compliance.engine import Checker
from compliance.model import Document, Purpose
from compliance.notices.lexicon import load_lexicons
from compliance.notices.recognise import copyright_holders, recognise
from tests.notices.conftest import Effects, restricted

AI = ("ai-index", "ai-train")
Case = tuple[str, str, dict[str, tuple[str, tuple[str, ...]]]]


def _check(read: Callable[..., Effects], text: str, expected: Effects) -> Effects:
    got = read(text)
    for purpose, effect in expected.items():
        assert got.get(purpose) == effect, (text, got)
    return got


# A route set on any use of the content ("Any use requires prior written permission") holds
# for the AI uses listed as items of a general ban of use; a ban a sentence states in its own
# words on one use ("Our articles may not be used for AI training.") is not softened by it.
ANY_USE_ROUTE: list[tuple[str, str, str, str]] = [
    (
        "en",
        "The following uses of our articles are prohibited:\n- text and data mining;\n"
        "- training AI models.",
        "Our articles may not be used for AI training.",
        "Any use of our content requires prior written permission.",
    ),
    (
        "de",
        "Untersagt ist insbesondere die Nutzung unserer Artikel für:\n- Text- und Data-Mining;\n"
        "- das Training von KI-Modellen.",
        "Unsere Artikel dürfen nicht für das KI-Training verwendet werden.",
        "Jede Nutzung unserer Inhalte bedarf der vorherigen schriftlichen Genehmigung.",
    ),
    (
        "fr",
        "Sont notamment interdites les utilisations de nos articles suivantes :\n"
        "- la fouille de textes et de données ;\n- l'entraînement de modèles d'IA.",
        "Nos articles ne peuvent pas être utilisés pour l'entraînement de l'IA.",
        "Toute utilisation de nos contenus nécessite une autorisation écrite préalable.",
    ),
    (
        "es",
        "Queda prohibido el uso de nuestros artículos para:\n- la minería de textos y datos;\n"
        "- el entrenamiento de modelos de IA.",
        "Nuestros artículos no pueden utilizarse para entrenar IA.",
        "Cualquier uso de nuestros contenidos requiere autorización previa por escrito.",
    ),
    (
        "ru",
        "Запрещается использование наших статей для:\n"
        "- интеллектуального анализа текстов и данных;\n- обучения моделей ИИ.",
        "Наши статьи нельзя использовать для обучения ИИ.",
        "Любое использование материалов требует предварительного письменного разрешения.",
    ),
]


@pytest.mark.parametrize(("language", "items", "stated", "any_use"), ANY_USE_ROUTE)
def test_a_route_on_any_use_holds_for_the_items_of_a_general_ban(
    read: Callable[..., Effects], language: str, items: str, stated: str, any_use: str
) -> None:
    listed = f"{items}\n\n{any_use}"
    conditional = ("conditional", ("written-permission",))
    _check(read, listed, {p: conditional for p in AI})
    assert read(listed, without=("route",))["ai-train"] == ("deny", ())
    # the same route does not reach a ban stated in its own words, before or after it
    for text in (f"{stated}\n\n{any_use}", f"{any_use} {stated}"):
        _check(read, text, {p: ("deny", ()) for p in AI})


# "copy, reproduce or scrape our articles, in order to train AI": a binding set off by a
# comma binds the whole enumeration; without the comma only the nearest means is bound.
COMMA_BINDING = [
    ("en", "You may not copy, reproduce or scrape our articles, in order to train AI models."),
    (
        "de",
        "Es ist untersagt, unsere Artikel zu kopieren, zu vervielfältigen oder zu scrapen, "
        "um KI-Modelle zu trainieren.",
    ),
    (
        "nb",
        "Det er forbudt å kopiere, reprodusere eller skrape artiklene våre, for å trene "
        "kunstig intelligens.",
    ),
    (
        "fr",
        "Il est interdit de copier, reproduire ou extraire nos articles, afin d'entraîner une "
        "intelligence artificielle.",
    ),
    (
        "ru",
        "Запрещено копировать, воспроизводить или собирать наши статьи, чтобы обучать "
        "искусственный интеллект.",
    ),
]


@pytest.mark.parametrize(("language", "text"), COMMA_BINDING)
def test_a_binding_after_a_comma_binds_the_enumeration(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("deny", ()), got
    assert "republish" not in got and "crawl" not in got, got
    assert "republish" in read(text, without=("binding",))


def test_without_a_comma_only_the_nearest_means_is_bound(read: Callable[..., Effects]) -> None:
    got = read("Copying articles or scraping for AI training is prohibited.")
    assert got["republish"] == ("deny", ()) and got["ai-train"] == ("deny", ())
    assert "crawl" not in got


# Head-final languages: the condition marker closes the condition before it; "if ... then"
# without a comma: the main clause starts at the first predicate after the condition.
CONDITIONS: list[Case] = [
    (lang, text, {"ai-train": ("conditional", ("written-permission",))})
    for lang, text in [
        ("ko", "콘텐츠를 AI 학습에 활용할 경우 반드시 서면 동의를 받아야 합니다."),
        ("ja", "当サイトの記事をAI学習に利用する場合は事前の書面による許諾が必要です。"),
        (
            "tr",
            "İçeriğin yapay zeka eğitiminde kullanılması durumunda yazılı izin alınması gerekir.",
        ),
        (
            "hi",
            "यदि आप सामग्री का उपयोग एआई प्रशिक्षण के लिए करना चाहते हैं तो लिखित अनुमति आवश्यक है।",
        ),
        ("en", "Unless you hold a licence AI training on our articles is prohibited."),
    ]
]


@pytest.mark.parametrize(("language", "text", "expected"), CONDITIONS)
def test_condition_and_main_clause_are_told_apart(
    read: Callable[..., Effects], language: str, text: str, expected: Effects
) -> None:
    if language == "en":  # "unless": an exception naming a licence, so conditional on it
        assert read(text)["ai-train"][0] == "conditional", read(text)
        return
    _check(read, text, expected)


# A recommendation to others, a permission of the law, and the title of another page
# linked in a list state nothing for this page.
SILENT = [
    ("en", "The association recommends that publishers reserve their rights against TDM."),
    ("de", "Der Verband empfiehlt Verlagen, sich die Rechte am Text- und Data-Mining vorzubehalten."),
    ("fr", "Le syndicat recommande aux éditeurs de s'opposer à la fouille de textes et de données."),
    ("sv", "Föreningen rekommenderar förlagen att förbehålla sig rätten till text- och datautvinning."),
    ("ru", "Ассоциация рекомендует издателям запретить интеллектуальный анализ текстов и данных."),
    ("en", "Under Article 3 of the Directive, research organisations may carry out text and data mining."),
    ("de", "Nach § 60d UrhG dürfen Forschungseinrichtungen Text und Data Mining betreiben."),
    ("fr", "En vertu de l'article L122-5-3, les organismes de recherche peuvent procéder à la fouille de textes."),
    ("sv", "Enligt upphovsrättslagen får forskningsorganisationer utföra text- och datautvinning."),
    ("zh", "1. [禁止将本书用于人工智能训练](https://example.com/t?q=1) 310K"),
    ("en", "- [Publisher bans AI training on its archive](https://example.com/news/1) 2h ago"),
    ("de", "- [Verlag verbietet KI-Training mit seinen Artikeln](https://example.com/n/2)"),
    ("en", "Do not reproduce content you upload unless you own the rights to it."),
    ("de", "Inhalte, die Sie hochladen, dürfen nicht ohne Zustimmung vervielfältigt werden."),
    ("tr", "Sadece kullanma hakkına sahip olduğun içerikleri yükle; izinsiz kopyalama yasaktır."),
    ("en", "Set the header to `X-Robots-Tag: noai, noimageai` as in the examples below."),
    ("de", "Der Header lautet dann `X-Robots-Tag: noai` wie im Beispiel unten."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SILENT)
def test_states_nothing_for_this_page(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (language, read(text))


# A heading with a predicate over a list is the list's lead-in.
HEADED_LISTS = [
    ("en", "What you may not do\n- republish our articles\n- scrape the site"),
    ("de", "Was Sie nicht dürfen\n- unsere Artikel weiterveröffentlichen\n- die Website scrapen"),
    ("fr", "Ce qui est interdit\n- republier nos articles\n- moissonner le site"),
    ("es", "Lo que no está permitido\n- republicar nuestros artículos\n- hacer scraping del sitio"),
    ("ru", "Что запрещено\n- перепечатывать наши статьи\n- парсить сайт"),
]


@pytest.mark.parametrize(("language", "text"), HEADED_LISTS)
def test_a_heading_over_a_list_is_its_lead_in(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("republish") == ("deny", ()) and got.get("crawl") == ("deny", ()), got
    assert read(text, without=("scope",)) == {}


# A grant that makes a condition of reuse mandatory is a conditional grant; a title run
# into its text ("LICENCE AGREEMENT Readers may ...") lends the grant no condition.
GRANTS: list[Case] = [
    (
        "en",
        "Readers may copy and distribute the articles for non-commercial purposes, with "
        "mandatory attribution to the authors.",
        {"republish": ("conditional", ("attribution", "non-commercial"))},
    ),
    (
        "de",
        "Sie dürfen die Artikel für nicht-kommerzielle Zwecke kopieren, die Nennung der "
        "Autoren ist verpflichtend.",
        {"republish": ("conditional", ("attribution", "non-commercial"))},
    ),
    (
        "uk",
        "Користувачі мають право копіювати і поширювати статті з некомерційною метою.",
        {"republish": ("conditional", ("non-commercial",))},
    ),
    (
        "en",
        "LICENCE AGREEMENT Readers may freely copy, distribute and index the article.",
        {"republish": ("allow", ()), "search": ("allow", ())},
    ),
    (
        "uk",
        "ЛІЦЕНЗІЙНА УГОДА Читачі мають право копіювати та поширювати статтю.",
        {"republish": ("allow", ())},
    ),
    (
        "ru",
        "ЛИЦЕНЗИОННОЕ СОГЛАШЕНИЕ Читатели имеют право копировать и распространять статью.",
        {"republish": ("allow", ())},
    ),
    (
        "de",
        "LIZENZVERTRAG Leser dürfen den Artikel frei kopieren und verbreiten.",
        {"republish": ("allow", ())},
    ),
    (
        "fr",
        "CONTRAT DE LICENCE Les lecteurs peuvent copier et diffuser librement l'article.",
        {"republish": ("allow", ())},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), GRANTS)
def test_grants_and_their_conditions(
    read: Callable[..., Effects], language: str, text: str, expected: Effects
) -> None:
    _check(read, text, expected)


def test_an_addressee_names_ai_for_training_and_search_stays_search(
    read: Callable[..., Effects],
) -> None:
    got = read("AI training crawlers: not welcome without explicit permission.")
    assert got["ai-train"] == ("conditional", ("permission",)), got
    got = read("Search engines: welcome.\n\nAI training scrapers: not welcome.")
    assert got["search"] == ("allow", ()) and "ai-input" not in got, got
    assert got["ai-train"] == ("deny", ()), got


# robots.txt: a comment inside one agent's group speaks for that group only.
GROUPED_ROBOTS = (
    "User-agent: GPTBot\n"
    "# No use of our content for AI training or republication without a licence.\n"
    "Disallow: /\n"
    "\n"
    "User-agent: ExampleBot\n"
    "# Scraping and copying of this site is prohibited.\n"
    "Disallow: /private/\n"
    "\n"
    "User-agent: *\n"
    "Allow: /\n"
)


def test_a_comment_inside_an_agent_group_speaks_for_that_group(
    verdicts: Callable[..., Effects],
) -> None:
    got = verdicts(GROUPED_ROBOTS, kind="robots")
    assert got["ai-train"][0] == "deny", got  # the GPTBot group's Disallow and its comment
    assert "republish" not in got and got["crawl"] == ("allow", ()), got
    # The same comments before the groups are the file's.
    header = (
        "# No use of our content for AI training or republication without a licence.\n"
        "# Scraping and copying of this site is prohibited.\n"
        "User-agent: *\nAllow: /\n"
    )
    got = verdicts(header, kind="robots")
    assert got["republish"][0] in ("deny", "conditional"), got


# A short line that states a ban with a use is read even where it looks like a heading
# (a short line before another block); a headline over a story stays the story's.
SHORT_LINES = [
    ("en", "No AI training"),
    ("de", "Kein KI-Training"),
    ("fr", "Pas d'entraînement d'IA"),
    ("es", "Prohibido el entrenamiento de IA"),
    ("ru", "Запрещено обучение ИИ"),
]


@pytest.mark.parametrize(("language", "line"), SHORT_LINES)
def test_a_short_line_stating_a_ban_is_read(
    read: Callable[..., Effects], language: str, line: str
) -> None:
    text = (
        f"Prices rose at the market this week, as the traders noted on Monday.\n\n{line}\nFollow us"
    )
    assert read(text).get("ai-train") == ("deny", ()), (language, read(text))


def test_a_headline_over_a_story_is_not_read(read: Callable[..., Effects]) -> None:
    story = (
        "Publishers ban AI crawlers\n"
        "Several newspapers said on Monday that they had blocked AI crawlers, a survey found."
    )
    assert read(story) == {}


# Traps are right because the voice frame recognises them: news stories about bans, with the
# notice vocabulary deliberately widened, restrict nothing; with the voice frame off they do.
WIDENED_TRAPS = [
    (
        "en",
        "LONDON (Example Wire) - Several publishers said on Tuesday that copying, scraping or "
        "using their articles to train AI is strictly prohibited without prior written "
        "permission.\n\nThe publishers added that reproduction of their content by AI companies "
        "is forbidden, according to a joint statement.\n\nAnalysts said more newsrooms are "
        "expected to reserve their rights against text and data mining this year.",
    ),
    (
        "de",
        "BERLIN (Beispiel-Agentur) - Mehrere Verlage erklärten am Dienstag, das Kopieren, "
        "Scrapen oder die Nutzung ihrer Artikel zum KI-Training sei ohne vorherige schriftliche "
        "Genehmigung strengstens untersagt.\n\nDie Vervielfältigung ihrer Inhalte durch "
        "KI-Unternehmen sei verboten, hieß es in einer gemeinsamen Erklärung.\n\nBeobachter "
        "sagten, weitere Redaktionen würden sich das Text und Data Mining vorbehalten.",
    ),
    (
        "fr",
        "PARIS (Agence Exemple) - Plusieurs éditeurs ont déclaré mardi que la copie, le "
        "moissonnage ou l'utilisation de leurs articles pour entraîner une IA sont strictement "
        "interdits sans autorisation écrite préalable.\n\nLa reproduction de leurs contenus par "
        "des entreprises d'IA est interdite, selon un communiqué commun.\n\nDes analystes ont "
        "estimé que d'autres rédactions s'opposeront à la fouille de textes et de données.",
    ),
    (
        "id",
        "JAKARTA (Kantor Contoh) - Sejumlah penerbit mengatakan pada Selasa bahwa menyalin, "
        "melakukan crawling atau menggunakan artikel mereka untuk melatih AI dilarang keras "
        "tanpa izin tertulis.\n\nMenurut pernyataan bersama, reproduksi konten mereka oleh "
        "perusahaan AI dilarang.",
    ),
    (
        "ru",
        "МОСКВА (Пример-Агентство) - Несколько издателей заявили во вторник, что копирование, "
        "парсинг или использование их статей для обучения ИИ строго запрещены без "
        "предварительного письменного разрешения.\n\nКак говорится в совместном заявлении, "
        "воспроизведение их материалов компаниями ИИ запрещено.",
    ),
]


@pytest.mark.parametrize(("language", "story"), WIDENED_TRAPS)
def test_a_story_about_bans_stays_silent_with_widened_vocabulary(
    read: Callable[..., Effects], language: str, story: str
) -> None:
    assert read(story) == {}, (language, read(story))
    assert read(story, without=("voice",)), language  # the voice frame is what keeps it silent


# An exception in the middle of a clause, with no comma, before the clause's predicate
# ("Das Crawlen ist mit Ausnahme von Suchmaschinen untersagt"): the predicate is the main
# clause's. And an elliptical "but not" takes as its subject only what follows the last comma.
MID_EXCEPTIONS = [
    ("de", "Das Crawlen ist mit Ausnahme von Suchmaschinen untersagt."),
    ("nl", "Het crawlen is met uitzondering van zoekmachines verboden."),
    ("en", "Crawling except by search engines is prohibited."),
    ("es", "El rastreo con excepción de los buscadores está prohibido."),
    ("ru", "Сканирование сайта за исключением поисковых систем запрещено."),
]


@pytest.mark.parametrize(("language", "text"), MID_EXCEPTIONS)
def test_an_exception_before_the_predicate(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {"search": ("allow", ()), "crawl": ("deny", ())}, read(text)


ELLIPSES_AFTER_A_COMMA = [
    ("de", "Wir gestatten Suchmaschinen die Indexierung, das Training von KI-Modellen jedoch nicht."),
    ("en", "We allow search engines to index the site, AI training however not."),
    ("fr", "Nous autorisons les moteurs de recherche à indexer le site, l'entraînement de l'IA toutefois non."),
    ("es", "Permitimos que los buscadores indexen el sitio, el entrenamiento de IA sin embargo no."),
    ("ru", "Мы разрешаем поисковым системам индексировать сайт, обучение ИИ однако нет."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), ELLIPSES_AFTER_A_COMMA)
def test_an_elliptical_but_not_takes_what_follows_the_comma(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("search") == ("allow", ()) and got.get("ai-train") == ("deny", ()), got


# A bare "use" grants nothing ("You may use this site to read the news"), unless a condition
# of reuse comes with it: then the reuse is allowed on that condition.
BARE_USE_WITH_A_CONDITION = [
    ("de", "Die Nutzung ist ausschließlich für private Zwecke gestattet.", "non-commercial"),
    ("en", "You may use the text freely with attribution to the source.", "attribution"),
    ("fr", "L'utilisation est autorisée uniquement à des fins non commerciales.", "non-commercial"),
    ("es", "Se permite el uso con fines no comerciales.", "non-commercial"),
    ("ru", "Использование разрешено только в некоммерческих целях.", "non-commercial"),
]


@pytest.mark.parametrize(("language", "text", "condition"), BARE_USE_WITH_A_CONDITION)
def test_a_bare_use_with_a_condition_of_reuse(
    read: Callable[..., Effects], language: str, text: str, condition: str
) -> None:
    assert read(text) == {"republish": ("conditional", (condition,))}, read(text)
    assert read("You may use this site to read the news.") == {}


# A sentence that names a way to permission, its use only inside a condition ("If you wish
# to reproduce them, contact us for permission"), is the block's procedure for its bans.
PROCEDURE_AFTER_A_BAN = [
    ("zh", "本站文章禁止转载。如需转载，请联系我们获取授权。"),
    ("en", "Reproduction is prohibited. If you wish to reproduce them, please contact us for permission."),
    ("de", "Die Vervielfältigung ist untersagt. Wenn Sie Inhalte übernehmen möchten, bitten wir um eine Genehmigung."),
    ("es", "Queda prohibida la reproducción. Si desea reproducir los contenidos, solicite autorización."),
    ("ru", "Перепечатка запрещена. Если вы хотите перепечатать материалы, свяжитесь с нами для получения разрешения."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PROCEDURE_AFTER_A_BAN)
def test_a_procedure_after_a_ban_makes_it_conditional(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {"republish": ("conditional", ("permission",))}, read(text)
    assert read(text, without=("route",)) == {"republish": ("deny", ())}


def test_full_width_semicolons_cut_clauses(read: Callable[..., Effects]) -> None:
    got = read("非商业性转载请注明来源；商业转载请联系作者获得授权。")
    assert got["republish"][0] == "conditional" and "attribution" in got["republish"][1], got


# A quotation the publisher introduces in its own voice is its own text; one introduced by
# someone else speaking is theirs.
OWN_QUOTATIONS = [
    ("en", "Our standard notice reads: “Copying our articles is prohibited.”"),
    ("de", "Unser Hinweis lautet: „Das Kopieren unserer Artikel ist untersagt.“"),
    ("fr", "Notre mention est la suivante : « La reproduction de nos articles est interdite. »"),
    ("es", "Nuestro aviso dice: «Queda prohibida la reproducción de nuestros artículos.»"),
    ("ru", "Наше уведомление гласит: «Копирование наших статей запрещено»."),
]


@pytest.mark.parametrize(("language", "text"), OWN_QUOTATIONS)
def test_a_quotation_in_the_publishers_own_voice(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {"republish": ("deny", ())}, read(text)


def test_a_quotation_of_someone_else_is_theirs(read: Callable[..., Effects]) -> None:
    assert read("The newspaper said: “Copying our articles is prohibited.”") == {}
    assert read("One editor told us: “Copying our articles is prohibited.”") == {}


# "Permission is granted to reproduce ...": a grant. Whether the permission is given or asked
# for is not told apart from where the words sit ("allowed with permission", "toegestaan na
# toestemming"), so the permission stays a condition: fail closed.
PERMISSION_GRANTED = [
    ("en", "Permission is granted to reproduce this material for non-commercial purposes."),
    ("de", "Hiermit erteilen wir die Erlaubnis, diesen Artikel für nicht-kommerzielle Zwecke zu vervielfältigen."),
    ("fr", "L'autorisation est accordée de reproduire cet article à des fins non commerciales."),
    ("es", "Se concede permiso para reproducir este artículo con fines no comerciales."),
    ("ru", "Мы предоставляем разрешение на воспроизведение статьи в некоммерческих целях."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PERMISSION_GRANTED)
def test_permission_granted_is_a_conditional_grant(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    verdict, conditions = read(text)["republish"]
    assert verdict == "conditional" and "non-commercial" in conditions, read(text)


# "Unauthorised reproduction and AI training are prohibited": the route qualifies the act it
# sits right before, also when it is a stem inside its word ("izinsiz kopyalanamaz").
ROUTE_ON_ONE_ACT = [
    ("tr", "Sitedeki içerikler izinsiz kopyalanamaz ve yapay zeka eğitiminde kullanılamaz."),
    ("de", "Unerlaubtes Kopieren und KI-Training sind verboten."),
    ("en", "Unauthorised reproduction and AI training are prohibited."),
    ("ru", "Несанкционированное копирование и обучение ИИ запрещены."),
    ("pl", "Nieautoryzowane kopiowanie i trenowanie AI są zabronione."),
]


@pytest.mark.parametrize(("language", "text"), ROUTE_ON_ONE_ACT)
def test_a_route_qualifies_the_act_it_sits_before(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got["republish"] == ("conditional", ("permission",)), got
    assert got["ai-train"] == ("deny", ()), got


def test_a_robots_comment_naming_an_agent_of_the_file_is_a_name(checker: Checker) -> None:
    # "ia" is "AI" in French or Spanish; in "ia-archiver" it is part of a crawler's name.
    robots = (
        "# Block ia-archiver from crawling site\n"
        "User-agent: ia_archiver\nDisallow: /\n\n"
        "User-agent: *\nAllow: /\n"
    )
    result = checker.check(Document(id="r", source="robots.txt", kind="robots", text=robots))
    assert not [f.rule_id for f in result.findings if f.rule_id.startswith("notices-")]
    named = "# No AI training on this site.\nUser-agent: *\nAllow: /\n"
    result = checker.check(Document(id="r", source="robots.txt", kind="robots", text=named))
    assert [f.rule_id for f in result.findings if f.rule_id.startswith("notices-")]


# "AI training and use": an AI word beside a coordination of an AI use and a bare "use"
# qualifies both, so the use is AI use too (answers, RAG); a "use" that frames the AI use
# ("use of our content for AI training") is no coordination.
AI_COORDINATION = [
    ("en", "AI training and use of our articles are prohibited."),
    ("ko", "무단 전재 및 재배포, AI 학습 및 활용 금지"),
    ("ko", "기사의 AI 학습과 활용을 금지합니다."),
    ("ja", "当サイトの記事のAI学習・利用を禁止します。"),
    ("zh", "本站文章禁止AI训练和使用。"),
    ("es", "Queda prohibido el entrenamiento y uso de IA con nuestros artículos."),
    ("ru", "Запрещено обучение и использование ИИ на материалах сайта."),
]


@pytest.mark.parametrize(("language", "text"), AI_COORDINATION)
def test_an_ai_word_qualifies_a_coordinated_use(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("deny", ()), got
    assert got.get("ai-input") == ("deny", ()), got
    assert "ai-input" not in read(text, without=("scope",)), read(text, without=("scope",))


@pytest.mark.parametrize(
    "text",
    [
        "Use of our content for AI training is prohibited.",
        "AI training and reproduction are prohibited.",
        "콘텐츠를 AI 학습 데이터로 활용하는 것은 금지됩니다.",
        "Es ist verboten, unsere Inhalte für KI-Training zu nutzen.",
    ],
)
def test_a_use_that_frames_an_ai_use_is_no_coordination(
    read: Callable[..., Effects], text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("deny", ()), got
    assert "ai-input" not in got, got


# "to train AI or to generate answers": answers and responses are an AI use only beside an AI
# term in the sentence (a helpdesk's answers are not), like "training".
AI_ANSWERS = [
    ("en", "Our articles may not be used to train AI models or to generate answers."),
    ("es", "Se prohíbe el entrenamiento de modelos de IA y el ofrecimiento de respuestas."),
    ("de", "Die Inhalte dürfen nicht für KI-Training oder zur Erzeugung von Antworten genutzt werden."),
    ("ru", "Запрещено использовать материалы для обучения ИИ или генерации ответов."),
    ("ja", "記事をAIの学習や回答の生成に利用することを禁止します。"),
    ("ko", "기사를 AI 학습이나 답변 생성에 이용하는 것을 금지합니다."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), AI_ANSWERS)
def test_answers_beside_an_ai_term_are_ai_input(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("deny", ()), got
    assert got.get("ai-input") == ("deny", ()), got


@pytest.mark.parametrize(
    "text",
    [
        "Our editors may not answer questions about subscriptions; answers are sent by email.",
        "Die Redaktion darf keine Antworten auf Leserbriefe veröffentlichen.",
    ],
)
def test_answers_without_an_ai_term_are_no_ai_use(read: Callable[..., Effects], text: str) -> None:
    assert "ai-input" not in read(text), read(text)


# Downloading: a ban on it ("bulk downloading") restricts crawling; a grant of it to readers
# ("may read, download and print") is a reader's right, not a crawler's.
DOWNLOADS = [
    ("en", "Bulk downloading of our articles is prohibited.", "Readers may freely read, download and print the articles."),
    ("de", "Das massenhafte Herunterladen der Artikel ist untersagt.", "Leser dürfen die Artikel frei lesen, herunterladen und ausdrucken."),
    ("fr", "Le téléchargement massif des articles est interdit.", "Les lecteurs peuvent librement lire, télécharger et imprimer les articles."),
    ("uk", "Масове завантаження матеріалів заборонено.", "Користувачі мають право вільно читати, завантажувати і роздруковувати матеріали."),
    ("zh", "禁止批量下载本站文章。", "读者可以自由阅读、下载和打印文章。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "ban", "grant"), DOWNLOADS)
def test_a_download_ban_restricts_crawling_a_download_grant_grants_none(
    read: Callable[..., Effects], language: str, ban: str, grant: str
) -> None:
    assert read(ban).get("crawl") == ("deny", ()), read(ban)
    assert "crawl" not in read(grant), read(grant)


# "Use ... is limited to X": allowed only for X, on the route the sentence names.
LIMITED_TO = [
    ("en", "Use of our articles is limited to personal, non-commercial reading."),
    ("fr", "L'utilisation des contenus est limitée à un usage personnel et non commercial."),
    ("es", "El uso de los artículos está limitado a fines personales y no comerciales."),
    ("it", "L'uso dei contenuti è limitato a scopi personali e non commerciali."),
    ("ro", "Utilizarea articolelor este limitată la scopuri personale, necomerciale."),
]


@pytest.mark.parametrize(("language", "text"), LIMITED_TO)
def test_a_use_limited_to_a_purpose_is_conditional(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    verdict, conditions = read(text)["republish"]
    assert verdict == "conditional" and "non-commercial" in conditions, read(text)


# A term written in capitals is an acronym: "AI", "KI", "IA" in capitals name AI; in lower
# case they are other languages' words (Italian "ai" = to the, Hungarian "ki" = out/who,
# Romanian "ia" = takes, Portuguese "ia" = went).
LOWER_CASE_HOMOGRAPHS = [
    ("it", "La riproduzione degli articoli è riservata ai lettori abbonati."),
    ("hu", "A cikkeket tilos kimásolni, és nem adjuk ki őket harmadik félnek sem."),
    ("ro", "Reproducerea este interzisă; pentru acord, ia legătura cu redacția."),
    ("pt", "A reprodução é proibida; quem ia copiar deve pedir autorização."),
    ("es", "La reproducción de los artículos está prohibida, ia sea total o parcial."),
]
CAPITAL_ACRONYMS = [
    ("it", "È vietato l'uso dei contenuti per l'IA."),
    ("hu", "A tartalom KI célú felhasználása tilos."),
    ("ro", "Utilizarea conținutului pentru IA este interzisă."),
    ("pt", "O uso do conteúdo para IA é proibido."),
    ("ja", "当サイトのコンテンツをAIに利用することを禁止します。"),
]


@pytest.mark.parametrize(("language", "text"), LOWER_CASE_HOMOGRAPHS)
def test_an_acronym_in_lower_case_is_another_word(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert not set(got) & set(AI), got


@pytest.mark.parametrize(("language", "text"), CAPITAL_ACRONYMS)
def test_an_acronym_in_capitals_names_ai(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# A question states nothing: "How can website owners opt out of our crawler?" (the same words
# as a statement restrict), in every script's question mark, the Greek ";" included.
QUESTIONS = [
    ("en", "FAQ: How can website owners opt out of our crawler?"),
    ("de", "Wie können Website-Betreiber unseren Crawler aussperren?"),
    ("fr", "Comment les éditeurs peuvent-ils interdire le scraping de leurs sites ?"),
    ("ja", "サイト運営者はどうすればAIの学習を禁止できますか？"),
    ("ru", "Могут ли издатели запретить обучение ИИ на своих материалах?"),
    ("el", "Μπορούν οι εκδότες να απαγορεύσουν την εκπαίδευση ΤΝ;"),
]


@pytest.mark.parametrize(("language", "text"), QUESTIONS)
def test_a_question_states_nothing(read: Callable[..., Effects], language: str, text: str) -> None:
    assert read(text) == {}, read(text)


def test_the_same_words_as_a_statement_restrict(read: Callable[..., Effects]) -> None:
    assert read("May AI companies not use our articles for training?") == {}
    assert read("AI companies may not use our articles for training.")["ai-train"] == ("deny", ())


# "content, for example by scraping, is not permitted": an aside naming an instance is no
# sample clause; "For example: ..." opening a block still is.
EXAMPLE_ASIDES = [
    ("en", "Automated collection of content, for example by scraping, is not permitted."),
    ("sv", "Automatiserad insamling av innehåll, till exempel genom skrapning, är inte tillåten."),
    ("de", "Die automatisierte Erfassung von Inhalten, zum Beispiel durch Scraping, ist untersagt."),
    ("nl", "Het automatisch verzamelen van inhoud, bijvoorbeeld door scraping, is niet toegestaan."),
    ("ru", "Автоматический сбор материалов, например с помощью скрапинга, запрещён."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), EXAMPLE_ASIDES)
def test_an_example_aside_is_no_sample_clause(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("crawl") == ("deny", ()), read(text)


# Law text: a block opening with the law's numbering, also after its title in book-title marks.
STATUTE_OPENINGS = [
    ("zh", "《生成式人工智能服务管理暂行办法》第七条规定，服务提供者应当使用具有合法来源的数据，不得侵害他人的知识产权。"),
    ("ja", "第三十条の四 著作物は、情報解析の用に供する場合には、利用することができる。ただし、著作権者の利益を不当に害する場合は、この限りでない。"),
    ("ko", "제35조의5 저작물의 통상적인 이용 방법과 충돌하지 아니하는 경우에는 저작물을 이용할 수 있다."),
    ("de", "§ 44b (3) Nutzungen nach Absatz 2 sind nur zulässig, wenn der Rechtsinhaber sich diese nicht vorbehalten hat."),
    ("en", "Article 4(3) The exception shall apply on condition that the use of works has not been expressly reserved by their rightholders."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), STATUTE_OPENINGS)
def test_law_text_opening_with_its_numbering_is_no_notice(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


# A lead-in that ends in a comma leads its list in as a colon would; one that ends in a
# negator ("se compromete a no:", "обязуется не:") bans its items.
LEAD_INS = [
    ("de", "Es ist Ihnen nicht gestattet,\n- Inhalte zum Training von KI-Modellen zu verwenden,\n- die Website mit Crawlern auszulesen."),
    ("fr", "Il vous est interdit,\n- d'utiliser les contenus pour entraîner des modèles d'IA,\n- d'extraire les pages avec des robots."),
    ("zh", "禁止以下行为，\n- 将本站内容用于训练人工智能模型；\n- 使用爬虫抓取本站页面。"),
    ("es", "Usted se compromete a no:\n- usar los contenidos para entrenar modelos de IA;\n- extraer datos con robots."),
    ("pl", "Użytkownik zobowiązuje się nie:\n- wykorzystywać treści do trenowania modeli AI;\n- pobierać stron za pomocą robotów."),
    ("ru", "Пользователь обязуется не:\n- использовать материалы для обучения моделей ИИ;\n- собирать страницы с помощью роботов."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), LEAD_INS)
def test_a_lead_in_ending_in_a_comma_or_a_negator_bans_its_items(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("crawl") == ("deny", ()) and got.get("ai-train") == ("deny", ()), got


# "а также" / "а також" ("as well as") adds to the ban; only the bare "а" contrasts.
AS_WELL_AS = [
    ("ru", "Запрещается копирование материалов, а также их использование для обучения ИИ."),
    ("uk", "Заборонено копіювання матеріалів, а також їх використання для навчання ШІ."),
    ("bg", "Забранено е копирането на материалите, а също и използването им за обучение на ИИ."),
]


@pytest.mark.parametrize(("language", "text"), AS_WELL_AS)
def test_as_well_as_adds_to_the_ban(read: Callable[..., Effects], language: str, text: str) -> None:
    got = read(text)
    assert got.get("republish") == ("deny", ()) and got.get("ai-train") == ("deny", ()), got


# A sample clause the page recommends to others, quoted after a colon, is not its own notice
# (one it introduces in its own voice is: see OWN_QUOTATIONS).
RECOMMENDED_SAMPLES = [
    ("en", 'We recommend adding this line to your footer: "Our content may not be used to train AI."'),
    ("fr", "Nous vous conseillons d'ajouter sur votre site la mention : « Toute utilisation de ce contenu pour entraîner une intelligence artificielle est interdite. »"),
    ("es", "Recomendamos añadir a su sitio el siguiente aviso: «Queda prohibido el uso de nuestros contenidos para entrenar IA.»"),
    ("it", "Vi consigliamo di aggiungere al sito la seguente nota: «È vietato l'uso dei nostri contenuti per addestrare l'IA.»"),
    ("pl", "Zalecamy dodanie do stopki następującej klauzuli: „Zabrania się wykorzystywania naszych treści do trenowania AI.”"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), RECOMMENDED_SAMPLES)
def test_a_recommended_sample_clause_is_not_the_pages_notice(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


# "Permission is granted to search engines to index this site": the permission beside the
# grant is what is granted, not a condition; "with permission" stays one.
PERMISSION_IS_THE_GRANT = [
    ("en", "Permission is granted to search engines to index this site."),
    ("en", "We grant permission to search engines to index this site."),
    ("fr", "L'autorisation est accordée aux moteurs de recherche d'indexer ce site."),
    ("es", "Se concede permiso a los motores de búsqueda para indexar este sitio."),
    ("it", "Si concede l'autorizzazione ai motori di ricerca di indicizzare questo sito."),
    ("ru", "Поисковым системам предоставляется разрешение индексировать этот сайт."),
]


@pytest.mark.parametrize(("language", "text"), PERMISSION_IS_THE_GRANT)
def test_a_permission_granted_is_no_condition(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("search") == ("allow", ()), read(text)


def test_with_permission_stays_a_condition(read: Callable[..., Effects]) -> None:
    got = read("You may reproduce our articles with permission.")
    assert got["republish"] == ("conditional", ("permission",)), got


def test_one_word_is_one_voice_cue_however_many_lexicons_read_it(
    read: Callable[..., Effects],
) -> None:
    # "редакций" is own-voice in both the Russian and the Bulgarian lexicon: one word, one cue,
    # so the two reporting phrases outweigh it and the story stays someone else's.
    story = (
        "Крупнейшие российские издания заблокировали доступ поисковых роботов нейросетей к "
        "своим сайтам, сообщает отраслевое издание. По данным опроса, половина редакций "
        "добавила в пользовательское соглашение запрет на обучение ИИ на своих материалах."
    )
    assert read(story) == {}, read(story)


# Rules of conduct ("do not use the portal to spread false information") are about other
# objects than the page's content: no reuse of it is restricted.
CONDUCT_RULES = [
    ("en", "Users may not use the portal to distribute false information or unlawful content."),
    ("ms", "Pengguna dilarang menggunakan portal untuk menyebarkan maklumat palsu."),
    ("id", "Pengguna dilarang menggunakan situs ini untuk menyebarkan hoaks atau konten ilegal."),
    ("de", "Es ist untersagt, über das Portal falsche Informationen zu verbreiten."),
    ("fr", "Il est interdit d'utiliser le site pour diffuser de fausses informations."),
    ("es", "Está prohibido usar el portal para difundir información falsa."),
]


@pytest.mark.parametrize(("language", "text"), CONDUCT_RULES)
def test_a_rule_of_conduct_restricts_no_reuse(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert "republish" not in read(text), read(text)


# A heading addressed to AI developers scopes a bare "use" under it to AI; a use an item names
# ("Republication ... requires permission") stays that use, with its own route.
ADDRESSED_SECTIONS = [
    ("en", "Notice to AI developers\n\n1. You may not use our content to train AI models.\n2. Republication of our articles requires permission from the editor."),
    ("de", "Hinweis für KI-Unternehmen\n\n1. Unsere Inhalte dürfen nicht für das Training von KI-Modellen genutzt werden.\n2. Die Weiterveröffentlichung unserer Artikel bedarf der Genehmigung der Redaktion."),
    ("fr", "Avis aux entreprises d'IA\n\n1. Nos contenus ne peuvent pas être utilisés pour entraîner des modèles d'IA.\n2. La republication de nos articles nécessite l'autorisation de la rédaction."),
    ("es", "Aviso para empresas de IA\n\n1. Nuestros contenidos no pueden usarse para entrenar modelos de IA.\n2. La republicación de nuestros artículos requiere el permiso de la redacción."),
    ("ru", "Уведомление для ИИ-компаний\n\n1. Наши материалы нельзя использовать для обучения моделей ИИ.\n2. Перепечатка наших статей требует разрешения редакции."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), ADDRESSED_SECTIONS)
def test_a_use_named_under_an_ai_heading_stays_that_use(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("deny", ()), got
    assert got.get("republish") == ("conditional", ("permission",)), got


# A condition of reuse before the grant binds it as one after it does ("If you credit the
# author, you may republish", head-final "kaynak gösterilmek şartıyla alıntılanabilir");
# a condition naming no condition of reuse ("If you like the article") sets none.
CONDITION_BEFORE_GRANT = [
    ("en", "If you credit the author, you may republish our articles."),
    ("de", "Wenn Sie die Quelle nennen, dürfen Sie unsere Artikel nachdrucken."),
    ("fr", "Si vous citez la source, vous pouvez reproduire nos articles."),
    ("tr", "Haberlerimiz kaynak gösterilmek şartıyla alıntılanabilir."),
    ("ja", "出典を明記する場合に限り、記事を転載できます。"),
    ("ko", "출처를 밝히는 경우에 한해 기사를 전재할 수 있습니다."),
]


@pytest.mark.parametrize(("language", "text"), CONDITION_BEFORE_GRANT)
def test_a_condition_before_the_grant_binds_it(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("attribution",)), read(text)


def test_a_condition_without_a_condition_of_reuse_sets_none(read: Callable[..., Effects]) -> None:
    assert read("If you like the article, you may share it.") == {"republish": ("allow", ())}


# A nominal ban may follow a short address set off by a comma ("Por favor, no copies ...").
POLITE_BANS = [
    ("es", "Por favor, no copies mis textos."),
    ("en", "Please, no scraping of this site."),
    ("de", "Bitte, keine Kopien unserer Artikel."),
    ("pl", "Prosimy, nie kopiować naszych artykułów."),
    ("ru", "Пожалуйста, не копируйте наши материалы."),
]


@pytest.mark.parametrize(("language", "text"), POLITE_BANS)
def test_a_nominal_ban_after_a_short_address(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert set(read(text).values()) == {("deny", ())}, read(text)


# An exception in a sentence of its own belongs to the ban right before it.
EXCEPTION_SENTENCES = [
    ("de", "Das automatisierte Auslesen dieser Website ist untersagt. Ausgenommen sind Suchmaschinen."),
    ("en", "Scraping of this website is prohibited. Search engines are excepted."),
    ("fr", "Le moissonnage de ce site est interdit. Les moteurs de recherche sont exceptés."),
    ("es", "Se prohíbe el rastreo automatizado de este sitio. Se exceptúan los motores de búsqueda."),
    ("ru", "Автоматический сбор данных с сайта запрещён. Исключение составляют поисковые системы."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), EXCEPTION_SENTENCES)
def test_an_exception_sentence_excepts_from_the_ban_before_it(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("search") == ("allow", ()) and got.get("crawl") == ("deny", ()), got
    assert "search" not in read(text, without=("exception",))


# The answers a notice about AI speaks of are its AI's: "answer" needs an AI term in the block.
ANSWERS_IN_AN_AI_NOTICE = [
    ("en", "Our content may not be used to train AI models. When you show an answer to your users, you must attribute it to us."),
    ("de", "Unsere Inhalte dürfen nicht für das Training von KI-Modellen genutzt werden. Wenn Sie Ihren Nutzern Antworten anzeigen, müssen Sie die Quelle nennen."),
    ("fr", "Nos contenus ne peuvent pas servir à entraîner une IA. Si vous affichez des réponses à vos utilisateurs, vous devez citer la source."),
    ("es", "Nuestros contenidos no pueden usarse para entrenar IA. Si muestra respuestas a sus usuarios, debe citar la fuente."),
    ("ja", "記事をAIの学習に利用することを禁止します。回答を表示する場合は、出典を明記しなければなりません。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), ANSWERS_IN_AN_AI_NOTICE)
def test_answers_in_an_ai_notice_are_ai_input(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-input") == ("conditional", ("attribution",)), read(text)


# "You may quote ... with attribution. Any other reproduction is prohibited.": a grant on
# conditions of reuse and a ban of the rest make the use conditional; an open licence does
# not outweigh a ban on AI training beside it.
GRANT_AND_THE_REST_BANNED = [
    ("en", "You may quote up to 50 words with attribution. Any other reproduction is prohibited."),
    ("de", "Zitate sind mit Quellenangabe erlaubt. Jede andere Vervielfältigung ist untersagt."),
    ("fr", "Les courtes citations sont autorisées avec mention de la source. Toute autre reproduction est interdite."),
    ("es", "Se permiten citas breves con mención de la fuente. Cualquier otra reproducción está prohibida."),
    ("pl", "Cytaty są dozwolone z podaniem źródła. Wszelkie inne kopiowanie jest zabronione."),
    ("sv", "Citat är tillåtna med källhänvisning. All annan kopiering är förbjuden."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), GRANT_AND_THE_REST_BANNED)
def test_a_grant_on_conditions_and_a_ban_of_the_rest_is_conditional(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    verdict, conditions = read(text)["republish"]
    assert verdict == "conditional" and "attribution" in conditions, read(text)


def test_an_open_licence_does_not_outweigh_an_ai_ban(read: Callable[..., Effects]) -> None:
    got = read("Licensed under CC BY 4.0. AI training is prohibited.")
    assert got["ai-train"] == ("deny", ()), got


# "Content published on this site": a publishing word placed on the publisher's own site
# describes the content, it reuses nothing; "publication on other sites" is a place, not
# other people speaking.
DESCRIBED_CONTENT = [
    ("it", "I contenuti pubblicati su questo sito non possono essere usati per addestrare l'IA."),
    ("pl", "Treści publikowane w serwisie nie mogą być wykorzystywane do trenowania AI."),
    ("es", "Los contenidos publicados en este sitio no pueden usarse para entrenar IA."),
    ("fr", "Les articles publiés sur ce site ne peuvent pas servir à entraîner une IA."),
    ("cs", "Obsah publikovaný na tomto webu nesmí být použit k trénování AI."),
    ("ru", "Материалы, опубликованные на этом сайте, нельзя использовать для обучения ИИ."),
]
OTHER_SITES_AS_A_PLACE = [
    ("it", "È vietata la pubblicazione degli articoli su altri siti."),
    ("en", "Republication of our articles on other websites is prohibited."),
    ("de", "Die Veröffentlichung der Artikel auf anderen Seiten ist untersagt."),
    ("es", "Queda prohibida la publicación de los artículos en otros sitios."),
    ("pl", "Zabrania się publikowania artykułów na innych serwisach."),
]


@pytest.mark.parametrize(("language", "text"), DESCRIBED_CONTENT)
def test_content_published_on_this_site_is_described_not_reused(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("deny", ()) and "republish" not in got, got


@pytest.mark.parametrize(("language", "text"), OTHER_SITES_AS_A_PLACE)
def test_other_sites_named_as_a_place_are_no_discussion(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("deny", ()), read(text)


def test_a_permission_the_grant_requires_stays_a_condition(read: Callable[..., Effects]) -> None:
    got = read("Die Nutzung für KI-Training ist nur mit unserer Zustimmung zulässig.")
    assert got["ai-train"] == ("conditional", ("permission",)), got


# A bare use granted on a condition of reuse set in a condition clause is a conditional grant.
BARE_USE_ON_A_CONDITION_CLAUSE = [
    ("uk", "Використання матеріалів сайту дозволяється за умови посилання на джерело."),
    ("ru", "Использование материалов сайта разрешается при условии ссылки на источник."),
    ("en", "Use of the site's materials is allowed provided that the source is cited."),
    ("de", "Die Nutzung der Inhalte ist gestattet, sofern die Quelle genannt wird."),
    ("es", "Se permite el uso de los contenidos siempre que se cite la fuente."),
]


@pytest.mark.parametrize(("language", "text"), BARE_USE_ON_A_CONDITION_CLAUSE)
def test_a_bare_use_granted_on_a_condition_clause(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("attribution",)), read(text)


# An embedded question asks, it states nothing: "This document defines how AI systems may
# crawl ...", "an essay on whether a footer can prohibit AI training".
EMBEDDED_QUESTIONS = [
    ("en", "This document defines how AI systems may crawl, index, and use data from our domains."),
    ("en", "Assessment: a 3,000-word essay on whether a website footer can prohibit AI training."),
    ("de", "Der Kurs untersucht, ob ein Impressum das KI-Training verbieten kann."),
    ("fr", "Ce guide explique comment les éditeurs peuvent interdire le scraping."),
    ("es", "Este artículo explica cómo los editores pueden prohibir el entrenamiento de IA."),
    ("zh", "本文介绍网站如何禁止人工智能训练。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), EMBEDDED_QUESTIONS)
def test_an_embedded_question_states_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


def test_a_statement_after_how_stays_a_statement(read: Callable[..., Effects]) -> None:
    got = read("Here is how you may not use our content: AI training is prohibited.")
    assert got["ai-train"] == ("deny", ()), got


# List items marked the CJK or symbol way ("（一）", "一、", "①") are items; a short sentence
# whose ban lacks its object leads in the list right after it, whatever ends it.
MARKED_LISTS = [
    ("zh", "用户不得从事以下行为：\n（一）利用爬虫抓取本平台内容；\n（二）将本平台内容用于训练人工智能模型。"),
    ("zh", "用户不得从事以下行为：\n一、利用爬虫抓取本平台内容；\n二、将本平台内容用于训练人工智能模型。"),
    ("ja", "利用者は以下の行為をしてはなりません。\n1. クローラーにより本サービスにアクセスする行為\n2. コンテンツを機械学習に利用する行為"),
    ("ko", "이용자는 다음 행위를 하여서는 안 됩니다.\n1. 크롤링 등 자동화된 방법으로 정보를 수집하는 행위\n2. 콘텐츠를 인공지능 학습에 이용하는 행위"),
    ("en", "Users must not:\n① use crawlers to collect content;\n② use content to train AI models."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), MARKED_LISTS)
def test_marked_list_items_take_their_lead_ins_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("crawl") == ("deny", ()) and got.get("ai-train") == ("deny", ()), got


def test_a_paragraph_with_its_own_object_leads_no_list(read: Callable[..., Effects]) -> None:
    text = "Reproduction of our articles is prohibited.\n- Contact: editor@example.com\n- Search"
    assert read(text) == {"republish": ("deny", ())}, read(text)


# An exception that names only the way to permission ("exceto mediante licença", "salvo
# previa licenza") is the ban's route, not a ban of its own.
EXCEPTION_ROUTES = [
    ("pt", "O uso do conteúdo para treinamento de IA é proibido, exceto mediante contrato de licenciamento.", "licence"),
    ("it", "L'uso dei contenuti per l'addestramento di IA è vietato, salvo previa licenza.", "licence"),
    ("pt", "A reprodução é proibida, exceto mediante autorização.", "permission"),
    ("en", "Reproduction is prohibited, except with our prior written permission.", "written-permission"),
    ("de", "Die Vervielfältigung ist untersagt, außer mit vorheriger schriftlicher Genehmigung.", "written-permission"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "route"), EXCEPTION_ROUTES)
def test_an_exception_naming_a_route_makes_the_ban_conditional(
    read: Callable[..., Effects], language: str, text: str, route: str
) -> None:
    assert {verdict for verdict, _ in read(text).values()} == {"conditional"}, read(text)
    assert all(route in conditions for _, conditions in read(text).values()), read(text)


# "this use", "such use", "neither use": the uses the block named before.
SAME_USES = [
    ("en", "We offer licences for AI training and for retrieval-augmented generation. Without such a licence, neither use is permitted."),
    ("en", "We license our archive for AI training. Without a licence, this use is not permitted."),
    ("de", "Wir lizenzieren unser Archiv für das KI-Training. Ohne Lizenz ist diese Nutzung untersagt."),
    ("fr", "Nous proposons des licences pour l'entraînement d'IA. Sans licence, cette utilisation est interdite."),
    ("es", "Licenciamos el archivo para entrenar IA. Sin licencia, este uso está prohibido."),
    ("nl", "Wij licentiëren ons archief voor AI-training. Zonder licentie is dit gebruik verboden."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SAME_USES)
def test_such_use_is_the_use_named_before(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("conditional", ("licence",)), got
    assert "republish" not in got, got


# A use placed on other sites is their republication, with or without a route.
USE_ELSEWHERE = [
    ("es", "No está permitido el uso de las fotografías en otros sitios web."),
    ("en", "Their use on other websites is not permitted."),
    ("de", "Die Nutzung der Fotos auf anderen Websites ist nicht gestattet."),
    ("fr", "L'utilisation des photos sur d'autres sites est interdite."),
    ("it", "L'uso delle foto su altri siti non è consentito."),
]


@pytest.mark.parametrize(("language", "text"), USE_ELSEWHERE)
def test_a_use_on_other_sites_is_republication(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {"republish": ("deny", ())}, read(text)


# A grant modal right before a ban says what someone may do, not that it is banned: "a
# site's terms may still prohibit it", "Verlage können KI-Crawler sperren".
POSSIBLE_BANS = [
    ("en", "A site's terms of use may still prohibit it."),
    ("de", "Verlage können KI-Crawler sperren."),
    ("fr", "Les conditions d'utilisation d'un site peuvent interdire le scraping."),
    ("es", "Los términos de un sitio pueden prohibir el scraping."),
    ("ru", "Правила сайта могут запрещать сбор данных роботами."),
]


@pytest.mark.parametrize(("language", "text"), POSSIBLE_BANS)
def test_a_modal_before_a_ban_is_a_possibility(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


def test_may_not_stays_a_ban(read: Callable[..., Effects]) -> None:
    assert read("Our articles may not be scraped.") == {"crawl": ("deny", ())}


def test_a_bare_use_lent_by_another_clause_is_still_bare(read: Callable[..., Effects]) -> None:
    # "d'utilisation" and "l'utilisateur" name a use, no reuse of the content: the ban that
    # borrows it restricts nothing until its list says what.
    text = (
        "Conditions générales d'utilisation – Article 6 : Usages interdits Il est notamment "
        "interdit à l'utilisateur :"
    )
    assert read(text) == {}, read(text)


# "We may use ... to train our own models": the publisher's own practice, not a permission
# to anyone; "You may use ..." still grants.
OWN_PRACTICE = [
    ("en", "We may use aggregated usage statistics to improve our services, including our machine-learning features."),
    ("fr", "Nous pouvons utiliser des statistiques agrégées pour entraîner nos propres modèles d'IA."),
    ("es", "Podemos usar estadísticas agregadas para entrenar nuestros modelos de IA."),
    ("it", "Possiamo utilizzare statistiche aggregate per addestrare i nostri modelli di IA."),
    ("pt", "Podemos usar estatísticas agregadas para treinar nossos modelos de IA."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), OWN_PRACTICE)
def test_the_publishers_own_practice_grants_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


def test_you_may_use_still_grants(read: Callable[..., Effects]) -> None:
    got = read("You may use our articles for AI training with attribution.")
    assert got["ai-train"] == ("conditional", ("attribution",)), got


# "..., but a licence can be requested": a way to permission offered in the same sentence
# makes the ban conditional; a grant of something else ("but you may link") does not.
ROUTE_OFFERED = [
    ("en", "AI training is prohibited, but a licence can be requested."),
    ("de", "Das KI-Training ist untersagt, eine Lizenz kann aber angefragt werden."),
    ("fr", "L'entraînement d'IA est interdit, mais une licence peut être demandée."),
    ("es", "El entrenamiento de IA está prohibido, pero se puede solicitar una licencia."),
    ("it", "L'addestramento di IA è vietato, ma si può richiedere una licenza."),
]


@pytest.mark.parametrize(("language", "text"), ROUTE_OFFERED)
def test_a_route_offered_in_a_contrast_makes_the_ban_conditional(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("conditional", ("licence",)), read(text)


def test_a_grant_of_something_else_offers_no_route(read: Callable[..., Effects]) -> None:
    got = read("AI training is prohibited, but you may link to our articles.")
    assert got["ai-train"] == ("deny", ()), got


# The answer to a question speaks of what the question asked about: "May I use your articles
# for AI training? No, this is prohibited." (the question alone states nothing).
ANSWERED_QUESTIONS = [
    ("en", "May I use your articles for AI training? No, this is prohibited."),
    ("de", "Darf ich Ihre Artikel für KI-Training nutzen? Nein, das ist untersagt."),
    ("es", "¿Puedo usar sus artículos para entrenar IA? No, está prohibido."),
    ("ru", "Можно ли использовать ваши статьи для обучения ИИ? Нет, это запрещено."),
    ("ja", "AI学習に記事を利用できますか？いいえ、禁止しています。"),
]


@pytest.mark.parametrize(("language", "text"), ANSWERED_QUESTIONS)
def test_an_answer_bans_what_the_question_asked(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# "Publishers point out that their terms prohibit AI training": after others are named and a
# word that opens what they say, "their terms" (and "our terms") are theirs; "We point out
# that ..." is still the publisher speaking.
REPORTED_THAT = [
    ("en", "Publishers point out that their terms of service prohibit AI training."),
    ("de", "Die Verlage weisen darauf hin, dass ihre Nutzungsbedingungen das KI-Training untersagen."),
    ("es", "Los editores recuerdan que sus condiciones de uso prohíben el entrenamiento de IA."),
    ("nl", "De uitgevers herinneren eraan dat hun voorwaarden het trainen van AI verbieden."),
    ("fr", "Les éditeurs rappellent que leurs conditions d'utilisation interdisent l'entraînement de l'IA."),
    ("ru", "Издатели напоминают, что их пользовательские соглашения запрещают обучение ИИ."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), REPORTED_THAT)
def test_what_others_say_after_that_is_theirs(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)
    assert read(text, without=("voice",)).get("ai-train", ("none",))[0] in ("deny", "conditional")


@pytest.mark.parametrize(
    "text",
    [
        "We point out that our terms of service prohibit AI training.",
        "Wir weisen darauf hin, dass unsere Nutzungsbedingungen das KI-Training untersagen.",
    ],
)
def test_the_publisher_pointing_out_still_speaks(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# "Crawling is prohibited, except for search engine crawlers": the crawlers excepted are
# search's means, so search is granted and the ban on every other crawler stays.
SEARCH_CRAWLERS_EXCEPTED = [
    ("en", "Crawling this website is prohibited, except for search engine crawlers."),
    ("de", "Das Crawlen dieser Website ist untersagt, ausgenommen Crawler von Suchmaschinen."),
    ("fr", "Le crawling de ce site est interdit, à l'exception des robots des moteurs de recherche."),
    ("es", "Queda prohibido el rastreo de este sitio, excepto por los rastreadores de los motores de búsqueda."),
    ("ru", "Сканирование сайта запрещено, за исключением поисковых роботов."),
    ("ja", "本サイトのクローリングは禁止します。ただし、検索エンジンのクローラーを除きます。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SEARCH_CRAWLERS_EXCEPTED)
def test_search_crawlers_excepted_keep_the_crawl_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("crawl") == ("deny", ()) and got.get("search") == ("allow", ()), got


# "Untersagt ist: – die Übernahme … auf andere Websites": in an item of the page's own ban,
# a word about other sites is what is banned, not a topic.
OWN_BAN_ITEMS = [
    ("de", "Untersagt ist:\n– die Übernahme ganzer Artikel auf andere Websites."),
    ("en", "The following is prohibited:\n- republishing whole articles on other news websites."),
    ("fr", "Il est interdit :\n- de reprendre des articles entiers sur d'autres sites d'information."),
    ("es", "Está prohibido:\n- reproducir artículos completos en otros medios digitales."),
    ("ru", "Запрещается:\n- перепечатка статей целиком на других сайтах и в СМИ."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), OWN_BAN_ITEMS)
def test_other_sites_in_an_item_of_an_own_ban_are_its_object(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("deny", ()), read(text)


# 'prohibitions "no AI training" in footers', „zastrzeżenia „wszelkie prawa zastrzeżone“": a
# predicate word right before a quotation names the quoted notice; it bans nothing.
QUOTE_LABELS = [
    ("en", 'Course topics: text and data mining, prohibitions "no AI training" in website footers.'),
    ("de", "Kursthemen: Text- und Data-Mining, Verbote „KI-Training untersagt“ in Fußzeilen von Websites."),
    ("es", "Temario: minería de textos y datos, prohibiciones «prohibido el entrenamiento de IA» en los pies de página."),
    ("pl", "Zagadnienia: eksploracja tekstów i danych, zastrzeżenia „wszelkie prawa zastrzeżone” na stronach."),
    ("ru", "Темы курса: анализ текстов и данных, запреты «обучение ИИ запрещено» в подвалах сайтов."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), QUOTE_LABELS)
def test_a_word_naming_a_quotation_states_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


# "Citat … er tilladt med kildeangivelse": a quotation permitted on a condition is a reuse
# rule even with no other action word (the cheap gate lets it through).
QUOTATIONS_PERMITTED = [
    ("da", "Citat fra vores artikler er tilladt med tydelig kildeangivelse."),
    ("en", "Quotations from our articles are allowed with a clear credit to the source."),
    ("de", "Zitate aus unseren Artikeln sind mit Quellenangabe erlaubt."),
    ("fr", "Les citations de nos articles sont autorisées avec mention de la source."),
    ("ja", "記事の引用は出典を明記した場合に限り許可します。"),
    ("ru", "Цитирование наших материалов разрешено с указанием источника."),
]


@pytest.mark.parametrize(("language", "text"), QUOTATIONS_PERMITTED)
def test_a_permitted_quotation_is_a_conditional_reuse(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    verdict, conditions = read(text).get("republish", ("none", ()))
    assert verdict == "conditional" and "attribution" in conditions, read(text)


# "No autorizamos: • … / Si desea licenciar nuestros contenidos para estos usos, escriba a
# …": a block right after a ban (or its list) that only says how to ask makes the ban
# conditional on that way to permission; "under no circumstances" keeps it absolute.
PROCEDURES_AFTER = [
    ("en", "We do not allow:\n- training AI models on our articles.\n\nIf you wish to license our content for these uses, please contact licensing@dailynews.com."),
    ("de", "Nicht gestattet ist:\n- das Training von KI-Modellen mit unseren Artikeln.\n\nWenn Sie eine Lizenz für diese Nutzungen erwerben möchten, wenden Sie sich an lizenzen@tageblatt.de."),
    ("fr", "Nous n'autorisons pas :\n- l'entraînement de modèles d'IA sur nos articles.\n\nPour obtenir une licence pour ces usages, écrivez à licences@quotidien.fr."),
    ("es", "No autorizamos:\n• el uso de nuestros contenidos para entrenar modelos de IA.\n\nSi desea licenciar nuestros contenidos para estos usos, escriba a licencias@diario.es."),
    ("ru", "Запрещается:\n- использование наших материалов для обучения ИИ.\n\nЧтобы получить лицензию на такое использование, напишите на license@gazeta.ru."),
    ("ja", "以下の行為を禁止します：\n・記事をAIの学習に利用すること\n\nライセンスをご希望の場合は、license@shimbun.jp までご連絡ください。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PROCEDURES_AFTER)
def test_a_procedure_block_after_a_ban_makes_it_conditional(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    verdict, conditions = read(text).get("ai-train", ("none", ()))
    assert verdict == "conditional" and set(conditions) & {"licence", "permission"}, read(text)
    assert read(text, without=("route",)).get("ai-train") == ("deny", ())


def test_a_procedure_leaves_an_absolute_ban_alone(read: Callable[..., Effects]) -> None:
    text = (
        "Under no circumstances may our articles be used to train AI.\n\n"
        "For licensing enquiries, contact licensing@dailynews.com."
    )
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# "本网站所刊载的内容", "इस वेबसाइट पर प्रकाशित सामग्री": where the place comes before the
# publishing word (postpositions, particles), the word still describes the content; a
# reprint ban beside it stays.
OWN_SITE_BEFORE = [
    ("zh", "本网站所刊载的所有内容，不得用于人工智能模型训练。"),
    ("ja", "当サイトに掲載されている記事を、AIの学習に利用することを禁止します。"),
    ("ko", "이 사이트에 게재된 기사를 AI 학습에 이용하는 것을 금지합니다."),
    ("hi", "इस वेबसाइट पर प्रकाशित सामग्री का उपयोग AI मॉडल के प्रशिक्षण के लिए करना वर्जित है।"),
    ("ar", "يُحظر استخدام المحتوى المنشور على هذا الموقع لتدريب الذكاء الاصطناعي."),
]


@pytest.mark.parametrize(("language", "text"), OWN_SITE_BEFORE)
def test_a_place_before_the_publishing_word_describes_the_content(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("deny", ()) and "republish" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "本网站所刊载的内容，未经授权禁止转载。",
        "当サイトに掲載されている記事の無断転載を禁じます。",
    ],
)
def test_a_reprint_ban_beside_a_description_stays(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("conditional", ("permission",)), read(text)


# "無断転載・複製・生成AIへの学習利用等を禁じます": a route bound to a list's first item
# ("unauthorised reprinting, copying, AI training ...") is bound to every item listed.
ROUTE_OVER_LISTS = [
    ("ja", "記事・写真の無断転載・複製・生成AIへの学習利用等を禁じます。"),
    ("zh", "未经授权，禁止转载、摘编或用于人工智能训练。"),
    ("ko", "무단 전재·재배포 및 AI 학습 이용 금지"),
    ("ja", "当サイトの無断複製、AI学習への利用を禁止します。"),
    ("zh", "未經授權，不得轉載、複製或用於人工智慧訓練。"),
]


@pytest.mark.parametrize(("language", "text"), ROUTE_OVER_LISTS)
def test_a_route_on_a_lists_first_item_holds_for_all(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("conditional", ("permission",)), got
    assert got.get("republish") == ("conditional", ("permission",)), got


def test_a_route_stops_at_the_next_predicate(read: Callable[..., Effects]) -> None:
    got = read("本サイトの無断転載・複製を禁じます。AI学習への利用も禁止します。")
    assert got.get("ai-train") == ("deny", ()), got


# "… may not be reproduced … except under a licence agreement": an exception that names a
# way to permission after what it would except is the ban's route, not a grant.
EXCEPT_UNDER_A_LICENCE = [
    ("en", "Content may not be reproduced, republished or redistributed except under a licence agreement with the publisher."),
    ("de", "Inhalte dürfen nicht vervielfältigt oder verbreitet werden, ausgenommen im Rahmen eines Lizenzvertrags."),
    ("fr", "Le contenu ne peut être reproduit ou diffusé, sauf dans le cadre d'un contrat de licence."),
    ("es", "El contenido no puede reproducirse ni distribuirse, salvo mediante un acuerdo de licencia."),
    ("ru", "Контент не может воспроизводиться или распространяться, за исключением случаев наличия лицензионного договора."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), EXCEPT_UNDER_A_LICENCE)
def test_an_exception_under_a_licence_is_a_route(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    verdict, conditions = read(text).get("republish", ("none", ()))
    assert verdict == "conditional" and set(conditions) & {"licence", "permission"}, read(text)


# "No part of this book may be … reproduced … for the purpose of training AI": reproducing
# for an AI purpose is its means (as scraping to train AI is): a training ban, no reprint
# ban; "転载、摘编或用于…训练" coordinates the reprint and keeps it.
REPRODUCED_FOR_AI = [
    ("en", "No part of this book may be used or reproduced in any manner for the purpose of training artificial intelligence technologies or systems."),
    ("fr", "Aucune partie de ce livre ne peut être reproduite dans le but d'entraîner des systèmes d'intelligence artificielle."),
    ("es", "Ninguna parte de este libro puede reproducirse con el fin de entrenar sistemas de inteligencia artificial."),
    ("pt", "Nenhuma parte deste livro pode ser reproduzida com o objetivo de treinar sistemas de inteligência artificial."),
    ("ru", "Никакая часть этой книги не может быть воспроизведена с целью обучения систем искусственного интеллекта."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), REPRODUCED_FOR_AI)
def test_reproducing_for_an_ai_purpose_is_its_means(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("deny", ()) and "republish" not in got, got
    assert "republish" in read(text, without=("binding",))


@pytest.mark.parametrize(
    "text",
    [
        "未经授权，禁止转载、摘编或用于人工智能训练。",
        "Dilarang mengambil konten atau menggunakannya untuk melatih AI tanpa izin tertulis.",
    ],
)
def test_a_reprint_coordinated_before_the_binding_stays(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("republish", ("none",))[0] == "conditional", read(text)


# "Nutzung nur für redaktionelle Zwecke": a use limited to a purpose asks for no permission,
# so no way to permission spreads from it to the block's other bans.
PURPOSE_LIMITS = [
    ("de", "Nutzung nur für redaktionelle Zwecke. Keine Verwendung für KI-Trainingsdatensätze."),
    ("en", "Use for editorial purposes only. No use for AI training datasets."),
    ("fr", "Utilisation à des fins éditoriales uniquement. Aucune utilisation pour l'entraînement de l'IA."),
    ("es", "Uso solo para fines periodísticos. Ningún uso para el entrenamiento de IA."),
    ("ru", "Использование только в редакционных целях. Никакого использования для обучения ИИ."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PURPOSE_LIMITS)
def test_a_purpose_limit_asks_for_no_permission(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# "Tous droits de reproduction réservés. Les dépêches ne peuvent être reproduites sans le
# consentement écrit …": the block's way to permission holds for its bare reservation too;
# an override keeps a ban absolute.
ONE_PROCEDURE = [
    ("fr", "Tous droits de reproduction réservés. Les dépêches de l'agence ne peuvent être reproduites sans le consentement écrit de l'agence."),
    ("en", "All reproduction rights reserved. Articles may not be reproduced without the written consent of the agency."),
    ("de", "Alle Vervielfältigungsrechte vorbehalten. Artikel dürfen ohne schriftliche Zustimmung der Agentur nicht vervielfältigt werden."),
    ("es", "Todos los derechos de reproducción reservados. Los artículos no pueden reproducirse sin el consentimiento escrito de la agencia."),
    ("ru", "Все права на воспроизведение защищены. Статьи не могут воспроизводиться без письменного согласия агентства."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), ONE_PROCEDURE)
def test_a_blocks_route_holds_for_its_reservation(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("written-permission",)), read(text)


def test_an_override_keeps_the_reservation_absolute(read: Callable[..., Effects]) -> None:
    got = read(
        "Under no circumstances may our articles be reproduced. "
        "Reproduction requires written permission."
    )
    assert got.get("republish") == ("deny", ()), got


# "enligt Creative Commons Erkännande 4.0": a reporting word ("according to") that names an
# open licence by its international name names no speaker; the line is the site's own.
LICENCE_CITED = [
    ("sv", "Texten får fritt återanvändas enligt Creative Commons Erkännande 4.0 om källan anges."),
    ("de", "Die Texte dürfen gemäß Creative Commons BY 4.0 frei weiterverwendet werden."),
    ("es", "Los textos pueden reutilizarse libremente según la licencia CC BY 4.0, citando la fuente."),
    ("fr", "Les textes peuvent être librement réutilisés selon la licence Creative Commons BY 4.0."),
    ("ru", "Тексты можно свободно использовать согласно лицензии Creative Commons BY 4.0 с указанием источника."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), LICENCE_CITED)
def test_according_to_an_open_licence_names_no_speaker(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("attribution",)), read(text)


# "You are welcome to republish our articles — no attribution required": a condition named
# only to be waived is none, and its negator negates the need, not the grant; "may not …
# without attribution" still asks for it.
WAIVED_CONDITIONS = [
    ("en", "You are welcome to republish our articles - no attribution required."),
    ("fr", "Vous pouvez republier nos articles - aucune mention de la source requise."),
    ("es", "Puede republicar nuestros artículos - no se requiere atribución."),
    ("ru", "Вы можете перепечатывать наши статьи - указание источника не требуется."),
    ("de", "Sie dürfen unsere Artikel weiterverbreiten - keine Quellenangabe erforderlich."),
]


@pytest.mark.parametrize(("language", "text"), WAIVED_CONDITIONS)
def test_a_waived_condition_is_none(read: Callable[..., Effects], language: str, text: str) -> None:
    assert read(text).get("republish") == ("allow", ()), read(text)


def test_a_condition_not_waived_stays(read: Callable[..., Effects]) -> None:
    got = read("You may not republish our articles without attribution.")
    assert got.get("republish") == ("conditional", ("attribution",)), got
    got = read("Reproduction requires no permission, but AI training is prohibited.")
    assert got.get("ai-train") == ("deny", ()) and "republish" not in got, got


# "Media outlets that want to republish our articles must ask for permission": right after
# a noun, "that" (que, che, что) opens a relative clause about them, not what they say; the
# sentence is still the publisher's.
RELATIVE_CLAUSES = [
    ("en", "Media outlets that want to republish our articles must ask for permission."),
    ("fr", "Les médias qui souhaitent reprendre nos articles doivent demander une autorisation."),
    ("es", "Los medios que deseen reproducir nuestros artículos deben solicitar autorización."),
    (
        "it",
        "Le testate che vogliono riprodurre i nostri articoli devono chiedere l'autorizzazione.",
    ),
    ("ru", "СМИ, что хотят перепечатать наши статьи, должны получить разрешение."),
]


@pytest.mark.parametrize(("language", "text"), RELATIVE_CLAUSES)
def test_a_relative_clause_after_others_is_no_report(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    verdict, conditions = read(text).get("republish", ("none", ()))
    assert verdict == "conditional" and "permission" in conditions, read(text)


# "如需转载，请注明出处", "If you republish our articles, please credit the source": a reuse
# named under "if" and only a condition of reuse asked in the main clause is that reuse
# allowed on the condition; a question about reproduction asks nothing.
REUSE_ON_CONDITION = [
    ("zh", "如需转载，请注明出处。"),
    ("ja", "転載する場合は、出典を明記してください。"),
    ("ko", "기사를 인용할 경우 출처를 밝혀 주세요."),
    ("en", "If you republish our articles, please credit the source."),
    ("de", "Wenn Sie unsere Artikel übernehmen, nennen Sie bitte die Quelle."),
    ("fr", "Si vous reprenez nos articles, merci de citer la source."),
]


@pytest.mark.parametrize(("language", "text"), REUSE_ON_CONDITION)
def test_a_reuse_under_if_with_a_condition_is_allowed_on_it(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("attribution",)), read(text)
    assert read("If you have questions about reproduction, please contact us.") == {}


# "生成AIの学習を目的とした記事の収集を禁止します": in a head-final language the AI purpose
# comes before the binding and the means right after it; collecting for AI training is
# an AI-training ban, not a crawl ban.
HEAD_FINAL_BINDINGS = [
    ("ja", "生成AIの学習を目的とした記事の収集を禁止します。"),
    ("ko", "AI 학습을 목적으로 한 기사 수집을 금지합니다."),
    ("tr", "Yapay zeka eğitimi amacıyla sitemizin taranması yasaktır."),
    ("hi", "एआई प्रशिक्षण के उद्देश्य से सामग्री की स्क्रैपिंग वर्जित है।"),
    ("ja", "生成AIの学習およびAIサービスでの利用を目的とした記事の収集を禁止します。"),
]


@pytest.mark.parametrize(("language", "text"), HEAD_FINAL_BINDINGS)
def test_a_head_final_binding_binds_the_means_after_it(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("deny", ()) and "crawl" not in got, got
    assert "crawl" in read(text, without=("binding",))


# "生成式人工智能服务", "AIサービス", "AI services": content used in an AI service is used at
# answer time (as RAG and chatbots are).
AI_SERVICES = [
    ("zh", "未经授权，禁止将本站内容作为生成式人工智能服务的输入。"),
    ("ja", "記事をAIサービスで利用することを禁止します。"),
    ("ko", "기사를 생성형 AI 서비스에 이용하는 것을 금지합니다."),
    ("en", "Our articles may not be used in AI services."),
    ("de", "Die Nutzung unserer Artikel in KI-Diensten ist untersagt."),
]


@pytest.mark.parametrize(("language", "text"), AI_SERVICES)
def test_use_in_an_ai_service_is_ai_input(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-input", ("none",))[0] in ("deny", "conditional"), read(text)


# "…, sofern es nicht durch Suchmaschinen erfolgt", "if it is not done by search engines":
# a negated condition after a ban is an exception to it ("unless").
NEGATED_CONDITIONS = [
    ("de", "Untersagt ist das automatisierte Auslesen der Website, sofern es nicht durch Suchmaschinen zum Zweck der Indexierung erfolgt."),
    ("en", "Crawling this site is prohibited if it is not done by search engines."),
    ("pl", "Automatyczne pobieranie treści jest zabronione, jeśli nie jest wykonywane przez wyszukiwarki."),
    ("uk", "Автоматичне збирання контенту заборонене, якщо воно не здійснюється пошуковими системами."),
    ("cs", "Automatické stahování obsahu je zakázáno, pokud není prováděno vyhledávači."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NEGATED_CONDITIONS)
def test_a_negated_condition_after_a_ban_is_an_exception(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("crawl") == ("deny", ()) and got.get("search") == ("allow", ()), got
    assert "search" not in read(text, without=("exception",))


# "AI training is prohibited except for AI research by universities": an exception named by
# the ban's own action carves out a few users of that use; the ban stays for everyone else
# (granting the whole purpose failed open).
NARROWED_EXCEPTIONS = [
    ("en", "AI training is prohibited except for AI research by universities."),
    ("de", "Das Training von KI-Systemen mit unseren Inhalten ist untersagt, ausgenommen KI-Forschung an Hochschulen."),
    ("fr", "L'entraînement de l'IA sur nos contenus est interdit, sauf pour la recherche en IA menée par des universités."),
    ("es", "Queda prohibido el entrenamiento de IA con nuestros contenidos, salvo la investigación en IA de universidades."),
    ("ru", "Обучение ИИ на наших материалах запрещено, за исключением исследований ИИ в университетах."),
    ("ja", "大学によるAI研究を除き、当サイトのコンテンツのAI学習への利用を禁止します。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NARROWED_EXCEPTIONS)
def test_an_exception_named_by_the_banned_use_keeps_the_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)
    # Another use excepted is still granted.
    assert read("Scraping is prohibited except by search engines.").get("search") == (
        "allow",
        (),
    )


# A service's promise about its customers' own content ("We do not use your content to train
# AI") is about their content, not the page's: it restricts nothing.
PROMISES_ABOUT_YOUR_CONTENT = [
    ("en", "We will not use your content to train our AI models."),
    ("it", "Non utilizziamo i tuoi contenuti per addestrare modelli di IA."),
    ("pt", "Não utilizamos o seu conteúdo para treinar modelos de IA."),
    ("pl", "Nie wykorzystujemy Twoich treści do trenowania modeli AI."),
    ("tr", "İçeriğinizi yapay zeka modellerini eğitmek için kullanmayız."),
    ("ru", "Мы не используем ваш контент для обучения моделей ИИ."),
    ("ko", "당사는 귀하의 콘텐츠를 AI 모델 학습에 사용하지 않습니다."),
    ("zh", "我们不会使用您的内容来训练人工智能模型。"),
]


@pytest.mark.parametrize(("language", "text"), PROMISES_ABOUT_YOUR_CONTENT)
def test_a_promise_about_the_customers_content_restricts_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


# "(2) Untersagt sind insbesondere:" over dash items: a lead-in numbered "(2)" leads its
# list as "2." does (it was read as an item of its own, and the list had no lead-in).
NUMBERED_LEAD_INS = [
    ("de", "(2) Untersagt sind insbesondere:\n– das automatisierte Auslesen der Inhalte mit Crawlern;\n– die Nutzung der Inhalte zum Training von KI-Systemen."),
    ("en", "(3) You may not:\n- scrape the site by automated means;\n- use our content to train AI models."),
    ("fr", "(2) Il est interdit :\n– de collecter les contenus au moyen de robots ;\n– d'utiliser les contenus pour entraîner des systèmes d'IA."),
    ("ru", "(2) Запрещается:\n– собирать материалы сайта с помощью роботов;\n– использовать материалы для обучения ИИ."),
    ("pl", "(b) Zabrania się:\n– pobierania treści serwisu za pomocą robotów;\n– wykorzystywania treści do trenowania sztucznej inteligencji."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NUMBERED_LEAD_INS)
def test_a_lead_in_numbered_in_brackets_leads_its_list(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("crawl") == ("deny", ()) and got.get("ai-train") == ("deny", ()), got


# "§ 7 Nutzung der Inhalte" over "… nur mit schriftlicher Zustimmung zulässig": a number
# opening a heading numbers the terms' own sections; the permission under it is the
# publisher's, not the law's ("Was regelt § 44b UrhG?" still cites a law).
SECTION_NUMBERS = [
    ("de", "§ 7 Nutzung der Inhalte\n\n(1) Die Artikel dieser Website dürfen nur mit vorheriger schriftlicher Zustimmung der Redaktion vervielfältigt werden."),
    ("es", "Artículo 6 Uso de los contenidos\n\nLa reproducción de los artículos de este sitio solo está permitida con la autorización previa y por escrito de la redacción."),
    ("it", "Art. 3 Utilizzo dei contenuti\n\nLa riproduzione degli articoli di questo sito è consentita solo previa autorizzazione scritta della redazione."),
    ("ja", "第5条（コンテンツの利用）\n\n本サイトの記事は、編集部の書面による事前の許諾がある場合に限り、複製することができます。"),
    ("en", "Section 4 Use of content\n\nArticles on this website may be reproduced only with the prior written consent of the editors."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SECTION_NUMBERS)
def test_a_section_number_over_a_permission_cites_no_law(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("written-permission",)), read(text)
    cited = "Was regelt § 44b UrhG?\nDie Vorschrift erlaubt Vervielfältigungen für das Text und Data Mining."
    assert "ai-train" not in read(cited), read(cited)


# "The user undertakes not to:", "以下の行為を行わないものとします。": a lead-in whose negator is
# followed by at most an infinitive marker or an auxiliary bans its items.
NEGATED_LEAD_INS = [
    ("en", "Terms of use\n\nThe user undertakes not to:\n• collect content from the site using robots or scrapers;\n• republish articles on other websites."),
    ("ja", "利用規約\n\n利用者は、以下の行為を行わないものとします。\n・ロボットやスクレイパーを用いてサイトのコンテンツを収集すること\n・記事を他のウェブサイトに転載すること"),
    ("he", "תנאי שימוש\n\nהמשתמש מתחייב שלא:\n• לאסוף מידע מהאתר באמצעות רובוטים או סקרייפרים;\n• לפרסם מחדש כתבות מהאתר באתרים אחרים."),
    ("es", "Términos de uso\n\nEl usuario se compromete a no:\n• recopilar contenido del sitio con robots o scrapers;\n• republicar artículos en otros sitios web."),
    ("ru", "Условия использования\n\nПользователь обязуется не:\n• собирать материалы сайта с помощью роботов или парсеров;\n• перепечатывать статьи на других сайтах."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NEGATED_LEAD_INS)
def test_a_lead_in_ending_in_a_negator_and_a_marker_bans_its_items(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("crawl") == ("deny", ()) and got.get("republish") == ("deny", ()), got


# "Exemple :", "Beispiel:": a label term written with its colon counts only before a colon;
# "par exemple" inside a ban labels no sample clause (the ban was lost).
EXAMPLES_INSIDE_A_BAN = [
    ("fr", "Toute reproduction, par exemple pour l'entraînement d'une IA, est interdite.", "Exemple : Toute reproduction pour l'entraînement d'une IA est interdite."),
    ("es", "Queda prohibida cualquier reproducción, por ejemplo para entrenar sistemas de IA.", "Ejemplo: Queda prohibida cualquier reproducción para entrenar sistemas de IA."),
    ("pt", "É proibida qualquer reprodução, por exemplo para treinar sistemas de IA.", "Exemplo: É proibida qualquer reprodução para treinar sistemas de IA."),
    ("nl", "Elke verveelvoudiging, bijvoorbeeld voor het trainen van AI, is verboden.", "Voorbeeld: Elke verveelvoudiging voor het trainen van AI is verboden."),
    ("de", "Jede Vervielfältigung, zum Beispiel für das Training von KI, ist untersagt.", "Beispiel: Jede Vervielfältigung für das Training von KI ist untersagt."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "ban", "sample"), EXAMPLES_INSIDE_A_BAN)
def test_a_label_term_needs_its_colon(
    read: Callable[..., Effects], language: str, ban: str, sample: str
) -> None:
    assert read(ban).get("ai-train") == ("deny", ()), read(ban)
    assert read(sample) == {}, read(sample)


def test_a_japanese_contrast_needs_its_comma(read: Callable[..., Effects]) -> None:
    """ "許可しますが、": "が" and a comma end a clause; "許諾がある" is a subject particle."""
    got = read("検索エンジンによるインデックスは許可しますが、AI学習への利用は禁止します。")
    assert got.get("search") == ("allow", ()) and got.get("ai-train") == ("deny", ()), got
    got = read(
        "本サイトの記事は、編集部の書面による事前の許諾がある場合に限り、複製することができます。"
    )
    assert got.get("republish") == ("conditional", ("written-permission",)), got


# "Scraping of this site, including by AI crawlers, is prohibited": what follows an
# inclusive ("including", "notamment", "в том числе", "包括") is an example of what was
# named: an addressee there does not narrow the ban to the AI purposes, and a specific AI
# use there leaves the general AI use named before it.
INCLUDED_ADDRESSEES = [
    ("en", "Scraping of this site, including by AI crawlers, is prohibited."),
    ("de", "Das automatisierte Auslesen dieser Website, auch durch KI-Crawler, ist untersagt."),
    ("ru", "Автоматический сбор материалов сайта, в том числе ИИ-краулерами, запрещён."),
    ("fr", "La collecte automatisée de ce site, y compris par des robots d'IA, est interdite."),
    ("es", "Queda prohibida la extracción automatizada de este sitio, incluidos los rastreadores de IA."),
]  # fmt: skip
INCLUDED_AI_USES = [
    ("en", "The use of this content by AI systems, including for retrieval-augmented generation, is prohibited."),
    ("fr", "Il est interdit d'utiliser nos contenus pour l'IA, notamment pour générer des résumés."),
    ("es", "Queda prohibido el uso de los contenidos por sistemas de IA, incluida la generación de respuestas."),
    ("ru", "Использование материалов сайта системами ИИ, в том числе для генерации ответов, запрещено."),
    ("zh", "禁止将本站内容用于人工智能，包括生成摘要。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), INCLUDED_ADDRESSEES)
def test_an_addressee_named_as_an_example_does_not_narrow_a_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("crawl") == ("deny", ()) and got.get("ai-train") == ("deny", ()), got


@pytest.mark.parametrize(("language", "text"), INCLUDED_AI_USES)
def test_a_specific_ai_use_named_as_an_example_keeps_the_general_one(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("deny", ()) and got.get("ai-input") == ("deny", ()), got


# "Mit Ausnahme von Suchmaschinen ist das automatisierte Auslesen … untersagt": a fronted
# exception without a comma ends where a second use begins; "本書の無断複写は著作権法上での例外
# を除き禁じられています": a head-final exception that holds the ban's subject cannot grant it
# (the standard Japanese book line read as an allow).
FRONTED_EXCEPTIONS = [
    ("de", "Mit Ausnahme von Suchmaschinen ist das automatisierte Auslesen unserer Seiten untersagt."),
    ("de", "Ausgenommen Suchmaschinen ist das automatisierte Auslesen unserer Seiten untersagt."),
    ("nl", "Met uitzondering van zoekmachines is het automatisch uitlezen van onze pagina's verboden."),
    ("pl", "Z wyjątkiem wyszukiwarek automatyczne pobieranie treści serwisu jest zabronione."),
    ("en", "Except for search engines automated collection of our pages is prohibited."),
]  # fmt: skip
SUBJECTS_INSIDE_AN_EXCEPTION = [
    ("ja", "本書のコピー、スキャン、デジタル化等の無断複製は著作権法上での例外を除き禁じられています。"),
    ("ja", "本書の無断複写は著作権法上での例外を除き禁じられています。"),
    ("ko", "본서의 무단 복제는 저작권법상의 예외를 제외하고 금지되어 있습니다."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), FRONTED_EXCEPTIONS)
def test_a_fronted_exception_without_a_comma_ends_at_the_banned_use(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("crawl") == ("deny", ()) and got.get("search") == ("allow", ()), got


@pytest.mark.parametrize(("language", "text"), SUBJECTS_INSIDE_AN_EXCEPTION)
def test_a_head_final_exception_holding_the_subject_grants_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("permission",)), read(text)


# "a bill that would let authors ban the use of their works for AI training": "their works"
# are others' works, so the ban is theirs to make, not the page's.
THEIR_WORKS = [
    ("en", "A new bill would let authors ban the use of their works for AI training."),
    ("cs", "Ministerstvo připravuje novelu, která má autorům usnadnit zákaz využití jejich děl k trénování umělé inteligence."),
    ("bg", "Министерството обсъжда промени, които да позволят на авторите да забранят използването на произведенията им за обучение на изкуствен интелект."),
    ("lt", "Komitetas svarsto pataisas, kurios leistų autoriams uždrausti naudoti jų kūrinius dirbtiniam intelektui mokyti."),
    ("ko", "시행령에는 저작권자가 자신의 저작물을 AI 학습에 이용하지 못하도록 거부할 수 있는 방안이 포함됐다."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), THEIR_WORKS)
def test_a_ban_on_the_use_of_their_works_is_theirs(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


# "Muchos medios prohíben en sus condiciones de uso …": terms of use that are *theirs*
# (a possessive of others before the own-voice noun) are no voice of the page's own.
OTHERS_TERMS = [
    ("es", "Depende. Muchos medios prohíben en sus condiciones de uso la utilización de sus contenidos por sistemas de inteligencia artificial."),
    ("pt", "Alguns veículos também incluíram em seus termos de uso cláusulas que proíbem o uso de reportagens para treinar modelos."),
    ("en", "Industry analysts say broadcasters added clauses to their terms of use forbidding text and data mining."),
    ("fr", "Le syndicat a appelé ses membres à inscrire dans leurs conditions générales une opposition à la fouille de textes et de données."),
    ("ru", "Многие редакции запрещают в своих правилах обучение ИИ на своих материалах."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), OTHERS_TERMS)
def test_others_terms_of_use_are_no_notice(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


# "© 2024 Nordlys Medier AS. … Kopiering uten tillatelse er forbudt.": a capitalised
# discussion word inside the publisher's name (after ©, or before a legal form) names the
# publisher, not other publishers (the footer was read as a discussion and lost).
NAMES_WITH_DISCUSSION_WORDS = [
    ("nb", "© 2024 Nordlys Medier AS. Alle rettigheter reservert. Kopiering uten tillatelse er forbudt."),
    ("fr", "Médias du Nord SA – Tous droits réservés. Toute reproduction sans autorisation est interdite."),
    ("ru", "© 2024 ООО «Северные СМИ». Все права защищены. Перепечатка материалов без разрешения запрещена."),
    ("de", "© 2024 Nordwest Zeitungen GmbH. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung."),
    ("en", "Acme Newspapers Ltd prohibits the reproduction of its articles without permission."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NAMES_WITH_DISCUSSION_WORDS)
def test_a_discussion_word_in_the_publishers_name_is_its_name(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish", ("none",))[0] == "conditional", read(text)


# "We do not grant permission for such use", "No concedemos licencias": a way to permission
# the publisher refuses is no route (the ban read as conditional on it); "may not be used
# without a licence" names one.
REFUSED_ROUTES = [
    ("en", "The use of our articles to train AI is prohibited. We do not grant permission for such use."),
    ("fr", "L'utilisation de nos contenus pour entraîner des IA est interdite. Nous n'accordons aucune licence à cette fin."),
    ("es", "Queda prohibido el uso de nuestros contenidos para entrenar IA. No concedemos licencias para este fin."),
    ("ru", "Использование наших материалов для обучения ИИ запрещено. Мы не предоставляем лицензий для таких целей."),
    ("de", "Die Nutzung unserer Inhalte für das KI-Training ist untersagt. Wir erteilen keine Lizenzen für diesen Zweck."),
    ("zh", "禁止将本站内容用于人工智能训练。我们不授予任何许可。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), REFUSED_ROUTES)
def test_a_refused_route_leaves_the_ban_absolute(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)
    named = "Our articles may not be used for AI training without a licence."
    assert read(named).get("ai-train") == ("conditional", ("licence",)), read(named)


# "Авторы инициативы предлагают запретить обучение моделей …", "The union calls for a ban
# on …": a ban someone proposes, demands or calls for is not in force, and not the page's.
PROPOSED_BANS = [
    ("ru", "Госдума рассмотрит законопроект. Авторы инициативы также предлагают запретить обучение моделей на произведениях без согласия правообладателей."),
    ("hr", "Hrvatsko novinarsko društvo upozorava da strane tvrtke koriste tekstove portala za treniranje umjetne inteligencije te traži da se takva praksa zabrani."),
    ("fr", "Le syndicat de la presse régionale réclame l'interdiction de l'entraînement des intelligences artificielles sur les articles sans rémunération."),
    ("en", "The journalists' union calls for a ban on training AI models on news articles without payment."),
    ("de", "Der Verband fordert ein Verbot des KI-Trainings mit Presseartikeln ohne Vergütung."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PROPOSED_BANS)
def test_a_proposed_ban_is_not_the_pages(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


# Danish "må" is "may", Norwegian "må" is "must": with a condition named the word asks for it,
# without one it permits ("Søgemaskiner må gerne indeksere siden" was a conditional search).
MAY_OR_MUST = [
    ("da", "Søgemaskiner må gerne indeksere siden.", "search", ("allow", ())),
    ("da", "Du må dele denne artikel.", "republish", ("allow", ())),
    ("nb", "Bruk av innholdet til KI-trening må avtales skriftlig med redaksjonen.", "ai-train", ("conditional", ("written-permission",))),
    ("nb", "Du må gjerne dele artikkelen med kildehenvisning.", "republish", ("conditional", ("attribution",))),
    ("nn", "Innhaldet må ikkje nyttast til trening av kunstig intelligens.", "ai-train", ("deny", ())),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "purpose", "effect"), MAY_OR_MUST)
def test_may_or_must_is_decided_by_a_named_condition(
    read: Callable[..., Effects],
    language: str,
    text: str,
    purpose: str,
    effect: tuple[str, tuple[str, ...]],
) -> None:
    assert read(text).get(purpose) == effect, read(text)


# "Experience with Scrapy is required": a job advert asks for a skill, not for permission.
SKILLS_REQUIRED = [
    ("en", "We're hiring a data engineer. Experience with Scrapy and large-scale crawling is required."),
    ("de", "Wir suchen eine Data Engineerin. Erfahrung mit Web-Crawling ist erforderlich."),
    ("fr", "Nous recrutons un ingénieur de données. Une expérience en collecte de données web est requise."),
    ("es", "Buscamos ingeniero de datos. Se requiere experiencia con Scrapy y rastreo web."),
    ("ru", "Ищем инженера данных. Требуется опыт работы с парсингом и краулерами."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SKILLS_REQUIRED)
def test_a_skill_required_asks_no_permission(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


# "O projeto de lei … permite esse uso", "PRESSEMITTEILUNG – … dürfen Inhalte der Gruppe …
# verwendet werden", "you grant us a licence to display your posts": a bill's permission, a
# press release about a deal and the user's own grant to the site are no notice to readers.
NOT_THE_READERS = [
    ("pt", "O projeto de lei que regulamenta a inteligência artificial prevê que autores sejam remunerados quando suas obras forem usadas no treinamento de modelos, e permite esse uso."),
    ("de", "PRESSEMITTEILUNG – Die Hanse Mediengruppe hat mit einem KI-Unternehmen einen Lizenzvertrag geschlossen. Künftig dürfen Inhalte der Gruppe zum Training von Sprachmodellen verwendet werden."),
    ("ru", "Законопроект разрешает обучение нейросетей на опубликованных произведениях при условии выплаты вознаграждения."),
    ("fr", "Le projet de loi permettrait aux auteurs de s'opposer à l'entraînement des intelligences artificielles."),
    ("en", "User content. You retain ownership of what you post, but you grant us a worldwide licence to host and display it."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NOT_THE_READERS)
def test_bills_press_releases_and_user_grants_are_no_notice(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


# "Under no circumstances may content be used … without a licence": an override of the
# manner leaves the way to permission the sentence names; one right beside it ("regardless
# of any licence", "even with permission") refuses it.
MANNER_OVERRIDES = [
    ("en", "Under no circumstances may our content be used for AI training without a licence."),
    ("tr", "Tüm fotoğraflar lisans satın alınmadan hiçbir şekilde yapay zekâ eğitiminde kullanılamaz."),
    ("de", "Unter keinen Umständen dürfen unsere Inhalte ohne Lizenz für das KI-Training genutzt werden."),
    ("fr", "En aucun cas nos contenus ne peuvent servir à l'entraînement d'une IA sans licence."),
    ("ru", "Ни в коем случае нельзя использовать наши материалы для обучения ИИ без лицензии."),
]  # fmt: skip
CONCESSIVE_OVERRIDES = [
    ("en", "AI training on our content is forbidden regardless of any licence."),
    ("de", "Das KI-Training mit unseren Inhalten ist ungeachtet einer Lizenz verboten."),
    ("tr", "İçeriklerimizle yapay zekâ eğitimi lisansa bakılmaksızın yasaktır."),
    ("fr", "Même avec une licence, l'entraînement d'une IA sur nos contenus est interdit."),
    ("ru", "Даже при наличии лицензии обучение ИИ на наших материалах запрещено."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), MANNER_OVERRIDES)
def test_an_override_of_the_manner_leaves_the_route(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("conditional", ("licence",)), read(text)


@pytest.mark.parametrize(("language", "text"), CONCESSIVE_OVERRIDES)
def test_an_override_beside_the_route_refuses_it(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# "Fotografie z nášho archívu …", "Photos from our archive may be used only under a
# licence": an archive right after the publisher's possessive is the content's source; the
# use stays a reuse on its condition.
OUR_ARCHIVE = [
    ("sk", "Fotografie z nášho archívu je možné použiť iba na základe licenčnej zmluvy."),
    ("en", "Photos from our archive may be used only under a licence agreement."),
    ("de", "Fotos aus unserem Archiv dürfen nur mit einer Lizenz genutzt werden."),
    ("fr", "Les photos de nos archives ne peuvent être utilisées que sous licence."),
    ("ru", "Фотографии из нашего архива можно использовать только по лицензии."),
]


@pytest.mark.parametrize(("language", "text"), OUR_ARCHIVE)
def test_our_archive_is_the_source_not_an_act(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("licence",)), read(text)


# "AI Policy Counsel" (a page title) over "© 2026 Brightwater Media. All rights reserved.": a
# copyright line takes no use from the heading above it (a bare reservation states no AI rule).
COPYRIGHT_LINES_UNDER_HEADINGS = [
    ("en", "AI Policy Counsel\n\nWe are looking for a lawyer.\n\n© 2026 Brightwater Media. All rights reserved."),
    ("de", "KI-Training und Urheberrecht\n\nEin Überblick über die Rechtslage.\n\n© 2026 Nordwest Verlag. Alle Rechte vorbehalten."),
    ("fr", "Intelligence artificielle et presse\n\nNotre dossier de la semaine.\n\n© 2026 Éditions du Nord. Tous droits réservés."),
    ("ru", "Обучение ИИ и авторское право\n\nОбзор судебной практики.\n\n© 2026 «Северная газета». Все права защищены."),
    ("ja", "生成AIと著作権\n\n今週の特集です。\n\n© 2026 北日本新聞社 All rights reserved."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), COPYRIGHT_LINES_UNDER_HEADINGS)
def test_a_copyright_line_takes_no_use_from_the_heading(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert not {"ai-train", "ai-input", "ai-index"} & set(got), got


# "משרד המשפטים פרסם…", "문화체육관광부는 … 안내서를 발간했다": a ministry's or parliament's
# guidance or bill, reported, is no notice of the page's.
INSTITUTIONS = [
    ("he", "משרד המשפטים פרסם חוות דעת לפיה שימוש ביצירות מוגנות לצורך אימון מודלים של בינה מלאכותית עשוי להיחשב שימוש הוגן."),
    ("ko", "문화체육관광부는 생성형 AI 저작권 안내서를 발간했다. 안내서는 저작권자에게 AI 학습 이용 거부 의사를 명확히 표시할 것을 안내했다."),
    ("da", "Kulturministeriet har fremsat lovforslag om ophavsret og kunstig intelligens, der skal give rettighedshavere bedre mulighed for at forbeholde sig mod træning af AI."),
    ("cs", "Poslanci chtějí zakázat trénování umělé inteligence na novinových článcích bez souhlasu vydavatelů."),
    ("en", "Lawmakers want publishers to be able to prohibit AI training on their articles."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), INSTITUTIONS)
def test_a_reported_institution_is_no_notice(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, read(text)


# "Innehållet får användas fritt, även för träning av AI-modeller, om källan anges": an AI
# use named as one of the uses ("even for", "auch für") binds nothing: any use is granted.
USES_INCLUDING_AI = [
    ("sv", "Innehållet på denna sida får användas fritt, även för träning av AI-modeller, om källan anges."),
    ("en", "The content of this site may be used freely, even for training AI models, if the source is credited."),
    ("de", "Die Inhalte dieser Seite dürfen frei genutzt werden, auch für das Training von KI-Modellen, sofern die Quelle genannt wird."),
    ("fr", "Les contenus de ce site peuvent être utilisés librement, y compris pour l'entraînement de modèles d'IA, à condition de citer la source."),
    ("ru", "Материалы сайта можно использовать свободно, в том числе для обучения моделей ИИ, при условии указания источника."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), USES_INCLUDING_AI)
def test_an_ai_use_named_among_uses_binds_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("republish", ("none",))[0] in ("allow", "conditional"), got
    assert got.get("ai-train", ("none",))[0] in ("allow", "conditional"), got


# "© 2026 Kurier Lubelski | Redakcja | Reklama | Polityka prywatności" over a ban on the next
# line: a menu line ends there (the ban was read in one sentence with "privacy" and lost).
MENUS_OVER_BANS = [
    ("pl", "© 2026 Kurier Lubelski | Redakcja | Reklama | Polityka prywatności\nMateriały z serwisu nie mogą być wykorzystywane przez systemy sztucznej inteligencji."),
    ("en", "© 2026 Daily Courier | Newsroom | Advertising | Privacy policy\nOur articles may not be used by artificial intelligence systems."),
    ("de", "© 2026 Nordkurier | Redaktion | Anzeigen | Datenschutz\nUnsere Artikel dürfen nicht von Systemen künstlicher Intelligenz genutzt werden."),
    ("ru", "© 2026 «Северный курьер» · Редакция · Реклама · Конфиденциальность\nМатериалы сайта не могут использоваться системами искусственного интеллекта."),
    ("fr", "© 2026 Le Courrier | Rédaction | Publicité | Confidentialité\nNos articles ne peuvent pas être utilisés par des systèmes d'intelligence artificielle."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), MENUS_OVER_BANS)
def test_a_menu_line_ends_its_sentence(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train", ("none",))[0] == "deny", read(text)


# Under "For AI companies", "You may not use content from this site to train or fine-tune
# models" is AI training (training needs an AI word, and the section's addressee is one).
TRAINING_FOR_AI_ADDRESSEES = [
    ("en", "For AI companies\n\nYou may not use content from this site to train or fine-tune models."),
    ("de", "Für KI-Unternehmen\n\nSie dürfen die Inhalte dieser Website nicht zum Training von Modellen verwenden."),
    ("fr", "Aux entreprises d'IA\n\nVous ne pouvez pas utiliser les contenus de ce site pour entraîner des modèles."),
    ("cs", "Pro společnosti AI\n\nObsah tohoto webu není dovoleno používat k trénování modelů."),
    ("ru", "Для компаний в сфере ИИ\n\nЗапрещается использовать материалы сайта для обучения моделей."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), TRAINING_FOR_AI_ADDRESSEES)
def test_training_under_an_ai_addressee_is_ai_training(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train", ("none",))[0] == "deny", read(text)


# "当サイトのコンテンツをAI学習に利用する場合は、事前に当社と利用契約を締結する必要があります":
# the use in "use agreement" names the agreement asked for; the main clause takes its use
# from the condition (it read as a republication condition).
USE_AGREEMENTS = [
    ("ja", "当サイトのコンテンツをAI学習に利用する場合は、事前に当社と利用契約を締結する必要があります。"),
    ("ko", "본 사이트의 콘텐츠를 인공지능 학습에 이용하려면 사전에 당사와 이용 계약을 체결해야 합니다."),
    ("en", "If you want to use our content to train AI models, you must first sign a licence agreement with us."),
    ("de", "Wer unsere Inhalte für das Training von KI-Modellen nutzen möchte, muss vorher einen Lizenzvertrag mit uns abschließen."),
    ("zh", "如需将本站内容用于人工智能训练，须事先与本公司签订许可协议。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), USE_AGREEMENTS)
def test_the_use_in_a_use_agreement_is_no_act(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train", ("none",))[0] == "conditional" and "republish" not in got, got


# "本站图片未经许可禁止下载、使用": a use named beside a download is the use of what is downloaded,
# a reuse (it yielded to "download" and only the crawl was restricted).
DOWNLOAD_AND_USE = [
    ("zh", "本站图片均为正版授权，未经许可禁止下载、使用。"),
    ("ja", "当サイトの画像を無断でダウンロード・使用することを禁止します。"),
    ("en", "Photos on this site may not be downloaded or used without permission."),
    ("de", "Die Fotos dieser Website dürfen ohne Genehmigung weder heruntergeladen noch verwendet werden."),
    ("ru", "Фотографии сайта запрещено скачивать и использовать без разрешения."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), DOWNLOAD_AND_USE)
def test_a_use_beside_a_download_is_a_reuse(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish", ("none",))[0] == "conditional", read(text)


# "Art. 5. Este interzisă colectarea automată …": a bare article number opens a publisher's
# terms as often as a law, so alone it makes no law text; "bez licence použit pro trénování":
# a route before a use that binding made a means holds for the clause; "taramamalı": an
# action's word ending in a polarity suffix keeps both.
TERMS_CLAUSES = [
    ("ro", "Art. 5. Este interzisă colectarea automată a datelor de pe site (scraping).", "crawl", ("deny", ())),
    ("en", "Article 7 - Automated collection of content from this site by robots is prohibited.", "crawl", ("deny", ())),
    ("cs", "Obsah nesmí být bez licence použit pro trénování umělé inteligence.", "ai-train", ("conditional", ("licence",))),
    ("tr", "• Siteyi bot, örümcek veya benzeri otomatik araçlarla taramamalı,", "crawl", ("deny", ())),
    ("ru", "Статья 5. Запрещается автоматический сбор материалов сайта с помощью роботов.", "crawl", ("deny", ())),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "purpose", "effect"), TERMS_CLAUSES)
def test_terms_clauses_read_as_the_publishers(
    read: Callable[..., Effects],
    language: str,
    text: str,
    purpose: str,
    effect: tuple[str, tuple[str, ...]],
) -> None:
    assert read(text).get(purpose) == effect, read(text)


# "Nordlys Medier forbyr …": where nouns take no capital, a capitalised discussion word after
# another capitalised word and before a verb in lower case is the publisher's name (German
# capitalises every noun, so there a capital names no one: `capitalised-nouns` in de.yaml).
NAMES_BEFORE_VERBS = [
    ("nb", "Nordlys Medier forbyr bruk av innholdet til trening av kunstig intelligens."),
    ("da", "Jysk Medier forbeholder sig udtrykkeligt retten til tekst- og datamining."),
    ("sv", "Nordsvenska Medier förbjuder användning av innehållet för AI-träning."),
    ("en", "Acme Publishers prohibits the use of its articles for AI training."),
    ("ru", "ООО Северные Издатели запрещают использование материалов для обучения ИИ."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NAMES_BEFORE_VERBS)
def test_a_capitalised_name_before_its_verb_is_the_publisher(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train", ("none",))[0] == "deny", read(text)
    assert read("Why News Publishers Are Blocking AI Crawlers") == {}


# "Lizenzen hierfür vergeben wir nicht.": a route refused by a negator that ends its clause
# is no way to permission ("ohne Lizenz nicht gestattet" goes on to its predicate and is one).
REFUSED_AFTER_THE_ROUTE = [
    ("de", "Die Nutzung unserer Inhalte für KI-Training ist untersagt. Lizenzen hierfür vergeben wir nicht."),
    ("nl", "Het gebruik van onze inhoud voor AI-training is verboden. Licenties hiervoor verlenen wij niet."),
    ("sv", "Användning av vårt innehåll för AI-träning är förbjuden. Licenser för detta ger vi inte."),
    ("da", "Brug af vores indhold til AI-træning er forbudt. Licenser hertil giver vi ikke."),
    ("nb", "Bruk av innholdet vårt til KI-trening er forbudt. Lisenser for dette gir vi ikke."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), REFUSED_AFTER_THE_ROUTE)
def test_a_route_refused_at_the_clause_end_is_none(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)
    named = "Die Nutzung für KI-Training ist ohne Lizenz nicht gestattet."
    assert read(named).get("ai-train") == ("conditional", ("licence",)), read(named)


# "Copying is prohibited. The same applies to republication …": a sentence opening with a
# carry-over (`carryovers`) applies the ban before it, with its way to permission, to the
# uses it names.
CARRYOVERS = [
    ("de", "Sämtliche Texte dieser Website sind geschützt. Eine Verwendung für Text- und Data-Mining ist ohne Lizenz nicht gestattet. Gleiches gilt für die Weiterveröffentlichung auf anderen Websites."),
    ("en", "All texts on this site are protected. Use for text and data mining is not permitted without a licence. The same applies to republication on other websites."),
    ("fr", "Tous les textes de ce site sont protégés. L'utilisation pour la fouille de textes est interdite sans licence. Il en va de même pour la republication sur d'autres sites."),
    ("ru", "Все тексты сайта защищены. Обучение ИИ на наших материалах без лицензии запрещено. То же самое относится к перепечатке на других сайтах."),
    ("pl", "Wszystkie teksty serwisu są chronione. Wykorzystywanie do eksploracji tekstów bez licencji jest zabronione. To samo dotyczy przedruku na innych stronach."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), CARRYOVERS)
def test_a_carry_over_applies_the_ban_before_it(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("republish") == ("conditional", ("licence",)), got
    assert "republish" not in read(text, without=("scope",)), "the carry-over decides it"


# "§ 7 Weitergabe. Eine Weitergabe … ist nur mit schriftlicher Zustimmung … zulässig.": a
# section number opening a short title run into its paragraph numbers the terms, and the
# permission after it is the publisher's (it was read as the law's).
RUN_IN_SECTION_TITLES = [
    ("de", "Nutzungsbedingungen\n\n§ 7 Weitergabe. Eine Weitergabe der Bilder an Dritte ist nur mit schriftlicher Zustimmung der Agentur zulässig."),
    ("pl", "Regulamin\n\nArt. 7 Udostępnianie. Udostępnianie zdjęć osobom trzecim jest dozwolone wyłącznie za pisemną zgodą agencji."),
    ("it", "Condizioni d'uso\n\nArt. 7 Cessione. La cessione delle foto a terzi è consentita solo previo consenso scritto dell'agenzia."),
    ("es", "Condiciones de uso\n\nArtículo 7 Cesión. La cesión de las fotos a terceros solo está permitida con el consentimiento por escrito de la agencia."),
    ("fr", "Conditions d'utilisation\n\nArticle 7 Diffusion. La diffusion des photos à des tiers n'est autorisée qu'avec l'accord écrit de l'agence."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), RUN_IN_SECTION_TITLES)
def test_a_run_in_section_title_cites_no_law(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("republish") == ("conditional", ("written-permission",)), got


# "…의 학습, 미세조정(fine-tuning), 검색증강생성(RAG)에 이용하려면 … 계약을 체결해야 합니다": every
# predicate-less clause of the sentence lends its uses to the predicate without an object
# (only the first did, and RAG lost its licence condition).
USES_ACROSS_CLAUSES = [
    ("ko", "당사가 제공하는 모든 콘텐츠를 인공지능 모델의 학습, 미세조정(fine-tuning), 검색증강생성(RAG)에 이용하려면 당사와 별도의 라이선스 계약을 체결해야 합니다."),
    ("ja", "当社のコンテンツをAIモデルの学習、ファインチューニング、検索拡張生成（RAG）に利用する場合は、別途ライセンス契約を締結する必要があります。"),
    ("en", "To use our content for AI training, fine-tuning or retrieval-augmented generation, you must sign a separate licence agreement."),
    ("de", "Für das Training von KI-Modellen, das Fine-Tuning oder Retrieval-Augmented Generation ist ein gesonderter Lizenzvertrag erforderlich."),
    ("zh", "如需将本站内容用于人工智能模型训练、微调或检索增强生成（RAG），须另行签订许可协议。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), USES_ACROSS_CLAUSES)
def test_every_clause_lends_its_uses(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    got = read(text)
    assert got.get("ai-train") == ("conditional", ("licence",)), got
    assert got.get("ai-input") == ("conditional", ("licence",)), got


# A heading that names a use with a way to permission ("Reprint permissions") lends that way
# to the bans under it; a bare topic ("Licensing", "Nutzungsrechte") lends none: the ban
# under it stays absolute.
HEADING_TOPICS = [
    (
        "en",
        "Licensing",
        "Reprint permissions",
        "You may not use our articles to train AI models.",
        "Our articles may not be republished.",
    ),
    (
        "de",
        "Lizenzen",
        "Genehmigung zum Nachdruck",
        "Unsere Artikel dürfen nicht für das Training von KI-Modellen verwendet werden.",
        "Unsere Artikel dürfen nicht nachgedruckt werden.",
    ),
    (
        "fr",
        "Licences",
        "Autorisation de reproduction",
        "Nos articles ne peuvent pas être utilisés pour entraîner des modèles d'IA.",
        "Nos articles ne peuvent pas être reproduits.",
    ),
    (
        "es",
        "Licencias",
        "Permiso de reproducción",
        "Nuestros artículos no pueden utilizarse para entrenar modelos de IA.",
        "Nuestros artículos no pueden reproducirse.",
    ),
    (
        "ru",
        "Лицензии",
        "Разрешение на перепечатку",
        "Наши статьи нельзя использовать для обучения моделей ИИ.",
        "Наши статьи нельзя перепечатывать.",
    ),
]


@pytest.mark.parametrize(("language", "topic", "asking", "ai_ban", "reprint_ban"), HEADING_TOPICS)
def test_a_heading_lends_a_route_only_with_the_use_it_names(
    verdicts: Callable[..., Effects],
    language: str,
    topic: str,
    asking: str,
    ai_ban: str,
    reprint_ban: str,
) -> None:
    html = "<html><body><h2>{}</h2><p>{}</p></body></html>"
    got = verdicts(html.format(topic, ai_ban), kind="html")
    assert got.get("ai-train") == ("deny", ()), got
    got = verdicts(html.format(asking, reprint_ban), kind="html")
    assert got.get("republish", ("",))[0] == "conditional", got


# Other sites named as the agent of the banned act ("copying by other sites is prohibited")
# are the ban's object, not others speaking (as "on other sites" is a place).
AGENTS_OF_THE_BAN = [
    ("pt", "É proibida a cópia das descrições por outros sites."),
    ("es", "Queda prohibida la copia de las descripciones por otros sitios web."),
    ("fr", "La copie des descriptions par d'autres sites est interdite."),
]


@pytest.mark.parametrize(("language", "text"), AGENTS_OF_THE_BAN)
def test_others_as_the_agent_of_a_ban_are_its_object(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("deny", ()), text


# A grant of part of a use on conditions of reuse ("You may quote short extracts with a
# link") and a ban of the rest in another block ("You may not: - republish full articles"):
# the use is allowed on the grant's conditions, as within one block.
REST_OF_A_GRANT = [
    (
        "en",
        "You may quote short extracts with a link to the source.\n\n"
        "You may not:\n- republish full articles on other websites.",
    ),
    (
        "de",
        "Kurze Auszüge dürfen mit einem Link zur Quelle zitiert werden.\n\n"
        "Nicht gestattet ist:\n- die Übernahme vollständiger Artikel auf andere Websites.",
    ),
    (
        "fr",
        "Vous pouvez citer de courts extraits avec un lien vers la source.\n\n"
        "Il est interdit de :\n- republier des articles complets sur d'autres sites.",
    ),
    (
        "es",
        "Se permite citar fragmentos breves con un enlace a la fuente.\n\n"
        "El usuario se compromete a no:\n- republicar artículos completos en otros sitios web.",
    ),
    (
        "ru",
        "Разрешается цитировать короткие фрагменты со ссылкой на источник.\n\n"
        "Запрещается:\n- перепечатывать статьи полностью на других сайтах.",
    ),
]


@pytest.mark.parametrize(("language", "text"), REST_OF_A_GRANT)
def test_a_ban_of_the_rest_of_a_grant_elsewhere_keeps_the_grant(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    verdict, conditions = read(text)["republish"]
    assert verdict == "conditional" and "excerpt-limit" in conditions, (text, conditions)
    # without the grant, the ban alone is absolute
    assert read(text.split("\n\n", 1)[1])["republish"] == ("deny", ())


# A grant to quote names its own use, an excerpt's reuse, even under an "AI policy" heading.
QUOTES_UNDER_AN_AI_HEADING = [
    ("en", "AI and content policy", "Quotations of up to 50 words with a link to the article are welcome."),
    ("de", "KI-Richtlinie", "Zitate von bis zu 50 Wörtern mit Link zum Artikel sind willkommen."),
    ("fr", "Politique relative à l'IA", "Les citations de moins de 50 mots avec un lien vers l'article sont autorisées."),
    ("es", "Política de IA", "Se permiten citas de hasta 50 palabras con un enlace al artículo."),
    ("ru", "Политика в отношении ИИ", "Цитирование до 50 слов со ссылкой на статью разрешено."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "heading", "text"), QUOTES_UNDER_AN_AI_HEADING)
def test_a_grant_to_quote_is_about_quoting_under_any_heading(
    verdicts: Callable[..., Effects], language: str, heading: str, text: str
) -> None:
    got = verdicts(f"<html><body><h2>{heading}</h2><p>{text}</p></body></html>", kind="html")
    assert got.get("republish", ("",))[0] == "conditional", got
    assert not set(got) & {"ai-train", "ai-input"}, got


# "This does not apply to search engines": a sentence that lifts the ban before it for some
# uses is an exception, whether or not it names the ban ("Запрет не распространяется на …").
DOES_NOT_APPLY = [
    ("en", "Scraping the site is prohibited. The ban does not apply to search engines."),
    ("de", "Das automatisierte Auslesen ist untersagt. Dies gilt nicht für Suchmaschinen."),
    ("fr", "Le moissonnage est interdit. Cette interdiction ne s'applique pas aux moteurs de recherche."),
    ("pl", "Scrapowanie serwisu jest zabronione. Zakaz nie dotyczy wyszukiwarek."),
    ("ru", "Парсинг сайта запрещён. Запрет не распространяется на поисковые системы."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), DOES_NOT_APPLY)
def test_a_ban_that_does_not_apply_to_search_engines_excepts_them(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    _check(read, text, {"crawl": ("deny", ()), "search": ("allow", ())})
    assert "search" not in read(text, without=("exception",))


# In a grant, a way to permission after "without" (`privatives`) is none to meet; a "without"
# fronted before the grant sets a condition, and a condition named with it stays one.
WITHOUT_ASKING = [
    ("en", "You may republish these texts without asking for permission.",
     "Without such a licence, no republication is permitted."),
    ("es", "Puedes republicar estos textos sin pedir permiso.",
     "Sin dicha licencia, no se permite la reproducción."),
    ("de", "Sie dürfen die Texte ohne unsere Genehmigung weiterverbreiten.",
     "Ohne eine solche Lizenz ist keine Weiterverbreitung gestattet."),
    ("ru", "Эти тексты можно перепечатывать без разрешения редакции.",
     "Без такой лицензии перепечатка не допускается."),
    ("hu", "A cikkek engedély nélkül szabadon átvehetők.",
     "Ilyen licenc nélkül a cikkek átvétele nem engedélyezett."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "waived", "fronted"), WITHOUT_ASKING)
def test_permission_after_without_in_a_grant_is_none_to_meet(
    read: Callable[..., Effects], language: str, waived: str, fronted: str
) -> None:
    assert read(waived)["republish"] == ("allow", ()), waived
    assert read(fronted)["republish"][0] == "conditional", fronted
    assert read("You may republish these texts without modification.")["republish"] == (
        "conditional",
        ("no-derivatives",),
    )


# A copy made by a crawler's means is the crawling, not a republication; a republication named
# beside it ("automated copying and republication") is still one.
AUTOMATED_COPYING = [
    ("en", "Copying the site's content by automated means is prohibited.",
     "Automated copying and republication of our articles are prohibited."),
    ("de", "Das automatisierte Kopieren von Inhalten ist untersagt.",
     "Das automatisierte Kopieren und die Weiterveröffentlichung von Inhalten sind untersagt."),
    ("fr", "Il est interdit d'extraire de manière automatisée les messages du forum.",
     "Il est interdit d'extraire de manière automatisée et de republier les messages du forum."),
    ("uk", "Забороняється копіювання матеріалів сайту автоматизованими засобами.",
     "Забороняється автоматизоване копіювання та передрук матеріалів сайту."),
    ("es", "Queda prohibida la copia automatizada de los contenidos.",
     "Queda prohibida la copia automatizada y la republicación de los contenidos."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "copying", "and_republishing"), AUTOMATED_COPYING)
def test_copying_by_automated_means_is_crawling(
    read: Callable[..., Effects], language: str, copying: str, and_republishing: str
) -> None:
    got = read(copying)
    assert got.get("crawl") == ("deny", ()) and "republish" not in got, (copying, got)
    got = read(and_republishing)
    assert got.get("republish") == ("deny", ()), (and_republishing, got)


# "Quotation with a link to the source: permitted.": the label before the colon names what
# the bare verdict after it speaks of, its conditions included.
LABEL_AND_VERDICT = [
    ("en", "Quotation with a link to the source: permitted."),
    ("de", "Zitate mit Link zur Quelle: erlaubt."),
    ("fr", "Citation avec lien vers la source : autorisée."),
    ("cs", "Citace s uvedením zdroje: povoleny."),
    ("uk", "Цитування з посиланням на джерело: дозволено."),
]


@pytest.mark.parametrize(("language", "text"), LABEL_AND_VERDICT)
def test_a_bare_verdict_after_a_label_takes_its_conditions(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    verdict, conditions = read(text)["republish"]
    assert verdict == "conditional" and "excerpt-limit" in conditions, (text, conditions)


# An exception after a semicolon ("…; except for search engines") is an exception, not an
# item of a list.
EXCEPTION_AFTER_A_SEMICOLON = [
    ("en", "Scraping the site is prohibited; except for search engines."),
    ("de", "Das automatisierte Auslesen ist untersagt; ausgenommen sind Suchmaschinen."),
    ("fr", "L'extraction automatisée est interdite ; à l'exception des moteurs de recherche."),
    ("es", "Queda prohibido el rastreo automatizado; excepto por los motores de búsqueda."),
    ("ru", "Автоматизированный сбор данных запрещён; за исключением поисковых систем."),
]


@pytest.mark.parametrize(("language", "text"), EXCEPTION_AFTER_A_SEMICOLON)
def test_an_exception_after_a_semicolon_excepts(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    _check(read, text, {"crawl": ("deny", ()), "search": ("allow", ())})


# What a law allows or what others ask of a government is no notice of the page's own.
LAWS_AND_DEMANDS = [
    ("en", "The new law allows rights holders to opt out of text and data mining."),
    ("de", "Das Gesetz erlaubt Text und Data Mining, sofern der Rechteinhaber keinen Nutzungsvorbehalt erklärt hat."),
    ("es", "La nueva ley permite a los autores oponerse a la minería de textos y datos."),
    ("ru", "Новый закон разрешает правообладателям запрещать обучение ИИ на их произведениях."),
    ("ja", "出版社は、AIによる無断学習を禁止するよう政府に求めている。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), LAWS_AND_DEMANDS)
def test_what_a_law_allows_or_others_demand_is_no_notice(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, text


# "Students may not use AI tools to write their essays": AI right after the use is what is
# used, for a purpose of the user's own, and nothing of the publisher's is named; content
# used by AI, or AI used on the publisher's content, is still AI use.
AI_AS_THE_TOOL = [
    ("en", "Students may not use AI tools such as ChatGPT to write their assignments."),
    ("de", "Die Nutzung von KI-Werkzeugen zum Verfassen von Hausarbeiten ist nicht gestattet."),
    ("fr", "L'utilisation d'outils d'IA pour rédiger les devoirs est interdite."),
    ("es", "Los estudiantes no pueden usar herramientas de IA como ChatGPT para redactar sus trabajos."),
    ("ru", "Студентам запрещается использовать инструменты ИИ, такие как ChatGPT, для написания курсовых работ."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), AI_AS_THE_TOOL)
def test_ai_used_as_a_tool_for_ones_own_work_is_no_use_of_the_content(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, text
    for banned in (
        "Our articles may not be used by AI systems.",
        "Using AI tools on our content is prohibited.",
    ):
        assert read(banned).get("ai-train") == ("deny", ()), banned


# "Subject to an open licence" is licensed under it: the requirement's verb grants.
SUBJECT_TO_AN_OPEN_LICENCE = [
    ("en", "This work is subject to the Creative Commons Attribution 4.0 International licence."),
    ("cs", "Dílo podléhá licenci Creative Commons Uveďte původ 4.0 Mezinárodní."),
    ("sk", "Obsah podlieha licencii Creative Commons Uveďte autora 4.0."),
    ("fr", "Le contenu est soumis à la licence CC BY 4.0."),
    ("es", "El contenido está sujeto a la licencia CC BY 4.0."),
    ("ru", "Материалы сайта подпадают под лицензию CC BY 4.0."),
]


@pytest.mark.parametrize(("language", "text"), SUBJECT_TO_AN_OPEN_LICENCE)
def test_content_subject_to_an_open_licence_is_licensed_under_it(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("attribution",)), text


# After "©", the holder's name runs to the end of its sentence, whatever its case: a
# discussion word in it ("Jihočeská média", "Nordiske medier") names the publisher.
COPYRIGHT_HOLDERS = [
    ("cs", "© 2026 Jihočeská média, a.s. Přebírání obsahu bez písemného souhlasu vydavatele je zakázáno."),
    ("nb", "© 2026 Nordiske medier AS. Kopiering av innhold uten skriftlig samtykke er ikke tillatt."),
    ("pl", "© 2026 grupa mediów lokalnych. Kopiowanie treści bez zgody wydawcy jest zabronione."),
    ("fr", "© 2026 média du littoral. Toute reproduction sans autorisation écrite est interdite."),
    ("ru", "© 2026 медиа группа «Восток». Перепечатка материалов без разрешения запрещена."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), COPYRIGHT_HOLDERS)
def test_a_discussion_word_in_the_copyright_holders_name_names_the_publisher(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish", ("",))[0] == "conditional", text


# "It is not permitted, without our permission, to collect data automatically or to use the
# content for training AI": a route after "without" is a condition of every act the clause
# names (not the attribute of the next one, nor a way the publisher refuses), and crawling
# joined to another act by "or" is not a means to that act's AI use.
WITHOUT_OUR_PERMISSION_FOR_EVERY_ACT = [
    ("nl", "Het is niet toegestaan om zonder onze toestemming geautomatiseerd gegevens te verzamelen, of de inhoud te gebruiken voor het trainen van AI-modellen."),
    ("en", "It is not permitted to automatically collect data without our permission or to use the content for training AI models."),
    ("de", "Es ist nicht gestattet, ohne unsere Zustimmung automatisiert Daten zu erheben oder die Inhalte für das Training von KI-Modellen zu nutzen."),
    ("fr", "Il est interdit, sans notre autorisation, de collecter automatiquement des données ou d'utiliser les contenus pour entraîner des modèles d'IA."),
    ("ru", "Запрещается без нашего разрешения автоматически собирать данные или использовать материалы для обучения моделей ИИ."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), WITHOUT_OUR_PERMISSION_FOR_EVERY_ACT)
def test_a_route_after_without_conditions_every_act(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    conditional = ("conditional", ("permission",))
    _check(read, text, {"crawl": conditional, "ai-train": conditional})


# A law cited in an earlier sentence of the block is that sentence's: the publisher's grant
# after it ("… nur mit einer Lizenz gestattet") is no permission of the law.
LAW_IN_THE_SENTENCE_BEFORE = [
    ("de", "Der Verlag behält sich das Text und Data Mining nach § 44b UrhG vor. Eine Nutzung für das Training von KI ist nur mit einer Lizenz gestattet."),
    ("en", "The publisher reserves text and data mining under Article 4(3) of Directive (EU) 2019/790. Use for AI training is permitted only under a licence."),
    ("fr", "L'éditeur s'oppose à la fouille de textes et de données au titre de l'article L. 122-5-3 du CPI. L'entraînement de l'IA n'est autorisé que sous licence."),
    ("es", "El editor se opone a la minería de textos y datos conforme al artículo 67 del Real Decreto-ley 24/2021. El entrenamiento de IA solo se permite con licencia."),
    ("ru", "Издатель запрещает анализ текстов и данных в соответствии со статьёй 1274 ГК РФ. Обучение ИИ разрешено только по лицензии."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), LAW_IN_THE_SENTENCE_BEFORE)
def test_a_law_cited_before_leaves_the_publishers_grant_its_own(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("conditional", ("licence",)), text


# The words of an e-mail address or a URL are no words of the notice: "Anfragen an
# lizenz@…" names no licence that could soften a flat ban.
ADDRESSES = [
    ("de", "Die Nutzung für KI-Chatbots ist untersagt. Anfragen an lizenz@example.de."),
    ("en", "Use in AI chatbots is prohibited. Enquiries: licensing@example.com."),
    ("fr", "L'utilisation par des chatbots est interdite. Contact : licences@example.fr."),
    ("es", "Se prohíbe el uso en chatbots. Consultas: licencias@example.es."),
    ("ru", "Использование в чат-ботах запрещено. Запросы: https://example.ru/licenziya."),
]


@pytest.mark.parametrize(("language", "text"), ADDRESSES)
def test_the_words_of_an_address_are_no_route(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-input") == ("deny", ()), text


# "We do not consent to / allow …": the publisher refusing its consent bans the use.
REFUSED_CONSENT = [
    ("en", "We do not consent to our content being used to train AI."),
    ("ru", "Мы не даём согласия на использование наших материалов для обучения ИИ."),
    ("uk", "Ми не даємо згоди на використання наших матеріалів для навчання ШІ."),
    ("ja", "私たちは、当サイトのコンテンツをAIの学習に利用することに同意しません。"),
    ("ko", "저희는 콘텐츠를 AI 학습에 사용하는 것에 동의하지 않습니다."),
    ("ar", "نحن لا نسمح باستخدام محتوانا لتدريب الذكاء الاصطناعي."),
]


@pytest.mark.parametrize(("language", "text"), REFUSED_CONSENT)
def test_refusing_consent_bans_the_use(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), text


# "Nothing … may be used to train AI": "nothing" negates what it may be used for (it was
# read as a grant: a false allow).
NOTHING_MAY_BE_USED = [
    ("en", "Nothing published here may be used to train AI models."),
    ("de", "Nichts auf dieser Seite darf für das KI-Training genutzt werden."),
    ("es", "Nada de lo publicado aquí puede usarse para entrenar IA."),
    ("fr", "Rien de ce site ne peut être utilisé pour entraîner une IA."),
    ("ru", "Ничто из опубликованного не может быть использовано для обучения ИИ."),
]


@pytest.mark.parametrize(("language", "text"), NOTHING_MAY_BE_USED)
def test_nothing_may_be_used_is_a_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), text


# "You must not: • …; • …,\nin each case without our prior written permission.": a last
# line that goes on in lower case and names only a way to permission closes the lead-in's
# sentence, so every item of the list takes its route (it went to the last item alone).
LIST_TAILS = [
    (
        "en",
        "You must not:\n- scrape or crawl the site by automated means;\n- use articles to train AI models,\nin each case without our prior written permission.",
    ),
    (
        "de",
        "Es ist nicht gestattet:\n- die Website automatisiert auszulesen;\n- Artikel für das Training von KI-Modellen zu nutzen,\njeweils ohne unsere vorherige schriftliche Zustimmung.",
    ),
    (
        "fr",
        "Il est interdit :\n- d'aspirer le site par des moyens automatisés ;\n- d'utiliser les articles pour entraîner des modèles d'IA,\ndans chaque cas sans notre autorisation écrite préalable.",
    ),
    (
        "es",
        "Queda prohibido:\n- rastrear el sitio por medios automatizados;\n- usar los artículos para entrenar modelos de IA,\nen cada caso sin nuestro consentimiento previo por escrito.",
    ),
    (
        "ru",
        "Запрещается:\n- автоматически собирать материалы сайта;\n- использовать статьи для обучения моделей ИИ,\nв каждом случае без нашего предварительного письменного согласия.",
    ),
    (
        "el",
        "Απαγορεύεται:\n- η αυτοματοποιημένη συλλογή δεδομένων από τον ιστότοπο·\n- η χρήση των άρθρων για την εκπαίδευση μοντέλων τεχνητής νοημοσύνης,\nσε κάθε περίπτωση χωρίς την προηγούμενη γραπτή άδειά μας.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LIST_TAILS)
def test_a_lists_tail_routes_every_item(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("crawl") == ("conditional", ("written-permission",)), text
    assert effects.get("ai-train") == ("conditional", ("written-permission",)), text


def test_a_lists_last_item_with_its_own_act_is_no_tail(read: Callable[..., Effects]) -> None:
    """A last line naming an act of its own is an item's wrapped text, not the list's tail."""
    text = (
        "You must not:\n- scrape the site by automated means;\n- copy our articles,\n"
        "or republish them without our prior written permission."
    )
    assert read(text).get("crawl") == ("deny", ()), text


# "You shall not: (a) …; (b) …; or (c) …, in each case without our prior written consent": a
# way to permission set off by a comma after the last item's acts closes the whole list.
INLINE_SHARED_TAILS = [
    (
        "en",
        "You shall not: (a) copy or republish any content; (b) use any scraper to access the site; or (c) use the content to train any artificial intelligence system, in each case without our prior written consent.",
    ),
    (
        "de",
        "Es ist Ihnen nicht gestattet: (a) Inhalte zu kopieren oder zu veröffentlichen; (b) die Website mit Scrapern auszulesen; oder (c) die Inhalte für das Training von KI-Systemen zu nutzen, jeweils ohne unsere vorherige schriftliche Zustimmung.",
    ),
    (
        "fr",
        "Il vous est interdit : (a) de copier ou republier les contenus ; (b) d'utiliser un robot d'aspiration sur le site ; ou (c) d'utiliser les contenus pour entraîner un système d'IA, dans chaque cas sans notre autorisation écrite préalable.",
    ),
    (
        "es",
        "No está permitido: (a) copiar o republicar los contenidos; (b) utilizar scrapers para acceder al sitio; o (c) usar los contenidos para entrenar sistemas de IA, en cada caso sin nuestro consentimiento previo por escrito.",
    ),
    (
        "ru",
        "Запрещается: (а) копировать или перепечатывать материалы; (б) использовать парсеры для доступа к сайту; (в) использовать материалы для обучения систем ИИ, в каждом случае без нашего предварительного письменного согласия.",
    ),
    (
        "pl",
        "Zabrania się: (a) kopiowania lub publikowania treści; (b) używania scraperów do pobierania serwisu; (c) wykorzystywania treści do trenowania systemów AI, w każdym przypadku bez naszej uprzedniej pisemnej zgody.",
    ),
]


@pytest.mark.parametrize(("language", "text"), INLINE_SHARED_TAILS)
def test_an_inline_lists_shared_tail_routes_every_item(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    for purpose in ("crawl", "ai-train", "republish"):
        assert effects.get(purpose) == ("conditional", ("written-permission",)), (purpose, text)


# "…, whether by crawlers or scrapers, is subject to …": an interrogative set off by commas
# opens an aside, not an embedded question; the sentence still states its rule.
ASIDES = [
    (
        "en",
        "The automated collection of data from this website, whether by crawlers or scrapers, is subject to our prior written approval.",
    ),
    (
        "de",
        "Das automatisierte Auslesen dieser Website, ob durch Crawler oder Scraper, bedarf unserer vorherigen schriftlichen Zustimmung.",
    ),
    (
        "fr",
        "La collecte automatisée des données de ce site, que ce soit par des robots ou des scrapers, est soumise à notre autorisation écrite préalable.",
    ),
    (
        "es",
        "La recopilación automatizada de datos de este sitio, ya sea mediante rastreadores o scrapers, requiere nuestra autorización previa por escrito.",
    ),
    (
        "ru",
        "Автоматизированный сбор данных с этого сайта, будь то с помощью краулеров или парсеров, требует нашего предварительного письменного согласия.",
    ),
]


@pytest.mark.parametrize(("language", "text"), ASIDES)
def test_an_aside_opened_by_whether_is_no_question(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("crawl") == ("conditional", ("written-permission",)), text


def test_an_embedded_question_still_states_nothing(read: Callable[..., Effects]) -> None:
    text = "This document explains, in detail, how AI crawlers may be blocked without permission."
    assert read(text) == {}, text


# "AI developers must obtain a licence from us first": what an addressee needs a way to
# permission for is its AI use of the content (no act is named).
ADDRESSEES_ASKED_FOR_A_ROUTE = [
    ("en", "AI developers must obtain a licence from us first."),
    ("de", "KI-Entwickler benötigen vorab eine Lizenz von uns."),
    ("fr", "Les développeurs d'IA doivent d'abord obtenir une licence auprès de nous."),
    ("es", "Los desarrolladores de IA deben obtener primero una licencia de nuestra parte."),
    ("ru", "Разработчики ИИ должны сначала получить у нас лицензию."),
    ("ja", "AI開発者は、事前に当社からライセンスを取得する必要があります。"),
]


@pytest.mark.parametrize(("language", "text"), ADDRESSEES_ASKED_FOR_A_ROUTE)
def test_an_addressee_asked_for_a_licence_needs_it_for_ai_use(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("conditional", ("licence",)), text


# "automated summaries", "synthèses automatisées": a crawling word right beside an AI
# output says how the output is made; no crawling is at stake.
AUTOMATED_OUTPUTS = [
    ("en", "Our content may not be used to produce automated summaries."),
    ("fr", "Nos contenus ne peuvent pas être utilisés pour produire des synthèses automatisées."),
    ("hu", "Tartalmaink nem használhatók automatikus hírösszefoglalók előállításához."),
    ("hi", "हमारी सामग्री का उपयोग स्वचालित सारांश बनाने के लिए नहीं किया जा सकता।"),
    ("de", "Unsere Inhalte dürfen nicht für automatisierte Zusammenfassungen verwendet werden."),
]


@pytest.mark.parametrize(("language", "text"), AUTOMATED_OUTPUTS)
def test_automated_ai_outputs_are_no_crawling(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-input") == ("deny", ()), text
    assert "crawl" not in effects, text


# "You may republish … without payment, provided you credit the source": a payment after
# "without" in a grant is free of charge, no condition to meet.
WITHOUT_PAYMENT = [
    ("sw", "Habari hii inaweza kuchapishwa upya bila malipo ilimradi chanzo kitajwe."),
    (
        "de",
        "Sie dürfen diesen Artikel ohne Vergütung weiterveröffentlichen, sofern Sie die Quelle nennen.",
    ),
    ("fr", "Vous pouvez republier cet article sans paiement, à condition de citer la source."),
    ("es", "Puede republicar este artículo sin pago alguno, siempre que cite la fuente."),
    ("ru", "Вы можете перепечатать эту статью без оплаты при условии указания источника."),
]


@pytest.mark.parametrize(("language", "text"), WITHOUT_PAYMENT)
def test_a_grant_without_payment_is_free(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("attribution",)), text


# "Eine automatisierte Auslesung … zum Zwecke des Text- und Data-Minings": the words of one
# means phrase are bound to the purpose together (a stem ending inside its word too).
MEANS_PHRASES = [
    (
        "de",
        "Eine automatisierte Auslesung unserer Inhalte zum Zwecke des Text- und Data-Minings ist ohne unsere Zustimmung nicht gestattet.",
    ),
    (
        "en",
        "Automated scraping of our content for the purpose of AI training is prohibited without our consent.",
    ),
    (
        "fr",
        "La collecte automatisée de nos contenus à des fins d'entraînement de l'IA est interdite sans notre accord.",
    ),
    (
        "es",
        "La extracción automatizada de nuestros contenidos con el fin de entrenar IA está prohibida sin nuestro consentimiento.",
    ),
    (
        "ru",
        "Автоматизированный сбор наших материалов в целях обучения ИИ запрещён без нашего согласия.",
    ),
]


@pytest.mark.parametrize(("language", "text"), MEANS_PHRASES)
def test_a_means_phrase_is_bound_whole(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("conditional", ("permission",)), effects
    assert "crawl" not in effects, effects


# "Mining is permitted if the author has not prohibited it": a permission that waits on
# someone else's ban is the law's exception explained, neither a grant nor a ban.
UNLESS_SOMEONE_FORBIDS = [
    (
        "en",
        "Under section 19, text and data mining is permitted if the author has not prohibited it in a machine-readable way.",
    ),
    (
        "et",
        "Autoriõiguse seaduse § 19¹ kohaselt on teksti- ja andmekaeve lubatud, kui autor ei ole seda masinloetaval viisil keelanud.",
    ),
    ("de", "Text- und Data-Mining ist zulässig, sofern der Rechtsinhaber es nicht untersagt hat."),
    ("ar", "يُسمح بالتنقيب في النصوص والبيانات إذا لم يحظره صاحب الحق."),
    (
        "el",
        "Η εξόρυξη κειμένου και δεδομένων επιτρέπεται εφόσον ο δικαιούχος δεν την έχει απαγορεύσει.",
    ),
]


@pytest.mark.parametrize(("language", "text"), UNLESS_SOMEONE_FORBIDS)
def test_a_permission_until_someone_forbids_is_no_notice(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, text
    assert read(text, without=("voice",)) == {}, text  # no voice cue decides it


# "We ask AI companies not to use …", "please refrain from …", "お控えください", "勿": a polite
# request not to do something is how many publishers state a ban (vocabulary of request and
# abstention in every lexicon; fused negations "neizmantot", "kullanmamalarını").
POLITE_REQUESTS = [
    ("en", "We ask AI companies not to use our content for training."),
    (
        "de",
        "Wir bitten KI-Anbieter, unsere Inhalte nicht für das Training von KI-Modellen zu verwenden.",
    ),
    (
        "nl",
        "Wij vragen AI-bedrijven onze teksten niet te gebruiken voor het trainen van AI-modellen.",
    ),
    (
        "ro",
        "Rugăm companiile de inteligență artificială să nu folosească articolele noastre pentru antrenarea modelelor.",
    ),
    (
        "ru",
        "Просим компании, разрабатывающие ИИ, воздержаться от использования наших статей для обучения моделей.",
    ),
    (
        "el",
        "Παρακαλούμε τις εταιρείες τεχνητής νοημοσύνης να μην χρησιμοποιούν τα άρθρα μας για την εκπαίδευση των μοντέλων τους.",
    ),
    ("ja", "記事をAIの学習に利用することはお控えください。"),
    ("zh", "敬请各人工智能服务提供商勿将本站内容用于人工智能训练。"),
    ("ar", "نرجو من شركات الذكاء الاصطناعي الامتناع عن استخدام محتوى هذا الموقع في تدريب نماذجها."),
    ("lv", "Lūdzam mākslīgā intelekta uzņēmumus neizmantot mūsu saturu modeļu apmācībai."),
    (
        "tr",
        "Yapay zekâ şirketlerinin içeriklerimizi model eğitiminde kullanmamalarını rica ederiz.",
    ),
]


@pytest.mark.parametrize(("language", "text"), POLITE_REQUESTS)
def test_a_polite_request_not_to_use_is_a_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), text


def test_a_request_with_a_way_to_permission_is_conditional(read: Callable[..., Effects]) -> None:
    text = "We ask that you do not copy our articles without asking permission."
    assert read(text).get("republish") == ("conditional", ("permission",)), text
    text = "Đề nghị không sao chép bài viết khi chưa xin phép."
    assert read(text).get("republish") == ("conditional", ("permission",)), text


# "AI policy / You can write to us with any questions": a grant with words of its own that
# no lexicon reads (and no condition of reuse) grants something else, not the heading's use
# (it read as an AI grant: a false allow); an elliptical one still takes the heading's use.
GRANTS_OF_SOMETHING_ELSE = [
    ("en", "AI policy\n\nYou can write to us with any questions about this page."),
    (
        "fr",
        "Notre politique concernant l'intelligence artificielle\n\nVous pouvez nous écrire pour toute question.",
    ),
    ("tr", "Yapay Zekâ Kullanım Politikası\n\nBu konudaki sorularınız için bize yazabilirsiniz."),
    ("de", "KI-Richtlinie\n\nSie können uns bei Fragen zu dieser Seite jederzeit schreiben."),
    ("ru", "Политика в отношении ИИ\n\nВы можете написать нам по любым вопросам об этой странице."),
]


@pytest.mark.parametrize(("language", "text"), GRANTS_OF_SOMETHING_ELSE)
def test_a_grant_of_something_else_takes_no_use_from_the_heading(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, text


def test_an_elliptical_grant_takes_the_headings_use(read: Callable[..., Effects]) -> None:
    assert read("AI training\n\nPermitted.").get("ai-train") == ("allow", ())


@pytest.mark.parametrize(
    "text",
    [
        "You may republish our articles provided you do not modify them.",
        "Vous pouvez reproduire nos articles à condition de ne pas les modifier.",
        "Sie dürfen unsere Artikel übernehmen, sofern Sie sie nicht verändern.",
    ],
)
def test_a_condition_on_the_readers_conduct_keeps_the_grant(
    read: Callable[..., Effects], text: str
) -> None:
    """A negated act of the reader's is a condition of the grant, not a law's exception."""
    assert read(text).get("republish", ("",))[0] == "conditional", text


# "Non è invece consentito …": a contrast word after nothing but a negator is an adverb of
# its clause; cut there, the negator was parted from its grant and the ban read as a grant.
CONTRAST_ADVERBS_AFTER_A_NEGATOR = [
    (
        "it",
        "Non è invece consentito l'uso dei nostri contenuti per addestrare sistemi di intelligenza artificiale.",
    ),
    (
        "fr",
        "Il n'est cependant pas permis d'utiliser nos contenus pour entraîner des modèles d'intelligence artificielle.",
    ),
    (
        "pt",
        "Não é contudo permitido usar os nossos conteúdos para treinar modelos de inteligência artificial.",
    ),
    (
        "es",
        "No está sin embargo permitido usar nuestros contenidos para entrenar modelos de inteligencia artificial.",
    ),
    (
        "ro",
        "Nu este însă permisă utilizarea conținutului nostru pentru antrenarea modelelor de inteligență artificială.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CONTRAST_ADVERBS_AFTER_A_NEGATOR)
def test_a_contrast_adverb_after_a_negator_keeps_the_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), text


def test_a_carry_over_after_an_aside_extends_the_ban(read: Callable[..., Effects]) -> None:
    text = (
        "We opt out of text and data mining of our articles. For the avoidance of doubt, this"
        " reservation extends to retrieval-augmented generation and AI-generated summaries."
    )
    assert read(text).get("ai-input") == ("deny", ()), read(text)


# "AI companies may not acquire our articles": an AI addressee barred from doing something
# no lexicon names with the publisher's content is barred from its AI use.
AI_ADDRESSEES_BARRED = [
    ("en", "AI companies may not acquire our articles for any purpose."),
    (
        "it",
        "Non è invece consentito ai fornitori di servizi di IA di acquisire i nostri articoli, per qualsiasi finalità.",
    ),
    ("de", "KI-Unternehmen ist es nicht gestattet, unsere Artikel zu erwerben."),
    ("fr", "Les entreprises d'IA ne sont pas autorisées à acquérir nos articles."),
    ("ru", "Компаниям ИИ запрещено приобретать наши статьи."),
]


@pytest.mark.parametrize(("language", "text"), AI_ADDRESSEES_BARRED)
def test_an_ai_addressee_barred_from_the_content_is_barred_from_ai_use(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), text


# "Other websites may not: • …": a lead-in that names others names whom the page's own ban
# binds; its items stay the page's (only a sample's or a reported lead-in lends its voice).
LEAD_INS_NAMING_OTHERS = [
    ("en", "Other websites may not:\n- copy our articles;\n- use our content to train AI models."),
    (
        "de",
        "Andere Websites dürfen nicht:\n- unsere Artikel kopieren;\n- unsere Inhalte für das Training von KI-Modellen nutzen.",
    ),
    (
        "fr",
        "Les autres sites ne peuvent pas :\n- copier nos articles ;\n- utiliser nos contenus pour entraîner des modèles d'IA.",
    ),
    (
        "es",
        "Otros sitios web no pueden:\n- copiar nuestros artículos;\n- usar nuestros contenidos para entrenar modelos de IA.",
    ),
    (
        "ru",
        "Другим сайтам запрещается:\n- копировать наши статьи;\n- использовать наши материалы для обучения моделей ИИ.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LEAD_INS_NAMING_OTHERS)
def test_a_lead_in_naming_others_leaves_the_items_the_pages_own(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("republish") == ("deny", ()), effects
    assert effects.get("ai-train") == ("deny", ()), effects


# "motoare de căutare bazate pe inteligență artificială", "mesin pencari berbasis AI": a
# search engine an AI word qualifies is an AI system; no search indexing is at stake.
AI_SEARCH_ENGINES = [
    (
        "ro",
        "Articolele noastre nu pot fi folosite pentru răspunsuri în motoare de căutare bazate pe inteligență artificială.",
    ),
    ("id", "Konten kami tidak diperkenankan digunakan untuk jawaban mesin pencari berbasis AI."),
    ("tr", "İçeriklerimiz yapay zekâ destekli arama motorlarının yanıtlarında yer alamaz."),
    ("ar", "لا يُسمح باستخدام مقالاتنا في محركات البحث المعتمدة على الذكاء الاصطناعي."),
    ("vi", "Không được sử dụng nội dung của chúng tôi cho công cụ tìm kiếm AI."),
]


@pytest.mark.parametrize(("language", "text"), AI_SEARCH_ENGINES)
def test_an_ai_powered_search_engine_is_no_search(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-input") == ("deny", ()), effects
    assert "search" not in effects, effects


def test_search_engines_joined_to_ai_crawlers_stay_search(read: Callable[..., Effects]) -> None:
    effects = read("Search engines and AI crawlers may not copy our articles.")
    assert effects.get("search") == ("deny", ()), effects


# "nu este însă permisă", "is not, however, permitted": a contrast adverb between a negator
# and the predicate it negates is inside that predicate (cut there, the grant read as one).
CONTRAST_ADVERBS_INSIDE_A_NEGATION = [
    ("ro", "Antrenarea modelelor pe conținutul nostru nu este însă permisă."),
    ("en", "Training AI models on our content is not, however, permitted."),
    ("pl", "Trening modeli AI na naszych treściach nie jest jednak dozwolony."),
    (
        "es",
        "El entrenamiento de modelos de IA con nuestros contenidos no está, sin embargo, permitido.",
    ),
    ("ru", "Обучение моделей ИИ на наших материалах не допускается, однако, без лицензии."),
    ("uk", "Навчання моделей ШІ на наших матеріалах не є, проте, дозволеним."),
]


@pytest.mark.parametrize(("language", "text"), CONTRAST_ADVERBS_INSIDE_A_NEGATION)
def test_a_contrast_adverb_inside_a_negation_keeps_the_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    verdict, _ = read(text).get("ai-train", ("unknown", ()))
    assert verdict in ("deny", "conditional"), (text, read(text))


def test_a_contrast_word_after_a_use_still_opens_a_clause(read: Callable[..., Effects]) -> None:
    # "転載できませんが、引用は可能です": a use named after it, the grant is its own.
    effects = read("Copying is not permitted, but quoting is permitted with a link.")
    assert effects.get("republish", ("unknown", ()))[0] in ("deny", "conditional"), effects


# A table of uses and their status: each row one line of cells, a cell saying no bans it.
TABLE_ROWS = [
    ("en", "Republishing full articles", "Licence required", "Use for AI training", "No"),
    (
        "bg",
        "Пълно препечатване на статии",
        "Само с писмено разрешение",
        "Обучение на изкуствен интелект",
        "Не",
    ),
    (
        "de",
        "Nachdruck ganzer Artikel",
        "Nur mit Lizenz",
        "Training von KI-Modellen",
        "Nicht gestattet",
    ),
    ("ko", "기사 전문 게재", "사전 허가 필요", "인공지능 학습", "불가"),
    ("fa", "بازنشر کامل مطالب", "با مجوز کتبی", "آموزش هوش مصنوعی", "ممنوع"),
    ("fr", "Reproduction intégrale des articles", "Licence requise", "Entraînement de l'IA", "Non"),
]


@pytest.mark.parametrize(("language", "use1", "status1", "use2", "status2"), TABLE_ROWS)
@pytest.mark.parametrize("markup", ["table", "dl"])
def test_each_table_row_is_read_with_its_own_status(
    checker: Checker, language: str, use1: str, status1: str, use2: str, status2: str, markup: str
) -> None:
    if markup == "table":
        body = (
            f"<table><tr><th>Use</th><th>Status</th></tr><tr><td>{use1}</td><td>{status1}</td>"
            f"</tr><tr><td>{use2}</td><td>{status2}</td></tr></table>"
        )
    else:
        body = f"<dl><dt>{use1}</dt><dd>{status1}</dd><dt>{use2}</dt><dd>{status2}</dd></dl>"
    html = f'<html lang="{language}"><body><h1>Licensing</h1>{body}</body></html>'
    verdicts = checker.check(Document(id="t", source="t.html", kind="html", text=html)).verdicts
    assert verdicts[Purpose.REPUBLISH].verdict == "conditional", (language, markup)
    assert verdicts[Purpose.AI_TRAIN].verdict == "deny", (language, markup)


# "på sociale medier", "auf andere Webseiten": a place a use puts the content (a locative a
# word before the noun) names no one speaking, so the page's own ban stays its own.
PLACES_OF_USE = [
    ("da", "Kopiering af hele artikler til andre hjemmesider er ikke tilladt."),
    ("de", "Das Kopieren ganzer Artikel auf andere Webseiten ist nicht erlaubt."),
    ("nl", "Het kopiëren van volledige artikelen naar andere websites is niet toegestaan."),
    ("pl", "Kopiowanie całych artykułów do innych serwisów jest zabronione."),
    ("sv", "Kopiering av hela artiklar till andra webbplatser är inte tillåten."),
]


@pytest.mark.parametrize(("language", "text"), PLACES_OF_USE)
def test_a_ban_on_copying_to_other_sites_is_the_pages_own(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish", ("unknown", ()))[0] == "deny", text


def test_a_discussion_noun_after_a_comma_still_names_others(read: Callable[..., Effects]) -> None:
    text = "On Tuesday, websites across Europe said scraping of their articles is prohibited."
    assert not restricted(read(text)), read(text)


# "Le testate e i blog che desiderano ripubblicare i nostri articoli possono …": a relative
# pronoun after coordinated nouns describes them; the rest is still the page's offer.
RELATIVES_AFTER_COORDINATED_NOUNS = [
    (
        "it",
        "Le testate e i blog che desiderano ripubblicare i nostri articoli possono farlo a condizione di citare la fonte.",
    ),
    (
        "en",
        "Publishers and bloggers that wish to republish our articles may do so provided they credit the source.",
    ),
    (
        "es",
        "Los medios y los blogs que deseen republicar nuestros artículos pueden hacerlo siempre que citen la fuente.",
    ),
    (
        "pt",
        "Os jornais e os blogues que desejem republicar os nossos artigos podem fazê-lo desde que citem a fonte.",
    ),
    (
        "fr",
        "Les médias et les blogs qui souhaitent republier nos articles peuvent le faire à condition de citer la source.",
    ),
]


@pytest.mark.parametrize(("language", "text"), RELATIVES_AFTER_COORDINATED_NOUNS)
def test_a_relative_after_coordinated_nouns_leaves_the_offer_the_pages(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish", ("unknown", ()))[0] == "conditional", (text, read(text))


# "This ban also applies to …", "Същото се отнася и за …": a sentence that carries the ban
# before it over to more uses, its own noun ("ban") naming no new rule.
CARRY_OVERS = [
    (
        "en",
        "Scraping our articles is prohibited. This ban also applies to the use of our articles in AI datasets.",
        "ai-train",
    ),
    (
        "bg",
        "Забранено е копирането на статиите. Същото се отнася и за автоматизираното извличане на текстове.",
        "crawl",
    ),
    (
        "el",
        "Απαγορεύεται η αναδημοσίευση των άρθρων. Το ίδιο ισχύει για την εκπαίδευση μοντέλων τεχνητής νοημοσύνης.",
        "ai-train",
    ),
    (
        "nl",
        "Het is niet toegestaan onze artikelen te kopiëren. Dit geldt eveneens voor het samenvatten van artikelen door chatbots.",
        "ai-input",
    ),
    (
        "ar",
        "يحظر نسخ المواد المنشورة. ويسري هذا الحظر أيضًا على استخدام المواد في تدريب الذكاء الاصطناعي.",
        "ai-train",
    ),
    (
        "hr",
        "Zabranjeno je kopiranje članaka. Isto vrijedi i za treniranje modela umjetne inteligencije.",
        "ai-train",
    ),
]


@pytest.mark.parametrize(("language", "text", "purpose"), CARRY_OVERS)
def test_a_carry_over_sentence_extends_the_ban(
    read: Callable[..., Effects], language: str, text: str, purpose: str
) -> None:
    assert read(text).get(purpose, ("unknown", ()))[0] == "deny", (text, read(text))


def test_a_carry_over_with_a_ban_of_its_own_is_that_ban(read: Callable[..., Effects]) -> None:
    # Its own predicate after the opening states its own rule: quoting is allowed.
    text = "Copying our articles is prohibited. The same applies to quoting, which is allowed with a link."
    assert read(text).get("republish", ("unknown", ()))[0] in ("deny", "conditional"), read(text)


# "Crawling is allowed only for search engines": a grant to search engines alone bans the
# other crawlers ("nur", "samo", "のみ" before or after the search word).
ONLY_FOR_SEARCH_ENGINES = [
    ("en", "Automated crawling of our content is allowed only for search engines."),
    ("sl", "Samodejni zajem vsebin z roboti je dovoljen samo spletnim iskalnikom."),
    ("de", "Das automatisierte Auslesen ist nur Suchmaschinen gestattet."),
    ("es", "El rastreo automatizado solo está permitido a los motores de búsqueda."),
    ("pl", "Automatyczne pobieranie treści jest dozwolone wyłącznie dla wyszukiwarek."),
    ("ru", "Автоматический сбор материалов разрешён только поисковым системам."),
]


@pytest.mark.parametrize(("language", "text"), ONLY_FOR_SEARCH_ENGINES)
def test_crawling_allowed_only_for_search_engines_bans_other_crawling(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()), (text, effects)
    assert effects.get("search") == ("allow", ()), (text, effects)


def test_crawling_allowed_for_search_engines_stays_a_grant(read: Callable[..., Effects]) -> None:
    effects = read("Automated crawling of our content is allowed for search engines.")
    assert effects.get("crawl", ("unknown", ()))[0] != "deny", effects
    assert (
        read("Crawling is allowed only for search engines.", without=("exception",)).get(
            "crawl", ("unknown", ())
        )[0]
        != "deny"
    )


# An article of a law and its numbered paragraphs, wherever they stand, are the law's words
# when the article is a law's: a lettered number, or the law named in it or in a title line.
LAW_ARTICLES = [
    (
        "el",
        "Άρθρο 21Β – Εξόρυξη κειμένου και δεδομένων\n1. Επιτρέπονται οι αναπαραγωγές νομίμως προσβάσιμων έργων για τους σκοπούς της εξόρυξης κειμένου και δεδομένων.",
    ),
    (
        "it",
        "Art. 70-ter\n1. Sono consentite le riproduzioni compiute da organismi di ricerca ai fini dell'estrazione di testo e di dati.",
    ),
    (
        "hr",
        "Zakon o autorskom pravu i srodnim pravima, članak 188.\n(1) Dopušteno je reproduciranje djela u svrhu rudarenja teksta i podataka.",
    ),
    (
        "tr",
        "5846 sayılı Fikir ve Sanat Eserleri Kanunu\nMadde 36 – Eser sahibinin izni alınmadan eserden yararlanılamaz.",
    ),
    (
        "zh",
        "中华人民共和国著作权法（节选）\n第二十四条 在下列情况下使用作品，可以不经著作权人许可，不向其支付报酬。",
    ),
    (
        "ru",
        "Гражданский кодекс РФ\nСтатья 1274 ГК РФ. Свободное использование произведения\n1. Допускается без согласия автора цитирование с указанием источника.",
    ),
]


LAW_ARTICLES += [
    (
        "fr",
        "Article L122-5-3\nIII. Des copies numériques d'œuvres peuvent être réalisées en vue de fouilles de textes et de données.",
    ),
    ("pl", "Art. 26³. 1. Wolno zwielokrotniać utwory w celu eksploracji tekstów i danych."),
    (
        "cs",
        "§ 39c\nVytěžování textů a dat\n(1) Je dovoleno rozmnožovat dílo pro účely vytěžování textů a dat.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LAW_ARTICLES)
def test_an_article_of_a_law_is_the_laws_words(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    page = "Our guide to copyright.\n\n" + text  # not at the document's start
    assert read(page) == {}, (text, read(page))


# A publisher's terms numbered "§ 5" or "Article 5", citing a law at most, stay its own.
NUMBERED_TERMS = [
    (
        "de",
        "§ 5 Nutzungsrechte\n(1) Der Nutzer darf die Inhalte nur privat abrufen.\n(2) Das"
        " systematische Abrufen von Inhalten durch Crawler ist untersagt.\n(3) Der Anbieter"
        " behält sich Text und Data Mining gemäß § 44b UrhG ausdrücklich vor.",
        "crawl",
    ),
    (
        "en",
        "Article 5 – Reproduction\n1. Reproduction of the articles is prohibited without written permission.",
        "republish",
    ),
    (
        "fr",
        "Article 7 – Propriété intellectuelle\n1. La reproduction des articles est interdite sans autorisation écrite.",
        "republish",
    ),
]


@pytest.mark.parametrize(("language", "text", "purpose"), NUMBERED_TERMS)
def test_numbered_terms_of_a_publisher_stay_its_own(
    read: Callable[..., Effects], language: str, text: str, purpose: str
) -> None:
    page = "Terms of use\n\n" + text
    assert read(page).get(purpose, ("unknown", ()))[0] in ("deny", "conditional"), read(page)


# "AI can make editorial work more efficient": AI as the subject of what it can do, nothing
# of the page's granted to it, is no permission (it read as an AI grant: `allow`).
AI_AS_THE_SUBJECT = [
    ("en", "AI can make editorial work more efficient."),
    ("nb", "Kunstig intelligens kan gjøre redaksjonelt arbeid mer effektivt."),
    ("de", "KI kann die redaktionelle Arbeit effizienter machen."),
    ("fr", "L'intelligence artificielle peut rendre le travail des rédactions plus efficace."),
    ("ar", "الذكاء الاصطناعي يمكن أن يجعل العمل الصحفي أكثر كفاءة."),
    ("zh", "人工智能可以提高编辑工作的效率。"),
]


@pytest.mark.parametrize(("language", "text"), AI_AS_THE_SUBJECT)
def test_what_ai_can_do_grants_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (text, read(text))


def test_a_grant_of_the_pages_content_to_ai_stays(read: Callable[..., Effects]) -> None:
    assert read("AI systems may use our articles for training.").get("ai-train") == ("allow", ())
    assert read("AI training is permitted.").get("ai-train") == ("allow", ())


# "weder ganz noch in Auszügen", "ούτε σε αποσπάσματα": an excerpt a negation reaches is how
# far the ban goes, no condition of reuse (it read `conditional(excerpt-limit)`).
NEGATED_EXCERPTS = [
    ("de", "Dieser Beitrag darf weder ganz noch in Auszügen vervielfältigt werden."),
    ("de", "Dieser Beitrag darf auch nicht in Auszügen vervielfältigt werden."),
    ("el", "Το άρθρο δεν επιτρέπεται να αναδημοσιευθεί ούτε σε αποσπάσματα."),
    ("bg", "Статията не може да се препечатва нито в откъси."),
    ("uk", "Стаття не може бути передрукована ні повністю, ні в уривках."),
    ("sv", "Artikeln får inte återges, inte ens i utdrag."),
    ("cs", "Článek nesmí být šířen ani v úryvcích."),
]


@pytest.mark.parametrize(("language", "text"), NEGATED_EXCERPTS)
def test_an_excerpt_a_negation_reaches_is_the_bans_extent(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("deny", ()), (text, read(text))


def test_an_excerpt_allowed_after_a_ban_stays_a_condition(read: Callable[..., Effects]) -> None:
    text = "Reproduction is not permitted; short excerpts may be quoted with a link."
    assert read(text).get("republish", ("unknown", ()))[0] == "conditional", read(text)


# "Potrivit legii, extragerea de text și date este permisă": what the law permits, said as
# the law's, is no grant of the page's.
GRANTS_OF_THE_LAW = [
    ("ro", "Potrivit legii, extragerea de text și date este permisă."),
    (
        "uk",
        "Згідно із законом, вільне відтворення творів допускається в навчальних цілях без згоди автора.",
    ),
    ("hr", "Prema Zakonu, rudarenje teksta i podataka je dopušteno."),
    (
        "lt",
        "Pagal Autorių teisių įstatymą teksto ir duomenų gavyba leidžiama mokslinių tyrimų tikslais.",
    ),
    ("en", "According to the law, text and data mining is permitted for research."),
]


@pytest.mark.parametrize(("language", "text"), GRANTS_OF_THE_LAW)
def test_a_grant_said_as_the_laws_is_no_grant_of_the_page(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert "allow" not in {v for v, _ in read(text).values()}, (text, read(text))


# "may be shared, but not for commercial purposes": a contrast naming only a condition of
# reuse is the grant's condition (the grant went out unconditioned: `allow`).
CONTRASTED_CONDITIONS = [
    ("en", "This material may be shared, but not for commercial purposes."),
    ("ms", "Bahan ini boleh dikongsi semula, tetapi tidak untuk tujuan komersial."),
    ("es", "Este material puede compartirse, pero no con fines comerciales."),
    ("it", "Il materiale può essere condiviso, ma non a fini commerciali."),
    ("pt", "Este material pode ser partilhado, mas não para fins comerciais."),
]


@pytest.mark.parametrize(("language", "text"), CONTRASTED_CONDITIONS)
def test_a_contrast_naming_a_condition_conditions_the_grant(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("non-commercial",)), read(text)


# "Keeld ei kehti otsingumootoritele": the ban does not apply to search engines.
BANS_NOT_FOR_SEARCH = [
    ("et", "Sisu kraapimine on keelatud. Keeld ei kehti otsingumootoritele."),
    ("fi", "Sisällön kaapiminen on kielletty. Kielto ei koske hakukoneita."),
    ("lv", "Satura skrāpēšana ir aizliegta. Aizliegums neattiecas uz meklētājprogrammām."),
    ("lt", "Turinio rinkimas draudžiamas. Draudimas netaikomas paieškos sistemoms."),
    ("en", "Scraping of our articles is prohibited. This ban does not apply to search engines."),
]


@pytest.mark.parametrize(("language", "text"), BANS_NOT_FOR_SEARCH)
def test_a_ban_that_does_not_apply_to_search_engines_spares_search(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()), effects
    assert effects.get("search") == ("allow", ()), effects


def test_bots_of_named_ai_companies_are_ai_addressees(read: Callable[..., Effects]) -> None:
    effects = read(
        "Ми не надаємо згоди на збирання контенту ботами OpenAI, Anthropic чи Perplexity."
    )
    assert effects.get("ai-train", ("unknown", ()))[0] == "deny", effects
    assert "crawl" not in effects, effects


# "Si un jour nous autorisons …, nous l'annoncerons": a grant inside "if" is a hypothetical,
# no permission (it read as an AI grant: `allow`).
HYPOTHETICAL_GRANTS = [
    (
        "fr",
        "Si un jour nous autorisons l'utilisation de nos contenus par des intelligences artificielles, nous l'annoncerons.",
    ),
    (
        "es",
        "Si algún día permitimos el uso de nuestros contenidos por la inteligencia artificial, lo anunciaremos.",
    ),
    (
        "de",
        "Wenn wir die Nutzung unserer Inhalte für KI-Training eines Tages erlauben, kündigen wir es an.",
    ),
    ("da", "Hvis vi en dag tillader brug af vores indhold til AI-træning, meddeler vi det."),
    (
        "ro",
        "Dacă vom permite vreodată utilizarea conținutului nostru pentru inteligența artificială, vom anunța.",
    ),
    (
        "en",
        "If one day we allow the use of our content by artificial intelligence, we will announce it.",
    ),
]


@pytest.mark.parametrize(("language", "text"), HYPOTHETICAL_GRANTS)
def test_a_grant_inside_if_is_no_permission(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert "allow" not in {v for v, _ in read(text).values()}, (text, read(text))


# "may not be reproduced in AI-generated answers": a reproduction placed in an AI's output
# is that AI use, no republication ("Reproduction … and their use in AI answers" keeps it).
REPRODUCTIONS_IN_AI_OUTPUTS = [
    ("en", "Our articles may not be reproduced in AI-generated answers."),
    ("de", "Dieser Beitrag darf nicht in KI-generierten Antworten wiedergegeben werden."),
    ("fr", "Nos articles ne peuvent pas être reproduits dans des réponses générées par l'IA."),
    ("pl", "Artykuły nie mogą być powielane w odpowiedziach generowanych przez AI."),
    ("nl", "Onze artikelen mogen niet worden overgenomen in door AI gegenereerde antwoorden."),
    ("es", "Nuestros artículos no pueden reproducirse en respuestas generadas por IA."),
]


@pytest.mark.parametrize(("language", "text"), REPRODUCTIONS_IN_AI_OUTPUTS)
def test_a_reproduction_in_ai_outputs_is_that_ai_use(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-input") == ("deny", ()), effects
    assert "republish" not in effects, effects


def test_a_reproduction_listed_apart_from_ai_outputs_stays(read: Callable[..., Effects]) -> None:
    effects = read("Reproduction of our articles and their use in AI answers is prohibited.")
    assert effects.get("republish") == ("deny", ()), effects


def test_a_cell_saying_no_with_an_exception_is_conditional(checker: Checker) -> None:
    html = (
        "<html><body><table><tr><th>Use</th><th>Allowed?</th></tr><tr><td>Training AI models"
        "</td><td>No, unless licensed</td></tr></table></body></html>"
    )
    verdicts = checker.check(Document(id="t", source="t.html", kind="html", text=html)).verdicts
    assert verdicts[Purpose.AI_TRAIN].verdict == "conditional"
    assert verdicts[Purpose.AI_TRAIN].conditions == ("licence",)


# "… de Ediciones del Sur, S.L. Asimismo, …": a company's legal form ends its name; before a
# capital the sentence has ended (the route of one sentence leaked into the next).
LEGAL_FORMS_ENDING_A_SENTENCE = [
    (
        "es",
        "Queda prohibida la reproducción sin la autorización de Ediciones del Sur, S.L. Asimismo, nos oponemos a la minería de textos y datos.",
    ),
    (
        "en",
        "Reproduction requires the permission of Northwind Media Ltd. We also opt out of text and data mining.",
    ),
    (
        "it",
        "È vietata la riproduzione senza il consenso di Editoriale Nord S.r.l. Ci opponiamo inoltre all'estrazione di testo e di dati.",
    ),
    (
        "fr",
        "Toute reproduction nécessite l'accord de Médias du Nord S.A. Nous nous opposons en outre à la fouille de textes et de données.",
    ),
    (
        "nl",
        "Overname vereist de toestemming van Noorderlicht Uitgevers B.V. Tekst- en datamining is niet toegestaan.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LEGAL_FORMS_ENDING_A_SENTENCE)
def test_a_legal_form_before_a_capital_ends_the_sentence(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (text, read(text))


# "automatsko prikupljanje sadržaja (scraping) u svrhu treniranja UI": a gloss in brackets
# after the means and its object is that means, bound to the AI use with it.
GLOSSED_MEANS = [
    (
        "hr",
        "Zabranjeno je automatsko prikupljanje sadržaja (scraping) u svrhu treniranja umjetne inteligencije.",
    ),
    (
        "en",
        "Automated collection of content (scraping) for the purpose of training artificial intelligence is prohibited.",
    ),
    (
        "de",
        "Das automatisierte Auslesen von Inhalten (Scraping) zum Zwecke des Trainings von KI-Modellen ist untersagt.",
    ),
    (
        "pl",
        "Zabronione jest automatyczne pobieranie treści (scraping) w celu trenowania sztucznej inteligencji.",
    ),
    (
        "ru",
        "Запрещён автоматический сбор материалов (скрапинг) в целях обучения искусственного интеллекта.",
    ),
]


@pytest.mark.parametrize(("language", "text"), GLOSSED_MEANS)
def test_a_glossed_means_is_bound_to_the_ai_use(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), effects
    assert "crawl" not in effects, effects


# "本网站内容禁止用于训练人工智能模型。" then the footer's "联系我们" link: a block whose only
# words are its routes is a link label, not a procedure; the ban stays a ban. A procedure
# with words of its own ("Requests for permission: rights@…") still makes it conditional.
FOOTER_LINK_LABELS = [
    ("zh", "本网站内容禁止用于训练人工智能模型。", "联系我们"),
    ("ja", "当サイトのコンテンツをAIの学習に利用することを禁止します。", "お問い合わせ"),
    ("th", "ห้ามนำเนื้อหาไปใช้ในการฝึกโมเดลปัญญาประดิษฐ์", "ติดต่อเรา"),
    ("en", "Our articles may not be used to train AI models.", "Contact us · © 2026"),
    ("vi", "Không được sử dụng nội dung để huấn luyện trí tuệ nhân tạo.", "Liên hệ · © 2026"),
]


@pytest.mark.parametrize(("language", "ban", "link"), FOOTER_LINK_LABELS)
def test_a_footer_link_label_lends_no_way_to_permission(
    verdicts: Callable[..., Effects], language: str, ban: str, link: str
) -> None:
    html = f"<html><body><footer><p>{ban}</p><p><a href='/contact'>{link}</a></p></footer></body></html>"
    assert verdicts(html, kind="html").get("ai-train") == ("deny", ()), html


def test_a_procedure_with_words_of_its_own_still_lends_its_way(
    read: Callable[..., Effects],
) -> None:
    effects = read(
        "Our articles may not be used to train AI models.\n\n"
        "For permission requests, contact us at rights@example.com."
    )
    assert effects.get("ai-train") == ("conditional", ("permission",)), effects


# "Dilarang mengambil konten di situs web ini tanpa izin tertulis": the clause's only act
# placed on the publisher's own site is the act banned, not a description of the content
# (it left the ban with no use: nothing restricted).
ONLY_ACTS_ON_THE_OWN_SITE = [
    ("id", "Dilarang mengambil konten di situs web ini tanpa izin tertulis dari redaksi."),
    ("en", "Copying content on this website without written permission is prohibited."),
    ("pl", "Kopiowanie treści w tym serwisie bez pisemnej zgody jest zabronione."),
    ("ms", "Dilarang mengambil kandungan di laman web ini tanpa kebenaran bertulis."),
    ("ru", "Копирование материалов на этом сайте без письменного разрешения запрещено."),
]


@pytest.mark.parametrize(("language", "text"), ONLY_ACTS_ON_THE_OWN_SITE)
def test_a_clauses_only_act_on_the_own_site_is_no_description(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish", ("unknown",))[0] == "conditional", (text, read(text))


def test_a_description_beside_another_act_stays_one() -> None:
    lexicons = load_lexicons()
    recognition = recognise(
        "I contenuti pubblicati su questo sito non possono essere utilizzati per addestrare"
        " l'intelligenza artificiale.",
        "text",
        lexicons,
    )
    effects = {p for r in recognition.readings for p in r.effects}
    assert "ai-train" in effects and "republish" not in effects, effects


# "GPTBot and ClaudeBot are not permitted to copy any page": named AI crawlers are AI
# addressees; what they may not do is their AI use, no republication.
NAMED_BOTS = [
    ("en", "GPTBot and ClaudeBot are not permitted to copy any page of this site."),
    ("de", "GPTBot und ClaudeBot dürfen keine Seiten dieser Website kopieren."),
    ("fr", "GPTBot et ClaudeBot ne sont pas autorisés à copier les pages de ce site."),
    ("ru", "GPTBot и ClaudeBot не имеют права копировать страницы этого сайта."),
    ("es", "GPTBot y ClaudeBot no pueden copiar ninguna página de este sitio."),
]


@pytest.mark.parametrize(("language", "text"), NAMED_BOTS)
def test_named_ai_bots_are_addressees(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train", ("unknown",))[0] == "deny", (text, effects)
    assert "republish" not in effects and "crawl" not in effects, (text, effects)


# "网友评论：…禁止AI公司随便抓取我们的文章" : a block opening with a reader-comment label is a
# reader speaking, not the publisher (its "we" is the reader's).
COMMENT_LABELS = [
    ("zh", "网友评论：就应该禁止AI公司随便抓取我们的文章，未经授权不得使用。"),
    ("en", "Comment: We should forbid AI companies from copying our articles."),
    ("de", "Kommentar: Wir sollten KI-Firmen das Kopieren unserer Artikel verbieten."),
    ("ru", "Комментарий: нам надо запретить копирование наших статей для ИИ."),
    ("ar", "تعليق: يُمنع نسخ هذا المقال!"),
    ("pl", "Odpowiedź użytkownika anka: zakaz trenowania AI na naszych artykułach to fikcja."),
]


@pytest.mark.parametrize(("language", "text"), COMMENT_LABELS)
def test_a_comment_label_opens_a_readers_words(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (text, read(text))


def test_a_comment_word_without_its_label_mark_covers_no_other_term(
    read: Callable[..., Effects],
) -> None:
    """ "comentarii:" (a label, read only before a colon) must not cover "comentari*" (another
    object) where the text has no colon: the item bans something else than reuse."""
    effects = read(
        "Este interzisă:\n• utilizarea conținutului pentru antrenarea inteligenței artificiale;\n"
        "• publicarea de comentarii defăimătoare."
    )
    assert effects.get("ai-train") == ("deny", ()), effects
    assert "republish" not in effects, effects


# "Automaattinen haravointi on sallittu vain hakukoneille": where "only" is also a require
# word ("vain luvalla", only with permission), beside a search word it names whom the grant
# is for: search allowed, the other crawlers banned (it read as conditional on both).
ONLY_BESIDE_SEARCH = [
    ("fi", "Automaattinen haravointi on sallittu vain hakukoneille."),
    ("vi", "Việc thu thập dữ liệu tự động chỉ được phép đối với các công cụ tìm kiếm."),
    ("ar", "يُسمح بالزحف الآلي لمحركات البحث فقط."),
    ("tr", "Otomatik tarama yalnızca arama motorlarına izinlidir."),
    ("lv", "Automātiska pārmeklēšana ir atļauta tikai meklētājprogrammām."),
    ("et", "Automaatne roomamine on lubatud ainult otsingumootoritele."),
]


@pytest.mark.parametrize(("language", "text"), ONLY_BESIDE_SEARCH)
def test_only_beside_a_search_word_names_whom_a_grant_is_for(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()), (text, effects)
    assert effects.get("search") == ("allow", ()), (text, effects)


def test_only_before_a_route_stays_a_condition(read: Callable[..., Effects]) -> None:
    effects = read("Uudelleenjulkaisu on sallittu vain toimituksen luvalla.")
    assert effects.get("republish") == ("conditional", ("permission",)), effects


# "Примерна клауза, която можете да адаптирате: „Забранява се …“": a quoted clause after a
# lead-in takes no predicate from it (the lead-in's "you can" granted the quoted ban's use).
QUOTED_AFTER_A_LEAD_IN = [
    (
        "bg",
        "Клауза, която можете да адаптирате: „Забранява се използването на съдържанието за обучение на изкуствен интелект.“",
    ),
    (
        "en",
        "A clause you can adapt: “The use of this content for training artificial intelligence is prohibited.”",
    ),
    (
        "de",
        "Eine Klausel, die Sie übernehmen können: „Die Nutzung der Inhalte für das Training von KI ist untersagt.“",
    ),
    (
        "da",
        "En klausul, som I kan bruge: »Brug af indholdet til træning af kunstig intelligens er forbudt.«",
    ),
    (
        "fr",
        "Une clause que vous pouvez reprendre : « L'utilisation des contenus pour l'entraînement de l'IA est interdite. »",
    ),
]


@pytest.mark.parametrize(("language", "text"), QUOTED_AFTER_A_LEAD_IN)
def test_a_quotation_after_a_lead_in_takes_no_predicate(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert all(effects.get(p, ("unknown",))[0] != "allow" for p in AI), (text, effects)


# "Add this sentence to your terms of use: …": an own-voice noun the reader's possessive
# marks is the reader's, a sample's cue; before the block's first colon it introduces what
# follows as a sample (how-to guides read as the page's own bans).
ADVICE_ON_THE_READERS_TERMS = [
    (
        "en",
        "Add this sentence to your terms of use: Use of this website's content for AI training is prohibited.",
    ),
    (
        "fr",
        "Ajoutez à vos conditions d'utilisation : L'utilisation du contenu de ce site pour l'entraînement de l'IA est interdite.",
    ),
    (
        "nl",
        "Voeg deze zin toe aan uw algemene voorwaarden: Het gebruik van de inhoud van deze website voor AI-training is niet toegestaan.",
    ),
    (
        "pl",
        "Dodaj do swojego regulaminu zdanie: Wykorzystywanie treści tej strony do trenowania AI jest zabronione.",
    ),
    (
        "ru",
        "Добавьте в ваши правила использования сайта фразу: Использование материалов этого сайта для обучения ИИ запрещено.",
    ),
]


@pytest.mark.parametrize(("language", "text"), ADVICE_ON_THE_READERS_TERMS)
def test_advice_on_the_readers_terms_is_a_sample(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (text, read(text))


def test_your_after_an_own_site_noun_is_no_possessive_of_it(read: Callable[..., Effects]) -> None:
    """ "… pages from this website for your own personal use …": "your" two words after the
    site's name is no possessive of it; the page's terms stay its own."""
    effects = read(
        "You may view pages from this website for your own personal use. You must not "
        "republish material from this website."
    )
    assert effects.get("republish") == ("deny", ()), effects


# "إليك نموذجاً يمكنك نسخه …:" over a quoted notice: what a lead-in grants is about the
# quotation or sample after it (read as `republish: allow`).
LEAD_INS_TO_QUOTATIONS = [
    (
        "ar",
        '<p>إليك نموذجاً يمكنك نسخه ووضعه في أسفل مدونتك:</p><blockquote>"يُمنع نسخ محتوى هذه المدونة دون موافقة كتابية."</blockquote>',
    ),
    (
        "en",
        '<p>You may copy the following text and use it on your blog:</p><blockquote>"Copying of this blog\'s content without written consent is prohibited."</blockquote>',
    ),
    (
        "de",
        "<p>Diesen Text dürfen Sie kopieren und auf Ihrem Blog verwenden:</p><blockquote>„Das Kopieren der Inhalte dieses Blogs ohne schriftliche Zustimmung ist untersagt.“</blockquote>",
    ),
    (
        "da",
        "<p>Her er et eksempel, du kan bruge på din egen hjemmeside:</p><pre>Al kopiering og brug til træning af kunstig intelligens er forbudt.</pre>",
    ),
    (
        "es",
        "<p>Puede copiar el siguiente texto en su blog:</p><blockquote>«Queda prohibida la copia de los contenidos de este blog sin autorización escrita.»</blockquote>",
    ),
]


@pytest.mark.parametrize(("language", "html"), LEAD_INS_TO_QUOTATIONS)
def test_a_lead_in_to_a_quotation_grants_nothing(
    verdicts: Callable[..., Effects], language: str, html: str
) -> None:
    page = f"<html lang='{language}'><body>{html}</body></html>"
    assert "allow" not in {v for v, _ in verdicts(page, kind="html").values()}, page


# "Σχόλιο αναγνώστη (Νίκος Π.): …", "コメント（匿名）: …": a label may name its speaker in
# brackets before its colon.
LABELS_WITH_A_SPEAKER = [
    (
        "el",
        "Σχόλιο αναγνώστη (Νίκος Π.): Καλά κάνουν και απαγορεύουν την αντιγραφή για εκπαίδευση ΤΝ.",
    ),
    ("ja", "コメント（匿名）: 無断転載禁止って書いてあるのに。"),
    ("en", "Comment (Jane D.): We should ban all copying of our articles."),
    ("uk", "Коментар читача (Олег): Треба заборонити ШІ копіювати наші новини!"),
    ("de", "Kommentar (M. Weber): Wir sollten das Kopieren unserer Artikel verbieten."),
]


@pytest.mark.parametrize(("language", "text"), LABELS_WITH_A_SPEAKER)
def test_a_label_may_name_its_speaker_in_brackets(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (text, read(text))


# "Can I use your articles to train AI?" / "No.": a bare answer under a question of
# permission bans what it asked about; a question about a practice ("Do you use my data
# to train AI?" / "No.") bans nothing.
ANSWERS_TO_PERMISSION_QUESTIONS = [
    ("en", "Can I use your articles to train AI?\n\nNo."),
    ("ru", "Можно ли использовать тексты для обучения ИИ?\n\nНет."),
    ("de", "Darf ich Ihre Artikel für das Training von KI verwenden?\n\nNein."),
    ("es", "¿Puedo usar sus artículos para entrenar IA?\n\nNo."),
    ("fr", "Puis-je utiliser vos articles pour entraîner une IA ?\n\nNon."),
]


@pytest.mark.parametrize(("language", "text"), ANSWERS_TO_PERMISSION_QUESTIONS)
def test_a_bare_answer_takes_the_uses_its_question_asked(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (text, read(text))


def test_an_answer_about_a_practice_bans_nothing(read: Callable[..., Effects]) -> None:
    assert read("Do you use my data to train AI?\n\nNo.") == {}


# "weder automatisiert ausgelesen noch zum Training von KI-Systemen verwendet": "nor" joins
# two acts; the crawling before it is no means bound to the AI use after it.
NEITHER_NOR = [
    (
        "de",
        "Die Inhalte dürfen ohne ausdrückliche Genehmigung weder automatisiert ausgelesen noch zum Training von KI-Systemen verwendet werden.",
    ),
    (
        "nl",
        "De inhoud mag zonder toestemming noch automatisch worden uitgelezen noch voor AI-training worden gebruikt.",
    ),
    ("en", "Our articles may not be scraped nor used to train AI systems."),
    ("cs", "Obsah nesmí být ani automaticky stahován, ani použit k trénování AI."),
    (
        "ru",
        "Материалы не могут ни автоматически собираться, ни использоваться для обучения ИИ.",
    ),
]


@pytest.mark.parametrize(("language", "text"), NEITHER_NOR)
def test_neither_nor_keeps_both_acts(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("crawl", ("unknown",))[0] in ("deny", "conditional"), (text, effects)
    assert effects.get("ai-train", ("unknown",))[0] in ("deny", "conditional"), (text, effects)


# "生成AIの学習を目的としたクローラーによる収集": every means of the phrase a head-final
# binding leads to is bound to the AI use ("collection by crawlers"), and a purpose before the
# noun it modifies binds that noun ("用于训练人工智能模型的爬虫"); a comma ends the phrase.
PURPOSE_BOUND_PHRASES = [
    ("ja", "生成AIの学習を目的としたクローラーによる収集はお断りします。"),
    ("zh", "禁止用于训练人工智能模型的爬虫抓取本站内容。"),
    ("ko", "AI 학습을 목적으로 한 크롤러의 수집을 금지합니다."),
    ("tr", "Yapay zekâ eğitimi amacıyla botlarla içerik toplanması yasaktır."),
    ("ja", "AI学習を目的としたクローラーの収集は禁止します。"),
]


@pytest.mark.parametrize(("language", "text"), PURPOSE_BOUND_PHRASES)
def test_every_means_of_a_purpose_bound_phrase_is_bound(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), (text, effects)
    assert "crawl" not in effects, (text, effects)


def test_a_comma_ends_a_head_final_means(read: Callable[..., Effects]) -> None:
    effects = read(
        "აკრძალულია საიტის შინაარსის გამოყენება ხელოვნური ინტელექტის მოდელების გასაწვრთნელად,"
        " ასევე მონაცემების ავტომატური შეგროვება."
    )
    assert effects.get("crawl") == ("deny", ()), effects


# "Search engines may crawl and index this site", "検索エンジンによる収集は歓迎します": what
# search engines are granted is search indexing; no other crawler's crawling (unknown, which
# fails closed; a grant of crawling with no agent stays one).
SEARCH_ENGINES_GRANTED = [
    ("en", "Search engines may crawl and index this site."),
    ("ja", "検索エンジンによる収集は歓迎します。"),
    ("de", "Suchmaschinen dürfen die Seiten crawlen."),
    ("fr", "Les moteurs de recherche peuvent explorer et indexer ce site."),
    ("es", "Los motores de búsqueda pueden rastrear e indexar este sitio."),
]


@pytest.mark.parametrize(("language", "text"), SEARCH_ENGINES_GRANTED)
def test_a_grant_to_search_engines_is_search_indexing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("search") == ("allow", ()), (text, effects)
    assert "crawl" not in effects, (text, effects)


def test_a_grant_of_crawling_with_no_agent_stays_one(read: Callable[..., Effects]) -> None:
    effects = read("Crawling and indexing of this site are permitted.")
    assert effects.get("crawl") == ("allow", ()), effects


def test_a_no_with_an_exception_under_a_question_is_conditional(
    read: Callable[..., Effects],
) -> None:
    effects = read(
        "Mag ik uw artikelen gebruiken voor mijn AI-toepassing?\n\n"
        "Nee, tenzij u daarvoor een licentie afsluit."
    )
    assert effects.get("ai-train", ("unknown",))[0] == "conditional", effects


def test_a_negation_in_a_final_copula_restricts(read: Callable[..., Effects]) -> None:
    """fa "… مجاز به جمع‌آوری مطالب این سایت نیستند" ("are not permitted to collect"): the
    negation stands at the end, after the grant word (read as `crawl: allow`)."""
    effects = read("ربات‌های خزنده مجاز به جمع‌آوری مطالب این سایت نیستند.")
    assert effects.get("crawl") == ("deny", ()), effects


# "本站禁止任何形式的爬虫抓取，亦禁止将本站内容用于训练人工智能模型": a means with a predicate
# of its own, and another predicate before the binding, is banned on its own; it is no means
# of the AI use the second ban names (read as no crawl restriction at all).
MEANS_WITH_A_BAN_OF_THEIR_OWN = [
    ("zh", "本站禁止任何形式的爬虫抓取，亦禁止将本站内容用于训练人工智能模型。"),
    ("ja", "当サイトはクローラーによる収集を禁止し、また記事をAI学習に利用することも禁止します。"),
    ("en", "We prohibit scraping, and we also prohibit using content for AI training."),
    (
        "de",
        "Wir untersagen das Scraping und untersagen auch die Nutzung der Inhalte für KI-Training.",
    ),
    (
        "fr",
        "Interdisons toute collecte automatisée et interdisons aussi l'usage des contenus pour l'entraînement de l'IA.",
    ),
]


@pytest.mark.parametrize(("language", "text"), MEANS_WITH_A_BAN_OF_THEIR_OWN)
def test_a_means_with_a_ban_of_its_own_stays_banned(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()), (text, effects)
    assert effects.get("ai-train") == ("deny", ()), (text, effects)


def test_a_means_before_its_ban_and_purpose_stays_bound(read: Callable[..., Effects]) -> None:
    effects = read("Reproduction is prohibited for the purpose of training AI.")
    assert "republish" not in effects, effects


# "Det burde være forbudt at bruge vores artikler til AI", "il faudrait interdire …": a wish
# that something be banned bans nothing (a mask over the wish and its ban word); what is
# banned outright stays banned.
WISHES = [
    ("da", "Det burde være forbudt at bruge vores avisartikler til AI uden betaling."),
    ("fr", "Franchement, il faudrait interdire aux IA de s'entraîner sur nos articles."),
    ("sk", "Kopírovanie našich článkov pre AI by malo byť zakázané všade."),
    ("ru", "Надо запретить копирование наших статей для обучения ИИ."),
    ("en", "Scraping our articles for AI training should be prohibited everywhere."),
    ("he", "צריך לאסור על חברות AI להעתיק את הכתבות שלנו."),
]


@pytest.mark.parametrize(("language", "text"), WISHES)
def test_a_wish_for_a_ban_bans_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert restricted(read(text)) == set(), (text, read(text))


def test_a_ban_beside_a_wish_stays(read: Callable[..., Effects]) -> None:
    effects = read("Scraping is prohibited. AI training should be forbidden too, in our view.")
    assert effects.get("crawl") == ("deny", ()), effects


# A lead-in that states a ban of its own keeps it, whatever follows it quoted.
LEAD_IN_BANS_BEFORE_QUOTATIONS = [
    (
        "en",
        'Republishing our articles without written permission is prohibited:\n\n"© 2026 Northwind Media."',
    ),
    (
        "de",
        "Die Übernahme unserer Artikel ohne schriftliche Genehmigung ist untersagt:\n\n„© 2026 Nordwind Medien.“",
    ),
    (
        "fr",
        "La reproduction de nos articles sans autorisation écrite est interdite :\n\n« © 2026 Médias du Nord. »",
    ),
    (
        "pl",
        "Przedruk naszych artykułów bez pisemnej zgody jest zabroniony:\n\n„© 2026 Media Północ.”",
    ),
    (
        "ru",
        "Перепечатка наших статей без письменного разрешения запрещена:\n\n«© 2026 Северные медиа.»",
    ),
]


@pytest.mark.parametrize(("language", "text"), LEAD_IN_BANS_BEFORE_QUOTATIONS)
def test_a_lead_in_ban_before_a_quotation_stays(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish", ("unknown",))[0] == "conditional", (text, read(text))


# A sample in single quotation marks ('…', ‘…’, ‚…‘) or in the Nordic ”…” is quoted like one
# in double marks: its "we" and its ban are the sample's, not the page's.
SINGLE_QUOTED_SAMPLES = [
    (
        "nl",
        "Cursus Mediarecht – Module 3: het TDM-voorbehoud. Voorbeeldtekst: 'Wij behouden ons alle rechten voor met betrekking tot tekst- en datamining.'",
    ),
    (
        "en",
        "Lesson 3: opt-outs. Example notice: ‘We do not permit the use of our articles to train AI.’",
    ),
    (
        "fi",
        "Oppitunti 3: käyttöehdot. Esimerkki: ”Emme salli sisältömme käyttöä tekoälyn opettamiseen.”",
    ),
    ("sv", "Lektion 3: villkor. Exempel: ’Vi förbjuder användning av våra texter för AI-träning.’"),
    ("he", "שיעור 3: תנאי שימוש. דוגמה: 'אנו אוסרים שימוש בכתבות שלנו לאימון בינה מלאכותית.'"),
    ("tr", "Yorum – Ahmet Y.: Bence her site altına 'yapay zekâ eğitimi yasaktır' yazmalı."),
]


@pytest.mark.parametrize(("language", "text"), SINGLE_QUOTED_SAMPLES)
def test_a_sample_in_single_quotation_marks_is_quoted(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert restricted(read(text)) == set(), (text, read(text))


# An apostrophe inside or after a word opens no quotation: the notice around it is read.
APOSTROPHES = [
    ("en", "The publisher's articles may not be used to train AI, and we don't allow scraping."),
    ("fr", "L'utilisation de l'ensemble des articles pour l'entraînement d'une IA est interdite."),
    ("it", "L'uso dei contenuti dell'agenzia per l'addestramento dell'IA è vietato."),
    ("nl", "Het is verboden de artikelen van 't Gooise Dagblad te gebruiken voor AI-training."),
]


@pytest.mark.parametrize(("language", "text"), APOSTROPHES)
def test_an_apostrophe_opens_no_quotation(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert "ai-train" in restricted(read(text)), (text, read(text))


def test_a_line_that_is_one_quoted_string_is_data_not_a_quotation(
    read: Callable[..., Effects],
) -> None:
    # a list of strings scraped from a platform's terms: each item is the page's own rule
    text = (
        "'Users may not harass other members.',\n"
        "'Users may not scrape profiles without our prior written permission.',"
    )
    assert read(text).get("crawl", ("unknown",))[0] == "conditional", read(text)


# A quotation that states something (a predicate of its own inside) is a whole statement:
# the sentence around it ("you may write …") grants none of the acts it names.
QUOTED_STATEMENTS = [
    ("nb", "Du kan også skrive i vilkårene at «innholdet ikke kan brukes til trening av KI»."),
    ("en", "You may add the line “Content may not be used for AI training” to the footer."),
    (
        "de",
        "Sie können in die Nutzungsbedingungen den Satz „Die Inhalte dürfen nicht für KI-Training genutzt werden“ aufnehmen.",
    ),
    (
        "fr",
        "Vous pouvez ajouter la phrase « Le contenu ne peut pas être utilisé pour entraîner une IA » dans le pied de page.",
    ),
    ("ru", "Вы можете добавить в подвал фразу «Материалы нельзя использовать для обучения ИИ»."),
    (
        "ja",
        "フッターに「本サイトのコンテンツをAI学習に使用することを禁じます」と書くことができます。",
    ),
    # the gershayim of an abbreviation ("מו"לים") opens no quotation
    ("he", 'מו"לים רבים כותבים באתר כי "אין להשתמש בתכנים לאימון בינה מלאכותית".'),
]


@pytest.mark.parametrize(("language", "text"), QUOTED_STATEMENTS)
def test_a_quoted_statement_lends_no_act_to_its_sentence(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (text, read(text))


def test_a_quoted_act_without_a_predicate_is_the_sentence_s(read: Callable[..., Effects]) -> None:
    effects = read("Use of our articles for “AI training” is prohibited.")
    assert effects.get("ai-train") == ("deny", ()), effects


# A licence or permission that a negated verb of granting refuses ("No licence is granted",
# "Der gives ingen tilladelse", "nie udziela żadnej licencji") is no way offered: a ban.
REFUSED_LICENCES = [
    ("en", "No licence is granted for the use of our articles to train AI."),
    ("fr", "Aucune licence n'est concédée pour l'entraînement d'une IA sur nos articles."),
    ("it", "Nessuna licenza è concessa per l'addestramento dell'IA sui nostri articoli."),
    ("ms", "Tiada lesen diberikan untuk melatih kecerdasan buatan dengan artikel kami."),
    ("sv", "Ingen licens lämnas för AI-träning på våra artiklar."),
    ("da", "Der gives ingen tilladelse til AI-træning på vores artikler."),
    ("bg", "Не се предоставя лиценз за обучение на изкуствен интелект с нашите статии."),
    ("el", "Δεν παρέχεται καμία άδεια για εκπαίδευση τεχνητής νοημοσύνης με τα άρθρα μας."),
    ("pl", "Wydawca nie udziela żadnej licencji na trenowanie sztucznej inteligencji."),
    ("ro", "Nu se acordă nicio licență pentru antrenarea inteligenței artificiale."),
]


@pytest.mark.parametrize(("language", "text"), REFUSED_LICENCES)
def test_a_refused_licence_is_no_route(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (text, read(text))


def test_a_licence_asked_for_stays_a_route(read: Callable[..., Effects]) -> None:
    for text in (
        "Use of our articles to train AI is not permitted without a licence.",
        "No licence, no use: AI training requires a licence from the publisher.",
    ):
        assert read(text).get("ai-train") == ("conditional", ("licence",)), (text, read(text))


# One law named twice is a citation, not law wording throughout: the page's own impersonal
# ban beside it stays the page's.
LAW_CITED_TWICE = [
    (
        "nb",
        "Innholdet er beskyttet etter åndsverkloven. Tekst- og datautvinning er ikke tillatt, jf. åndsverkloven § 13 b.",
    ),
    (
        "de",
        "Inhalte geschützt nach dem Urheberrechtsgesetz. Text- und Data-Mining ist untersagt, vgl. Urheberrechtsgesetz § 44b.",
    ),
    (
        "fr",
        "Contenu protégé par le Code de la propriété intellectuelle. Fouille de textes et de données interdite, conformément au Code de la propriété intellectuelle.",
    ),
    (
        "cs",
        "Obsah je chráněn autorským zákonem. Vytěžování textů a dat je zakázáno podle autorského zákona.",
    ),
    (
        "ru",
        "Материалы защищены Гражданским кодексом. Анализ текстов и данных запрещён в соответствии с Гражданским кодексом.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LAW_CITED_TWICE)
def test_a_law_cited_twice_is_no_statute_text(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (text, read(text))


# A place between a use and the AI ("use in generative AI products", "Verwendung in
# KI-Produkten") is where the content goes: AI is no tool of the user's here.
USES_IN_AI = [
    (
        "en",
        "Republication and use in generative AI products are excluded from every subscription plan offered.",
    ),
    (
        "de",
        "Die Weitergabe und die Verwendung in KI-Produkten sind von jedem angebotenen Abonnement ausgeschlossen.",
    ),
    (
        "fr",
        "La reproduction et l'utilisation dans des produits d'IA sont exclues de toutes les formules d'abonnement proposées.",
    ),
]


@pytest.mark.parametrize(("language", "text"), USES_IN_AI)
def test_a_use_in_ai_is_the_content_s(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-input") == ("deny", ()), (text, read(text))


# A report word a ban governs right before it is the act banned ("Dilarang mengumumkan":
# prohibited to announce, as the Indonesian copyright act words it), nobody announcing.
BANNED_REPORT_WORDS = [
    (
        "id",
        "Hak Cipta dilindungi Undang-Undang. Dilarang mengumumkan, memperbanyak atau menggandakan isi publikasi ini tanpa izin tertulis dari Dinas Kominfo Kota Malang.",
    ),
    (
        "ms",
        "Hak cipta terpelihara. Dilarang mengumumkan atau menerbitkan semula kandungan laman ini tanpa kebenaran bertulis Pustaka Seri Melaka.",
    ),
]


@pytest.mark.parametrize(("language", "text"), BANNED_REPORT_WORDS)
def test_a_report_word_a_ban_governs_is_the_act(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("written-permission",)), read(text)


def test_a_report_word_after_a_comma_still_reports(read: Callable[..., Effects]) -> None:
    # "… dilarang, kata juru bicara": the spokesman speaks, the ban is his
    text = "Penyalinan konten untuk AI dilarang, kata juru bicara asosiasi penerbit kemarin."
    assert restricted(read(text)) == set(), read(text)


# A dateline's place is in capitals of any alphabet ("HÀ NỘI (TTXVN) –", "İSTANBUL (AA) –"):
# what follows is a news story, its demands someone else's.
DATELINES = [
    (
        "vi",
        "HÀ NỘI (TTXVN) – Hội Nhà báo đề nghị các công ty AI phải xin phép trước khi sử dụng tin bài để huấn luyện mô hình.",
    ),
    (
        "tr",
        "İSTANBUL (AA) – Gazeteciler cemiyeti, yapay zekâ şirketlerinin haberleri izinsiz kullanmasının yasaklanmasını istedi.",
    ),
    (
        "el",
        "ΑΘΗΝΑ (ΑΠΕ) – Η ένωση εκδοτών ζητά η χρήση άρθρων για εκπαίδευση τεχνητής νοημοσύνης να επιτρέπεται μόνο με άδεια.",
    ),
    (
        "pl",
        "ŁÓDŹ (PAP) – Izba wydawców żąda, aby wykorzystanie artykułów do trenowania AI wymagało zgody.",
    ),
    (
        "cs",
        "ÚSTÍ NAD LABEM (ČTK) – Vydavatelé požadují, aby užití článků pro trénink AI vyžadovalo souhlas.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DATELINES)
def test_a_dateline_in_any_alphabet_opens_a_story(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert restricted(read(text)) == set(), (text, read(text))


def test_a_title_in_mixed_case_is_no_dateline() -> None:
    from compliance.notices.compose import dateline

    assert dateline("HÀ NỘI (TTXVN) – tin")
    assert not dateline("The Guardian (UK) - Terms of use")
    assert not dateline("Copyright (c) - 2026")


# A user's undertaking is the page's requirement: what the user undertakes not to do is
# banned ("verpflichtet sich, … nicht … zu verwenden"), what they undertake to do is a
# condition of reuse.
UNDERTAKINGS = [
    (
        "de",
        "Der Nutzer verpflichtet sich, die Artikel nicht für das Training von KI-Modellen zu verwenden.",
    ),
    ("sv", "Användaren förbinder sig att inte använda artiklarna för att träna AI-modeller."),
    (
        "pl",
        "Użytkownik zobowiązuje się nie wykorzystywać artykułów do trenowania modeli sztucznej inteligencji.",
    ),
    (
        "es",
        "El Usuario se obliga a no utilizar los artículos para el entrenamiento de modelos de inteligencia artificial.",
    ),
    (
        "uk",
        "Користувач зобов'язується не використовувати статті для навчання моделей штучного інтелекту.",
    ),
    ("vi", "Người dùng cam kết không sử dụng bài viết để huấn luyện mô hình trí tuệ nhân tạo."),
    ("th", "ผู้ใช้ตกลงจะไม่นำบทความไปใช้ฝึกโมเดลปัญญาประดิษฐ์"),
]


@pytest.mark.parametrize(("language", "text"), UNDERTAKINGS)
def test_an_undertaking_not_to_use_is_a_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (text, read(text))


def test_an_undertaking_to_credit_is_a_condition(read: Callable[..., Effects]) -> None:
    effects = read("Der Nutzer verpflichtet sich, bei jeder Übernahme die Quelle zu nennen.")
    assert effects.get("republish") == ("conditional", ("attribution",)), effects


# A grant only on a condition bans the act without it, and a carry-over after it ("Dies gilt
# insbesondere für …", "This applies in particular to …") extends that to the uses it names.
CARRIED_CONDITIONS = [
    (
        "de",
        "Das automatisierte Auslesen der Artikel ist nur mit schriftlicher Zustimmung des Verlags zulässig. Dies gilt insbesondere für die Verwendung der Inhalte zum Training von KI-Systemen.",
    ),
    (
        "en",
        "Automated collection of our articles is permitted only with our written consent. This applies in particular to the use of the content for training AI systems.",
    ),
    (
        "fr",
        "La collecte automatisée de nos articles n'est autorisée qu'avec notre accord écrit. Cela vaut notamment pour l'utilisation des contenus pour l'entraînement de systèmes d'IA.",
    ),
    (
        "nl",
        "Het geautomatiseerd verzamelen van onze artikelen is alleen toegestaan met schriftelijke toestemming. Dit geldt in het bijzonder voor het gebruik van de inhoud voor het trainen van AI-systemen.",
    ),
    (
        "pl",
        "Automatyczne pobieranie artykułów jest dozwolone wyłącznie za pisemną zgodą wydawcy. Dotyczy to w szczególności wykorzystania treści do trenowania systemów sztucznej inteligencji.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CARRIED_CONDITIONS)
def test_a_carry_over_extends_a_conditional_grant(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("conditional", ("written-permission",)), (
        text,
        read(text),
    )


# A use placed on other sites or shops is their republication, beside other acts too, and
# with the place's preposition attached to the noun ("באתרי", "ในร้านค้า…").
USES_ELSEWHERE = [
    (
        "es",
        "No está permitido su uso en otros marketplaces ni su recopilación mediante herramientas automáticas.",
    ),
    ("he", 'התמונות שייכות לחברת גפן ודבש בע"מ. אין לעשות בהן שימוש באתרי מסחר אחרים.'),
    ("th", "ห้ามนำรูปภาพและคำบรรยายสินค้าของร้านไปใช้ในร้านค้าออนไลน์อื่น"),
    ("en", "Our product photos may not be used on other sites."),
    ("de", "Die Produktfotos dürfen nicht auf anderen Webseiten verwendet werden."),
]


@pytest.mark.parametrize(("language", "text"), USES_ELSEWHERE)
def test_a_use_on_other_sites_or_shops_stays_republication(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("deny", ()), (text, read(text))


def test_a_use_far_from_a_place_of_others_lends_no_republication(
    read: Callable[..., Effects],
) -> None:
    # "en sus condiciones" is where others write their rules, not where the content goes
    text = "Muchos sitios prohíben en sus condiciones el uso de robots para la minería de textos y datos."
    assert "republish" not in read(text), read(text)


# A lettered section written number first ("15 a §", "35/A. §", as Nordic and Hungarian
# laws number them) is a law's article: what it permits is the law's, no grant of the page's.
LETTERED_SECTIONS = [
    ("sv", "15 a § Var och en får framställa exemplar av ett verk för text- och datautvinning."),
    ("fi", "13 b § Teoksesta saa valmistaa kappaleita tekstin- ja tiedonlouhintaa varten."),
    (
        "hu",
        "35/A. § (1) Szabad a jogszerűen hozzáférhető mű többszörözése szöveg- és adatbányászat céljából.",
    ),
    (
        "da",
        "12 a § Enhver må fremstille eksemplarer af værker med henblik på tekst- og datamining.",
    ),
    # ... also after the law's abbreviation on the same line
    (
        "hu",
        "Szjt. 35/A. § (1) Szabad a jogszerűen hozzáférhető mű többszörözése szöveg- és adatbányászat céljából.",
    ),
    (
        "sv",
        "URL 15 a § Var och en får framställa exemplar av ett verk för text- och datautvinning.",
    ),
    ("fi", "TekijäL 13 b § Teoksesta saa valmistaa kappaleita tekstin- ja tiedonlouhintaa varten."),
]


@pytest.mark.parametrize(("language", "text"), LETTERED_SECTIONS)
def test_a_lettered_section_number_first_is_law_text(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (text, read(text))


def test_a_plain_section_number_keeps_the_page_s_terms(read: Callable[..., Effects]) -> None:
    effects = read("5 § Du får citera korta utdrag ur artiklarna med angivande av källan.")
    assert effects.get("republish", ("unknown",))[0] == "conditional", effects


def test_a_word_before_a_plain_section_number_names_no_law(read: Callable[..., Effects]) -> None:
    effects = read("Villkor 5 § Du får citera korta utdrag ur artiklarna med angivande av källan.")
    assert effects.get("republish", ("unknown",))[0] == "conditional", effects


def test_an_unported_licence_name_negates_nothing(read: Callable[..., Effects]) -> None:
    # "Não Adaptada" is how Portuguese names CC's "Unported" versions, no "not"
    text = "Este blog está licenciado sob a Licença Creative Commons Atribuição-SemDerivações 3.0 Não Adaptada."
    assert read(text).get("republish") == ("conditional", ("attribution", "no-derivatives")), read(
        text
    )


# A ban word negated where it stands bans nothing: "we do not block", "nicht verboten".
NEGATED_BANS = [
    ("en", "We deliberately do not block AI bots."),
    ("en", "We don't prohibit quoting."),
    ("de", "Wir sperren KI-Bots bewusst nicht."),
    ("de", "Es ist nicht verboten, Artikel zu zitieren."),
    ("hu", "A mesterséges intelligencia robotjait szándékosan nem tiltjuk ki."),
    ("nl", "Wij blokkeren AI-bots niet."),
    ("pl", "Kopiowanie nie jest zabronione."),
    ("ru", "Копирование не запрещено."),
    ("el", "Η αναπαραγωγή δεν απαγορεύεται."),
]


@pytest.mark.parametrize(("language", "text"), NEGATED_BANS)
def test_a_negated_ban_word_bans_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (text, read(text))


# ... but a negation that does not reach the ban word leaves the ban: "not only prohibited",
# "no unauthorised copying" (an attribute of the use), a nominal ban, a negator elsewhere.
STILL_BANS = [
    ("Scraping is not only prohibited but also punishable.", "crawl", "deny"),
    ("We accept no unauthorised reproduction.", "republish", "conditional"),
    ("No unauthorized copying.", "republish", "conditional"),
    ("Copying is prohibited.", "republish", "deny"),
    (
        "Keine Verwendung der Inhalte zum Training von KI-Systemen ohne vorherige schriftliche Zustimmung.",
        "ai-train",
        "conditional",
    ),
    (
        "Il est interdit de copier les articles, sauf s'ils ne sont pas protégés.",
        "republish",
        "deny",
    ),
]


@pytest.mark.parametrize(("text", "purpose", "verdict"), STILL_BANS)
def test_a_negation_away_from_the_ban_word_keeps_the_ban(
    read: Callable[..., Effects], text: str, purpose: str, verdict: str
) -> None:
    assert read(text).get(purpose, ("unknown",))[0] == verdict, (text, read(text))


# robots.txt: a comment describing the file's records is no notice (the records decide).
CONTENT_SIGNALS_POLICY = (
    "# As a condition of accessing this website, you agree to abide by the following\n"
    "# content signals:\n"
    "# (a) If a Content-Signal = yes, you may collect content for the corresponding use.\n"
    "# (b) If a Content-Signal = no, you may not collect content for the corresponding use.\n"
    "# (c) If the website operator does not include a Content-Signal for a corresponding use,\n"
    "#     the website operator neither grants nor restricts permission via Content-Signal\n"
    "#     with respect to the corresponding use.\n"
    "User-agent: *\n"
    "Content-Signal: search=yes,ai-train=no\n"
    "Allow: /\n"
    "\n"
    "# BEGIN managed AI crawler block\n"
    "User-agent: GPTBot\n"
    "Disallow: /\n"
    "# END managed AI crawler block\n"
)


def test_the_content_signals_policy_text_restricts_nothing_itself(
    verdicts: Callable[..., Effects],
) -> None:
    got = verdicts(CONTENT_SIGNALS_POLICY, kind="robots")
    assert got["crawl"] == ("allow", ()), got  # the policy's "(b) … you may not collect"
    assert got["search"] == ("allow", ()) and got["ai-train"][0] == "deny", got
    assert "ai-input" not in got, got  # "managed AI crawler block" is a section marker


def test_a_change_log_in_robots_comments_is_no_notice(verdicts: Callable[..., Effects]) -> None:
    robots = (
        "# Hobby forum robots.txt\n"
        "# 2024-03-18: AI blocks removed after the community vote\n"
        "# User-agent: GPTBot\n"
        "# Disallow: /\n"
        "User-agent: *\n"
        "Allow: /\n"
    )
    got = verdicts(robots, kind="robots")
    assert "ai-train" not in got and "ai-input" not in got, got
    # ... while a sentence of the comments that is a notice stays one
    notice = robots.replace("# Hobby forum robots.txt\n", "# Hobby forum\n# No AI training.\n")
    assert verdicts(notice, kind="robots")["ai-train"][0] == "deny"


# A row of links after a footer's ban ("About us | Contact us | Privacy") is a menu, not the
# way to ask for permission: the ban stays absolute.
LINK_ROWS = [
    "Use of this site's content to train AI models is prohibited.\nAbout us | Contact us | Privacy | Terms",
    "Использование материалов для обучения ИИ запрещено.\nО нас | Связаться с нами | Политика конфиденциальности",
    "يُحظر استخدام محتوى الموقع في تدريب نماذج الذكاء الاصطناعي.\nمن نحن | اتصل بنا | سياسة الخصوصية",
]


@pytest.mark.parametrize("text", LINK_ROWS)
def test_a_row_of_links_is_no_way_to_permission(
    verdicts: Callable[..., Effects], text: str
) -> None:
    assert verdicts(text)["ai-train"] == ("deny", ()), verdicts(text)
    # ... while a sentence after it saying how to ask is one
    asked = text.split("\n")[0] + "\nFor licensing, contact us at rights@example.org."
    assert verdicts(asked)["ai-train"][0] == "conditional", verdicts(asked)


# A clause numbered as terms number theirs ("3.1 ") is the page's provision, whoever else
# it names ("their own newspapers"): it does not make the page a news story.
def test_a_numbered_provision_is_the_page_s_own(read: Callable[..., Effects]) -> None:
    text = (
        "Condizioni generali per gli abbonati al notiziario\n\n"
        "Art. 3 – Utilizzo dei contenuti\n"
        "3.1 I lanci d'agenzia possono essere utilizzati esclusivamente dagli abbonati, "
        "per la pubblicazione sulle proprie testate, citando la fonte.\n"
    )
    assert read(text).get("republish", ("unknown",))[0] == "conditional", read(text)


# "Other than" exceptions: crawling by software other than search engines' is banned.
OTHER_THAN = [
    "È vietato l'accesso mediante software automatici diversi da quelli dei motori di ricerca.",
    "Se prohíbe el acceso de robots distintos a los de los buscadores.",
    "É proibido o acesso por robôs que não sejam os dos motores de busca.",
    "Crawling by automated software other than search engines is prohibited.",
]


@pytest.mark.parametrize("text", OTHER_THAN)
def test_other_than_search_engines_excepts_search(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects["crawl"][0] == "deny" and effects.get("search", ("unknown",))[0] != "deny", (
        text,
        effects,
    )


# "… permitted within their subscription": the subscription frames the grant, a condition.
def test_a_licence_framing_a_grant_is_its_condition(read: Callable[..., Effects]) -> None:
    text = "Die Weiterverbreitung ist ausschließlich Kunden im Rahmen ihres Abonnements gestattet."
    assert read(text)["republish"] == ("conditional", ("licence",)), read(text)
    assert read("Hiermit wird eine Lizenz gewährt.") == {}


# A sentence that only asks a condition of reuse, right after a grant of reuse, is its
# condition ("… may be republished. The photographer's name must always be credited.").
CONDITION_AFTER_GRANT = [
    "The images below may be republished freely in editorial contexts. The photographer's name must always be credited.",
    "Bilderna nedan får användas fritt i samband med publicering. Fotografens namn ska alltid anges.",
    "Bilderna nedan får publiceras fritt. Fotografen ska alltid krediteras.",
]


@pytest.mark.parametrize("text", CONDITION_AFTER_GRANT)
def test_a_condition_asked_after_a_grant_is_its_condition(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text)["republish"] == ("conditional", ("attribution",)), read(text)


def test_a_negated_separable_grant_is_a_ban(read: Callable[..., Effects]) -> None:
    # nl "toestaan" split around its object: "Wij staan … niet toe" is "we do not allow"
    text = "Wij staan niet toe dat onze artikelen worden gebruikt voor het trainen van AI-systemen."
    assert read(text)["ai-train"] == ("deny", ()), read(text)
    assert read("Wij staan het scrapen van deze site niet toe.")["crawl"] == ("deny", ())
    allowed = read("Wij staan het gebruik van onze artikelen in AI-zoekmachines toe.")
    assert allowed["ai-input"] == ("allow", ()), allowed


# "(1) Users shall not do the following without our written consent." over "1. …", "2. …":
# the items are banned on the paragraph's way to permission.
NESTED_LEAD_INS = [
    "Article 9\n(1) Users shall not do the following acts without the prior written consent of the company.\n1. copying or distributing articles\n2. collecting content by automated means such as crawling or scraping\n",
    "제9조(금지행위)\n① 이용자는 회사의 사전 서면 동의 없이 다음 각 호의 행위를 하여서는 아니 된다.\n1. 기사를 복제, 배포하는 행위\n2. 크롤링, 스크래핑 등 자동화된 수단을 이용하여 콘텐츠를 수집하는 행위\n",
]


@pytest.mark.parametrize("text", NESTED_LEAD_INS)
def test_a_numbered_paragraph_leads_in_its_sub_items(
    read: Callable[..., Effects], text: str
) -> None:
    effects = read(text)
    assert effects["crawl"] == ("conditional", ("written-permission",)), effects
    assert effects["republish"] == ("conditional", ("written-permission",)), effects


# "The site is for readers' personal, non-commercial use. We do not allow OpenAI or other AI
# developers to train on our articles.": the AI developers are the ban's party, not the
# addressees of the section; the bare "use" before them stays reuse, and the AI ban stays
# absolute (it had become conditional on "non-commercial").
BANNED_PARTIES = [
    "Daily Danube\n\nThe content of this site is intended only for the personal, non-commercial use of our readers. We do not allow OpenAI, Google or other AI developers to use our articles for training language models.\n",
    "Donau-Zeitung\n\nDie Inhalte dieser Website sind ausschließlich für den persönlichen, nicht kommerziellen Gebrauch unserer Leser bestimmt. Wir gestatten OpenAI, Google oder anderen KI-Entwicklern nicht, unsere Artikel zum Training von Sprachmodellen zu nutzen.\n",
    "Le Courrier du Danube\n\nLe contenu de ce site est destiné exclusivement à l'usage personnel et non commercial de nos lecteurs. Nous n'autorisons pas OpenAI, Google ou d'autres développeurs d'IA à utiliser nos articles pour entraîner des modèles de langage.\n",
    "Дунавски вестник\n\nМатериалы сайта предназначены только для личного некоммерческого использования читателями. Мы не разрешаем OpenAI, Google и другим разработчикам искусственного интеллекта использовать наши статьи для обучения языковых моделей.\n",
    "ドナウ新聞\n\n本サイトのコンテンツは、読者の個人的かつ非営利の利用に限り提供しています。OpenAI、Google その他のAI開発者が当社の記事を言語モデルの学習に利用することは認めません。\n",
]


@pytest.mark.parametrize("text", BANNED_PARTIES)
def test_a_banned_party_does_not_address_the_section(
    read: Callable[..., Effects], text: str
) -> None:
    effects = read(text)
    assert effects["ai-train"] == ("deny", ()), effects
    assert effects["republish"] == ("conditional", ("non-commercial",)), effects


# English negative contractions: "doesn't permit", "can't republish", "isn't allowed" are
# bans ("can" inside "can't" had read as a grant: a false allow), curly apostrophes too.
CONTRACTED_BANS = [
    ("The publisher doesn't permit AI training on its articles.", "ai-train"),
    ("The site doesn’t allow text and data mining.", "ai-train"),
    ("You can't republish our articles.", "republish"),
    ("Reproduction isn't permitted.", "republish"),
    ("Our articles aren’t available for AI training.", "ai-train"),
    ("We won't allow our archive to be used for AI training.", "ai-train"),
    ("You mustn't copy our recipes.", "republish"),
    ("I don’t consent to my photos being used to train AI.", "ai-train"),
]


@pytest.mark.parametrize(("text", "purpose"), CONTRACTED_BANS)
def test_a_contracted_negation_bans(read: Callable[..., Effects], text: str, purpose: str) -> None:
    assert read(text).get(purpose) == ("deny", ()), read(text)


def test_a_contracted_negation_without_a_use_bans_nothing(read: Callable[..., Effects]) -> None:
    assert read("It won't stop every scraper, but it is a start.") == {}
    assert read("You can’t go wrong with these recipes.") == {}


def test_a_contracted_negation_of_a_ban_word_bans_nothing(read: Callable[..., Effects]) -> None:
    # a verbal negation negates the ban word, whatever use follows it (it had read as a ban)
    assert read("We won't block search engines or AI crawlers.") == {}
    assert read("The publisher doesn't prohibit quotation.") == {}
    effects = read("We don't block AI crawlers, but AI training on our articles is not allowed.")
    assert effects.get("ai-train") == ("deny", ()), effects


# Sub-numbered provisions ("2.1 ", "5.3.") under a heading that bans are its list: the
# heading leads them in as "Prohibited uses" leads in "1." and "(a)" (they had read nothing).
SUBNUMBERED_ITEMS = [
    "Prohibited uses\n2.1 Redistribute or sell our articles as stand-alone files.\n2.2 Use the articles as training data for any artificial intelligence model.\n",
    "Verbotene Nutzungen\n3.1 Die Inhalte in Datenbanken zu übernehmen oder weiterzuverbreiten.\n3.2 Die Inhalte für das Training von KI-Modellen zu verwenden.\n",
    "Запрещённые действия\n4.1 Копировать и распространять материалы сайта.\n4.2 Использовать материалы для обучения моделей искусственного интеллекта.\n",
    "禁止事項\n5.1 本サイトのコンテンツを複製・転載すること。\n5.2 本サイトのコンテンツをAIの学習に利用すること。\n",
    "Usos prohibidos\n2.1. Reproducir o redistribuir los contenidos.\n2.2. Utilizar los contenidos para entrenar modelos de inteligencia artificial.\n",
]


@pytest.mark.parametrize("text", SUBNUMBERED_ITEMS)
def test_sub_numbered_provisions_under_a_banning_heading_are_banned(
    read: Callable[..., Effects], text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), effects
    assert effects.get("republish") == ("deny", ()), effects


def test_a_sub_numbered_lead_in_leads_its_bullets(read: Callable[..., Effects]) -> None:
    text = "5.5 Uživatelům je výslovně zakázáno:\n- Strojově stahovat nebo kopírovat obsah platformy (web scraping).\n"
    assert read(text).get("crawl") == ("deny", ()), read(text)


# "Toute utilisation non autorisée de ces contenus est interdite": a negated route after the
# use ("not authorised") names no agreement the way "Nutzungsvertrag" does; the use is the act.
UNAUTHORISED_USES = [
    "Toute utilisation non autorisée de ces contenus est interdite.",
    "Cualquier uso no autorizado de estos contenidos está prohibido.",
    "Qualsiasi utilizzo non autorizzato dei contenuti è vietato.",
    "Qualquer utilização não autorizada destes conteúdos é proibida.",
    "Jede nicht genehmigte Nutzung der Inhalte ist untersagt.",
]


@pytest.mark.parametrize("text", UNAUTHORISED_USES)
def test_an_unauthorised_use_needs_permission(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("conditional", ("permission",)), read(text)


# "including but not limited to": its "but" is no contrast and its "limited to" no
# requirement; the list it opens stays under the sentence's way to permission.
NOT_LIMITED_TO = [
    "Without our prior written consent, users may not in any way (including but not limited to using robots, spiders or other automated tools) scrape, copy or distribute the content, nor use it to train AI models.",
    "未经本公司事先书面同意，用户不得以任何方式（包括但不限于使用机器人、蜘蛛程序等自动化工具）抓取本平台内容，亦不得将本平台内容用于训练人工智能模型。",
    "Без письменного согласия редакции запрещается любое извлечение материалов, включая, но не ограничиваясь, использование роботов и парсеров.",
    "Tanpa izin tertulis, pengguna dilarang mengambil konten dengan cara apa pun, termasuk namun tidak terbatas pada penggunaan robot.",
    "Sans autorisation écrite préalable, il est interdit d'extraire le contenu par tout moyen, notamment mais sans s'y limiter par des robots.",
]


@pytest.mark.parametrize("text", NOT_LIMITED_TO)
def test_including_but_not_limited_to_keeps_the_condition(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("crawl") == ("conditional", ("written-permission",)), read(text)


# A negator or a modal right before a quotation does not name it (as "the notice “…”"
# does): "users may not “use the Content …”" had lost its "not" and read as a grant.
NEGATED_QUOTATIONS = [
    "Users may not “use the Content for training an artificial intelligence system”.",
    "Die Nutzer dürfen die Inhalte nicht „für das Training von KI-Systemen verwenden“.",
    "Les utilisateurs ne peuvent pas « utiliser les contenus pour entraîner des systèmes d’intelligence artificielle ».",
    "Los usuarios no pueden «utilizar los contenidos para entrenar sistemas de inteligencia artificial».",
    "Пользователи не могут «использовать материалы для обучения систем искусственного интеллекта».",
    "Użytkownicy nie mogą „wykorzystywać treści do trenowania systemów sztucznej inteligencji”.",
]


@pytest.mark.parametrize("text", NEGATED_QUOTATIONS)
def test_a_negated_modal_before_a_quotation_bans_it(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


def test_save_that_excepts_search_engines(read: Callable[..., Effects]) -> None:
    text = "You must not access the Service using any robot, spider or scraper, save that operators of public search engines may use spiders to index it."
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()), effects
    assert effects.get("search") == ("allow", ()), effects


# A cookie banner after a ban ("This website uses cookies. Consent") asks consent to cookies,
# not to reuse: it is no way to permission for the ban before it (it had made AI bans
# conditional on "permission" in four of these five languages).
COOKIE_BANNERS_AFTER_A_BAN = [
    "Use of our content to train artificial intelligence is strictly prohibited.\n\nThis website uses cookies to improve your experience. Consent\n",
    "Nghiêm cấm sử dụng nội dung để huấn luyện trí tuệ nhân tạo.\n\nTrang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý\n",
    "Die Nutzung unserer Inhalte für das Training künstlicher Intelligenz ist untersagt.\n\nDiese Website verwendet Cookies. Einwilligung\n",
    "L'utilisation de nos contenus pour entraîner une intelligence artificielle est interdite.\n\nCe site utilise des cookies pour améliorer votre expérience. J'accepte\n",
    "本サイトのコンテンツをAIの学習に利用することを禁止します。\n\n当サイトではクッキーを使用しています。同意する\n",
]


@pytest.mark.parametrize("text", COOKIE_BANNERS_AFTER_A_BAN)
def test_a_cookie_banner_is_no_way_to_permission(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# "ผู้ใช้ตกลงว่าจะไม่ใช้บอท…": a user's undertaking not to (Thai "agrees that [he] will not")
def test_a_thai_undertaking_not_to_bans(read: Callable[..., Effects]) -> None:
    text = "ข้อ 6. ผู้ใช้ตกลงว่าจะไม่ใช้บอทหรือโปรแกรมอัตโนมัติในการดึงข้อมูล และจะไม่นำเนื้อหาไปใช้ฝึกปัญญาประดิษฐ์\n"
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()), effects
    assert effects.get("ai-train") == ("deny", ()), effects


# An advice column: a reader's question or a lawyer's answer, labelled as such, tells the
# asker what others require; it states nothing of the page's own.
ADVICE_COLUMNS = [
    "Reader question: Can I copy a news article to my blog? Answer: Not without the publisher's written permission; share the link instead.",
    "Soalan pembaca: Bolehkah saya kongsi artikel berita di WhatsApp? Jawapan: Menyalin keseluruhan artikel tanpa izin penerbit adalah dilarang.",
    "Spørsmål fra leser: Kan jeg kopiere artikler fra nettaviser? Svar: Kopiering uten tillatelse fra redaksjonen er forbudt.",
    "Risponde l'avvocato: molti editori vietano la riproduzione integrale senza autorizzazione, ma consentono di citare brani con l'indicazione della fonte.",
    "Вопрос читателя: Можно ли копировать статьи из газет? Ответ: Копирование без письменного разрешения редакции запрещено.",
]


@pytest.mark.parametrize("text", ADVICE_COLUMNS)
def test_an_advice_column_states_nothing(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


# "… without written permission is prohibited, and under no circumstances may … train AI":
# a second ban coordinated after the first, with an override of its own, does not take the
# first ban's way to permission (nor does the first lose it to the second's override).
COORDINATED_ABSOLUTE_BANS = [
    "Copying or republishing any part of this website without written permission is prohibited, and under no circumstances may the content be used to train AI models.",
    "Toute reproduction sans autorisation écrite est interdite, et il est interdit en aucun cas d'utiliser les contenus pour entraîner des modèles d'IA.",
    "Die Vervielfältigung ohne schriftliche Genehmigung ist untersagt, und es ist keinesfalls erlaubt, die Inhalte zum Training von KI-Modellen zu nutzen.",
    "É proibida a reprodução sem autorização escrita, e é proibido em hipótese alguma o uso do conteúdo para treinar modelos de IA.",
    "ห้ามคัดลอกหรือเผยแพร่ซ้ำเนื้อหาของเว็บไซต์นี้ โดยไม่ได้รับอนุญาตเป็นลายลักษณ์อักษร และห้ามนำเนื้อหาไปใช้ฝึกโมเดลปัญญาประดิษฐ์ทุกกรณี",
]


@pytest.mark.parametrize("text", COORDINATED_ABSOLUTE_BANS)
def test_a_coordinated_absolute_ban_keeps_its_own_terms(
    read: Callable[..., Effects], text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), effects
    assert effects.get("republish") == ("conditional", ("written-permission",)), effects


def test_a_grant_then_a_coordinated_absolute_ban(read: Callable[..., Effects]) -> None:
    text = "Copying is allowed with attribution, and under no circumstances may the content be used to train AI models."
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), effects
    assert effects.get("republish") == ("conditional", ("attribution",)), effects


# A court's ruling or hearing reported in the news is someone else's words, not the page's
# ban (these had read as the page's own AI bans).
COURT_REPORTS = [
    "दिल्ली उच्च न्यायालय ने एक समाचार एजेंसी द्वारा एआई कंपनी के खिलाफ दायर कॉपीराइट उल्लंघन मामले की सुनवाई अगले महीने तक टाल दी है।",
    "Das Landgericht entschied, dass das Kopieren der Artikel für das KI-Training ohne Lizenz unzulässig war.",
    "Суд постановил, что копирование статей для обучения искусственного интеллекта без разрешения было незаконным.",
    "裁判所は、記事を無断でAIの学習に利用したことは違法だと判断した。",
    "La sentencia considera que copiar los artículos para entrenar la inteligencia artificial sin permiso fue ilícito.",
]


@pytest.mark.parametrize("text", COURT_REPORTS)
def test_a_court_report_states_nothing(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


def test_a_notice_naming_the_courts_stays_a_notice(read: Callable[..., Effects]) -> None:
    text = "इस वेबसाइट की सामग्री की नकल बिना अनुमति के प्रतिबंधित है, उल्लंघन करने पर न्यायालय में कार्रवाई की जाएगी।"
    assert read(text).get("republish") == ("conditional", ("permission",)), read(text)


# A user's undertaking not to ("يتعهد المستخدم بعدم", "מתחייב שלא", "toplamayacağını kabul
# eder") bans what it names, as "You agree not to" does.
UNDERTAKINGS = [
    "١. يتعهد المستخدم بعدم استخدام برامج آلية لجمع البيانات من الموقع.",
    "4. המשתמש מתחייב שלא לעשות שימוש ברובוטים, זחלנים או כלים אוטומטיים אחרים לאיסוף מידע מהאתר.",
    "Madde 6 – Kullanıcı, siteye ait içerikleri bot, örümcek veya benzeri otomatik araçlarla toplamayacağını kabul eder.",
    "You must not use any data-mining tool, robot or similar data-gathering method on the site, and you must not use its content to train any artificial-intelligence system.",
    "ข้อ 6. ผู้ใช้ตกลงว่าจะไม่ใช้บอทหรือโปรแกรมอัตโนมัติในการดึงข้อมูล",
]


@pytest.mark.parametrize("text", UNDERTAKINGS)
def test_an_undertaking_not_to_collect_bans_crawling(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("crawl") == ("deny", ()), read(text)


def test_a_sentence_putting_search_outside_the_ban_excepts_it(
    read: Callable[..., Effects],
) -> None:
    text = "Otomatik araçlarla içerik toplamak yasaktır. Arama motorlarının dizine eklemesi bu yasağın dışındadır."
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()), effects
    assert effects.get("search") == ("allow", ()), effects


# A news page's footer notice above its row of links ("• Contact us", "• Privacy Policy") is
# still among the page's closing blocks: the links had pushed it out, and a story's paragraph
# without the publisher's own words is passed over.
STORY_WITH_A_FOOTER_ROW = (
    "<html><body><article><h1>Council approves the flood wall</h1>"
    "<p>By Dana Reyes</p>"
    + "".join(
        f"<p>The council voted {i} times on the wall, the mayor said, and the residents of the"
        " Lower Flats applauded the decision after two years of dispute.</p>"
        for i in range(5)
    )
    + "</article><footer><p>© 2026 The Millbrook Courier. All rights reserved. This material"
    " may not be published, broadcast, rewritten or redistributed.</p><ul>"
    "<li><a href='/c'>Contact us</a></li><li><a href='/p'>Privacy Policy</a></li>"
    "<li><a href='/t'>Terms of Use</a></li></ul></footer></body></html>"
)


def test_a_footer_notice_above_its_links_is_read(verdicts: Callable[..., Effects]) -> None:
    found = verdicts(STORY_WITH_A_FOOTER_ROW, kind="html")
    assert found.get("republish") == ("deny", ()), found


# "Anything else … please ask first": a colloquial request for permission is a requirement.
def test_please_ask_first_asks_for_permission(read: Callable[..., Effects]) -> None:
    text = "Happy for you to share my photos as long as you credit me. Anything else – reproducing them or using them in ads – please ask first."
    assert read(text).get("republish", ("",))[0] == "conditional", read(text)
    text = "Reproducing my photos elsewhere? Please ask first."
    assert read(text).get("republish") == ("conditional", ("permission",)), read(text)


# A contrast word that another of the block's languages uses as "or" cuts nothing there:
# Croatian "ali" (but) is Slovenian "ali" (or), and a Slovenian undertaking "… ne bo
# zajemal … ali jih uporabil za razvoj UI" keeps its negation over both acts.
def test_a_contrast_that_is_another_languages_or_cuts_nothing(
    read: Callable[..., Effects],
) -> None:
    text = "Uporabnik se zavezuje, da vsebin spletišča ne bo samodejno zajemal (t.i. scraping) ali jih uporabil za razvoj modelov umetne inteligence."
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()), effects
    assert effects.get("ai-train") == ("deny", ()), effects
    croatian = read("Tražilice mogu indeksirati portal, ali treniranje UI nije dopušteno.")
    assert croatian.get("ai-train") == ("deny", ()), croatian
    assert croatian.get("search") == ("allow", ()), croatian


# Search engines excepted from a ban are excepted for search only: AI uses named after them
# in the same clause stay banned (never granted by the exception).
def test_a_search_exception_excepts_search_only(read: Callable[..., Effects]) -> None:
    text = "Crawling by robots other than those of search engines or by AI tools is prohibited."
    effects = read(text)
    assert effects.get("search") in (None, ("allow", ())), effects
    assert all(v[0] != "allow" for p, v in effects.items() if p.startswith("ai-")), effects


# A ban that names republication only by its manners (altering, selling) after a grant of
# republication is that grant's condition, in either order and across blocks; alone it bans
# republication as before, and a ban on another reuse beside the grant stays a ban.
MANNERS_AFTER_A_GRANT = [
    "Republish this story for free. You can't edit our material, and you can't sell our stories separately.",
    "Puede republicar nuestros artículos gratuitamente. No está permitido modificarlos ni venderlos.",
    "Você pode republicar nossas reportagens gratuitamente. Não é permitido alterá-las nem vendê-las.",
    "Możesz przedrukować nasze artykuły za darmo. Nie wolno ich modyfikować ani sprzedawać.",
    "当サイトの記事は転載可能です。ただし、改変と販売は禁止します。",
    "Sie dürfen unsere Artikel kostenlos übernehmen.\n\nFolgendes ist nicht erlaubt:\n"
    "- die Texte zu bearbeiten;\n- die Texte zu verkaufen.",
]


@pytest.mark.parametrize("text", MANNERS_AFTER_A_GRANT)
def test_a_ban_on_manners_is_a_condition_of_the_grant(
    verdicts: Callable[..., Effects], text: str
) -> None:
    effects = verdicts(text)
    assert effects.get("republish") == ("conditional", ("no-derivatives", "non-commercial")), (
        effects
    )


def test_manners_without_a_grant(read: Callable[..., Effects]) -> None:
    # alone, a ban on altering bans republication; a ban on another reuse stays a ban
    assert read("Modification of our articles is prohibited.").get("republish") == ("deny", ())
    text = "Vous pouvez reprendre nos articles. Toute reproduction de nos photos est interdite."
    assert read(text).get("republish") == ("deny", ()), read(text)
    # editing one's profile grants no republication
    assert read("You can edit your profile at any time.") == {}
    # a condition of reuse asked beside the grant is the grant's
    text = "Republish this story for free. You must credit us; you may not modify our stories."
    assert read(text).get("republish") == ("conditional", ("attribution", "no-derivatives"))


# A line that puts the content under an open licence states it even where it reads as a
# title (a short line over a list): it had scoped the menu under it and stated nothing.
LICENCE_LINES_OVER_A_LIST = [
    "Distribué sous licence Creative Commons Attribution 4.0 International",
    "Licensed under Creative Commons Attribution 4.0 International",
    "Inhalte lizenziert unter CC BY 4.0",
    "Contenido bajo licencia CC BY 4.0",
    "本サイトのコンテンツは CC BY 4.0 ライセンスで提供されています",
]


@pytest.mark.parametrize("line", LICENCE_LINES_OVER_A_LIST)
def test_a_licence_line_over_a_list_states_its_licence(
    verdicts: Callable[..., Effects], line: str
) -> None:
    text = f"{line}\n\n• Home\n• Collections\n• Contact"
    assert verdicts(text).get("republish") == ("conditional", ("attribution",)), verdicts(text)
    # a bare licence name may title an explainer
    bare = "Creative Commons Attribution 4.0 International\n\nWhat the licence lets you do."
    assert verdicts(bare) == {}, verdicts(bare)


# A condition coordinated with the word it negates is no condition: "commercial or
# non-commercial" allows both (a prefix negation too: "некоммерческих").
EITHER_WAY = [
    "You can use them for any purpose, commercial or non-commercial.",
    "Sie dürfen die Bilder für kommerzielle oder nicht-kommerzielle Zwecke frei nutzen.",
    "Puede reutilizar las imágenes con fines comerciales o no comerciales.",
    "Puoi riutilizzare le foto per scopi commerciali e non commerciali.",
    "Фотографии можно свободно использовать в коммерческих и некоммерческих целях.",
]


@pytest.mark.parametrize("text", EITHER_WAY)
def test_a_condition_with_its_opposite_is_none(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("allow", ()), read(text)


def test_a_condition_alone_stays(read: Callable[..., Effects]) -> None:
    for text in (
        "You may share our articles for non-commercial purposes.",
        "Фотографии можно использовать только в некоммерческих целях.",
    ):
        assert read(text).get("republish") == ("conditional", ("non-commercial",)), read(text)


# Lettered items inline with no colon ("You may not (a) …; (b) …; or (c) …") share the
# predicate of the clause that opened the first of them: the AI item had read nothing.
INLINE_LETTERED_ITEMS = [
    "You may not (a) modify or convert the fonts; (b) share or redistribute the fonts; or (c) use this website for machine learning.",
    "Il est interdit (a) de modifier les polices ; (b) de les redistribuer ; (c) d'utiliser le site pour entraîner une IA.",
    "Es ist untersagt, (a) die Texte zu verändern; (b) sie weiterzugeben; (c) sie für das Training von KI zu verwenden.",
    "Queda prohibido (a) modificar los textos; (b) redistribuirlos; (c) usarlos para entrenar modelos de IA.",
    "Запрещается (а) изменять тексты; (б) распространять их; (в) использовать их для обучения ИИ.",
]  # fmt: skip


@pytest.mark.parametrize("text", INLINE_LETTERED_ITEMS)
def test_inline_lettered_items_share_the_predicate(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), effects
    assert effects.get("republish") == ("deny", ()), effects


# "No permission will be granted": a refused way to permission (auxiliaries between the
# route and its verb) leaves the ban absolute.
@pytest.mark.parametrize(
    "text",
    [
        "Scraping is prohibited. No permission will be granted for it.",
        "يُحظر نسخ المحتوى. ولا يُمنح أي إذن بذلك.",
    ],
)
def test_a_refused_permission_keeps_the_ban(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert {v for v, _ in effects.values()} == {"deny"}, effects


# A negator another language reads in a capitalised word of a name ("Vestkysten Nu",
# Romanian "nu") negates nothing.
def test_a_negator_inside_a_name_negates_nothing(read: Callable[..., Effects]) -> None:
    text = "Vestkysten Nu forbeholder sig retten til tekst- og datamining."
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# A ban with a short tag after its last comma asks for assent, not a question.
@pytest.mark.parametrize(
    "text",
    [
        "Não copie nossos textos, combinado?",
        "Don't copy my recipes, okay?",
        "No copies mis recetas, ¿vale?",
    ],
)
def test_a_tag_question_keeps_the_ban(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("deny", ()), read(text)
    assert read("May I reuse your articles, please?") == {}


# An imperative and its negator right after it (verb-second languages) ban the use.
@pytest.mark.parametrize(
    "text",
    [
        "Snälla, sno inte mina bilder!",
        "Kopiera inte mina texter.",
        "Kopier ikke billedene mine.",
        "Kopieer niet mijn foto's.",
    ],
)
def test_an_imperative_and_its_negator_ban(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("deny", ()), read(text)


# Quoting named with its conditions and no predicate ("Quotes: excerpts only, with a link")
# is allowed on them; so is a grant whose condition follows "but please …".
@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        ("Цитиране – само откъси, с посочване на източника и линк.", ("attribution", "excerpt-limit")),
        ("Цитаты: только фрагменты, со ссылкой на источник.", ("attribution", "excerpt-limit")),
        ("A receptet szívesen megoszthatod, de kérlek, mindig linkeld be a blogot forrásként!", ("attribution",)),
        ("Licensed under CC BY 4.0, you may share our articles, but please credit us.", ("attribution",)),
    ],
)  # fmt: skip
def test_conditions_of_reuse_without_a_predicate(
    read: Callable[..., Effects], text: str, conditions: tuple[str, ...]
) -> None:
    assert read(text).get("republish") == ("conditional", conditions), read(text)


# First-person refusals ("I don't want …", "schließe ich aus", "en anna") ban; a third
# party's wish reported ("websitebeheerders willen niet dat …") does not.
FIRST_PERSON_REFUSALS = [
    "Je ne veux pas que mes textes soient utilisés pour entraîner une IA.",
    "Ich möchte nicht, dass meine Texte für das Training von KI verwendet werden.",
    "Die Nutzung meiner Bilder zum Training von KI-Modellen schließe ich aus.",
    "Jag vill inte att mina texter används för att träna AI.",
    "Nepřeji si, aby mé texty byly použity k trénování AI.",
    "Tekoälyn kouluttamiseen en anna tekstejäni.",
    "Maar ik wil niet dat mijn teksten worden gebruikt om AI-modellen te trainen.",
]


@pytest.mark.parametrize("text", FIRST_PERSON_REFUSALS)
def test_a_first_person_refusal_bans(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


def test_a_reported_wish_bans_nothing(verdicts: Callable[..., Effects]) -> None:
    text = "Steeds meer websitebeheerders willen niet dat hun teksten worden gebruikt om taalmodellen te trainen."
    assert not restricted(verdicts(text)), verdicts(text)


# A terms page titled as such is no story, however its text speaks of the publisher in the
# third person ("Les dépêches de l'agence sont réservées à ses clients").
def test_a_page_titled_as_terms_is_no_story(verdicts: Callable[..., Effects]) -> None:
    # (a whole agency page of round 48: without its title it read as a story and lost both)
    case = Path(__file__).parent / "constructed" / "round48" / "044-fr.yaml"
    html = yaml.safe_load(case.read_text(encoding="utf-8"))["content"]
    effects = verdicts(html, kind="html")
    assert effects.get("republish") == ("conditional", ("written-permission",)), effects
    assert effects.get("ai-train") == ("conditional", ("licence",)), effects


# An opening negator bans the use it governs, named within a few words ("No scraping",
# "Pas de repost …, et pas d'IA"); one that negates another verb ("Nu uita că … roboții",
# don't forget that … robots) bans nothing.
def test_an_opening_negator_governs_a_near_use(read: Callable[..., Effects]) -> None:
    assert read("Nu uita că asemenea reguli nu sunt respectate de toți roboții.") == {}
    assert read("No scraping.").get("crawl") == ("deny", ())
    text = "Pas de repost sans me créditer, pas d'utilisation commerciale, et pas d'IA : ni entraînement."
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# Automated decision-making and profiling (a privacy notice's, GDPR Art. 22) are no
# automated collection of the content.
AUTOMATED_DECISIONS = [
    "4. Automated decisions. We do not make decisions about you by automated means alone.",
    "Eine automatisierte Entscheidungsfindung findet nicht statt.",
    "Nous ne prenons pas de décisions automatisées.",
    "No tomamos decisiones automatizadas.",
    "Не използваме автоматизирано вземане на решения.",
]


@pytest.mark.parametrize("text", AUTOMATED_DECISIONS)
def test_automated_decisions_are_no_crawling(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


# A title opening with a ban's gerund names a topic ("Blocking AI crawlers with robots.txt"
# over a how-to); "No AI training" as a title still bans.
def test_a_gerund_title_names_a_topic(verdicts: Callable[..., Effects]) -> None:
    assert verdicts("Blocking AI crawlers with robots.txt\n\nHere is how to do it.") == {}
    found = verdicts("No AI training\n\nOur content is ours.")
    assert found.get("ai-train") == ("deny", ()), found


# "I do not authorise …" in the first person refuses, whatever follows it.
@pytest.mark.parametrize(
    "text",
    [
        "Y no: no autorizo que usen mis notas para entrenar inteligencias artificiales.",
        "Não autorizo que usem os meus textos para treinar IA.",
        "Non autorizzo l'uso dei miei testi per addestrare l'IA.",
    ],
)
def test_i_do_not_authorise_refuses(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# An undertaking's lead-in ("The user undertakes:") and items that open with their negation
# after an item's mark ("a) not to use …", "б) да не използва …") ban what they name.
UNDERTAKING_ITEMS = [
    "The user undertakes:\na) not to use robots to collect content;\nb) not to use the content to train artificial intelligence.",
    "Потребителят се задължава:\nа) да не използва роботи за събиране на съдържание;\nб) да не използва съдържанието за обучение на изкуствен интелект.",
    "يلتزم المستخدم بما يلي:\nأ- عدم استخدام برامج الزحف لجمع المحتوى؛\nب- عدم استخدام المحتوى لتدريب نماذج الذكاء الاصطناعي.",
    "Ο χρήστης δεσμεύεται:\nα) να μη χρησιμοποιεί ρομπότ για τη συλλογή περιεχομένου·\nβ) να μη χρησιμοποιεί το περιεχόμενο για την εκπαίδευση τεχνητής νοημοσύνης.",
    "L'utilisateur s'engage à :\na) ne pas utiliser de robots pour collecter le contenu ;\nb) ne pas utiliser le contenu pour entraîner une intelligence artificielle.",
]  # fmt: skip


@pytest.mark.parametrize("text", UNDERTAKING_ITEMS)
def test_undertaking_items_ban(verdicts: Callable[..., Effects], text: str) -> None:
    effects = verdicts(text)
    assert effects.get("crawl") == ("deny", ()), effects
    assert effects.get("ai-train") == ("deny", ()), effects


# The first person singular is the publisher of a personal site: "… sem a minha
# autorização" keeps the page's notice beside talk of "outros sites" and "redes sociais".
def test_my_permission_is_the_pages(verdicts: Callable[..., Effects]) -> None:
    text = "Por favor, não copie o texto nem as fotografias para outros sites ou redes sociais sem a minha autorização."
    assert verdicts(text).get("republish") == ("conditional", ("permission",)), verdicts(text)


# Nominal bans listed in one sentence: a condition named in one item binds that item only;
# the items after it are bans of their own, and a ban on commercial use after a reuse
# allowed with credit is that reuse's condition. Before the condition, items share it.
@pytest.mark.parametrize(
    "text",
    [
        "Pas de repost sans me créditer, pas d'usage commercial, et pas d'IA.",
        "Keine Übernahme ohne Quellenangabe, keine kommerzielle Nutzung, keine KI.",
        "Никакого копирования без ссылки на источник, никакого коммерческого использования и никакого ИИ.",
        "Geen overname zonder bronvermelding, geen commercieel gebruik en geen AI-training.",
        "Nessuna ripubblicazione senza citare la fonte, nessun uso commerciale, nessun addestramento di IA.",
    ],
)  # fmt: skip
def test_a_condition_binds_its_listed_ban(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), effects
    assert effects.get("republish") == ("conditional", ("attribution", "non-commercial")), effects


@pytest.mark.parametrize(
    "text",
    [
        "No reproduction, no distribution without permission.",
        "Keine Vervielfältigung, keine Verbreitung ohne Genehmigung.",
        "Pas de reproduction, pas de diffusion sans autorisation.",
    ],
)
def test_a_last_condition_holds_for_the_list(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("conditional", ("permission",)), read(text)


# "with the sole exception of", "à la seule exception de": an exception like any other.
@pytest.mark.parametrize(
    "text",
    [
        "Automated collection is prohibited, with the sole exception of indexing by search engines.",
        "La collecte automatisée est interdite, à la seule exception des moteurs de recherche.",
        "Queda prohibida la extracción automatizada, con la única excepción de los motores de búsqueda.",
        "Automatyczne pobieranie treści jest zabronione, jedynym wyjątkiem są wyszukiwarki internetowe.",
        "È vietata l'estrazione automatizzata, con l'unica eccezione dei motori di ricerca.",
    ],
)  # fmt: skip
def test_a_sole_exception_excepts(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()) and effects.get("search") == ("allow", ()), effects


# What follows an exception and names only what it excepted ("…, except public search
# engines, to the extent needed for indexing") goes on with it: no ban of the lead-in's. A
# condition after an exception of a use says how far it goes: no way out of the ban.
@pytest.mark.parametrize(
    "text",
    [
        "The user may not:\n(a) use robots to collect content, except public search engines, to the extent needed for indexing;\n(b) train AI models on the content.",
        "É vedado ao usuário:\nI – utilizar robôs para coletar dados, exceto mecanismos de busca públicos, na medida necessária para a indexação;\nII – treinar modelos de inteligência artificial.",
        "Пользователю запрещается:\n1) собирать материалы роботами, за исключением поисковых систем, в объёме, необходимом для индексации;\n2) обучать модели ИИ.",
        "Il est interdit à l'utilisateur de :\na) collecter les contenus par des robots, sauf les moteurs de recherche publics, dans la mesure nécessaire à l'indexation ;\nb) entraîner des modèles d'IA.",
        "Il crawling è vietato, tranne per i motori di ricerca, a condizione che indicizzino le pagine con un link alla fonte.",
        "Сбор данных роботами запрещён, за исключением поисковых систем, при условии, что они индексируют страницы со ссылкой на источник.",
    ],
)  # fmt: skip
def test_what_follows_an_exception_narrows_it(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()) and effects.get("search") == ("allow", ()), effects


def test_a_condition_of_an_excepted_way_out_holds(read: Callable[..., Effects]) -> None:
    text = "Reproduction is prohibited, except for short quotations, provided the source is cited."
    assert read(text).get("republish") == ("conditional", ("attribution", "excerpt-limit"))


# "при условии, что", "pod warunkiem, że": a connective written with a comma is one.
@pytest.mark.parametrize(
    "text",
    [
        "Перепечатка разрешена при условии, что указан источник.",
        "Przedruk dozwolony pod warunkiem, że podane zostanie źródło.",
        "Передрук дозволено за умови, що вказано джерело.",
    ],
)
def test_a_condition_with_its_comma_is_one(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("conditional", ("attribution",)), read(text)


# An undertaking ("se zavazuje", "įsipareigoja", "taahhüt eder") framing a negated verb is
# a ban; it asks for no permission. After "without" the same `require` word is the way to
# permission ("بدون کسب مجوز ممنوع").
@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("Uživatel se zavazuje nepoužívat roboty ke stahování obsahu.", "crawl"),
        ("Používateľ sa zaväzuje nekopírovať obsah.", "republish"),
        ("Naudotojas įsipareigoja nenaudoti robotų turiniui rinkti.", "crawl"),
        ("Lietotājs apņemas nekopēt saturu.", "republish"),
        ("Kullanıcı, içerikleri çoğaltmamayı taahhüt eder.", "republish"),
        ("Ο χρήστης δεσμεύεται να μη χρησιμοποιεί bots για τη συλλογή περιεχομένου.", "crawl"),
        ("L'utente si impegna a non utilizzare robot per raccogliere i contenuti.", "crawl"),
        ("המשתמש מתחייב שלא להשתמש ברובוטים לאיסוף תכנים.", "crawl"),
    ],
)
def test_an_undertaking_not_to_bans(read: Callable[..., Effects], text: str, purpose: str) -> None:
    assert read(text).get(purpose) == ("deny", ()), read(text)


def test_a_requirement_after_without_is_the_way(read: Callable[..., Effects]) -> None:
    text = "هرگونه کپی‌برداری از مطالب بدون کسب مجوز ممنوع است."
    assert read(text).get("republish") == ("conditional", ("permission",)), read(text)


# Bots that "have no access" are barred.
@pytest.mark.parametrize(
    "text",
    [
        "Roboter, crawlere og andre automatiserte tjenester har ikke adgang til nettstedet.",
        "Robotter og crawlere har ikke adgang til hjemmesiden.",
        "Robotar och crawlers har inte tillgång till webbplatsen.",
        "Bots und Crawler haben keinen Zugriff auf diese Website.",
    ],
)
def test_bots_without_access_are_barred(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("crawl") == ("deny", ()), read(text)


# A binding reaches no further than ", or" opening another clause: "use automated tools to
# extract content, or use the content to train AI" bans both acts.
@pytest.mark.parametrize(
    "text",
    [
        "Запрещается использовать роботов для сбора материалов, или использовать материалы для обучения ИИ.",
        "Det er ikke tillatt å bruke automatiserte verktøy for å hente ut innhold, eller å bruke innholdet til å trene opp kunstig intelligens.",
        "You may not use automated tools to extract content, or use the content to train AI models.",
        "Es ist untersagt, automatisiert Daten zu erheben, oder die Inhalte für das Training von KI zu nutzen.",
        "Il est interdit d'utiliser des robots pour collecter les contenus, ou de les utiliser pour entraîner une IA.",
    ],
)  # fmt: skip
def test_a_binding_stops_at_a_coordinated_clause(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()) and effects.get("ai-train") == ("deny", ()), effects


# "enligt 15 b §", "enligt lagen (1960:729)": citing a law as the Nordic laws number it is
# no one speaking.
@pytest.mark.parametrize(
    ("text", "purpose", "verdict"),
    [
        ("Förlaget förbehåller sig rätten till text- och datautvinning. Förbehållet omfattar inte forskning enligt 15 b §.", "ai-train", ("deny", ())),
        ("Allt innehåll skyddas enligt lagen (1960:729) om upphovsrätt. Materialet får inte kopieras utan skriftligt tillstånd.", "republish", ("conditional", ("written-permission",))),
    ],
)  # fmt: skip
def test_a_nordic_citation_names_no_speaker(
    read: Callable[..., Effects], text: str, purpose: str, verdict: tuple[str, tuple[str, ...]]
) -> None:
    assert read(text).get(purpose) == verdict, read(text)


# After a grant, "even with" extends it ("incluso con fines comerciales"); an override that
# holds a negator ("under no circumstances") still negates it wherever it stands.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Se permite su reutilización, incluso con fines comerciales, siempre que se cite la fuente.", ("conditional", ("attribution",))),
        ("La réutilisation est autorisée, même avec un usage commercial, à condition de citer la source.", ("conditional", ("attribution",))),
        ("Copying is permitted under no circumstances.", ("deny", ())),
        ("Even with a licence, copying is not permitted.", ("deny", ())),
        ("Копирование ни в коем случае не разрешено.", ("deny", ())),
    ],
)  # fmt: skip
def test_even_with_after_a_grant_extends_it(
    read: Callable[..., Effects], text: str, verdict: tuple[str, tuple[str, ...]]
) -> None:
    assert read(text).get("republish") == verdict, read(text)


# "Nu îmi dau acordul ca …", "Ich gebe keine Zustimmung zur …": consent refused for a use
# bans it (no way to permission is left); "if not yet licensed" in a condition is the way.
@pytest.mark.parametrize(
    "text",
    [
        "Nu îmi dau acordul ca textele mele să fie folosite la antrenarea modelelor de inteligență artificială.",
        "Ich gebe keine Zustimmung zur Nutzung meiner Texte für KI-Training.",
        "Я не даю согласия на использование моих текстов для обучения ИИ.",
        "Nous ne donnons pas notre accord pour l'utilisation de nos textes pour entraîner une IA.",
        "Nie wyrażam zgody na wykorzystywanie moich tekstów do trenowania AI.",
    ],
)  # fmt: skip
def test_consent_refused_bans(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


def test_a_negated_way_in_a_condition_is_asked_for(read: Callable[..., Effects]) -> None:
    text = "Không sử dụng nội dung của trang này để tạo câu trả lời bằng chatbot AI nếu chưa được cấp phép."
    assert read(text).get("ai-input") == ("conditional", ("licence",)), read(text)


# A use "in no form" ("in keiner Form", "semmilyen formában") without permission, examples
# after "including", is banned for every use named.
@pytest.mark.parametrize(
    "text",
    [
        "Die Inhalte dürfen ohne vorherige schriftliche Zustimmung des Verlags in keiner Form genutzt werden, einschließlich Text- und Data-Mining und KI-Training.",
        "A honlapon megjelent tartalmak a kiadó előzetes írásbeli engedélye nélkül semmilyen formában nem használhatók fel, ide értve a szöveg- és adatbányászatot (Szjt. 33/A. §) és a mesterséges intelligencia tanítását is.",
        "The content may not be used in any form without the publisher's prior written permission, including text and data mining and the training of AI.",
    ],
)  # fmt: skip
def test_no_use_in_any_form_including_ai(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    for purpose in ("ai-train", "republish"):
        assert effects.get(purpose) == ("conditional", ("written-permission",)), effects


# Colloquial sharing with a link back (nb, da, sv).
@pytest.mark.parametrize(
    "text",
    [
        "Del gjerne artiklene våre, men husk å lenke tilbake.",
        "Dela gärna våra artiklar med länk.",
        "Del gerne vores artikler med link.",
        "Blogunk cikkei szabadon átvehetők, a forrás (kertbarat.hu) és a szerző nevének megjelölésével.",
    ],
)
def test_sharing_with_a_link_back(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("conditional", ("attribution",)), read(text)


# "…، وبعدم نقل …": a coordinator written onto a negator after a comma opens a ban of its
# own when a condition of reuse follows that the first ban (crawling) cannot take; a way to
# permission at the end ("، إلا بموافقة خطية مسبقة") is asked for both.
def test_a_glued_coordinator_opens_its_own_ban(read: Callable[..., Effects]) -> None:
    heading = "شروط الاستخدام\n"
    own = "يلتزم المستخدم بعدم استخدام الروبوتات لجمع البيانات من الموقع، وبعدم نقل المحتوى إلى مواقع أخرى إلا مع ذكر المصدر."
    effects = read(heading + own)
    assert effects.get("crawl") == ("deny", ()), effects
    assert effects.get("republish") == ("conditional", ("attribution",)), effects
    shared = "يتعهد المستخدم بعدم نسخ أي محتوى من الموقع، وبعدم استخدامه في تطوير نماذج الذكاء الاصطناعي، إلا بموافقة خطية مسبقة."
    effects = read(heading + shared)
    assert effects.get("republish") == ("conditional", ("permission",)), effects


def test_a_thai_terms_title_names_no_way_to_permission(read: Callable[..., Effects]) -> None:
    text = "ข้อตกลงการใช้งาน: ห้ามใช้บอทดึงข้อมูลจากเว็บไซต์ และห้ามนำเนื้อหาไปใช้ฝึกปัญญาประดิษฐ์"
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()) and effects.get("ai-train") == ("deny", ()), effects


# Others' own content and notices ("leurs mentions légales", "hun teksten", "their content")
# name others: a story reporting their bans imposes none.
@pytest.mark.parametrize(
    "text",
    [
        "De nombreux éditeurs français ont inscrit une opposition à la fouille de textes et de données dans leurs mentions légales.",
        "Many sites now forbid the use of their content for AI training, a survey found.",
        "Kranten verbieden steeds vaker het gebruik van hun artikelen voor AI-training.",
    ],
)  # fmt: skip
def test_others_content_names_others(verdicts: Callable[..., Effects], text: str) -> None:
    assert not restricted(verdicts(text)), verdicts(text)


def test_a_japanese_casual_grant_with_credit(read: Callable[..., Effects]) -> None:
    text = "このブログのイラストは自由に使っていただいて大丈夫です！商用利用もOKです。ただし、クレジットは入れてくださいね。AI学習への利用はご遠慮ください。"
    effects = read(text)
    assert effects.get("republish") == ("conditional", ("attribution",)), effects
    assert effects.get("ai-train") == ("deny", ()), effects


# A shop's complaint clause ("Reklamáciu je možné uplatniť … od prevzatia tovaru") speaks of
# goods: "prevzatie" (taking over) there is no republication, and nothing is granted.
@pytest.mark.parametrize(
    "text",
    [
        "Reklamáciu je možné uplatniť do 24 mesiacov od prevzatia tovaru.",
        "Reklamaci lze uplatnit do 24 měsíců od převzetí zboží.",
    ],
)
def test_a_complaint_about_goods_grants_nothing(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


# A ban naming a manner of reuse beside another use ("do not sell them or feed them into AI
# image generators") sets the manner's condition on the grant and bans the other use.
@pytest.mark.parametrize(
    "text",
    [
        "Our photographs may be shared on social media with a credit, but please do not sell them or feed them into AI image generators.",
        "Vous pouvez partager nos photos en citant l'auteur, mais ne les vendez pas et ne les utilisez pas pour entraîner une IA.",
    ],
)  # fmt: skip
def test_a_manner_banned_beside_another_use(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("republish") == ("conditional", ("attribution", "non-commercial")), effects
    assert effects.get("ai-train") == ("deny", ()), effects


def test_a_manner_banned_with_a_reuse_stays_a_ban(read: Callable[..., Effects]) -> None:
    assert read("You may not copy or sell our articles.").get("republish") == ("deny", ())


# "no, I don't care if …": a negator set off by its comma before a grant answers a question;
# the grant after it stands ("No, you may not copy" keeps its own negator).
@pytest.mark.parametrize(
    "text",
    [
        "Oh, and to the reader who asked: no, I don't mind if you share my photos with a credit.",
        "Nein, ich habe nichts dagegen, wenn ihr meine Fotos mit einem Link teilt.",
        "Non, je n'ai rien contre le partage de mes photos avec un lien.",
        "Nee, ik vind het niet erg als je mijn foto's deelt met een link.",
        "Нет, я не возражаю, если вы поделитесь моими фото со ссылкой.",
    ],
)
def test_an_answering_no_before_a_grant_negates_nothing(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("attribution",)), read(text)


def test_an_answering_no_keeps_a_later_negator(read: Callable[..., Effects]) -> None:
    effects = read("No, you may not copy our articles.")
    assert effects.get("republish") == ("deny", ()), effects


# Acts listed with an enumeration comma ("抓取、复制") are each named: the copy is no
# crawler's means of the crawling beside it.
@pytest.mark.parametrize(
    "text",
    [
        "未经本站书面许可，禁止抓取、复制本站内容。",
        "本サイトの許可なく、クロール、複製を禁止します。",
    ],
)
def test_acts_listed_with_an_enumeration_comma_are_each_banned(
    read: Callable[..., Effects], text: str
) -> None:
    effects = read(text)
    assert effects.get("crawl", ("",))[0] == "conditional", effects
    assert effects.get("republish", ("",))[0] == "conditional", effects


# Content made by AI ("AI-generated posts", "mit KI erstellte Bilder", "generados con IA")
# is what members post: the AI word in it names no use of the site's content. A use named
# beside it still counts ("KI-generierte Zusammenfassungen": the content feeds them).
@pytest.mark.parametrize(
    "text",
    [
        "Community rules: no AI-generated posts or recipes.",
        "Mit KI erstellte Bilder sind im Wettbewerb nicht zugelassen.",
        "No se permiten mensajes generados con IA.",
        "Запрещено публиковать фотографии, созданные с помощью ИИ, без пометки.",
        "AIで生成した画像の投稿は禁止です。",
    ],
)
def test_content_made_by_ai_names_no_ai_use(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert not {"ai-train", "ai-input"} & set(effects), effects


def test_ai_made_summaries_still_name_their_input(read: Callable[..., Effects]) -> None:
    text = "Die Inhalte dürfen nicht für KI-generierte Zusammenfassungen verwendet werden."
    assert read(text).get("ai-input") == ("deny", ()), read(text)


# A privacy promise ("we don't share / sell / use your data …") is the site's own conduct,
# no ban on the reader.
@pytest.mark.parametrize(
    "text",
    [
        "Não compartilhamos dados de navegação com empresas de inteligência artificial.",
        "Nous ne partageons pas vos données avec des entreprises d'IA.",
        "Wir verkaufen keine Daten an KI-Firmen.",
        "Мы не передаём данные компаниям, разрабатывающим ИИ.",
        "Hindi namin ibinebenta ang iyong impormasyon sa mga kumpanya ng AI.",
    ],
)
def test_a_privacy_promise_bans_nothing(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


# An imperative with the speaker's object before its negator ("Kopieer mijn foto's niet")
# bans; a name and its auxiliary ("ScrapeFlow does not grant …") do not.
@pytest.mark.parametrize(
    "text",
    [
        "Kopieer mijn foto's niet.",
        "Kopiert meine Bilder nicht.",
        "Kopiera inte mina bilder.",
        "Kopier ikke mine billeder.",
        "Ne publiez pas mes photos ailleurs.",
    ],
)
def test_an_imperative_with_its_object_before_the_negator(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("republish") == ("deny", ()), read(text)


def test_a_name_and_its_auxiliary_are_no_imperative(read: Callable[..., Effects]) -> None:
    assert read("ScrapeFlow does not grant any rights in the content you collect.") == {}


# Items lettered in any alphabet ("а)", "أ)", "α)") are list items under their lead-in.
@pytest.mark.parametrize(
    "text",
    [
        "Условия использования\nПользователю запрещается:\nа) использовать роботов для сбора данных;\nб) использовать материалы для обучения ИИ.",
        "شروط الاستخدام\nيحظر على المستخدم:\nأ) استخدام أي روبوتات لجمع البيانات من الموقع؛\nب) استخدام المحتوى لتدريب نماذج الذكاء الاصطناعي.",
    ],
)  # fmt: skip
def test_items_lettered_in_any_alphabet(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()) and effects.get("ai-train") == ("deny", ()), effects


# An invitation to get in touch after a ban is its way to permission.
@pytest.mark.parametrize(
    "text",
    [
        "Please don't repost my photos; if you want to use one, drop me a line first.",
        "No copies mis fotos; si quieres usar alguna, escríbeme.",
        "Non copiare le mie foto; se vuoi usarne una, scrivimi.",
        "Kopieer mijn foto's niet; wil je er een gebruiken, stuur me een berichtje.",
        "Нельзя копировать мои фото; если хотите использовать, напишите мне.",
    ],
)
def test_get_in_touch_is_a_way_to_permission(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("conditional", ("permission",)), read(text)


# "not even with credit", "even if you hold a licence": the ban stands whatever is offered.
@pytest.mark.parametrize(
    "text",
    [
        "AI training is not allowed, even if you hold an Extended licence.",
        "Mijn teksten mogen niet gebruikt worden voor AI-training, ook niet met bronvermelding.",
        "Meine Texte dürfen nicht für KI-Training genutzt werden, auch nicht mit Quellenangabe.",
        "El uso para entrenar IA no está permitido, aunque tengas una licencia.",
        "L'uso per addestrare l'IA non è consentito, neppure con la citazione della fonte.",
    ],
)
def test_a_ban_whatever_is_offered(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# A contrast adverb inside its clause, after the clause's own predicate ("KI-Training
# erlauben wir jedoch nicht"), cuts nothing: the negator after it negates that predicate.
# After a comma with no predicate ("…, das Training von KI jedoch nicht") it still opens the
# elliptical contrast.
@pytest.mark.parametrize(
    "text",
    [
        "Das Teilen erlauben wir, KI-Training erlauben wir aber nicht.",
        "Das Teilen erlauben wir. KI-Training erlauben wir jedoch nicht.",
        "Delning är tillåten. AI-träning tillåter vi dock inte.",
        "Le partage est permis. L'entraînement d'IA n'est cependant pas autorisé.",
        "Udostępnianie jest dozwolone. Trenowania AI jednak nie zezwalamy.",
    ],
)
def test_a_contrast_adverb_inside_its_clause(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), effects
    assert effects.get("republish") == ("allow", ()), effects


@pytest.mark.parametrize(
    "text",
    [
        "Das Teilen ist erlaubt, das Training von KI jedoch nicht.",
        "Le partage est autorisé, l'entraînement d'IA toutefois non.",
        "Delen is toegestaan, AI-training echter niet.",
    ],
)
def test_a_contrast_adverb_after_a_comma_opens_the_ellipsis(
    read: Callable[..., Effects], text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), effects
    assert effects.get("republish") == ("allow", ()), effects


# A route written as the verb right after its negation ("I won't licence them", "We don't
# license our archive") is the granting refused: the ban has no way out.
@pytest.mark.parametrize(
    "text",
    [
        "We don't license our archive to AI companies for training.",
        "I don't want my photographs fed into AI training datasets, and I won't licence them for that, whatever the offer.",
        "We do not license our articles for AI training.",
    ],
)  # fmt: skip
def test_a_licence_refused_as_a_verb(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# The speaker's own models ("data that may be used to train our models") are an AI
# vendor's own use, no grant to the reader.
@pytest.mark.parametrize(
    "text",
    [
        "Our crawler collects data that may be used to train our models.",
        "Die gesammelten Daten können zum Training unserer KI-Modelle genutzt werden.",
        "Les données collectées peuvent servir à entraîner nos modèles.",
        "Los datos recopilados pueden usarse para entrenar nuestros modelos.",
        "収集したデータは当社のAIモデルの学習に使用される場合があります。",
    ],
)
def test_the_speakers_own_models_grant_nothing(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


# A lead-in block of two sentences: the one that opens the list leads it ("Vous ne pouvez
# pas :"), not the grant before it ("Vous pouvez imprimer … pour votre usage personnel.").
def test_the_sentence_that_opens_the_list_leads_it(read: Callable[..., Effects]) -> None:
    text = (
        "Vous pouvez imprimer mes coloriages pour votre usage personnel. Vous ne pouvez pas :\n"
        "- les utiliser pour entraîner une IA ;\n- les publier sur un autre site."
    )
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), effects
    assert effects.get("republish") == ("deny", ()), effects


# "az Szjt. 35/A. §-a alapján": a citation's period before "§" ends no sentence.
def test_a_period_before_a_section_sign_ends_no_sentence(read: Callable[..., Effects]) -> None:
    text = "A kiadó a szöveg- és adatbányászatra vonatkozó jogát az Szjt. 35/A. §-a alapján kifejezetten fenntartja."
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# How-tos telling the reader what to put in their robots.txt advise; they ban nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Добавьте в robots.txt строки User-agent: GPTBot и Disallow: /.",
        "Aggiungi queste righe al file robots.txt per bloccare GPTBot: User-agent: GPTBot, Disallow: /.",
        "Otwórz plik robots.txt i dodaj: User-agent: GPTBot, Disallow: /.",
        "بهتره فایل robots.txt رو ویرایش کنی و GPTBot رو مسدود کنی.",
    ],
)
def test_robots_txt_advice_bans_nothing(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


# First-person refusals ("No permito que …", "Nu sunt de acord ca …", "원하지 않습니다").
@pytest.mark.parametrize(
    "text",
    [
        "No permito que mis fotografías se utilicen para entrenar inteligencia artificial.",
        "Nu sunt de acord ca pozele mele să fie folosite pentru antrenarea inteligenței artificiale.",
        "제 사진이 AI 학습 데이터로 쓰이는 것을 원하지 않습니다.",
        "Yapay zekâ eğitimi için kullanılmasına izin vermiyorum.",
        "אני לא מסכימה שהתוכן שלי ישמש לאימון בינה מלאכותית.",
    ],
)
def test_first_person_refusals(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# Sharing a link to the content is no republication of it: "You may share the link, but
# copying is prohibited" bans copying and grants nothing.
@pytest.mark.parametrize(
    "text",
    [
        "You may share the link, but copying our recipes is prohibited.",
        "Можно делиться ссылкой, но копировать статьи нельзя.",
        "מותר לשתף קישור, אבל אסור להעתיק.",
        "Vous pouvez partager le lien, mais la copie des articles est interdite.",
        "Puedes compartir el enlace, pero está prohibido copiar los artículos.",
    ],
)
def test_sharing_a_link_is_no_republication(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("deny", ()), read(text)


# Members posting content an AI made ("publicera AI-genererade bilder", "размещать тексты,
# сгенерированные нейросетями") reuse nothing of the site's; a reuse beside another AI use
# stays.
@pytest.mark.parametrize(
    "text",
    [
        "Det är inte tillåtet att publicera AI-genererade bilder utan att ange det.",
        "Запрещено размещать тексты, сгенерированные нейросетями, без пометки.",
        "Do not post AI-generated images in the gallery.",
    ],
)
def test_posting_ai_made_content_reuses_nothing(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


def test_a_reuse_beside_an_ai_use_stays(read: Callable[..., Effects]) -> None:
    text = "Die Inhalte dürfen ohne Genehmigung weder veröffentlicht noch für KI-generierte Zusammenfassungen verwendet werden."
    effects = read(text)
    assert effects.get("republish") == ("conditional", ("permission",)), effects
    assert effects.get("ai-input") == ("conditional", ("permission",)), effects


# A robots.txt directive quoted in prose ("Disallow: /") is a sample of the file.
@pytest.mark.parametrize(
    "text",
    [
        "Добавьте строки User-agent: GPTBot и Disallow: / в файл.",
        "Example: User-agent: CCBot, Disallow: /.",
        "Ejemplo de configuración: User-agent: GPTBot Disallow: /",
    ],
)
def test_a_quoted_directive_is_a_sample(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


# An HTML page whose markup names no footer closes with its last blocks: a story's notice
# in a `<div class="bottom-bar">` is the page's; a short page's headline is no footer.
def test_a_page_without_footer_markup_closes_with_its_last_blocks(
    verdicts: Callable[..., Effects],
) -> None:
    page = (
        "<html><body><nav><a href='/'>Início</a></nav><article><h1>Prefeitura anuncia nova"
        " linha de ônibus</h1><p>A prefeitura anunciou nesta segunda-feira uma nova linha de"
        " ônibus expresso ligando o bairro ao centro; a obra começa em agosto.</p><p>O tempo"
        " de viagem deve cair de 55 para 30 minutos, segundo a empresa.</p></article>"
        "<div class='bottom-bar'><p>© 2026 Gazeta do Sul. Todos os direitos reservados.</p>"
        "<p>É proibida a reprodução do conteúdo desta página sem autorização escrita da"
        " Gazeta. É vedada a utilização do conteúdo para treinamento de sistemas de"
        " inteligência artificial.</p></div></body></html>"
    )
    effects = verdicts(page, kind="html")
    assert effects.get("ai-train") == ("deny", ()), effects
    assert effects.get("republish") == ("conditional", ("written-permission",)), effects


def test_a_short_pages_headline_is_no_footer(verdicts: Callable[..., Effects]) -> None:
    page = (
        "<html><body><p>Home</p><h1>Suomalaismediat estävät tekoälyrobotit</h1><p>Useat"
        ' suomalaiset mediatalot ovat estäneet tekoäly-yhtiöiden hakurobotit.</p><p>"Emme'
        ' halua, että sisältöjämme käytetään kielimallien kouluttamiseen ilman korvausta",'
        " sanoo päätoimittaja.</p></body></html>"
    )
    assert not restricted(verdicts(page, kind="html")), verdicts(page, kind="html")


# An act named after a privative in a contrast, with no way to permission ("…, but without
# copying the text"), is what the grant before it leaves out: that act is banned. A manner
# of reuse left out ("but without modification") is the grant's condition.
@pytest.mark.parametrize(
    "text",
    [
        "You may share a link, but without copying the text.",
        "Sie dürfen den Link teilen, aber ohne den Text zu kopieren.",
        "Puedes compartir el enlace, pero sin copiar el texto.",
        "Можно делиться ссылкой, но без копирования текста.",
        "אפשר לשתף קישור, אבל בלי להעתיק את הטקסט.",
    ],
)
def test_a_grant_but_without_an_act(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("deny", ()), read(text)
    assert read(text, without=("ellipsis",)).get("republish") != ("deny", ())


def test_a_grant_but_without_a_manner_is_its_condition(read: Callable[..., Effects]) -> None:
    effects = read("You may use the photos, but without modification.")
    assert effects.get("republish") == ("conditional", ("no-derivatives",)), effects
    # and a way to permission after "without" is the grant's condition, not a ban
    effects = read("You may share the text, but without our written consent only a link.")
    assert effects.get("republish") != ("deny", ()), effects


# A word asking politely opens a sentence as a comma would: the imperative or the negator
# after it still bans. A subject in its place ("Er kopiert …") describes and bans nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Bitte kopiert meine Bilder nicht.",
        "Kopieer mijn foto's alsjeblieft niet.",
        "S'il vous plaît, ne copiez pas mes photos.",
        "Proszę nie kopiować moich zdjęć.",
        "Пожалуйста, не копируйте мои фото.",
    ],
)
def test_a_polite_word_opens_a_ban(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("deny", ()), read(text)


def test_a_subject_before_the_imperative_is_no_courtesy(read: Callable[..., Effects]) -> None:
    assert read("Er kopiert meine Bilder nicht.") == {}


# A rule about what belongs to someone else ("Don't post other people's photos") is a
# community rule: it reserves nothing of the page's. After a locative ("on someone else's
# blog", "на чужих сайтах") it only says where the page's own content must not go.
@pytest.mark.parametrize(
    "text",
    [
        "Don't post other people's recipes without credit.",
        "Запрещено публиковать чужие фотографии без указания автора.",
        "Ne kopirajte tuđe tekstove bez navođenja izvora.",
        "Dilarang mengunggah foto milik orang lain tanpa izin.",
        "타인의 사진을 무단으로 올리지 마세요.",
    ],
)
def test_a_rule_about_others_work_reserves_nothing(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do not republish my photos on someone else's blog.",
        "Запрещено размещать наши материалы на чужих сайтах.",
        "Die Übernahme unserer Texte in fremde Publikationen ist untersagt.",
        "Nie publikuj naszych tekstów na cudzych stronach.",
        "Det är förbjudet att lägga upp våra texter på andras webbplatser.",
    ],
)
def test_others_after_a_locative_is_where_our_content_goes(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("republish") == ("deny", ()), read(text)


# A connective of a language the sentence says nothing else in cuts nothing: Hungarian "de"
# (but) is the Portuguese and Spanish "de" (of). Where its language speaks, it still cuts.
@pytest.mark.parametrize(
    "text",
    [
        "É expressamente proibida a utilização de quaisquer sistemas automáticos, designadamente robots, crawlers ou scrapers, para recolha de dados do sítio.",
        "Está prohibida la utilización de sistemas automáticos, como robots o crawlers, para la recogida de datos del sitio.",
    ],
)  # fmt: skip
def test_a_foreign_connective_cuts_nothing(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("crawl") == ("deny", ()), read(text)


@pytest.mark.parametrize(
    "text",
    [
        "A keresőmotorok indexelhetik az oldalt, de az MI-tanítás tilos.",
        "Поисковым системам разрешено индексировать сайт, но обучение ИИ запрещено.",
        "允许搜索引擎索引本网站，但禁止用于人工智能训练。",
        "Suchmaschinen dürfen die Seite indexieren, aber KI-Training ist verboten.",
        "Search engines may index the site, but AI training is prohibited.",
    ],
)
def test_a_connective_of_the_language_spoken_cuts(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("search") == ("allow", ()) and effects.get("ai-train") == ("deny", ()), (
        effects
    )


# A carry-over after a semicolon ("…; the same applies to …") applies the clause before it
# as one opening a sentence does; a clause after a semicolon naming a use with no
# carry-over sets nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Copying is prohibited; the same applies to use in AI chatbots.",
        "Die Vervielfältigung untersagen wir; das gilt ebenso für die Ausgabe in KI-Chatbots.",
        "La reproduction est interdite ; il en va de même pour l'utilisation dans des chatbots d'IA.",
        "Копирование запрещено; то же относится к использованию в чат-ботах ИИ.",
        "禁止转载；同样适用于人工智能聊天机器人的使用。",
    ],
)  # fmt: skip
def test_a_carry_over_after_a_semicolon(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("ai-input") == ("deny", ()) and effects.get("republish") == ("deny", ()), (
        effects
    )


def test_a_use_after_a_semicolon_without_a_carry_over(read: Callable[..., Effects]) -> None:
    assert "ai-input" not in read("Copying is prohibited; AI chatbots are popular.")


# An exception with no comma before the predicate ends before a negator standing right
# before that predicate: "… beyond private use is not permitted without permission" is a
# ban on a condition. (The negator had stayed in the exception, and "without permission"
# after the bare grant read as none needed: a false allow.)
@pytest.mark.parametrize(
    "text",
    [
        "Kopiering utover privat bruk er ikkje tillate utan skriftleg løyve frå forfattaren.",
        "Kopiowanie poza użytkiem prywatnym nie jest dozwolone bez zgody.",
        "Das Kopieren außer zum privaten Gebrauch ist nicht erlaubt ohne Zustimmung.",
        "Копирование кроме личного использования не допускается без разрешения.",
        "Kopiering ud over privat brug er ikke tilladt uden skriftlig tilladelse.",
    ],
)
def test_a_negator_after_an_exception_is_the_predicates(
    read: Callable[..., Effects], text: str
) -> None:
    verdict, conditions = read(text)["republish"]
    assert verdict == "conditional" and conditions, read(text)


# A ban closed by a comma and a second ban after it, naming its own act, are two bans: the
# second takes no way to permission from the first ("무단전재 및 재배포 금지, AI 학습 및 활용
# 금지", the standard Korean footer). A way to permission named before every act is the whole
# list's ("yazılı izin alınmadan çoğaltılamaz, yayımlanamaz …").
@pytest.mark.parametrize(
    "text",
    [
        "저작권자 © 충청일보플러스 무단전재 및 재배포 금지, AI 학습 및 활용 금지",
        "無断転載禁止、AI学習禁止",
        "Nachdruck ohne Genehmigung verboten, KI-Training verboten.",
        "Reproduction without permission prohibited, AI training prohibited.",
        "Reproducción sin autorización prohibida, entrenamiento de IA prohibido.",
    ],
)
def test_a_ban_after_a_closed_ban_is_its_own(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), effects
    assert effects.get("republish", ("",))[0] == "conditional", effects


def test_a_way_to_permission_before_every_act_is_the_lists(read: Callable[..., Effects]) -> None:
    text = (
        "İçerikler yazılı izin alınmadan çoğaltılamaz, yayımlanamaz ve yapay zeka eğitiminde "
        "kullanılamaz."
    )
    assert read(text).get("ai-train", ("",))[0] == "conditional", read(text)


# A participle of making a few words before an AI term, or right after it (the lexicons'
# `makers`), names content the AI made, what entrants and members post: no use of the
# page's content is banned. An AI that uses the content stays an AI use.
@pytest.mark.parametrize(
    "text",
    [
        "Les images générées ou retouchées par une intelligence artificielle ne sont pas autorisées.",
        "Фотографии, созданные искусственным интеллектом, к конкурсу не допускаются.",
        "Bilder, die von einer künstlichen Intelligenz erstellt wurden, sind nicht erlaubt.",
        "Las fotos generadas por inteligencia artificial no están permitidas.",
        "Images generated by artificial intelligence are not permitted in the contest.",
    ],
)  # fmt: skip
def test_content_an_ai_made_is_no_use_of_ours(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


def test_an_ai_using_the_content_stays_an_ai_use(read: Callable[..., Effects]) -> None:
    effects = read("Our content may not be used by artificial intelligence systems.")
    assert effects.get("ai-train") == ("deny", ()), effects


# Fail closed on the two readings above: an AI named right after the use made of it is that
# use's AI, whatever made it ("to train AI systems created by third parties"), and our own
# content named beside someone else's keeps the ban on ours.
@pytest.mark.parametrize(
    "text",
    [
        "Our content may not be used to train AI systems created by third parties.",
        "Nos articles ne peuvent pas être utilisés pour entraîner des IA génératives créées par des tiers.",
        "Unsere Texte dürfen nicht zum Training von KI-Systemen genutzt werden, die von Dritten erstellt wurden.",
    ],
)  # fmt: skip
def test_an_ai_trained_is_no_ai_made(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


def test_our_content_beside_someone_elses_stays_banned(read: Callable[..., Effects]) -> None:
    effects = read("Copying our articles or other people's photos is prohibited.")
    assert effects.get("republish") == ("deny", ()), effects
    # "on our forum" is a place, not our content: the community rule stays silent
    assert read("Don't post other people's photos on our forum.") == {}


# A story's headline (the headings before its first paragraph of prose) tells the story,
# whatever words of someone's terms it names, and lends its paragraphs no uses. A title that
# only names the page's terms still makes a notice page of it.
@pytest.mark.parametrize(
    "text",
    [
        "Northwind Media blocks AI crawlers, updates terms of use\n\nNorthwind Media said on Monday that it had changed its terms of use so that its reporting may no longer be used to train AI models, a spokesperson told reporters.\n\nAnalysts said other regional groups were likely to follow in the coming months.\n",
        "Presse Ouest bloque les robots d’IA et modifie ses conditions générales\n\nLe groupe Presse Ouest a annoncé mardi avoir modifié ses conditions générales afin d’interdire la fouille de textes et de données, a indiqué sa direction.\n\nSelon un porte-parole, des discussions sont en cours avec des entreprises d’IA.\n",
        "东方报业修改用户协议 禁止AI训练\n\n东方报业集团周二表示，已修改用户协议，禁止将其新闻报道用于训练人工智能模型。该集团发言人称，目前正与多家人工智能公司进行谈判，预计年内达成协议。据业内人士介绍，其他报业集团也在考虑类似措施。\n\n分析人士说，此举可能引发连锁反应。\n",
    ],
)  # fmt: skip
def test_a_storys_headline_tells_the_story(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


def test_a_title_naming_the_terms_still_heads_a_notice(read: Callable[..., Effects]) -> None:
    text = "Terms of use\n\nAll articles on this site are protected by copyright. Reproduction without our written permission is prohibited.\n"  # fmt: skip
    assert read(text).get("republish", ("",))[0] == "conditional", read(text)


# A quantifier ("many", "mehrere", "многие", "多くの") before the predicate of its sentence,
# no word of the publisher's own between, makes the subject others: a practice reported.
# Our own content counted ("Many of our photos") keeps the ban, and so does a quantifier
# after a locative ("on many other sites" is where our content goes).
@pytest.mark.parametrize(
    "text",
    [
        "Several broadcasters now prohibit AI training.",
        "Mehrere Sender untersagen inzwischen das KI-Training.",
        "Многие издательства запретили использовать свои тексты для обучения нейросетей.",
        "La mayoría de los diarios prohíbe ya el uso de sus contenidos para entrenar modelos de IA.",
        "多くの新聞社がAIの学習への記事の利用を禁止している。",
        "Birçok gazete yapay zekâ eğitimini yasaklıyor.",
        "많은 언론사가 AI 학습을 금지하고 있다.",
    ],
)  # fmt: skip
def test_a_quantified_subject_reports_a_practice(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("Many of our photos may not be used to train AI models.", "ai-train"),
        ("Viele unserer Texte dürfen nicht für KI-Training genutzt werden.", "ai-train"),
        ("Reproduction on many other sites is prohibited.", "republish"),
    ],
)  # fmt: skip
def test_our_content_counted_stays_banned(
    read: Callable[..., Effects], text: str, purpose: str
) -> None:
    assert read(text).get(purpose) == ("deny", ()), read(text)


# A reader's possessive before a block's first colon and a quotation right after it give
# the reader a sample to write ("Add this line to your footer: "…""), none of the page's
# rules.
@pytest.mark.parametrize(
    "text",
    [
        'Du kan også skrive i dine vilkår: "Indholdet må ikke anvendes til træning af kunstig intelligens."',
        "您可以在您的网站页脚写上：“未经许可，禁止将本站内容用于人工智能训练。”",
        'Add this line to your footer: "No part of this site may be used to train AI."',
        "Fügen Sie in Ihr Impressum ein: „Die Nutzung unserer Inhalte für KI-Training ist untersagt.“",
    ],
)  # fmt: skip
def test_a_quotation_for_the_readers_own_terms_is_a_sample(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text) == {}, read(text)


# A requirement in words of its own with no way to permission ("Requirements: a degree,
# …", "Sista ansökningsdag …") under a title naming AI requires something else: it takes
# no uses from the heading. One naming a way to permission does.
@pytest.mark.parametrize(
    "text",
    [
        "Обява за работа: анотатор на данни за изкуствен интелект\n\nИзисквания: висше образование, внимание към детайла, минимум 20 часа седмично.\n",
        "Oferta de empleo: anotador de datos para IA\n\nRequisitos: titulación universitaria, atención al detalle y disponibilidad de 20 horas semanales.\n",
        "Platsannons: redaktör med AI-ansvar\n\nSista ansökningsdag är den 15 januari och tillträde sker enligt överenskommelse.\n",
    ],
)  # fmt: skip
def test_a_requirement_of_something_else_takes_no_heading_uses(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text) == {}, read(text)


def test_a_requirement_of_consent_takes_the_heading_uses(read: Callable[..., Effects]) -> None:
    effects = read("AI training\n\nPrior written consent is required.\n")
    assert effects.get("ai-train", ("",))[0] == "conditional", effects


# A word for samples listed after an inclusive ("including templates and texts") names
# content of the page's, no sample: the ban stays the page's.
@pytest.mark.parametrize(
    "text",
    [
        "Потребителят се задължава да не използва съдържанието, включително шаблони и текстове, за обучение на модели за машинно обучение.",
        "Пользователь не вправе использовать материалы, включая шаблоны и тексты, для обучения нейросетей.",
        "The user shall not use the content, including templates and texts, to train machine learning models.",
        "Der Nutzer darf die Inhalte, einschließlich Vorlagen und Texte, nicht für das Training von KI-Modellen verwenden.",
        "L'utilisateur s'interdit d'utiliser les contenus, y compris les modèles et les textes, pour entraîner des systèmes d'IA.",
    ],
)  # fmt: skip
def test_templates_listed_are_no_sample(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# A topic, then a word asking politely and its comma, open a ban as the polite word alone
# would ("A képeket kérlek, ne töltsd le …").
@pytest.mark.parametrize(
    "text",
    [
        "A képeket kérlek, ne töltsd le és ne használd fel engedélyem nélkül.",
        "Мои фото, пожалуйста, не копируйте без разрешения.",
        "Zdjęć proszę, nie kopiujcie bez zgody.",
        "My photos please, don't copy them without permission.",
        "Die Fotos bitte, nicht ohne Erlaubnis kopieren.",
    ],
)  # fmt: skip
def test_a_topic_and_a_polite_word_open_a_ban(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish", ("",))[0] == "conditional", read(text)


# An emoji at the end of a line ends an informal sentence ("basta chiedere 😊⏎Niente IA"),
# so what follows opens a sentence of its own; inside a line it ends nothing.
def test_an_emoji_at_a_line_end_ends_a_sentence(read: Callable[..., Effects]) -> None:
    text = "Se vuoi una foto, basta chiedere 😊\nNiente IA, grazie: non do il permesso di addestrare modelli con le mie foto.\n"  # fmt: skip
    assert read(text).get("ai-train") == ("deny", ()), read(text)
    assert read("Handmade by a human 🌿 No AI was used in this pattern.") == {}


# "Any use …, including use for machine learning": the use named before the examples is
# any use (republication too); the AI use is one example of it.
@pytest.mark.parametrize(
    "text",
    [
        "Prepovedana je vsakršna uporaba vsebin brez pisnega dovoljenja izdajatelja, vključno z uporabo za strojno učenje.",
        "Any use of the content without written permission is prohibited, including use for machine learning.",
        "Jede Nutzung der Inhalte ohne schriftliche Genehmigung ist untersagt, einschließlich der Nutzung für maschinelles Lernen.",
        "Любое использование материалов без письменного разрешения запрещено, в том числе для обучения нейросетей.",
    ],
)  # fmt: skip
def test_any_use_before_its_examples_stays_any_use(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("republish") == ("conditional", ("written-permission",)), effects
    assert effects.get("ai-train") == ("conditional", ("written-permission",)), effects


def test_a_use_by_ai_before_its_examples_stays_the_ais(read: Callable[..., Effects]) -> None:
    effects = read(
        "The use of this content by AI systems, including for retrieval-augmented "
        "generation, is prohibited."
    )
    assert "republish" not in effects and effects.get("ai-input") == ("deny", ()), effects


# A bare use asked of for a purpose of the asker's and refused restricts nothing: "Can I
# use it to drill concrete?" / "No, …" is about a product. A named use asked of stays.
def test_a_bare_use_refused_restricts_nothing(read: Callable[..., Effects]) -> None:
    assert read("D: Posso usarlo per forare il cemento armato?\nR: No, è vietato l’uso su calcestruzzo armato.") == {}  # fmt: skip
    effects = read("Can I use your photos to train an AI model? No, that is not allowed.")
    assert effects.get("ai-train") == ("deny", ()), effects
    # fail closed: a bare use placed on the asker's site is a republication refused
    effects = read("Can I use your photos on my blog?\nNo.")
    assert effects.get("republish") == ("deny", ()), effects


# A dateline ("Львів, 3 грудня.", "НОВОСИБИРСК, 3 декабря.", "Sevilla, 3 de diciembre.")
# opens a news story's lede: the story is read as one, and its lede is never the page's
# footer however short the story.
@pytest.mark.parametrize(
    "text",
    [
        "Видавці просять захистити новини від ШІ\n\nЛьвів, 3 грудня. Асоціація регіональних видавців радить редакціям писати на сайтах, що використання матеріалів для навчання ШІ без згоди редакції заборонене.\n\nДокумент поки має характер порад.\n",
        "Издатели просят защитить новости от ИИ\n\nНОВОСИБИРСК, 3 декабря. Ассоциация региональных издателей предложила редакциям указывать на сайтах, что использование материалов для обучения ИИ без согласия редакции запрещено.\n\nРекомендация носит необязательный характер.\n",
        "Verleger fordern Schutz vor KI\n\nHamburg, 3. Dezember. Der Verband regionaler Verlage empfiehlt den Redaktionen, auf ihren Seiten zu vermerken, dass die Nutzung der Artikel für KI-Training ohne Zustimmung der Redaktion untersagt ist.\n\nDie Empfehlung ist nicht bindend.\n",
        "Editores piden proteger sus noticias de la IA\n\nSevilla, 3 de diciembre. La asociación de editores regionales recomienda a las redacciones indicar en sus webs que el uso de los artículos para entrenar IA sin permiso de la redacción está prohibido.\n\nLa recomendación no es vinculante.\n",
    ],
)  # fmt: skip
def test_a_datelined_lede_is_the_storys(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


def test_datelines() -> None:
    from compliance.notices.compose import dateline

    assert all(
        map(
            dateline,
            [
                "Київ, 1 грудня.",
                "Ljubljana, 2. decembra (STA) – Večina",
                "Sevilla, 4 de diciembre de 2026 – La",
                "JAKARTA (ANTARA) - Menteri",
            ],
        )
    )
    assert not any(map(dateline, ["Hello, 5 things to know.", "© 2026 Foo, 3 rights"]))


# A commercial use named among what a grant includes ("including for commercial purposes",
# "auch für kommerzielle Zwecke") is granted too, no non-commercial condition; "for
# non-commercial purposes" and a ban on commercial use stay conditions.
@pytest.mark.parametrize(
    "text",
    [
        "You may copy, modify, distribute and use the data, including for commercial purposes, without asking permission.",
        "Die Daten dürfen frei genutzt werden, auch für kommerzielle Zwecke.",
        "Les données peuvent être réutilisées librement, y compris à des fins commerciales.",
    ],
)  # fmt: skip
def test_a_commercial_use_a_grant_includes_is_no_condition(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("republish") == ("allow", ()), read(text)


def test_non_commercial_grants_keep_their_condition(read: Callable[..., Effects]) -> None:
    effects = read("You may share the photos for non-commercial purposes.")
    assert effects.get("republish") == ("conditional", ("non-commercial",)), effects
    effects = read("Commercial use is not permitted.")
    assert effects.get("republish") == ("conditional", ("non-commercial",)), effects


# Machine learning (`action:learn`) is the training of models: it restricts AI training,
# not the AI that answers with the content. "AI" named beside it keeps every AI use.
@pytest.mark.parametrize(
    "text",
    [
        "The use of our content for machine learning is prohibited.",
        "Die Nutzung unserer Inhalte für maschinelles Lernen ist untersagt.",
        "Использование материалов сайта для машинного обучения запрещено.",
        "本サイトのコンテンツを機械学習に利用することを禁止します。",
        "Zakazuje się wykorzystywania treści serwisu do uczenia maszynowego.",
    ],
)  # fmt: skip
def test_machine_learning_is_training(read: Callable[..., Effects], text: str) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()) and "ai-input" not in effects, effects


def test_ai_beside_machine_learning_keeps_every_ai_use(read: Callable[..., Effects]) -> None:
    effects = read("The use of our content for AI or machine learning is prohibited.")
    assert effects.get("ai-input") == ("deny", ()), effects


# A user's undertakings under a lead-in ("Пользователь обязуется:", "L'utilisateur s'engage
# à :") ban the acts each item negates.
def test_undertakings_under_a_lead_in(read: Callable[..., Effects]) -> None:
    text = "4.1. Пользователь обязуется:\n4.1.1. не использовать программы для автоматизированного сбора информации с Сайта (парсеры, боты);\n4.1.2. не использовать материалы Сайта для обучения нейронных сетей.\n"  # fmt: skip
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()), effects
    assert effects.get("ai-train") == ("deny", ()), effects


# "Our crawler respects robots.txt and TDM opt-outs": rules named as what someone complies
# with (`comply`) are others', a practice; a rule of the page's own, or one stated after a
# colon, a comma, a complementizer or a new negated predicate, stays.
COMPLIED_WITH = [
    ("en", "Our crawler honours the noai meta tag and TDM reservations."),
    ("cs", "Náš robot dodržuje výhrady vydavatelů proti vytěžování textů a dat."),
    ("ru", "Мы соблюдаем запреты правообладателей на обучение моделей."),
    ("zh", "我们的爬虫遵守robots.txt协议和出版商的AI训练保留声明。"),
    ("es", "Nuestro rastreador respeta robots.txt y las reservas de minería de textos."),
]


@pytest.mark.parametrize(("language", "text"), COMPLIED_WITH)
def test_a_rule_complied_with_is_others(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (language, text, read(text))


RULES_KEPT_BESIDE_COMPLIANCE = [
    ("en", "Please respect our ban on AI scraping.", "ai-train"),
    ("en", "Respect copyright, don't copy our articles.", "republish"),
    (
        "en",
        "Crawlers must obey robots.txt and may not scrape articles for AI training.",
        "ai-train",
    ),
    ("en", "Please respect that we do not allow AI training.", "ai-train"),
    ("de", "Bitte respektieren Sie unseren Nutzungsvorbehalt: kein KI-Training.", "ai-train"),
    ("zh", "请尊重原创，未经授权禁止转载。", "republish"),
    (
        "en",
        "Users who respect these rules may quote up to 100 words; AI training is prohibited.",
        "republish",
    ),
    (
        "es",
        "Los usuarios que respetan estas normas pueden citar hasta 100 palabras; el entrenamiento de IA está prohibido.",
        "republish",
    ),
    ("es", "Puedes reproducir el texto respetando la licencia, citando la fuente.", "republish"),
]


@pytest.mark.parametrize(("language", "text", "purpose"), RULES_KEPT_BESIDE_COMPLIANCE)
def test_a_rule_beside_compliance_stays(
    read: Callable[..., Effects], language: str, text: str, purpose: str
) -> None:
    assert purpose in read(text), (language, text, read(text))


# An interrogative set off by dashes or parentheses opens an aside ("ob … oder …"), no
# embedded question: the predicate outside it is stated.
ASIDES = [
    (
        "de",
        "Jede Nutzung unserer Fotos durch KI-Systeme – ob zum Training oder für Antworten – ist untersagt.",
    ),
    ("de", "Die Nutzung unserer Texte (ob für KI-Training oder für KI-Antworten) ist untersagt."),
    (
        "en",
        "Any use of our photos by AI systems - whether for training or for generating answers - is prohibited.",
    ),
    ("en", "Use of our articles by AI (whether for training or for answers) is not permitted."),
]


@pytest.mark.parametrize(("language", "text"), ASIDES)
def test_an_aside_set_off_by_dashes_asks_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (language, text, read(text))


def test_a_report_word_in_a_name_reports_nothing(read: Callable[..., Effects]) -> None:
    """ "© Agencia Informa": a capitalised report word after a capitalised word names the
    agency ("Según informa la agencia" still reports)."""
    assert read("Noticias Informa. Queda prohibida la reproducción de esta nota.") == {
        "republish": ("deny", ())
    }
    assert read("Según informa la agencia, los medios prohíben el uso de IA.") == {}


# A permission of the law: its provisos ("unless the rightholder has reserved it") are the
# law's, no reservation of the page's.
LAW_PROVISOS = [
    (
        "et",
        "Autoriõiguse seaduse § 19³ lubab teksti- ja andmekaevet, kui autor ei ole seda sobival viisil keelanud.",
    ),
    (
        "cs",
        "Autorský zákon v § 39c umožňuje vytěžování textů a dat, pokud si to autor výslovně nevyhradil.",
    ),
    (
        "en",
        "Section 29A allows text and data mining for non-commercial research unless the rightholder has reserved it.",
    ),
    (
        "it",
        "Art. 70-ter consente l'estrazione di testo e di dati, salvo che i titolari dei diritti l'abbiano riservata.",
    ),
    (
        "ru",
        "Статья 1274 ГК РФ разрешает цитирование, если правообладатель не запретил использование.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LAW_PROVISOS)
def test_a_proviso_of_the_law_reserves_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (language, text, read(text))


# "No AI was used to write this post": the AI is the tool of the writing (the passive, a
# negator at most between), no use of the content; a ban after the use, or a modal between,
# keeps the ban.
AI_USED_AS_A_TOOL = [
    ("en", "No AI was used to write this post."),
    ("en", "No generative AI tools were used in its production."),
    ("en", "No AI tools were used to write or edit this post."),
    ("fr", "Aucune IA n'a été utilisée pour écrire cet article."),
    ("pt", "Nenhuma IA foi usada para escrever este texto."),
    ("it", "Nessuna IA è stata usata per scrivere questo articolo."),
    ("nl", "Geen AI werd gebruikt om dit artikel te schrijven."),
    ("en", "No generative AI was used in writing or editing this article."),
    ("en", "No AI was used in writing this article."),
]


@pytest.mark.parametrize(("language", "text"), AI_USED_AS_A_TOOL)
def test_ai_used_to_write_is_no_use_of_the_content(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (language, text, read(text))


@pytest.mark.parametrize(
    "text",
    [
        "No AI tools may be used on our content.",
        "No AI may be used for our articles.",
        "No AI may be used to edit our photos.",
        "இயந்திரக் கற்றல் அல்லது பெரிய மொழி மாதிரிகளுக்கு உள்ளடக்கத்தைப் பயன்படுத்துவது தடைசெய்யப்பட்டுள்ளது.",
        "Pozostałym botom AI zabraniamy korzystania z treści.",
    ],
)
def test_a_ban_on_ai_use_stays(read: Callable[..., Effects], text: str) -> None:
    assert "ai-train" in read(text), (text, read(text))


def test_answers_an_ai_made_are_what_members_post(read: Callable[..., Effects]) -> None:
    assert read("No AI-generated posts or answers.") == {}
    assert read("Nie publikuj odpowiedzi wygenerowanych przez AI.") == {}
    assert read("Es ist verboten, KI-generierte Antworten zu posten.") == {}
    assert read("Use of our articles in AI-generated answers requires a licence.") == {
        "ai-input": ("conditional", ("licence",))
    }


# A way to permission right after a question of a use answers for that use, not for the
# ban before the question.
QUESTIONS_ANSWERED_WITH_A_WAY = [
    (
        "sv",
        "Det är inte tillåtet att använda vårt material för att träna AI-modeller. Vill du återpublicera en artikel? Kontakta redaktionen för tillstånd.",
    ),
    (
        "en",
        "AI training is not allowed. Want to republish an article? Contact the newsroom for permission.",
    ),
    (
        "de",
        "KI-Training ist untersagt. Sie möchten einen Artikel übernehmen? Bitte fragen Sie die Redaktion um Erlaubnis.",
    ),
    ("ru", "Обучение ИИ запрещено. Хотите перепечатать статью? Запросите разрешение у редакции."),
    ("ko", "AI 학습은 금지됩니다. 기사를 전재하고 싶으신가요? 편집부에 허락을 받으세요."),
]


@pytest.mark.parametrize(("language", "text"), QUESTIONS_ANSWERED_WITH_A_WAY)
def test_a_way_to_permission_answers_the_question_before_it(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), (language, effects)
    assert effects.get("republish") == ("conditional", ("permission",)), (language, effects)


def test_a_conditional_answer_to_a_forum_question_grants_nothing(
    read: Callable[..., Effects],
) -> None:
    assert (
        read(
            "Diskusija forume: ar galima naudoti nuotraukas iš kitų svetainių? – Ne, jei nėra licencijos ar leidimo."
        )
        == {}
    )


# A number and a unit of text right after it limit a reuse to an excerpt: "permitted only up
# to 500 characters" is no plain grant (it was read as `allow`).
LENGTH_LIMITS = [
    ("ro", "Preluarea articolelor este permisă doar în limita a 500 de caractere."),
    ("de", "Die Übernahme ist nur bis 500 Zeichen erlaubt."),
    ("es", "Se permite reproducir solo hasta 500 caracteres."),
    ("pl", "Przedruk dozwolony tylko do 500 znaków."),
    ("ru", "Перепечатка допускается в объёме до 500 знаков."),
    ("zh", "允许转载，但须控制在500字以内。"),
]


@pytest.mark.parametrize(("language", "text"), LENGTH_LIMITS)
def test_a_length_limits_a_reuse_to_an_excerpt(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    verdict, conditions = read(text)["republish"]
    assert verdict == "conditional" and "excerpt-limit" in conditions, (language, read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Reproduction of our characters and logos is prohibited.",
        "Die Vervielfältigung unserer Zeichen und Logos ist untersagt.",
        "Перепечатка материалов с товарными знаками запрещена.",
    ],
)
def test_a_unit_without_a_number_limits_nothing(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {"republish": ("deny", ())}, (text, read(text))


# A negator after a coordinator still opens the sentence: "And no AI training, please."
COORDINATED_NOMINAL_BANS = [
    ("it", "E niente bot che raschiano il sito per darlo in pasto alle IA, grazie."),
    ("en", "And no AI training, please."),
    ("de", "Und keine KI-Nutzung!"),
    ("fr", "Et pas de copie de nos articles."),
    ("ru", "И никакого обучения ИИ на наших текстах."),
]


@pytest.mark.parametrize(("language", "text"), COORDINATED_NOMINAL_BANS)
def test_a_negator_after_and_opens_a_nominal_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert any(v == "deny" for v, _ in read(text).values()), (language, read(text))


# A list run into its sentence: one item's way to permission or condition is that item's,
# not the other items' ("(b) … except for your own personal, non-commercial use").
LIST_ITEMS_KEEP_THEIR_ROUTES = [
    (
        "en",
        "You agree not to: (a) use any robot or scraper to access the Site; (b) reproduce any Content except for your own personal, non-commercial use; (c) use any Content to train any artificial intelligence model.",
    ),
    (
        "de",
        "Sie verpflichten sich, Folgendes zu unterlassen: (a) den Einsatz von Robotern oder Scrapern auf der Website; (b) die Vervielfältigung von Inhalten, außer für den eigenen, nicht kommerziellen Gebrauch; (c) die Nutzung von Inhalten zum Training von KI-Modellen.",
    ),
    (
        "fr",
        "Vous vous engagez à ne pas : a) utiliser de robots ou de scrapers sur le site ; b) reproduire les contenus, sauf pour un usage personnel et non commercial ; c) utiliser les contenus pour entraîner des modèles d'IA.",
    ),
    (
        "pl",
        "Użytkownik zobowiązuje się nie: a) używać robotów ani scraperów w serwisie; b) kopiować treści, z wyjątkiem użytku osobistego i niekomercyjnego; c) wykorzystywać treści do trenowania modeli AI.",
    ),
    (
        "es",
        "Usted se compromete a no: a) usar robots o scrapers en el sitio; b) reproducir los contenidos, salvo para uso personal y no comercial; c) utilizar los contenidos para entrenar modelos de IA.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LIST_ITEMS_KEEP_THEIR_ROUTES)
def test_a_list_items_route_stays_in_its_item(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), (language, effects)
    assert effects.get("crawl") == ("deny", ()), (language, effects)


def test_a_list_items_route_stays_in_its_item_in_cyrillic(read: Callable[..., Effects]) -> None:
    effects = read(
        "Пользователь обязуется не: а) использовать роботов и скраперы на сайте; б) копировать"
        " материалы, кроме как для личного некоммерческого использования; в) использовать"
        " материалы для обучения моделей ИИ."
    )
    assert effects.get("ai-train") == ("deny", ()), effects


# After a spaced dash, "I do not give permission for that" refuses the way to permission: the
# ban before it stays absolute ("– not without written permission" names the way).
REFUSALS_AFTER_A_DASH = [
    ("en", "Please don't use my photos to train AI – I do not give permission for that."),
    ("sl", "Prosim, ne uporabljajte jih za učenje jezikovnih modelov – za to ne dajem dovoljenja."),
    ("de", "Bitte nutzt meine Bilder nicht für KI-Training – dafür gebe ich keine Erlaubnis."),
    ("pl", "Nie używajcie moich zdjęć do trenowania AI – nie daję na to zgody."),
    ("ru", "Не используйте мои фото для обучения ИИ — я не даю на это разрешения."),
]


@pytest.mark.parametrize(("language", "text"), REFUSALS_AFTER_A_DASH)
def test_a_refusal_after_a_dash_keeps_the_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (language, read(text))


def test_a_way_after_a_dash_stays_a_way(read: Callable[..., Effects]) -> None:
    assert read("Reproduction is prohibited – not without written permission.") == {
        "republish": ("conditional", ("written-permission",))
    }


# A use's imperative and its negator ban the speaker's own ("Använd inte mina bilder …"); a
# name before the verb ("Google nutzt unsere Texte nicht") is no imperative.
@pytest.mark.parametrize(
    "text",
    [
        "Använd inte mina bilder för AI-träning.",
        "Bitte nutzt meine Bilder nicht für KI-Training.",
        "Brug ikke mine billeder til AI-træning.",
    ],
)
def test_a_use_imperative_negated_bans(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (text, read(text))


def test_a_name_and_its_verb_is_no_imperative(read: Callable[..., Effects]) -> None:
    assert read("Google nutzt unsere Texte nicht.") == {}


# A ban word right after "without" ("sans possibilité d'opposition", "ohne Widerspruch")
# names a ban that is not there; "without permission is prohibited" (a way between) and a
# postposition after its noun ("hozzájárulása nélkül tilos") keep the ban.
BANS_AFTER_A_PRIVATIVE = [
    (
        "fr",
        "En France, cette exception figure à l'article L. 122-5-3 du CPI. Les organismes de recherche bénéficient d'une exception sans possibilité d'opposition.",
    ),
    (
        "de",
        "Text und Data Mining zu Forschungszwecken ist ohne Widerspruch der Rechteinhaber zulässig.",
    ),
    (
        "es",
        "La minería de textos y datos con fines de investigación es posible sin oposición de los titulares.",
    ),
]


@pytest.mark.parametrize(("language", "text"), BANS_AFTER_A_PRIVATIVE)
def test_a_ban_after_without_is_none(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert "deny" not in {v for v, _ in read(text).values()}, (language, read(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copying is prohibited without exception.", {"republish": ("deny", ())}),
        ("Scraping without permission is prohibited.", {"crawl": ("conditional", ("permission",))}),
        (
            "Ezek másolása a Szolgáltató írásos hozzájárulása nélkül tilos.",
            {"republish": ("conditional", ("written-permission",))},
        ),
        ("Копирование без разрешения запрещено.", {"republish": ("conditional", ("permission",))}),
    ],
)
def test_a_ban_with_a_way_after_without_stays(
    read: Callable[..., Effects], text: str, expected: Effects
) -> None:
    assert read(text) == expected, (text, read(text))


# A question of a use and a way to permission in its answer: the block states a condition
# even with no polarity word ("Vill du använda mina texter …? Hör av dig först").
ASKED_THEN_A_WAY = [
    (
        "sv",
        "Vill du använda mina texter för att träna en AI? Hör av dig först, så pratar vi om det.",
        "ai-train",
    ),
    ("de", "Möchtest du meine Fotos verwenden? Frag mich vorher um Erlaubnis.", "republish"),
    ("en", "Want to use my photos for AI training? Ask me for permission first.", "ai-train"),
]


@pytest.mark.parametrize(("language", "text", "purpose"), ASKED_THEN_A_WAY)
def test_a_way_answering_a_question_is_a_condition(
    read: Callable[..., Effects], language: str, text: str, purpose: str
) -> None:
    assert read(text).get(purpose, ("", ()))[0] == "conditional", (language, read(text))


def test_a_question_without_a_way_states_nothing(read: Callable[..., Effects]) -> None:
    assert read("Wie nutzt man KI? Lizenzen erklärt.") == {}


# A menu run into a sentence on one line: each spaced bar or dot ends a sentence, so the
# notice after the menu is read on its own ("Impressum | Datenschutz | Der Verlag …").
MENUS_RUN_INTO_A_NOTICE = [
    (
        "de",
        "Impressum | Datenschutz | Der Verlag behält sich eine Nutzung der Inhalte für Text- und Data-Mining im Sinne von § 44b UrhG ausdrücklich vor.",
        "ai-train",
    ),
    (
        "it",
        "Contatti | Privacy | È vietata la riproduzione dei contenuti di questo sito.",
        "republish",
    ),
    (
        "es",
        "Aviso legal | Cookies | Queda prohibida la reproducción total o parcial de los contenidos.",
        "republish",
    ),
    ("ru", "Контакты | Реклама | Перепечатка материалов запрещена.", "republish"),
    ("en", "About · Contact · Reproduction of our articles is prohibited.", "republish"),
]


@pytest.mark.parametrize(("language", "text", "purpose"), MENUS_RUN_INTO_A_NOTICE)
def test_a_notice_after_a_menu_on_its_line_is_read(
    read: Callable[..., Effects], language: str, text: str, purpose: str
) -> None:
    assert read(text).get(purpose) == ("deny", ()), (language, read(text))


# A condition supposing a use of the reader's and a way to permission after it: a condition
# on that use, as a question of it would be ("If you want to republish it, ask first").
SUPPOSED_THEN_A_WAY = [
    ("en", "If you want to republish it, ask for permission.", "republish"),
    ("de", "Wenn du meine Fotos veröffentlichen willst, frag vorher um Erlaubnis.", "republish"),
    ("fr", "Si vous souhaitez republier cet article, demandez l'autorisation.", "republish"),
    ("pt", "Se quiser publicá-lo, peça autorização.", "republish"),
    ("ru", "Если вы хотите перепечатать нашу статью, спросите разрешения.", "republish"),
    ("zh", "如果您想转载本文，请联系我们获得许可。", "republish"),
]


@pytest.mark.parametrize(("language", "text", "purpose"), SUPPOSED_THEN_A_WAY)
def test_a_way_after_a_supposed_use_is_a_condition(
    read: Callable[..., Effects], language: str, text: str, purpose: str
) -> None:
    assert read(text) == {purpose: ("conditional", ("permission",))}, (language, read(text))


@pytest.mark.parametrize(
    "text",
    [
        # the publisher's own act supposed: nothing of the reader's asked for
        "If you believe our crawler is malfunctioning, please contact us.",
        "Si vous pensez que notre robot d'indexation fonctionne mal, contactez-nous.",
        "If you have any questions about how we use AI, please contact us.",
        # a use named as a topic: nothing supposed of the reader's
        "If you have questions about reproduction, please contact us.",
        "Si vous avez des questions sur la reproduction de nos articles, contactez-nous.",
        "Wenn Sie Fragen zur Nutzung haben, kontaktieren Sie uns bitte.",
        "Если у вас есть вопросы о перепечатке, свяжитесь с нами.",
        "転載についてご質問がある場合は、お問い合わせください。",
    ],
)
def test_a_way_after_the_publishers_own_act_or_a_topic_states_nothing(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text) == {}, read(text)


def test_a_bare_use_supposed_after_a_ban_asks_for_the_banned_use(
    read: Callable[..., Effects],
) -> None:
    # "use" after a ban on AI training is that use, not republication
    effects = read(
        "AI training is prohibited. If you want to use our texts, contact us for a licence."
    )
    assert effects["ai-train"] == ("conditional", ("licence",)), effects
    assert "republish" not in effects, effects


# A word asking politely, a verb and its object at most, then a negator and a use: a
# request not to, as a ban ("Bitte ladet es nicht in KI-Tools hoch").
ASKED_POLITELY_NOT_TO = [
    ("de", "Bitte ladet es nicht in KI-Tools hoch.", "ai-input"),
    ("de", "Bitte die Bilder nicht kopieren.", "republish"),
    ("de", "Bitte meine Texte nicht für KI verwenden.", "ai-train"),
    ("pl", "Proszę zdjęć nie kopiować.", "republish"),
    ("it", "Per favore, le foto non copiatele.", "republish"),
    ("fr", "S'il vous plaît, ces photos ne les copiez pas.", "republish"),
]


@pytest.mark.parametrize(("language", "text", "purpose"), ASKED_POLITELY_NOT_TO)
def test_a_polite_request_not_to_is_a_ban(
    read: Callable[..., Effects], language: str, text: str, purpose: str
) -> None:
    assert read(text).get(purpose) == ("deny", ()), (language, read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Please note that we do not use AI to write articles.",
        "Bitte beachten Sie, dass wir keine KI verwenden.",
        "Bitte vergessen Sie nicht, die Quelle anzugeben.",
    ],
)
def test_a_polite_word_before_the_speakers_own_practice_bans_nothing(
    read: Callable[..., Effects], text: str
) -> None:
    assert "ai-train" not in read(text) and "republish" not in read(text), read(text)


# "Ask me before you share my photos": the way to permission and a condition of the use it
# is asked for, in either order.
ASK_BEFORE_A_USE = [
    ("en", "Ask me before you share my photos."),
    ("nb", "Spør meg før du deler bildene videre."),
    ("de", "Frag mich, bevor du meine Fotos teilst."),
    ("sv", "Fråga mig innan du delar bilderna."),
    ("nl", "Vraag het me voordat je mijn foto's deelt."),
]


@pytest.mark.parametrize(("language", "text"), ASK_BEFORE_A_USE)
def test_asking_before_a_use_is_its_condition(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {"republish": ("conditional", ("permission",))}, (language, read(text))


# A procedure supposing a use lends its way to permission to bans of that use only: the AI
# ban before "If you wish to republish …, ask" stays absolute.
PROCEDURE_FOR_ANOTHER_USE = [
    ("en", "AI training is prohibited. If you wish to reproduce our articles, please contact us for permission."),
    ("nb", "Bildene mine skal ikke brukes til å trene kunstig intelligens. Spør meg før du deler bildene videre."),
    ("fr", "L'entraînement d'IA est interdit. Si vous souhaitez republier nos articles, demandez l'autorisation."),
    ("zh", "本站禁止用于AI训练。如需转载，请联系我们获得授权。"),
    ("ru", "Обучение ИИ на наших текстах запрещено. Если хотите перепечатать статью, спросите разрешения."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PROCEDURE_FOR_ANOTHER_USE)
def test_a_procedure_for_another_use_leaves_a_ban_absolute(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), (language, effects)
    assert effects.get("republish") == ("conditional", ("permission",)), (language, effects)


# A cross mark opening an item says no to the use it names, in any language ("✘ Zum
# Training von KI-Modellen verwenden" under "Was ihr … dürft").
CROSSED_USES = [
    ("de", "✘ Zum Training von KI-Modellen verwenden", "ai-train"),
    ("en", "❌ Use for AI training", "ai-train"),
    ("fr", "✗ Reproduction des articles", "republish"),
    ("ja", "🚫 AI学習への利用", "ai-train"),
    ("ru", "⛔ Копирование статей", "republish"),
]


@pytest.mark.parametrize(("language", "text", "purpose"), CROSSED_USES)
def test_a_cross_mark_says_no_to_its_use(
    read: Callable[..., Effects], language: str, text: str, purpose: str
) -> None:
    assert read(text).get(purpose) == ("deny", ()), (language, read(text))
    assert read("Status: ❌") == {}


# Content an AI made, in unspaced scripts (the participle glued on) and in inflected forms:
# what members post, no use of the page's content.
MADE_BY_AI_GLUED_OR_INFLECTED = [
    ("zh", "禁止上传AI生成的图片。"),
    ("ja", "AIが生成した画像の投稿は禁止です。"),
    ("pl", "Zabronione jest przedstawianie tekstu wygenerowanego przez AI jako własnego."),
    ("nn", "Du skal ikkje levere tekst skriven av KI som eige arbeid."),
    ("en", "Do not post AI-generated images without labelling them."),
]


@pytest.mark.parametrize(("language", "text"), MADE_BY_AI_GLUED_OR_INFLECTED)
def test_content_an_ai_made_in_glued_or_inflected_forms_is_no_use_of_ours(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert "ai-train" not in effects and "ai-input" not in effects, (language, effects)


# A use named first, then the speaker refusing the way to permission for it: a ban ("Für
# das Training von KI-Modellen erteilen wir grundsätzlich keine Lizenzen").
REFUSED_AFTER_THE_USE = [
    ("de", "Für das Training von KI-Modellen erteilen wir derzeit grundsätzlich keine Lizenzen."),
    ("es", "Para el entrenamiento de IA no concedemos licencias."),
    ("ru", "Для обучения ИИ мы не предоставляем лицензий."),
    ("pl", "Do szkolenia modeli AI nie udzielamy licencji."),
    ("fr", "Pour l'entraînement de l'IA, nous n'accordons aucune licence."),
]


@pytest.mark.parametrize(("language", "text"), REFUSED_AFTER_THE_USE)
def test_a_way_refused_after_the_use_is_a_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (language, read(text))
    # a way named after a use, not refused, stays its condition
    assert read("We do not allow copying without permission.") == {
        "republish": ("conditional", ("permission",))
    }


# A grant "for any purpose, including AI training": the AI use is an example of the purposes
# the reuse is granted for, not the only end the reuse serves.
GRANTED_FOR_ANY_PURPOSE = [
    ("en", "You may reuse this data for any purpose, including training AI models, provided you cite the source."),
    ("es", "Puedes reutilizar estos datos para cualquier finalidad, incluido el entrenamiento de modelos de IA, siempre que cites la fuente."),
    ("ru", "Вы можете повторно использовать эти данные для любых целей, включая обучение моделей ИИ, при условии указания источника."),
    ("fr", "Vous pouvez réutiliser ces données pour tout usage, y compris l'entraînement de modèles d'IA, à condition de citer la source."),
    ("pl", "Możesz ponownie wykorzystywać te dane w dowolnym celu, w tym do trenowania modeli AI, pod warunkiem podania źródła."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), GRANTED_FOR_ANY_PURPOSE)
def test_a_grant_for_any_purpose_keeps_the_reuse(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("republish") == ("conditional", ("attribution",)), (language, effects)
    assert effects.get("ai-train") == ("conditional", ("attribution",)), (language, effects)


# "Without asking" in everyday words is a way to permission, also right after a negator
# ("Bitte meine Fotos nicht ohne Rückfrage verwenden": not refused, asked for).
WITHOUT_ASKING = [
    ("de", "Bitte meine Fotos nicht ohne Rückfrage verwenden."),
    ("fr", "Ne copiez pas mes photos sans me demander avant."),
    ("es", "No copies mis fotos sin preguntarme antes."),
    ("pl", "Nie kopiuj moich zdjęć bez pytania."),
    ("ru", "Не копируйте мои фото, не спросив меня."),
    ("en", "Don't republish my photos without checking with me first."),
]


@pytest.mark.parametrize(("language", "text"), WITHOUT_ASKING)
def test_without_asking_is_a_way_to_permission(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {"republish": ("conditional", ("permission",))}, (language, read(text))


# A contrast connective, then a negator opening a nominal ban ("Pero nada de copiar …"); a
# negator with no use after it ("… pero no sé si sirve") bans nothing.
NOMINAL_BAN_AFTER_A_CONTRAST = [
    ("es", "Pero nada de copiar y pegar mis textos en otras webs.", "republish"),
    ("fr", "Mais pas de copie de nos articles.", "republish"),
    ("it", "Ma niente copie dei nostri articoli.", "republish"),
    ("ru", "Но никакого копирования наших статей.", "republish"),
    ("en", "But no scraping of our site.", "crawl"),
]


@pytest.mark.parametrize(("language", "text", "purpose"), NOMINAL_BAN_AFTER_A_CONTRAST)
def test_a_nominal_ban_after_a_contrast(
    read: Callable[..., Effects], language: str, text: str, purpose: str
) -> None:
    assert read(text).get(purpose) == ("deny", ()), (language, read(text))
    assert read("Mi aviso dice que se permite, pero no sé si sirve de algo.") == {}


# A contrast word opening the sentence, then an imperative and its negator: the ban as
# without the connective ("Men kopier venligst ikke hele opskriften …").
IMPERATIVE_AFTER_A_CONTRAST = [
    ("da", "Men kopier venligst ikke hele opskriften over på din egen side."),
    ("nl", "Maar kopieer mijn foto's alsjeblieft niet."),
    ("sv", "Men kopiera inte mina bilder."),
    ("de", "Aber kopiert meine Bilder bitte nicht."),
    ("es", "Pero nada de copiar y pegar mis textos en otras webs."),
]


@pytest.mark.parametrize(("language", "text"), IMPERATIVE_AFTER_A_CONTRAST)
def test_an_imperative_ban_after_a_contrast_word(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("deny", ()), (language, read(text))
    assert read("Robots et intelligence artificielle") == {}


# A third party's ban told in the past tense or announced ("has banned", "zakázal", "jelezte,
# hogy …", "اعلام کرده‌اند که …") reports someone else's rule; the present-tense notice stays.
REPORTED_PAST_BANS = [
    ("en", "The country's largest media house has banned the use of its articles for AI training."),
    ("cs", "Největší mediální dům v zemi zakázal využívání svých článků pro trénování umělé inteligence."),
    ("pl", "Największy wydawca w kraju zakazał wykorzystywania swoich artykułów do trenowania AI."),
    ("hu", "Több hazai kiadó jelezte, hogy megtiltja cikkei felhasználását nyelvi modellek tanításához."),
    ("da", "Et af landets største forlag har meddelt, at deres bøger ikke må bruges til at træne kunstig intelligens."),
    ("fa", "چند ناشر بزرگ اعلام کرده‌اند که استفاده از کتاب‌هایشان برای آموزش هوش مصنوعی ممنوع است."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), REPORTED_PAST_BANS)
def test_a_third_partys_past_or_announced_ban_is_reported(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (language, read(text))
    own = read("Wykorzystywanie naszych artykułów do trenowania AI jest zakazane.")
    assert own.get("ai-train") == ("deny", ()), own


# A verb its negation is written onto ("ne" in cs, sk, lv, lt: `negative_prefixes`) reads as
# the negator and the verb, listed or not: "Neizmantojiet …" as "Do not use …".
PREFIX_NEGATED_VERBS = [
    ("lv", "Neizmantojiet mūsu saturu mākslīgā intelekta apmācībai.", "ai-train"),
    ("lv", "Lūdzu, nekopējiet mūsu rakstus.", "republish"),
    ("lt", "Nenaudokite mūsų turinio dirbtinio intelekto mokymui.", "ai-train"),
    ("lt", "Neskelbkite mūsų straipsnių kitose svetainėse.", "republish"),
    ("cs", "Nepřebírejte naše články.", "republish"),
    ("sk", "Nezverejňujte naše články.", "republish"),
]


@pytest.mark.parametrize(("language", "text", "purpose"), PREFIX_NEGATED_VERBS)
def test_a_verb_with_its_negation_as_a_prefix_is_negated(
    read: Callable[..., Effects], language: str, text: str, purpose: str
) -> None:
    assert read(text).get(purpose) == ("deny", ()), (language, read(text))


# The same prefix on a granting verb at the end of the clause refuses the way named before it
# ("Licencijų … nesuteikiame": we grant no licences for AI training).
PREFIX_NEGATED_GRANTS = [
    ("lt", "Licencijų dirbtinio intelekto mokymui nesuteikiame."),
    ("lv", "Licences MI apmācībai nepiešķiram."),
    ("cs", "Licence pro trénování AI neudělujeme."),
    ("sk", "Licenciu na trénovanie AI neudeľujeme."),
    ("cs", "Vydavatel neuděluje souhlas s vytěžováním textů a dat."),
]


@pytest.mark.parametrize(("language", "text"), PREFIX_NEGATED_GRANTS)
def test_a_granting_verb_with_its_negation_as_a_prefix_refuses(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (language, read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Nepublicētas fotogrāfijas no arhīva rāda pilsētu 1920. gados.",
        "Nepublikované fotografie z archivu ukazují město ve dvacátých letech.",
        "Nepublikované fotografie z archívu ukazujú mesto.",
        "Nepaskelbtos nuotraukos iš archyvo rodo miestą.",
    ],
)
def test_a_prefixed_participle_is_an_adjective(read: Callable[..., Effects], text: str) -> None:
    """ "Unpublished photos from the archive show the town": no act negated."""
    assert read(text) == {}, read(text)


# A route noun followed by a number names a licence the publisher holds (a press
# registration), no way to permission: the ban after it stays absolute.
NUMBERED_LICENCES = [
    ("vi", "Giấy phép số 123/GP-BTTTT. Nghiêm cấm sử dụng nội dung của báo để huấn luyện trí tuệ nhân tạo."),
    ("en", "Broadcasting licence No. 4711. Using our content to train AI is prohibited."),
    ("ru", "Лицензия № ФС77-12345. Использование материалов для обучения ИИ запрещено."),
    ("zh", "出版许可证编号：2023-0456。禁止将本站内容用于训练人工智能。"),
    ("de", "Genehmigung Nr. 2020/17. Die Nutzung unserer Inhalte für KI-Training ist untersagt."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NUMBERED_LICENCES)
def test_a_numbered_licence_is_no_way_to_permission(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (language, read(text))
    assert read("AI training is prohibited. Licences: licensing@example.com.").get("ai-train") == (
        "conditional",
        ("licence",),
    )


# An address to AI companies in a section addresses its paragraphs from there on: the blog's
# grant to quote before it stays a reader's, no licence to AI companies.
ADDRESS_AFTER_A_GRANT = [
    ("en", "<h2>Trip notes</h2><p>You may quote short excerpts if you link to us.</p><p>And to AI companies: our texts are not training material, hands off.</p>"),
    ("de", "<h2>Notizen</h2><p>Sie dürfen kurze Ausschnitte zitieren, wenn Sie auf uns verlinken.</p><p>Und an die KI-Firmen: Finger weg.</p>"),
    ("fr", "<h2>Notes</h2><p>Vous pouvez citer de courts extraits avec un lien vers nous.</p><p>Aux entreprises d'IA : pas touche.</p>"),
    ("ru", "<h2>Заметки</h2><p>Вы можете цитировать короткие фрагменты со ссылкой на нас.</p><p>А компаниям, разрабатывающим ИИ: руки прочь.</p>"),
    ("ja", "<h2>旅行記</h2><p>短い引用は出典を明記すれば転載可能です。</p><p>AI企業の皆さまへ：学習への利用はお断りします。</p>"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "page"), ADDRESS_AFTER_A_GRANT)
def test_an_address_opens_what_follows_it(
    verdicts: Callable[..., Effects], language: str, page: str
) -> None:
    effects = verdicts(page, kind="html")
    assert effects.get("republish", ("conditional",))[0] == "conditional", (language, effects)
    ai_purposes = ("ai-train", "ai-input", "ai-index")
    assert all(effects.get(p, ("unknown",))[0] != "conditional" for p in ai_purposes), (
        language,
        effects,
    )


@pytest.mark.parametrize(
    "text",
    [
        "We reserve text and data mining. This reservation does not affect indexing by search engines.",
        "Nous nous opposons à la fouille de textes et de données. Cette opposition n'affecte pas l'indexation par les moteurs de recherche.",
        "Nos oponemos a la minería de textos y datos. Esta reserva no afecta a la indexación por motores de búsqueda.",
    ],
)  # fmt: skip
def test_a_reservation_that_does_not_affect_search_bans_no_search(
    read: Callable[..., Effects], text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), effects
    assert effects.get("search", ("allow",))[0] == "allow", effects


# A grant of use "solely for personal purposes" with a licence ("We grant you a licence to
# use the app solely for personal purposes") is no requirement on every use: the terms
# page's bans of crawling and AI training elsewhere stay absolute.
@pytest.mark.parametrize(
    "text",
    [
        "We grant you a personal, limited, non-exclusive licence to use the app solely for personal purposes.\n\nYou may not:\n- use robots or scrapers to access the app;\n- use any content to train artificial intelligence models.",
        "Concedemos a você uma licença pessoal, limitada e não exclusiva para usar o aplicativo, exclusivamente para fins pessoais.\n\nÉ vedado ao usuário:\na) utilizar robôs ou scrapers para acessar o aplicativo;\nb) utilizar qualquer conteúdo para treinar modelos de inteligência artificial;",
    ],
)  # fmt: skip
def test_a_licence_granted_for_use_sets_no_route_on_every_use(
    read: Callable[..., Effects], text: str
) -> None:
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()), effects
    assert effects.get("ai-train") == ("deny", ()), effects


@pytest.mark.parametrize(
    "text",
    [
        "Reproduction is prohibited unless we grant you a licence.",
        "Die Vervielfältigung ist untersagt. Lizenzen erteilen wir Ihnen auf Anfrage.",
    ],
)
def test_a_licence_offered_stays_a_way_to_permission(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("licence",)), read(text)


# "without any need for permission": a need right after "without" is the waiver's own, the
# grant needs no permission.
WITHOUT_A_NEED = [
    ("it", "Le immagini possono essere riutilizzate liberamente, per qualsiasi scopo, senza necessità di autorizzazione."),
    ("fr", "Les images peuvent être réutilisées librement, sans besoin d'autorisation."),
    ("ru", "Изображения можно свободно использовать без необходимости получения разрешения."),
    ("pl", "Zdjęcia można swobodnie wykorzystywać bez potrzeby uzyskania zgody."),
    ("cs", "Fotografie lze volně používat bez nutnosti získat souhlas."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), WITHOUT_A_NEED)
def test_a_need_waived_by_without_asks_for_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("allow", ()), (language, read(text))
    kept = read("You may republish the photos, but you must credit us.")
    assert kept.get("republish") == ("conditional", ("attribution",)), kept
    # a condition further on, after a mark, is no need waived ("free of charge, on condition
    # of naming the Ministry")
    later = read("Taarifa hii inaweza kuchapishwa bila malipo, kwa sharti la kutaja Wizara.")
    assert later.get("republish", ("unknown",))[0] == "conditional", later


# In a block where the publisher also speaks, what others named before say after "that" is
# theirs: "Several outlets have written into their terms that … may not be used to train AI.
# We call for a law." states no rule of the page's.
REPORTED_IN_AN_OWN_BLOCK = [
    ("de", "Mehrere Verlage haben in ihre AGB geschrieben, dass die Inhalte nicht für KI-Training genutzt werden dürfen. Wir fordern eine gesetzliche Regelung."),
    ("cs", "Několik vydavatelů zapsalo do svých podmínek, že obsah nesmí být použit k trénování AI. My požadujeme zákon."),
    ("ru", "Многие издания записали в свои правила, что материалы нельзя использовать для обучения ИИ. Мы требуем закона."),
    ("sv", "Flera svenska medier har under året skrivit in i sina villkor att innehållet inte får användas för att träna AI. Vi kräver att regeringen inför en lagstadgad ersättningsrätt."),
    ("fr", "Plusieurs éditeurs ont inscrit dans leurs conditions que les contenus ne peuvent pas être utilisés pour entraîner l'IA. Nous demandons une loi."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), REPORTED_IN_AN_OWN_BLOCK)
def test_what_others_say_in_an_own_block_is_theirs(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (language, read(text))
    own = read(
        "Wir weisen darauf hin, dass unsere Inhalte nicht für KI-Training genutzt werden dürfen."
    )
    assert own.get("ai-train") == ("deny", ()), own


# The reader's own licence ("Any breach terminates your licence to use the Services") is no
# way to permission: the bans beside it stay absolute, no reuse is conditioned on it.
READERS_LICENCE = [
    ("en", "You may not scrape the Services. Any breach of this section terminates your licence to use the Services."),
    ("fr", "Vous ne pouvez pas aspirer les Services. Toute violation met fin à votre licence d'utilisation des Services."),
    ("ru", "Вы не можете собирать данные с Сервиса с помощью скрейпинга. Любое нарушение прекращает вашу лицензию на использование Сервиса."),
    ("de", "Sie dürfen die Dienste nicht scrapen. Jeder Verstoß beendet Ihre Lizenz zur Nutzung der Dienste."),
    ("es", "No puede extraer contenido de los Servicios mediante scraping. Cualquier incumplimiento pone fin a su licencia de uso."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), READERS_LICENCE)
def test_the_readers_own_licence_is_no_way_to_permission(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {"crawl": ("deny", ())}, (language, read(text))


# "We don't object to …" consents: a negated objection is a grant, where "We object to …"
# reserves.
NO_OBJECTION = [
    ("en", "We don't object to search engines indexing our news."),
    ("es", "No nos oponemos a que los buscadores indexen nuestras noticias."),
    ("fr", "Nous ne nous opposons pas à l'indexation par les moteurs de recherche."),
    ("de", "Der Indexierung durch Suchmaschinen widersprechen wir nicht."),
    ("ru", "Мы не возражаем против индексации поисковыми системами."),
]


@pytest.mark.parametrize(("language", "text"), NO_OBJECTION)
def test_no_objection_grants(read: Callable[..., Effects], language: str, text: str) -> None:
    assert read(text) == {"search": ("allow", ())}, (language, read(text))
    assert read("We object to text and data mining.").get("ai-train") == ("deny", ())


# An AI named right after one the makers made ("answers generated by ChatGPT or other AI
# tools") was named as a maker too: members' posts, no use of the page's content.
@pytest.mark.parametrize(
    "text",
    [
        "Do not post answers generated by ChatGPT or other AI tools.",
        "Не публикуйте ответы, сгенерированные ChatGPT или другими инструментами ИИ.",
    ],
)
def test_an_ai_joined_to_a_maker_is_one(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)
    kept = read("Do not use our articles to train ChatGPT or other AI tools.")
    assert kept.get("ai-train") == ("deny", ()), kept


def test_a_route_before_a_huge_word_is_read_in_linear_time(read: Callable[..., Effects]) -> None:
    """The number after a route is looked for with bounded repeats: a word of 200,000
    letters and digits after "licence" is read at once (an unbounded pattern took minutes)."""
    text = "Reproduction requires a licence " + "a1" * 100_000 + "."
    assert read(text).get("republish") == ("conditional", ("licence",))


# Italian infinitives with their object written onto them ("copiarlo", "usarli"), as pt
# "copiá-los": the act, wherever the clitic ends it.
@pytest.mark.parametrize(
    "text",
    [
        "Per favore non copiarlo sul tuo sito.",
        "Puoi condividerlo sui social, ma non copiarlo sul tuo sito.",
    ],
)
def test_an_italian_infinitive_with_its_clitic_is_the_act(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("republish") == ("deny", ()), read(text)


# A condition right beside a grant ("if you credit us", "kaynak gösterilmek şartıyla") is
# that grant's: a ban later in the sentence takes no way out from it.
GRANTS_CONDITION_BESIDE_A_BAN = [
    ("en", "You may share our articles if you credit us, but they may not be used to train AI."),
    ("en", "Provided you credit us, you may share our articles; however, AI training is prohibited."),
    ("tr", "Sitemizdeki yazılar kaynak gösterilmek şartıyla paylaşılabilir; ancak yapay zekâ modellerinin eğitiminde kullanılamaz."),
    ("ru", "Статьи можно распространять при условии ссылки на источник, но использовать их для обучения ИИ запрещено."),
    ("fr", "Vous pouvez partager nos articles si vous citez la source, mais leur utilisation pour entraîner une IA est interdite."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), GRANTS_CONDITION_BESIDE_A_BAN)
def test_a_grants_condition_is_no_way_out_of_a_ban_beside_it(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), (language, effects)
    assert effects.get("republish") == ("conditional", ("attribution",)), (language, effects)
    own = read("Copying is prohibited unless you credit us.")
    assert own.get("republish") == ("conditional", ("attribution",)), own


# The page's own named before a negated (or granted) use of AI, the AI right after the
# use, is who uses it as a tool ("Our photo desk never uses AI to alter news images"): no
# use of the content. Named after the predicate, or with an agent's word between the use
# and the AI ("used by AI tools"), it is what is used.
@pytest.mark.parametrize(
    "text",
    [
        "Our journalists do not use AI to write stories.",
        "Our reporters may use transcription software for interviews, and our photo desk"
        " never uses AI to alter news images.",
        "How we use AI\n\nWe do not publish articles generated by AI.",
    ],
)
def test_the_page_using_ai_as_a_tool_restricts_nothing(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text) == {}, read(text)


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("Do not use AI tools on our content.", "ai-input"),
        ("Our articles may not be used by AI tools to write summaries.", "ai-input"),
        ("Emme salli artikkeliemme käyttöä tekoälypohjaisten hakupalvelujen vastauksissa.", "ai-input"),
    ],
)  # fmt: skip
def test_the_pages_own_used_by_ai_stays_restricted(
    read: Callable[..., Effects], text: str, purpose: str
) -> None:
    assert read(text).get(purpose) == ("deny", ()), read(text)


# A duty only to comply ("Providers … must respect opt-outs from text and data mining") is
# others', law explained: its modal states nothing either. A licence to respect is still
# a condition, and a duty to respect the page's own reservation still restricts.
DUTIES_TO_COMPLY = [
    ("es", "Los proveedores de modelos de IA deberán respetar los derechos de autor y las reservas de minería de textos."),
    ("bg", "Доставчиците на модели с общо предназначение ще трябва да спазват авторското право и да уважават изрично изразените откази от извличане на текст и данни."),
    ("sv", "AI-förordningen kräver att leverantörer av AI-modeller för allmänna ändamål respekterar upphovsrättsinnehavares förbehåll mot text- och datautvinning."),
    ("nn", "Tilbydarar av generelle KI-modellar må respektere reservasjonar mot tekst- og datautvinning."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), DUTIES_TO_COMPLY)
def test_a_duty_only_to_comply_states_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (language, read(text))
    own = read("Los bots deben respetar nuestra reserva de minería de textos.")
    assert own.get("ai-train") == ("deny", ()), own
    licence = read("La reproducción debe respetar la licencia CC BY.")
    assert licence.get("republish") == ("conditional", ("attribution",)), licence


# A sentence opened by a quantified subject ("Many publishers prohibit …") in a block of
# the page's own voice states others' practice, not the page's rule; the page's own
# sentences beside it are read.
QUANTIFIED_IN_OWN_BLOCKS = [
    ("de", "Viele Verlage verbieten das KI-Training mit ihren Artikeln. Unsere Texte dürfen mit Link zitiert werden."),
    ("es", "Muchos medios prohíben el entrenamiento de IA con sus artículos. Nuestros textos pueden citarse con enlace."),
    ("ru", "Многие издания запрещают обучение ИИ на своих статьях. Наши тексты можно цитировать со ссылкой."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), QUANTIFIED_IN_OWN_BLOCKS)
def test_a_quantified_subject_in_an_own_block_is_others(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert "ai-train" not in effects, (language, effects)
    assert effects.get("republish", ("",))[0] == "conditional", (language, effects)
    assert read("Remember that many websites prohibit AI training, so check our terms too.") == {}
    # (a quantifier deep in the sentence counts no subject: "as many copies as")
    counted = read("Schools can print as many copies as they need, but AI training is prohibited.")
    assert counted.get("ai-train") == ("deny", ()), counted


# After a ban, an exception or condition that is a grant naming no act, way or other party
# is the page's permission: a way to it ("unless we permit it"). A law's permission is no
# way to the page's; a grant's own condition ("only if the examiner allows it") is none.
@pytest.mark.parametrize(
    "text",
    [
        "Copying is prohibited unless we permit it.",
        "Copying is prohibited unless permitted.",
        "La copie est interdite, sauf si nous l'autorisons.",
    ],
)
def test_unless_we_permit_is_a_way_to_permission(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("conditional", ("permission",)), read(text)
    by_law = read("AI training is prohibited unless the law permits it.")
    assert by_law.get("ai-train") == ("deny", ()), by_law


# A job ad's list of duties under "What you'll do:" is said in its lead-in's voice (the
# job ad's), none of the page's rules; a lead-in about others that states a rule itself
# ("Other websites may not:") still names whom the page's own ban binds.
JOB_DUTIES = [
    ("en", "What you'll do:\n• Monitor unauthorised scraping and republication of our journalism and issue takedown notices.\n• Negotiate licences with AI companies."),
    ("nl", "Wat ga je doen?\n• Je bewaakt ongeoorloofd hergebruik van onze artikelen.\n• Je onderhandelt over licenties voor AI-training."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), JOB_DUTIES)
def test_a_job_ads_duties_are_no_rules(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (language, read(text))
    own = read("Other websites may not:\n• copy our articles;\n• use our content to train AI.")
    assert own.get("republish") == ("deny", ()), own


# Others' works named as what members must not post ("imágenes de otros autores", "toisten
# kirjoittamia tekstejä", "texts written by others"): the members' rule, none on the page's.
OTHERS_WORKS = [
    ("en", "Do not copy texts written by others to the forum without permission."),
    ("es", "Está prohibido publicar imágenes de otros autores sin su permiso."),
    ("fi", "Älä kopioi toisten kirjoittamia tekstejä tai kuvia palstalle ilman lupaa."),
    ("de", "Bitte keine Fotos anderer Autoren ohne deren Erlaubnis hochladen."),
    ("fr", "Ne copiez pas les messages d'autres membres sans leur accord."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), OTHERS_WORKS)
def test_others_works_are_the_members_rule(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (language, read(text))
    own = read("La reproducción de nuestros artículos por parte de otros autores está prohibida.")
    assert own.get("republish") == ("deny", ()), own


# A story's closing block that names the page's © holder ("Los contenidos de Agro Hoy no
# pueden …" over "© Agro Hoy Comunicación") is the page's note at the article's end.
@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("Story.\n\n© Agro Hoy Comunicación\n", ["Agro Hoy"]),
        ("Copyright © 2019–2026 The Daily Post. All rights reserved.", ["The Daily"]),
        ("(c) 2024 Kantor Berita ANTARA", ["Kantor Berita"]),
        ("© 2026 | Privacy", []),
        ("copyright law says nothing of it", []),  # (no © nor year: no holder)
    ],
)
def test_copyright_holders_are_named_by_their_first_words(text: str, holders: list[str]) -> None:
    assert copyright_holders(text) == holders


STORY_WITH_A_HOLDERS_NOTE = """<html><head><title>Drought cuts the olive harvest – Agro Hoy</title></head>
<body><nav><a href="/">Agro Hoy</a></nav><article>
<h1>La sequía reduce un 30 % la cosecha de aceituna</h1>
<p>Las cooperativas de Jaén calculan que la campaña cerrará con un tercio menos de aceituna que el año pasado.</p>
<p>Los agricultores reclaman ayudas para el riego de apoyo y critican la lentitud de la administración.</p>
<p><small>Los contenidos de Agro Hoy no pueden ser utilizados por herramientas de inteligencia artificial, ni para entrenar modelos ni para generar respuestas a partir de ellos, sin un acuerdo de licencia con la editorial.</small></p>
</article><footer>© Agro Hoy Comunicación</footer></body></html>"""  # fmt: skip


def test_a_storys_closing_note_naming_the_holder_is_read() -> None:
    report = Checker.from_rules(purposes="all").check(
        Document(id="s", source="test", text=STORY_WITH_A_HOLDERS_NOTE, kind="html")
    )
    verdicts = {p.value: v.verdict.value for p, v in report.verdicts.items()}
    assert verdicts["ai-train"] == "conditional", verdicts
    assert verdicts["ai-input"] == "conditional", verdicts


# The page's own said to be no material for an AI use ("Our content is not for AI
# training", "kein Trainingsmaterial für KI"): a ban, with no verb of its own. A practice
# with its verb ("Wij gebruiken jouw documenten nooit om AI te trainen", "不用于训练") and
# AI named alone ("not for AI beginners") are none.
NOT_FOR_AI = [
    ("en", "Our content is not for AI training."),
    ("en", "My texts are not training material for AI."),
    ("de", "Meine Texte sind kein Trainingsmaterial für KI."),
    ("fr", "Nos articles ne sont pas des données d'entraînement pour l'IA."),
    ("es", "Nuestros textos no son material de entrenamiento para la IA."),
    ("bg", "Моите снимки не са за обучение на ИИ."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NOT_FOR_AI)
def test_not_for_ai_is_a_ban(read: Callable[..., Effects], language: str, text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (language, read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our course is not for AI beginners.",
        "Vi brukar ikkje opplysningane dine til å trene kunstig intelligens.",
        "Wij gebruiken jouw documenten nooit om AI-modellen te trainen.",
    ],
)
def test_not_for_ai_needs_the_pages_own_and_no_verb(
    read: Callable[..., Effects], text: str
) -> None:
    assert "ai-train" not in read(text), read(text)


def test_a_readers_noun_before_an_address_makes_no_sample(read: Callable[..., Effects]) -> None:
    """ "… auf euren Blog kopieren. Und liebe KI-Firmen: …": the reader's blog is where not
    to copy, in a sentence before the colon; the address after it is the page's own."""
    effects = read(
        "Bitte die Anleitungen nicht komplett auf euren Blog kopieren. Und liebe KI-Firmen:"
        " Meine Texte sind kein Trainingsmaterial für euch."
    )
    assert effects.get("ai-train") == ("deny", ()), effects


STORY_WITH_A_LICENCE_LINE = """<html><head><title>Campanha de vacinação ampliada</title></head>
<body><nav><a href="/">Agência Nacional</a></nav><article>
<h1>Campanha de vacinação contra a gripe é ampliada para toda a população</h1>
<p>O Ministério da Saúde anunciou nesta segunda-feira a ampliação da campanha de vacinação contra a influenza para todas as pessoas a partir de seis meses de idade.</p>
<p>As doses estão disponíveis nos postos de saúde.</p>
<p>Conteúdo publicado sob licença Creative Commons Atribuição 4.0. É permitida a reprodução, desde que citada a fonte.</p>
</article><footer>Agência Nacional de Notícias</footer></body></html>"""  # fmt: skip


def test_a_storys_closing_licence_line_is_read() -> None:
    """A story's closing block naming a licence is the page's line at the article's end."""
    report = Checker.from_rules(purposes="all").check(
        Document(id="s", source="test", text=STORY_WITH_A_LICENCE_LINE, kind="html")
    )
    verdict = report.verdicts[Purpose.REPUBLISH]
    assert verdict.verdict.value == "conditional", verdict
    assert "attribution" in verdict.conditions, verdict


# robots.txt rules shown on a page ("User-agent: GPTBot" / "Disallow: /" in a how-to) are
# code, an example; the lead-in that introduces them speaks of them, whatever ban words it
# holds ("Paste a block like this at the end of the file:").
def test_robots_rules_shown_on_a_page_are_an_example(read: Callable[..., Effects]) -> None:
    text = (
        "How to block AI crawlers\n\nThe simplest method is to edit your robots.txt. Paste a"
        " block like this at the end of the file:\n\nUser-agent: GPTBot\nDisallow: /\n\n"
        "User-agent: CCBot\nDisallow: /"
    )
    assert read(text) == {}, read(text)


# A template's blank ("[COMPANY]") marks the block as wording to fill in, not the page's.
def test_a_block_with_a_blank_to_fill_in_is_a_template(read: Callable[..., Effects]) -> None:
    text = (
        "7.1 All content on this website is owned by [COMPANY]. You may not reproduce it"
        " without our prior written consent."
    )
    assert read(text) == {}, read(text)
    filled = text.replace("[COMPANY]", "Harbour Media Ltd")
    assert read(filled).get("republish") == ("conditional", ("written-permission",)), read(filled)


# Wording recommended for someone's terms, quoted after a colon ("may write in the terms:
# „…”", "innføre følgende formulering i sine brukervilkår: «…»"): a sample, not the page's.
RECOMMENDED_WORDING = [
    ("pl", "W praktyce wydawca może napisać w regulaminie: „Zastrzegamy, że eksploracja tekstów i danych z naszych treści jest zabroniona”."),
    ("nb", "Forbundet ber medlemsmedier innføre følgende formulering i sine brukervilkår: «Innholdet kan ikke brukes til trening av kunstig intelligens uten avtale med utgiver.»"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), RECOMMENDED_WORDING)
def test_recommended_wording_is_a_sample(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text) == {}, (language, read(text))


# A bare use needed, with no way named, no one to ask and no grant ("Nước dùng phở cần ninh
# xương bò …", the broth needs simmering): no reuse asked for.
def test_a_bare_use_with_a_need_asks_nothing(read: Callable[..., Effects]) -> None:
    assert read("Nước dùng phở cần ninh xương bò ít nhất sáu tiếng, thêm quế và hồi.") == {}
    asked = read(
        "Wer etwas davon verwenden möchte, fragt bitte vorher per Mail nach – ich freue mich"
        " über jede Anfrage!"
    )
    assert asked.get("republish", ("",))[0] == "conditional", asked


# Sharing a link is no republication, in more languages ("jakaminen linkkinä", "分享链接").
@pytest.mark.parametrize(
    "text",
    ["Juttujen jakaminen linkkinä on sallittua.", "Ви можете поділитися посиланням на статтю."],
)
def test_sharing_a_link_grants_no_republication(read: Callable[..., Effects], text: str) -> None:
    assert "republish" not in read(text), read(text)


# The ways of crawling named as alternatives before an AI purpose are one means ("par des
# robots ou des outils automatisés à des fins d'entraînement"): no crawl ban of their own.
@pytest.mark.parametrize(
    "text",
    [
        "L'utilisation des contenus par des robots ou des outils automatisés à des fins"
        " d'entraînement de systèmes d'intelligence artificielle est strictement interdite.",
        "Using our content by robots or automated tools for the purpose of training AI"
        " systems is prohibited.",
    ],
)
def test_alternative_crawlers_bound_to_an_ai_purpose(
    read: Callable[..., Effects], text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), effects
    assert "crawl" not in effects, effects


# "To block AI crawlers, add …" opens a how-to: what follows is advice, none of the page's
# bans; fr "communiqué" alone names a press release, only "dans un communiqué" reports.
def test_a_how_to_opener_and_a_press_release(read: Callable[..., Effects]) -> None:
    assert read("To block AI crawlers, add the following lines to your robots.txt.") == {}
    kept = read("AI training is prohibited. To block AI crawlers we also use robots.txt.")
    assert kept.get("ai-train") == ("deny", ()), kept
    release = read("Communiqué et photos libres de droits : reproduction autorisée.")
    assert release.get("republish") == ("allow", ()), release
    assert read("Le syndicat a indiqué dans un communiqué que la reproduction est interdite.") == {}


# A way to permission told before a ban's sentence answers for what came before it: the ban
# after it stays absolute. Told after the ban, it is the ban's way to permission.
PROCEDURE_THEN_BAN = [
    ("en", "Want one of my photos for your site? Email me. And no, my photos may not be used to train AI."),
    ("de", "Wer ein Foto für seine Website möchte, schreibt mir eine Mail. Und nein, meine Bilder dürfen nicht für KI-Training genutzt werden."),
    ("ru", "Хотите фото для своего сайта? Напишите мне. Но использовать мои фотографии для обучения ИИ запрещено."),
    ("ja", "写真を使いたい方はご連絡ください。なお、当サイトの写真をAIの学習に利用することは禁止します。"),
]  # fmt: skip
BAN_THEN_PROCEDURE = [
    ("en", "My photos may not be copied to other sites. If you want one for your site, email me."),
    ("de", "Meine Bilder dürfen nicht kopiert werden. Wer ein Foto für seine Website möchte, schreibt mir eine Mail."),
    ("es", "Prohibida la copia de mis fotos. Si quieres usar una en tu web, escríbeme."),
    ("ru", "Копирование моих фотографий запрещено. Если хотите фото для своего сайта, напишите мне."),
    ("ja", "当サイトの写真の無断転載を禁止します。写真を使いたい方はご連絡ください。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PROCEDURE_THEN_BAN)
def test_a_way_told_before_a_ban_leaves_it_absolute(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), (language, read(text))


@pytest.mark.parametrize(("language", "text"), BAN_THEN_PROCEDURE)
def test_a_way_told_after_a_ban_is_its_way_to_permission(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("permission",)), (language, read(text))


# A first ban closed by its way to permission, then a comma, a coordinator and a clause with
# acts and a ban word of its own: the way is the first ban's alone. A way named before every
# act is the whole list's.
WAY_OF_THE_FIRST_BAN = [
    ("en", "Content may not be reproduced without permission, and using our articles to train AI is not allowed."),
    ("de", "Der Inhalt darf nicht ohne Genehmigung vervielfältigt werden, und die Nutzung unserer Artikel für KI-Training ist nicht erlaubt."),
    ("fr", "Le contenu ne peut être reproduit sans autorisation, et l'utilisation de nos articles pour entraîner l'IA n'est pas permise."),
    ("nb", "Innholdet kan ikke gjengis uten tillatelse, og det er ikke tillatt å bruke våre artikler til trening av kunstig intelligens."),
    ("ru", "Материалы нельзя копировать без разрешения редакции, и их нельзя использовать для обучения ИИ."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), WAY_OF_THE_FIRST_BAN)
def test_a_way_to_permission_closes_its_own_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("republish") == ("conditional", ("permission",)), (language, effects)
    assert effects.get("ai-train") == ("deny", ()), (language, effects)


@pytest.mark.parametrize(
    "text",
    [
        "A honlapon közzétett tartalmak a kiadó előzetes írásbeli engedélye nélkül nem"
        " másolhatók, és mesterséges intelligencia betanítására nem használhatók fel.",
        "Без письменного разрешения редакции материалы нельзя копировать и использовать для"
        " обучения ИИ.",
    ],
)
def test_a_way_named_before_every_act_is_the_lists(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("conditional", ("written-permission",)), read(text)


PERMIT_PAGE = (
    "<html><body><main><h1>{title}</h1><p>{ban}</p></main><footer>{footer}</footer></body></html>"
)


@pytest.mark.parametrize(
    ("title", "ban", "footer"),
    [
        (
            "Điều khoản sử dụng",
            "Nghiêm cấm sử dụng nội dung của báo để huấn luyện trí tuệ nhân tạo.",
            "© 2026 Báo Miền Tây. Giấy phép số 123/GP-BTTTT.",
        ),
        (
            "Условия использования",
            "Использование наших материалов для обучения ИИ запрещено.",
            "© 2026 Газета. Лицензия № 77-123.",
        ),
    ],
)
def test_a_licence_with_its_number_is_a_permit_not_a_way_to_ask(
    title: str, ban: str, footer: str
) -> None:
    """A footer's "Giấy phép số 123/GP-BTTTT" is the paper's press permit: the AI ban above
    it stays absolute. A footer saying how to get a licence is the ban's way to permission."""
    checker = Checker.from_rules(purposes="all")

    def ai_train(footer: str) -> tuple[str, list[str]]:
        page = PERMIT_PAGE.format(title=title, ban=ban, footer=footer)
        verdict = checker.check(Document(id="p", source="t", text=page, kind="html")).verdicts[
            Purpose.AI_TRAIN
        ]
        return verdict.verdict.value, list(verdict.conditions)

    assert ai_train(footer) == ("deny", [])
    assert ai_train("For a licence, contact licensing@example.test.")[0] == "conditional"


# A need right after the pronoun it addresses, with no way to permission, is what the reader
# must do (a job ad's "Du skal bygge værktøjer, der crawler …"), no use of the page's asked
# for; with a way named, it is the condition of a reuse.
@pytest.mark.parametrize(
    "text",
    [
        "Du skal bygge værktøjer, der crawler offentlige dokumenter og træner små sprogmodeller.",
        "Du skal utvikle verktøy som crawler offentlige dokumenter og trener språkmodeller.",
        "Вы должны разрабатывать инструменты, которые собирают открытые документы и обучают"
        " языковые модели.",
    ],
)
def test_a_duty_of_the_reader_asks_nothing(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("Du skal kreditere os, når du genudgiver vores artikler.", "attribution"),
        ("Вы должны указывать источник при перепечатке наших материалов.", "attribution"),
        (
            "Du skal have skriftlig tilladelse for at genudgive vores artikler.",
            "written-permission",
        ),
    ],
)
def test_a_duty_naming_a_way_is_a_condition(
    read: Callable[..., Effects], text: str, route: str
) -> None:
    assert read(text).get("republish") == ("conditional", (route,)), read(text)


# "Except as expressly permitted, you will not …": permissions given elsewhere, none granted
# here (it lends no grant to the list's last item); an exception inside one item of the
# list ("other than our API;") ends at that item's ";".
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Except as expressly permitted, you will not (a) copy our articles; (b) access the site by bots other than our API; (c) use the site to build a competing product, including by using it as training data for an AI model."),
        ("de", "Sofern nicht ausdrücklich gestattet, dürfen Sie (a) unsere Artikel nicht kopieren; (b) die Website nicht mit Bots außer unserer API abrufen; (c) die Website nicht für ein Konkurrenzprodukt nutzen, einschließlich der Nutzung als Trainingsdaten für KI-Modelle."),
    ],
)  # fmt: skip
def test_except_as_permitted_grants_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("ai-train") == ("deny", ()), (language, effects)
    assert effects.get("crawl") == ("deny", ()), (language, effects)


REUSE_PAGE = """<html><body><main><h1>Reuse our reporting</h1>
<p>We would like our journalism to be read as widely as possible, so you are free to republish most of it. Please follow these rules:</p>
<ul><li>Credit the author and the newsroom.</li><li>Include a link back to the original story on our site.</li><li>Do not edit the text.</li></ul>
<p>Photographs are not covered unless the caption says otherwise; please ask us before using one.</p>
</main><footer>© 2026 Harbour Report</footer></body></html>"""  # fmt: skip


def test_a_paragraph_leading_a_list_is_the_pages_first_prose() -> None:
    """The grant's lead-in is the page's first prose, in its own voice: a later "unless the
    caption says otherwise" makes no news story of the page, and the list's "Do not edit"
    is a condition of the grant."""
    report = Checker.from_rules(purposes="all").check(
        Document(id="r", source="test", text=REUSE_PAGE, kind="html")
    )
    assert report.verdicts[Purpose.REPUBLISH].verdict.value == "conditional"


# A clause after a grant's ";" that only asks a condition of reuse is the grant's condition.
CONDITION_BESIDE_GRANT = [
    ("en", "You may republish my posts; just include a link back to the original post."),
    ("de", "Ihr dürft meine Texte übernehmen; bitte mit Namensnennung."),
    ("es", "Puedes reproducir mis textos; eso sí, con un enlace al original."),
    ("tr", "Yazılarımı paylaşabilirsiniz; tek ricam blogun linkini vermeniz."),
    ("ru", "Вы можете перепечатывать мои тексты; только укажите ссылку на источник."),
]


@pytest.mark.parametrize(("language", "text"), CONDITION_BESIDE_GRANT)
def test_a_condition_after_the_grants_semicolon_is_its_condition(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("attribution",)), (language, read(text))


# Purposes named after "for example" are examples of a general ban: the scraping stays
# banned in itself ("bijvoorbeeld voor … het trainen van AI-modellen" binds no means).
SCRAPING_WITH_EXAMPLES = [
    ("en", "Automated scraping of our site, for example for price comparison or for training AI models, is not allowed."),
    ("nl", "Het geautomatiseerd uitlezen van onze website (scrapen), bijvoorbeeld voor prijsvergelijking of voor het trainen van AI-modellen, is niet toegestaan."),
    ("de", "Das automatisierte Auslesen unserer Website, zum Beispiel für Preisvergleiche oder für das Training von KI-Modellen, ist nicht gestattet."),
    ("fr", "L'extraction automatisée de notre site, par exemple pour comparer des prix ou pour entraîner des modèles d'IA, est interdite."),
    ("es", "La extracción automatizada de nuestro sitio, por ejemplo para comparar precios o para entrenar modelos de IA, está prohibida."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SCRAPING_WITH_EXAMPLES)
def test_purposes_given_as_examples_leave_the_scraping_ban(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    effects = read(text)
    assert effects.get("crawl") == ("deny", ()), (language, effects)
    assert effects.get("ai-train") == ("deny", ()), (language, effects)


# "Si vous voulez reprendre une recette, demandez-moi d'abord": a way to permission, and
# the page's own voice, in the reader's imperative.
@pytest.mark.parametrize(
    "text",
    [
        "Si vous voulez reprendre une recette sur votre site, demandez-moi d'abord par mail.",
        "Si quieres usar una de mis fotos en tu web, pregúntame antes.",
        "Wer etwas übernehmen möchte, schreibt mir vorher kurz eine Mail.",
    ],
)
def test_ask_me_first_is_a_way_to_permission(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("conditional", ("permission",)), read(text)


# "লিখিত অনুমতি ছাড়া" (without written permission, the postposition last): a condition of
# every act of the clause, not an attribute of the act right after it.
@pytest.mark.parametrize(
    "text",
    [
        "এই ওয়েবসাইটের কোনো লেখা প্রকাশকের লিখিত অনুমতি ছাড়া পুনঃপ্রকাশ কিংবা কৃত্রিম বুদ্ধিমত্তা"
        " মডেল প্রশিক্ষণে ব্যবহার করা যাবে না।",
        "इस वेबसाइट की सामग्री को लिखित अनुमति के बिना पुनः प्रकाशित करना या एआई मॉडल के प्रशिक्षण"
        " में उपयोग करना वर्जित है।",
    ],
)
def test_a_route_closed_by_a_postposed_without_holds_for_every_act(
    read: Callable[..., Effects], text: str
) -> None:
    effects = read(text)
    for purpose in ("republish", "ai-train"):
        assert effects.get(purpose) == ("conditional", ("written-permission",)), effects


def test_possible_only_after_buying_a_licence_is_a_licence_route(
    read: Callable[..., Effects],
) -> None:
    effects = read(
        "Sve fotografije u našoj bazi moguće je koristiti isključivo nakon kupnje licence."
    )
    assert effects.get("republish") == ("conditional", ("licence",)), effects


# Not banned on a condition of reuse is allowed on it (litotes).
@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("Using our photos on your blog is not prohibited, as long as you credit us.", "republish"),
        ("Auch eine Nutzung für das Training von KI-Modellen ist nicht untersagt, solange die Quelle genannt wird.", "ai-train"),
        ("Non è vietato riprodurre i nostri articoli, purché si citi la fonte.", "republish"),
    ],
)  # fmt: skip
def test_not_banned_on_a_condition_is_a_grant_on_it(
    read: Callable[..., Effects], text: str, purpose: str
) -> None:
    assert read(text).get(purpose) == ("conditional", ("attribution",)), read(text)


# "– gleich ob zum Training oder … –": an aside opened by a word and "whether" is no
# embedded question; the sentence around it states its rule.
@pytest.mark.parametrize(
    "text",
    [
        "Anbietern von KI-Diensten ist die Verwendung der Forenbeiträge – gleich ob zum Training oder zur Beantwortung von Nutzeranfragen – nur auf Grundlage eines Lizenzvertrags gestattet.",
        "Die Nutzung unserer Texte – egal ob für KI-Training oder für KI-Antworten – ist nur mit Lizenz gestattet.",
    ],
)  # fmt: skip
def test_a_whether_aside_after_a_word_is_no_question(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("ai-train") == ("conditional", ("licence",)), read(text)


# A story's lede in a script without spaces is prose at 30 characters (a character says
# more): the headline above it tells the story. A page whose first prose speaks as a
# statute is an explainer, told as a story is.
STORY_WITH_A_SHORT_CJK_LEDE = """<html><body><article><h1>某视频平台更新协议：禁止AI公司抓取内容</h1>
<p>该平台在新版用户协议中写道："未经平台许可，任何人不得抓取本平台内容用于训练人工智能模型。"</p>
<p>业内人士认为，这一做法可能被更多平台效仿。</p></article><footer>© 城市晚报</footer></body></html>"""  # fmt: skip
STATUTE_EXPLAINER = """<html><body><article><h1>解説：AI学習と著作権法30条の4</h1>
<p>著作権法30条の4は、情報解析のための利用を原則として権利者の許諾なく認めています。</p>
<p>文化庁の考え方では、robots.txtなどでAI学習用のクロールを拒否する措置が取られている場合、その事実が判断に影響しうるとされています。</p>
<p>本記事は一般的な情報提供を目的とするもので、法的助言ではありません。</p></article></body></html>"""  # fmt: skip


@pytest.mark.parametrize("page", [STORY_WITH_A_SHORT_CJK_LEDE, STATUTE_EXPLAINER])
def test_a_story_or_an_explainer_states_nothing_of_the_pages(page: str) -> None:
    report = Checker.from_rules(purposes="all").check(
        Document(id="s", source="test", text=page, kind="html")
    )
    assert all(v.verdict.value == "unknown" for v in report.verdicts.values()), report.verdicts


# A sentence the law's name opens, with no word of the page's own, says what the law says;
# with one ("chúng tôi", we) it is the page's rule citing the law.
@pytest.mark.parametrize(
    "text",
    [
        "Theo Luật Sở hữu trí tuệ, việc sao chép toàn bộ bài báo phải xin phép tác giả.",
        "Según la Ley de Propiedad Intelectual, la reproducción de artículos requiere la"
        " autorización del autor.",
    ],
)
def test_a_sentence_the_laws_name_opens_is_the_laws(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text) == {}, read(text)


def test_a_sentence_citing_the_law_in_the_pages_voice_is_its_rule(
    read: Callable[..., Effects],
) -> None:
    effects = read(
        "Theo Luật Sở hữu trí tuệ, chúng tôi nghiêm cấm sao chép bài báo khi chưa xin phép."
    )
    assert effects.get("republish") == ("conditional", ("permission",)), effects


# "at no cost", "sin costo": a price, no negation of the grant.
@pytest.mark.parametrize(
    "text",
    [
        "That means you can republish them, online or in print, at no cost, provided that you credit us.",
        "Puedes republicar nuestras notas sin costo, siempre que cites la fuente.",
    ],
)  # fmt: skip
def test_free_of_charge_negates_no_grant(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("conditional", ("attribution",)), read(text)


# "You do not need to ask us": a need negated asks for nothing (no route of the grant).
@pytest.mark.parametrize(
    "text",
    [
        "You may republish our stories. You do not need to ask us and you do not need to credit us.",
        "You may republish our stories; there is no need to ask us.",
    ],
)  # fmt: skip
def test_a_need_negated_waives_the_way(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("allow", ()), read(text)


# Bots as members of a forum ("bot accounts", "som brukere", "akaun bot") are no crawling.
@pytest.mark.parametrize(
    "text",
    [
        "• No bots or automated posting accounts.",
        "Reklame og roboter er ikke tillatt som brukere.",
        "Akaun bot akan disekat.",
    ],
)
def test_bots_as_members_are_no_crawling(read: Callable[..., Effects], text: str) -> None:
    assert "crawl" not in read(text), read(text)


def test_pasting_into_ai_tools_is_ai_input(read: Callable[..., Effects]) -> None:
    """ "don't paste our articles into AI tools": what the tool is given, an AI input."""
    effects = read(
        "Please don't scrape the site, and don't paste our articles into AI tools or let them"
        " be used as training material."
    )
    assert effects.get("ai-input") == ("deny", ()), effects
    assert effects.get("ai-train") == ("deny", ()), effects


# A discussion word inside a quoted company name ("SIA “Ziņu Mediji”") names the publisher;
# "on other sites" written with a case ending ("სხვა საიტებზე") is a place.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jebkādu materiālu pārpublicēšana un izmantošana bez SIA “Ziņu Mediji” rakstiskas"
            " atļaujas ir aizliegta.",
            ("conditional", ("written-permission",)),
        ),
        (
            "ბლოგის ტექსტებისა და ფოტოების კოპირება და სხვა საიტებზე გამოქვეყნება აკრძალულია.",
            ("deny", ()),
        ),
    ],
)
def test_a_quoted_name_and_a_place_are_no_one_else(
    read: Callable[..., Effects], text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert read(text).get("republish") == expected, read(text)


LIVE_BLOG_WITH_A_WIRE_CREDIT = """<html><body><main><h1>Live: floods close the coast road</h1>
<div><p>The council says the coast road will stay closed until the evening after the river burst its banks near the bridge.</p></div>
<div><p>Engineers expect the water to fall overnight, a spokeswoman for the council said.</p>
<p>Copyright 2026 Harbour Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></div>
<div><p>Police said two drivers had to be rescued from their cars on the lower road before dawn.</p></div>
<div><p>The weather service said more rain is expected in the hills on Thursday and Friday.</p></div>
<div><p>Schools in the valley will open as normal tomorrow, the education office said.</p></div>
</main><footer>Harbour Gazette</footer></body></html>"""  # fmt: skip


def test_a_wire_credit_line_inside_a_story_is_read() -> None:
    """A block opening with its © line is a credit line wherever it stands in a story: its
    ban is the content's ("This material may not be published, … or redistributed")."""
    report = Checker.from_rules(purposes="all").check(
        Document(id="l", source="test", text=LIVE_BLOG_WITH_A_WIRE_CREDIT, kind="html")
    )
    assert report.verdicts[Purpose.REPUBLISH].verdict.value == "deny"


STORY_WITH_AN_AGENCY_NOTE = """<html><body><article><h1>Bahnstreik: Pendler müssen umplanen</h1>
<p>Leipzig (ndp) - Die Gewerkschaft hat für Donnerstag zu einem Streik im Regionalverkehr aufgerufen, teilte ein Sprecher am Morgen mit.</p>
<p>Die Bahn nannte den Ausstand unverhältnismäßig und kündigte einen Notfahrplan an.</p>
<p>Quelle: ndp. © ndp, alle Rechte vorbehalten. Weiterverbreitung nur mit vorheriger Genehmigung von ndp.</p>
</article><footer>Stadtbote Online</footer></body></html>"""  # fmt: skip


def test_a_short_holder_named_in_a_storys_closing_note() -> None:
    """ "© ndp" names the holder in three letters: the closing note naming it is the page's
    (found as whole words, not inside "Endpunkt")."""
    report = Checker.from_rules(purposes="all").check(
        Document(id="a", source="test", text=STORY_WITH_AN_AGENCY_NOTE, kind="html")
    )
    verdict = report.verdicts[Purpose.REPUBLISH]
    assert verdict.verdict.value == "conditional", verdict


# A bare use granted is a reuse once the next sentence asks credit of it.
@pytest.mark.parametrize(
    "text",
    [
        "Pressemeldingen og bildene kan fritt brukes i redaksjonell omtale. Husk å kreditere fotografen.",
        "The photos in this press kit may be used freely. Please credit the photographer.",
    ],
)  # fmt: skip
def test_a_bare_use_granted_then_credit_asked_is_a_reuse(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("republish") == ("conditional", ("attribution",)), read(text)


def test_go_ahead_and_use_is_a_grant(read: Callable[..., Effects]) -> None:
    effects = read(
        "Go ahead and use anything I've written here to train AI models or to answer questions"
        " in AI tools."
    )
    assert effects.get("ai-train") == ("allow", ()), effects
    assert effects.get("ai-input") == ("allow", ()), effects


# A sample after "rečenice poput:" (sentences like) and another's rule after "ez áll:" (it
# reads) are no rule of the page's.
@pytest.mark.parametrize(
    "text",
    [
        "Uredništva stoga na svoje stranice dodaju rečenice poput: „Zabranjeno je korištenje sadržaja za rudarenje teksta i podataka.“",
        "Az egyik kiadó felhasználási feltételeiben ez áll: „A tartalmak mesterséges intelligencia tanítására történő felhasználása tilos.”",
    ],
)  # fmt: skip
def test_a_sample_or_anothers_rule_after_its_lead_in(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text) == {}, read(text)


# A heading on the use of another object ("Zásady používania súborov cookies") lends the
# blocks under it no use of the content; one on the use of the page's articles does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zásady používania súborov cookies\n\nSúhlas môžete kedykoľvek odvolať.\n", {}),
        ("How you may use our articles\n\nYou may republish them with a link.\n", {"republish": ("conditional", ("attribution",))}),
    ],
)  # fmt: skip
def test_a_heading_on_another_object_lends_no_use(
    read: Callable[..., Effects], text: str, expected: Effects
) -> None:
    assert read(text) == expected, read(text)


def test_ro_iar_opens_a_second_ban(read: Callable[..., Effects]) -> None:
    """ "…, iar utilizarea … este interzisă": Romanian "iar" coordinates a second ban, which
    takes no way to permission from the first."""
    effects = read(
        "Conținutul nu poate fi reprodus fără acordul scris al redacției, iar utilizarea"
        " articolelor noastre pentru antrenarea inteligenței artificiale este interzisă."
    )
    assert effects.get("republish") == ("conditional", ("written-permission",)), effects
    assert effects.get("ai-train") == ("deny", ()), effects


# Quoting named with its conditions beside a ban of another use is what quoting takes, no
# way to permission for that ban; beside a ban on copying it is the ban's rest.
@pytest.mark.parametrize(
    "text",
    [
        "Ti chiediamo di non usare i nostri testi per addestrare modelli di IA; per citazioni brevi basta indicare la fonte.",
        "Please don't use our texts to train AI models; for short quotes, a credit and a link are enough.",
    ],
)  # fmt: skip
def test_quoting_beside_an_ai_ban_leaves_it_absolute(
    read: Callable[..., Effects], text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


def test_quoting_beside_a_copying_ban_is_its_rest(read: Callable[..., Effects]) -> None:
    effects = read("Do not copy our articles; short quotes with a link are fine.")
    assert effects.get("republish") == ("conditional", ("attribution", "excerpt-limit")), effects


# A list item that asks only a condition of reuse under a lead-in granting the reuse is the
# grant's condition ("…次の条件に従って、…自由に利用できます" / "・出典を記載してください").
@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        ("当サイトの文章は、次の条件に従って、自由に複製できます。\n・出典を記載してください。", ("attribution",)),
        ("You may republish our articles on the following conditions:\n- credit the author;\n- link to the original.", ("attribution",)),
        ("Unsere Artikel dürfen unter folgenden Bedingungen frei übernommen werden:\n- Nennung der Quelle\n- ein Link zum Original", ("attribution",)),
        ("Vous pouvez reproduire nos articles aux conditions suivantes :\n- citer la source ;\n- ajouter un lien vers l'article.", ("attribution",)),
        ("Материалы сайта можно свободно перепечатывать при соблюдении условий:\n- указание источника;\n- активная ссылка на сайт.", ("attribution",)),
    ],
)  # fmt: skip
def test_conditions_listed_under_a_grant_are_its_conditions(
    read: Callable[..., Effects], text: str, conditions: tuple[str, ...]
) -> None:
    assert read(text).get("republish") == ("conditional", conditions), read(text)


# A heading that teaches or tells of others ("How to …", "So blockieren Sie …") lends the
# paragraphs under it no use: "A reservation should be clear" there reserves nothing.
@pytest.mark.parametrize(
    "text",
    [
        "How to opt out of AI training\n\nA reservation should be clear and machine-readable.",
        "So blockieren Sie KI-Crawler\n\nEin Vorbehalt sollte klar und maschinenlesbar sein.",
        "Jak zablokować boty AI\n\nZastrzeżenie powinno być jasne i czytelne maszynowo.",
        "Cómo bloquear los rastreadores de IA\n\nUna reserva debe ser clara y legible por máquina.",
        "Как заблокировать ИИ-краулеры\n\nЗапрет должен быть ясным и машиночитаемым.",
    ],
)  # fmt: skip
def test_a_how_to_heading_lends_no_use(read: Callable[..., Effects], text: str) -> None:
    assert read(text) == {}, read(text)


# A use granted with a second grant word beside it ("må frit bruges", "можно свободно
# использовать") is a reuse granted; a bare "may use" still grants nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Pressemeddelelsen og billederne må frit bruges af medierne.",
        "Tekstane kan du bruke fritt, også i kommersielle samanhengar.",
        "Материалы сайта можно свободно использовать.",
        "Zdjęcia można swobodnie wykorzystywać w mediach.",
        "Fotografie môžete voľne používať v médiách.",
        "本サイトの写真は自由に利用できます。",
    ],
)  # fmt: skip
def test_a_use_granted_freely_is_a_reuse(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("republish") == ("allow", ()), read(text)


def test_a_bare_use_granted_once_grants_nothing(read: Callable[..., Effects]) -> None:
    assert read("Readers may use the comment section to discuss our articles.") == {}


# A way to permission named before every act is the list's ("… izin alınmadan çoğaltılamaz,
# yayımlanamaz"), but a ban after the comma that turns to AI is a ban of its own.
@pytest.mark.parametrize(
    ("text", "republish"),
    [
        ("Kaynak gösterilmeden ve izin alınmadan kısmen veya tamamen kullanılamaz, yapay zekâ modellerinin eğitiminde kullanılamaz.", ("attribution", "permission")),
        ("Bez písemného souhlasu je kopírování zakázáno, trénování umělé inteligence je zakázáno.", ("written-permission",)),
    ],
)  # fmt: skip
def test_a_later_ban_turning_to_ai_keeps_no_shared_way(
    read: Callable[..., Effects], text: str, republish: tuple[str, ...]
) -> None:
    effects = read(text)
    assert effects.get("republish") == ("conditional", republish), effects
    assert effects.get("ai-train") == ("deny", ()), effects


def test_a_way_before_every_act_stays_the_lists(read: Callable[..., Effects]) -> None:
    effects = read("Yazılı izin alınmadan çoğaltılamaz, yayımlanamaz.")
    assert effects == {"republish": ("conditional", ("written-permission",))}, effects


# Asked politely, a pronoun stands for the speaker's object: "Bitte verwendet sie nicht …"
# bans the use as "Bitte verwendet meine Fotos nicht …" does.
@pytest.mark.parametrize(
    "text",
    [
        "Meine Fotos sind hier. Bitte verwendet sie nicht für KI-Training.",
        "Mijn foto's staan hier. Alsjeblieft, gebruik ze niet voor AI-training.",
        "Mina bilder finns här. Snälla, använd dem inte för AI-träning.",
        "Mine billeder er her. Venligst brug dem ikke til AI-træning.",
    ],
)  # fmt: skip
def test_a_polite_ban_on_a_pronoun_is_the_speakers(read: Callable[..., Effects], text: str) -> None:
    assert read(text).get("ai-train") == ("deny", ()), read(text)


# A one-letter coordinator written onto its word after a comma ("…, וחל איסור …") opens a
# second ban as a coordinator word does: the first ban's way to permission stays its own.
@pytest.mark.parametrize(
    "text",
    [
        "אין להעתיק את התכנים באתר ללא אישור בכתב, וחל איסור להשתמש בהם לאימון בינה מלאכותית.",
        "يُمنع نسخ المحتوى دون إذن كتابي، ويُمنع استخدامه لتدريب الذكاء الاصطناعي.",
    ],
)  # fmt: skip
def test_a_coordinator_written_onto_its_word_opens_a_second_ban(
    read: Callable[..., Effects], text: str
) -> None:
    effects = read(text)
    assert effects.get("republish") == ("conditional", ("written-permission",)), effects
    assert effects.get("ai-train") == ("deny", ()), effects
