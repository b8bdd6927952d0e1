"""Segmentation: blocks, headings, lead-ins and list items; sentences that abbreviations,
numbers, domains and URLs do not end; robots.txt comment runs; offsets into the original."""

from __future__ import annotations

from compliance.notices.segment import segment, sentences


def _texts(text: str, kind: str = "text") -> list[tuple[str, str]]:
    return [(b.role, text[b.start : b.end]) for b in segment(text, kind)]


def test_heading_lead_in_and_items() -> None:
    text = "AI policy\nYou may not:\n- scrape the site\n- copy articles\n\nA closing paragraph."
    blocks = segment(text, "text")
    roles = [b.role for b in blocks]
    assert roles == ["heading", "lead-in", "item", "item", "paragraph"]
    assert blocks[2].lead_in == 1 and blocks[3].lead_in == 1
    assert all(b.heading == 0 for b in blocks[1:])


def test_numbered_section_title_is_a_heading() -> None:
    text = "3. Prohibited uses\nScraping the site for training is not allowed."
    assert [r for r, _ in _texts(text)] == ["heading", "paragraph"]


def test_hard_wrapped_paragraph_stays_one_block() -> None:
    text = (
        "Reproduction of any article published on this website in any form or medium is\n"
        "prohibited without the written permission of the editor in chief of the paper.\n"
    )
    assert len(segment(text, "text")) == 1


def test_html_text_has_one_block_per_line() -> None:
    assert len(segment("First element text\nSecond element text", "html")) == 2


def test_a_line_break_after_thai_or_lao_ends_the_block() -> None:
    """Thai and Lao end sentences with no mark: their long lines are paragraphs, not wraps
    (a grant to quote and an AI clause on separate lines stay apart)."""
    thai = (
        "อนุญาตให้อ้างอิงเนื้อหาบางส่วนของเว็บไซต์ได้ โดยต้องระบุแหล่งที่มาทุกครั้งอย่างชัดเจน\n"
        "การนำเนื้อหาไปใช้ฝึกระบบปัญญาประดิษฐ์ต้องได้รับอนุญาตเป็นลายลักษณ์อักษรจากบรรณาธิการ"
    )
    lao = (
        "ອະນຸຍາດໃຫ້ອ້າງອີງເນື້ອຫາບາງສ່ວນໄດ້ ໂດຍຕ້ອງລະບຸແຫຼ່ງທີ່ມາທຸກຄັ້ງຢ່າງຊັດເຈນແລະຖືກຕ້ອງ\n"
        "ການນຳເນື້ອຫາໄປໃຊ້ຝຶກລະບົບປັນຍາປະດິດຕ້ອງໄດ້ຮັບອະນຸຍາດເປັນລາຍລັກອັກສອນຈາກບັນນາທິການ"
    )
    for text in (thai, lao):
        assert len(segment(text, "html")) == 2
    wrapped = "The quick brown fox jumps over the lazy dog and keeps on running past\nthe farm."
    assert len(segment(wrapped, "html")) == 1


def test_sentences_do_not_end_at_abbreviations_numbers_or_domains() -> None:
    text = "Use e.g. for training is banned under Art. 4. See example.com for terms. Next one."
    found = [
        text[s.start : s.end] for s in sentences(text, 0, len(text), frozenset({"e.g.", "art."}))
    ]
    assert found == [
        "Use e.g. for training is banned under Art. 4. See example.com for terms.",
        "Next one.",
    ] or found == [
        "Use e.g. for training is banned under Art. 4.",
        "See example.com for terms.",
        "Next one.",
    ]
    assert "e.g." in found[0] and "example.com" in " ".join(found)


def test_an_abbreviation_after_an_elided_article_ends_no_sentence() -> None:
    text = "Ai sensi dell'art. 70-quater della legge, l'editore si riserva l'estrazione. Fine."
    found = [text[s.start : s.end] for s in sentences(text, 0, len(text), frozenset({"art."}))]
    assert found == [text[: text.index(" Fine")], "Fine."]


def test_an_abbreviation_after_an_opening_bracket_ends_no_sentence() -> None:
    text = "Le Code (art. L.122-5-3) autorise la fouille [vgl. Art. 4] sauf opposition. Fin."
    abbreviations = frozenset({"art.", "vgl."})
    found = [text[s.start : s.end] for s in sentences(text, 0, len(text), abbreviations)]
    assert found == [text[: text.index(" Fin")], "Fin."]


def test_cjk_full_stops_end_sentences() -> None:
    text = "本サイトの転載を禁じます。AIの学習も禁止します。"
    assert len(list(sentences(text, 0, len(text)))) == 2


def test_robots_comments_drop_commented_rules_and_markup() -> None:
    comments = (
        "robots.txt for example.com\n"
        "User-agent: *\n"
        "Disallow: /private\n"
        "\n"
        "The use of robots to access this site without permission is prohibited.\n"
        "<div class='x'>not prose</div>\n"
    )
    blocks = segment(comments, "robots")
    texts = [comments[b.start : b.end] for b in blocks]
    assert texts[0] == "robots.txt for example.com"
    assert any("without permission" in t for t in texts)
    assert not any("Disallow" in t or "<div" in t for t in texts)


def test_offsets_point_into_the_original_text() -> None:
    text = "  Intro line that is long enough to be prose, with words.\n\n  Second paragraph here."
    for block in segment(text, "text"):
        assert text[block.start : block.end].strip() == text[block.start : block.end]


