"""Generic notice recognition on hostile text: costs linear in size, findings bounded.

Each input is generated (about half a megabyte) and checked in a child process with a
generous limit: linear work takes a second or two here, the quadratic paths these inputs
once hit took minutes to hours. No timing margin is asserted besides that ceiling.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROGRAM = r"""
import json, sys
from compliance.engine import Checker
from compliance.model import Document
text = {
    "repeated footer": "Copying of this article is prohibited.\n\n" * 20000,
    "one paragraph of bans": "Copying is prohibited. " * 20000,
    "one endless sentence": "copy, scrape or train AI, but not " * 20000 + "is prohibited",
    "a sea of exceptions": "Crawling is prohibited " + "except search engines " * 20000 + ".",
    "quoted bans": '"no copying" ' * 20000,
    "own quotations": 'Our notice reads: "no copying" ' * 20000,
    "reported speech": 'BERLIN (Wire) - Editors said: "we ban copying" and our view ' * 20000,
    # one sentence of 20,000 descriptions, coordinations, permissions granted, exceptions
    "described content": "Articoli pubblicati su questo sito " * 20000 + "non possono essere copiati.",
    "coordinations": "AI training to use " * 20000 + "is prohibited.",
    "permissions granted": "Permission is granted " * 20000 + "to copy this article.",
    "exception sentences": "Copying is prohibited. Search engines are excepted. " * 20000,
    "grants and the rest": "You may quote with credit. Any other copying is prohibited. " * 20000,
    # routes on lists, labels of quotations, places before publishing words, reports, waivers
    "routes before actions": "Unauthorised copying, " * 20000 + "is prohibited.",
    "a listed route": "無断転載・複製・" * 20000 + "を禁じます。",
    "described before": "本网站所刊载" * 20000 + "不得转载。",
    "labelled quotations": 'prohibitions "no copying" ' * 20000 + "apply to AI training.",
    "reports of our terms": "Publishers say that our terms " * 20000 + "prohibit AI training.",
    "report sentences": "Publishers say that our terms prohibit AI training. " * 20000,
    # second bans coordinated after a first one, negated modals before quotations, provisions
    "coordinated bans": "Copying without written permission is prohibited, and prohibited "
    * 20000
    + "under no circumstances.",
    "negated quotations": 'Users may not "use the content for AI training" and ' * 20000 + ".",
    "sub-numbered provisions": "Prohibited uses\n"
    + "".join(f"{i // 99 + 1}.{i % 99 + 1} Copy the articles.\n" for i in range(20000)),
    "waived conditions in one clause": "You may republish - no attribution required " * 20000,
    "waived conditions": "You may republish - no attribution required. " * 20000,
    "procedures": "AI training is prohibited.\n\n" + "To license our content, write to us.\n\n" * 20000,
    "procedures after lists": "You may not:\n- copy our articles;\n\nTo license our content, write to us.\n\n" * 10000,
    "reproductions bound": "reproduce or " * 20000 + "use for the purpose of training AI is prohibited.",
    # fronted exceptions, section numbers, examples, labels, negated lead-ins
    "a fronted exception": "Except for " + "search engines crawlers " * 20000 + "is prohibited.",
    "section numbers": "§ 7 Nutzung\n" * 20000 + "Articles may be reproduced only with written consent.",
    "examples": "Scraping, including by AI crawlers, " * 20000 + "is prohibited.",
    "labels": "Beispiel " * 20000 + "Beispiel: copying is prohibited.",
    "negated lead-ins": "The user undertakes not to:\n• copy our articles;\n" * 10000,
    "company names": "Publishers Media News " * 20000 + "Ltd. Copying is prohibited.",
    "refusals": "AI training is prohibited. We do not grant " + "permission, " * 20000 + ".",
    # the page's own before a use of AI as a tool; duties to comply; "not for AI"
    "owners using AI": "our " * 20000 + "journalists never use AI to write stories.",
    "duties to comply": "AI providers must respect " * 20000 + "opt-outs from text and data mining.",
    "not for AI": "Our content is not for AI training. " * 20000,
    "means before examples": "Scraping " * 20000 + "even for AI training is prohibited.",
    "archives": "Photos from our archive " * 20000 + "may not be copied.",
    "use agreements": "利用契約" * 20000 + "を締結する必要があります。",
    "refusals after routes": "AI training is prohibited. " + "Licences we give not. " * 20000,
    "carry-overs": "Copying is prohibited. " + "The same applies to republication. " * 20000,
    # copies by automated means, AI as a tool, "without" in grants and bans, derived
    # reservations, labels with bare verdicts
    "automated copies": "copying by automated means and scraping " * 20000 + "is prohibited.",
    "AI as tools": "use AI tools " * 20000 + "to write their essays is prohibited.",
    "without asking": "You may republish without asking " * 20000 + "for permission.",
    "without our permission": "It is not permitted without our permission to copy or "
    * 20000
    + "to use the content for AI training.",
    "reservations including": "All rights reserved, including " * 20000 + "text and data mining.",
    "labels and verdicts": "Quotation with a link: permitted. " * 20000,
    "addresses": "mail lic@example.de www.example.de/licence " * 20000
    + "AI training is prohibited.",
    # contrast adverbs after a negator, asides, shared tails, AI search engines, automated
    # outputs, polite requests, permissions that wait on a ban
    "contrast adverbs": "Non " + "invece " * 20000 + "è consentito copiare i nostri articoli.",
    "asides": "Data collection from this site, whether by crawlers or scrapers, " * 20000
    + "is prohibited.",
    "inline shared tails": "You shall not: "
    + "(a) copy our articles; " * 20000
    + "or (b) scrape the site, in each case without our written consent.",
    "list tails": "You must not:\n"
    + "- copy our articles;\n" * 10000
    + "- scrape the site,\nin each case without our written permission.",
    "AI search engines": "search engines based on AI " * 20000 + "may not use our articles.",
    "automated summaries": "automated summaries " * 20000 + "of our content are prohibited.",
    "polite requests": "We ask AI companies not to " * 20000 + "use our content for training.",
    "permissions until a ban": "Mining is permitted if the author has not prohibited it. "
    * 20000,
    # table rows, contrast adverbs inside a negation, "only for search engines", carry-overs
    # naming the ban, law articles and their paragraphs
    "table rows": "| Use for AI training | No |\n" * 20000,
    "adverbs in negations": "Training AI models on our content is not, " + "however, " * 20000
    + "permitted.",
    "only for search engines": "Crawling is allowed only " * 20000 + "for search engines.",
    "carried bans": "Copying is prohibited. " + "This ban also applies to " * 20000
    + "AI training.",
    "law articles": "Art. 70-ter\n1. Sono consentite le riproduzioni.\n" * 10000,
    "law titles": "Zakon o autorskom pravu, " * 20000 + "članak 188.\n(1) Dopušteno je.",
    # reproductions in AI outputs, legal forms, glossed means, contrasted conditions, cells
    "reproductions in AI answers": "Our articles may not be reproduced in AI answers, "
    * 20000,
    "legal forms": "Copying requires the consent of Acme S.L. " * 20000 + "Mining is reserved.",
    "glossed means": "Automated collection of content (scraping) " * 20000
    + "for the purpose of training AI is prohibited.",
    "contrasted conditions": "This may be shared, " + "but not for commercial purposes, " * 20000,
    "cells with exceptions": "| Training AI models | No, unless licensed |\n" * 20000,
    # reader labels, sample labels in one block, footer link labels, label words unmarked
    "reader labels": "Comment: we forbid copying. " * 20000,
    "sample labels": "Sample clause: " * 20000 + "copying is prohibited.",
    "link labels": "AI training is prohibited.\n\n" + "Contact us\n\n" * 20000,
    "label words unmarked": "Fără comentarii. " * 20000 + "Este interzisă copierea articolelor.",
    # the reader's terms, answers to questions, lead-ins to quotations, "only" before search
    "readers' terms": "Add this sentence to your terms of use " * 20000 + ": copying is prohibited.",
    "answers": "Can I copy your articles?\n\nNo.\n\n" * 10000,
    "lead-ins to quotations": 'You may copy this text:\n\n"Copying is prohibited."\n\n' * 10000,
    "only before search": "Crawling is allowed only for search engines, " * 20000,
    # purpose-bound phrases, purposes before their noun, grants to search engines
    "purpose-bound phrases": "AI学習を目的とした" + "クローラーによる収集" * 20000 + "を禁止します。",
    "purposes before nouns": "禁止" + "用于训练人工智能模型的爬虫" * 20000 + "抓取。",
    "search engines granted": "Search engines may crawl " * 20000 + "this site.",
    # apostrophes that open nothing, a single mark never closed, lines of quoted strings
    "apostrophes": "Our publisher's rule: we don't allow copying of the site's articles. " * 20000,
    "an unclosed single mark": "Copying is prohibited. 'We don't " + "publisher's text " * 20000,
    "single-quoted bans on one line": "'no copying' " * 20000,
    "single-quoted lines": "'Copying of our articles is prohibited.',\n" * 20000,
    "grants around quoted bans": "You may write “AI training is prohibited” " * 20000 + ".",
    "abbreviation marks": 'מו"לים רבים כותבים "אין להעתיק" ' * 20000,
    "refused licences": "No licence is granted, " * 20000 + "for AI training.",
    "banned report words": "Dilarang mengumumkan isi publikasi ini. " * 20000,
    # verbs negated by a prefix, numbered licences, what others say in an own block
    "prefixed verbs": "Nekopírujte naše články. " * 20000,
    "prefixed participles": "Nepublikované " * 20000 + "fotografie ukazují město.",
    "numbered licences": "Licence No. 4711/2020. " * 20000 + "AI training is prohibited.",
    "reported in an own block": "Several outlets wrote into their terms that copying is "
    "prohibited, and we call for a law. " * 20000,
    "uses on other sites": "No use on other sites, no collection by robots, " * 20000 + ".",
    # robots.txt: comments inside one agent's group, and comments naming the file's agents
    "comments in one group": "User-agent: GPTBot\n"
    + "# No use of our articles for AI training.\nDisallow: /private/\n" * 8000,
    "named agents": "".join(f"User-agent: bot-{i}\nDisallow: /\n" for i in range(2000))
    + "# bot-1, bot-2: reproduction and AI training are prohibited.\n" * 4000,
    # negated ban words, one clause; comment lines naming the file's records; change logs
    "negated bans": "We do not prohibit " * 20000 + "copying.",
    "described records": "# If a Content-Signal = no, you may not collect content.\n" * 20000
    + "User-agent: *\nAllow: /\n",
    "change logs": "# 2024-03-18: blocked GPTBot\n# No AI training.\n" * 10000
    + "User-agent: *\nAllow: /\n",
    # an exception in each of 20,000 list items; 10,000 sentences a law's name opens
    "exceptions in list items": "Except as expressly permitted, you will not (a) copy; " * 20000,
    "law-opened sentences": "Theo Luật Sở hữu trí tuệ, việc sao chép phải xin phép. " * 10000,
    # 20,000 bans, each followed by the same way to permission every ban reads
    "alternating procedures and bans": "No copying. To ask for permission, email me. " * 20000,
}[sys.argv[1]]
kind = (
    "robots"
    if sys.argv[1] in ("comments in one group", "named agents", "described records", "change logs")
    else "text"
)
result = Checker.from_rules(purposes="all").check(
    Document(id="x", source="x", kind=kind, text=text)
)
print(json.dumps({
    "findings": len(result.findings),
    "verdicts": {p.value: v.verdict.value for p, v in result.verdicts.items()},
}))
"""


@pytest.mark.parametrize(
    ("attack", "restricted"),
    [
        ("repeated footer", "republish"),
        ("one paragraph of bans", "republish"),
        ("one endless sentence", "republish"),
        ("a sea of exceptions", "crawl"),
        ("quoted bans", None),
        ("own quotations", "republish"),  # the publisher quoting itself, 20,000 times
        ("reported speech", None),
        ("described content", "republish"),
        ("coordinations", "ai-train"),
        ("permissions granted", "republish=allow"),
        ("exception sentences", "republish"),
        ("grants and the rest", "republish=conditional"),
        ("routes before actions", "republish=conditional"),
        ("a listed route", "republish=conditional"),
        ("described before", "republish"),
        ("labelled quotations", None),
        ("reports of our terms", None),
        ("report sentences", None),
        ("waived conditions in one clause", "republish=allow"),
        ("waived conditions", "republish=allow"),
        ("procedures", "ai-train=conditional"),
        ("procedures after lists", "republish=conditional"),
        ("reproductions bound", "ai-train"),
        ("a fronted exception", "crawl"),
        ("section numbers", "republish=conditional"),
        ("examples", "crawl"),
        ("labels", "republish"),
        ("negated lead-ins", "republish"),
        ("company names", None),  # a sea of discussion words: someone else's words
        ("refusals", "ai-train=conditional"),  # the first refused, the other 19,999 named
        ("owners using AI", None),  # who uses AI as a tool, 20,000 possessives before it
        ("duties to comply", None),
        ("not for AI", "ai-train"),
        ("means before examples", "crawl"),
        ("archives", "republish"),
        ("use agreements", None),
        ("refusals after routes", "ai-train"),
        ("carry-overs", "republish"),
        ("automated copies", "crawl"),
        ("AI as tools", None),
        ("without asking", "republish=allow"),
        ("without our permission", "ai-train=conditional"),
        ("reservations including", "ai-train"),
        ("labels and verdicts", "republish=conditional"),
        ("addresses", "ai-train"),
        ("contrast adverbs", "republish"),  # a run of them leaves "Non" on its grant
        ("asides", "crawl"),
        ("inline shared tails", "republish=conditional"),
        ("list tails", "crawl=conditional"),
        ("AI search engines", "ai-input"),
        ("automated summaries", "ai-input"),
        ("polite requests", "ai-train"),
        ("permissions until a ban", None),  # the law's exception, 20,000 times: no grant
        ("table rows", "ai-train"),
        ("adverbs in negations", "ai-train"),
        ("only for search engines", "crawl"),
        ("carried bans", "republish"),
        ("law articles", None),  # the law's permission, 10,000 articles of it: no grant
        ("law titles", None),
        ("reproductions in AI answers", "ai-input"),
        ("legal forms", "republish=conditional"),
        ("glossed means", "ai-train"),
        ("contrasted conditions", "republish=conditional"),
        ("cells with exceptions", "ai-train=conditional"),
        ("reader labels", None),  # a reader's words, 20,000 times over
        ("sample labels", None),
        ("link labels", "ai-train"),  # 20,000 link labels lend the ban no way
        ("label words unmarked", "republish"),
        ("readers' terms", None),  # advice on the reader's terms, a sample
        ("answers", "republish"),
        ("lead-ins to quotations", None),
        ("only before search", "crawl"),
        ("purpose-bound phrases", "ai-train"),
        ("purposes before nouns", "ai-train"),
        ("search engines granted", "search=allow"),
        ("apostrophes", "republish"),
        ("an unclosed single mark", "republish"),
        ("single-quoted bans on one line", None),
        ("single-quoted lines", "republish"),  # items of a list of strings: the page's own
        ("grants around quoted bans", None),  # someone's words: nothing granted, nothing banned
        ("abbreviation marks", None),
        ("refused licences", "ai-train"),
        ("banned report words", "republish"),
        ("prefixed verbs", "republish"),
        ("prefixed participles", None),
        ("numbered licences", "ai-train"),
        ("reported in an own block", None),
        ("uses on other sites", "crawl"),
        ("comments in one group", "ai-train"),  # GPTBot's group: its comments speak for it
        ("named agents", "republish"),
        ("negated bans", None),
        ("described records", "crawl=allow"),  # the comment denies nothing
        ("change logs", "ai-train"),
        ("coordinated bans", "republish=conditional"),
        ("negated quotations", "ai-train"),
        ("sub-numbered provisions", "republish"),
        ("exceptions in list items", "republish=conditional"),  # "… except as permitted"
        ("law-opened sentences", None),  # what the law says, 10,000 times: the page's nothing
        ("alternating procedures and bans", "republish=conditional"),
    ],
)
def test_hostile_notice_text_is_cheap_and_bounded(attack: str, restricted: str | None) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, attack], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout)
    # A notice said 20,000 times is a handful of findings, and still decides the verdicts.
    assert out["findings"] <= 16
    if restricted is None:
        assert out["findings"] == 0  # someone's words in quotes are not the page's notice
    else:
        purpose, _, verdict = restricted.partition("=")
        assert out["verdicts"][purpose] == (verdict or "deny")