def test_robots_change_log_and_section_markers_are_no_prose() -> None:
    comments = (
        "# 2024-03-18 ab: blocked GPTBot\n"
        "# 12.05.2025 removed the CCBot block\n"
        "# BEGIN managed AI crawler block\n"
        "# END managed AI crawler block\n"
        "# No AI training without a licence.\n"
    )
    texts = [comments[b.start : b.end] for b in segment(comments, "robots")]
    assert texts == ["# No AI training without a licence."]


def test_robots_comment_lines_end_where_plain_text_lines_would() -> None:
    comments = (
        "# Harbour Light Press\n"
        "# No AI training without a licence; enquiries to our rights desk.\n"
        "# Search engines are welcome.\n"
        "# Crawlers that respect this file may index our pages, but copying articles\n"
        "# for republication needs written permission.\n"
        "# 未经本站书面授权，任何机构不得将本站内容用于人工智能模型训练，\n"
        "# 亦不得用于AI搜索问答。\n"
    )
    texts = [comments[b.start : b.end].replace("# ", "") for b in segment(comments, "robots")]
    assert texts[:3] == [
        "Harbour Light Press",
        "No AI training without a licence; enquiries to our rights desk.",
        "Search engines are welcome.",
    ]
    # a sentence wrapped over two lines, and a line ending with a comma, go on
    assert texts[3].endswith("needs written permission.") and texts[4].endswith("AI搜索问答。")


def test_georgian_sentences_open_in_lower_case() -> None:
    text = "გამოყენება დასაშვებია მხოლოდ წყაროს მითითებით. აკრძალულია მასალების კოპირება."
    assert len(list(sentences(text, 0, len(text)))) == 2
    # ... and a short Georgian line over a paragraph is a heading
    page = "აკრძალული ქმედებები\nმომხმარებელს ეკრძალება მასალების კოპირება და გავრცელება."
    assert [b.role for b in segment(page, "text")] == ["heading", "paragraph"]


def test_a_paragraph_numbered_1_over_items_numbered_otherwise_leads_them_in() -> None:
    text = (
        "제9조(금지행위)\n"
        "① 이용자는 회사의 사전 서면 동의 없이 다음 각 호의 행위를 하여서는 아니 된다.\n"
        "1. 콘텐츠를 복제하는 행위\n"
        "2. 콘텐츠를 수집하는 행위\n"
        "② 제1항을 위반한 경우 회사는 법적 조치를 취할 수 있다.\n"
    )
    blocks = segment(text, "text")
    assert [b.lead_in for b in blocks] == [None, None, 1, 1, None]


def test_items_indented_under_an_item_are_its_sub_items() -> None:
    text = (
        "Användarvillkor\n"
        "3. Du får använda recepten för privat bruk.\n"
        "4. Du får inte\n"
        "   a) kopiera recepttexter till andra webbplatser,\n"
        "   b) samla in innehåll med automatiska verktyg.\n"
        "5. Du får dela länkar.\n"
    )
    blocks = segment(text, "text")
    assert [b.role for b in blocks] == ["heading", "item", "item", "item", "item", "item"]
    assert [b.lead_in for b in blocks] == [None, None, None, 2, 2, None]


def test_sub_numbered_provisions_are_items() -> None:
    text = "Prohibited uses\n2.1 Redistribute the articles.\n2.2 Train AI models on them.\n"
    blocks = segment(text, "text")
    assert [b.role for b in blocks] == ["heading", "item", "item"]


def test_a_menu_line_under_a_list_item_is_a_block_of_its_own() -> None:
    # "About us | Contact | Privacy policy" had joined the last item and its "privacy"
    # cancelled the item's AI ban.
    text = (
        "The following is prohibited:\n- copying articles without permission;\n"
        "- Using material to train artificial intelligence models\n"
        "About us | Contact | Privacy policy"
    )
    blocks = _texts(text)
    assert blocks[2] == ("item", "- Using material to train artificial intelligence models")
    assert blocks[3][1] == "About us | Contact | Privacy policy"


def test_roman_numerals_with_a_dash_or_bracket_number_items() -> None:
    text = (
        "É vedado ao usuário:\n"
        "I – copiar anúncios;\n"
        "II – utilizar robôs;\n"
        "III – treinar modelos de IA.\n"
        "iv) a further item\n"
        "Imagine a line opening with a capital I.\n"
    )
    blocks = segment(text, "text")
    assert [b.lead_in for b in blocks] == [None, 0, 0, 0, 0, None]


def test_a_period_inside_brackets_ends_no_sentence() -> None:
    text = "Nem használhatók fel, ide értve az adatbányászatot (Szjt. 33/A. §) és az MI tanítását is. Vége."
    spans = [text[s.start : s.end] for s in sentences(text, 0, len(text))]
    assert spans == [text[: text.index(" Vége")], "Vége."]


def test_an_emoji_at_a_line_end_ends_a_sentence() -> None:
    text = "Se vuoi una foto, basta chiedere 😊\nNiente IA, grazie.\nNo copying 🚫 of our photos. ممنوع 🚫 بدون إذن."
    found = [text[s.start : s.end] for s in sentences(text, 0, len(text))]
    assert found == [
        "Se vuoi una foto, basta chiedere 😊",
        "Niente IA, grazie.",
        "No copying 🚫 of our photos.",
        "ممنوع 🚫 بدون إذن.",
    ], found
