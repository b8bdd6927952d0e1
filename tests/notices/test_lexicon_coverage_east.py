"""How publishers, terms of use and statutes of pl cs sk sl hr hu ro bg ru uk el tr ka he ar
phrase reservations, permissions, routes to permission, AI/TDM and crawling: each sentence with the
restrictions the composer reads from it, and sentences that must restrict nothing (reported bans,
cookie and newsletter lines, "we reserve the right to change these terms", product text, a
government banning the sale of something). The sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.notices.conftest import Effects

Case = tuple[str, str, Effects]


def _restrictions(effects: Effects) -> Effects:
    return {p: e for p, e in effects.items() if e[0] in ("deny", "conditional")}


NOTICES: list[Case] = [
    (
        "pl",
        "Wszelkie prawa zastrzeżone. Żadna część niniejszej publikacji nie może być powielana ani rozpowszechniana bez pisemnej zgody wydawcy.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "pl",
        "Kopiowanie, przedrukowywanie i rozpowszechnianie materiałów bez zgody redakcji jest zabronione.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "pl",
        "Zabrania się automatycznego pobierania treści serwisu za pomocą robotów, skryptów lub innych narzędzi.",
        {"crawl": ("deny", ())},
    ),
    (
        "pl",
        "Wydawca zastrzega, że zwielokrotnianie treści w celu eksploracji tekstów i danych jest zabronione (art. 26³ ustawy o prawie autorskim).",
        # the reproduction is TDM's means: a TDM reservation, no reprint ban
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "pl",
        "Zakazujemy wykorzystywania naszych treści do trenowania modeli sztucznej inteligencji.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "pl",
        "Treści nie mogą być używane do uczenia maszynowego ani do tworzenia dużych modeli językowych (LLM).",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "pl",
        "Użytkownik nie może: \n- kopiować treści serwisu;\n- pobierać danych za pomocą scraperów;\n- wykorzystywać treści do trenowania AI.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "pl",
        "Przedruk materiałów możliwy wyłącznie po uzyskaniu pisemnej zgody redakcji.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "pl",
        "W sprawie licencji na wykorzystanie treści prosimy o kontakt z działem licencji.",
        {"republish": ("conditional", ("licence",))},
    ),
    (
        "pl",
        "Artykuły można udostępniać z podaniem źródła i linkiem do oryginału.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "pl",
        "Treści są udostępnione na licencji Creative Commons Uznanie autorstwa 4.0.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "pl",
        "Indeksowanie przez wyszukiwarki jest dozwolone, natomiast trenowanie AI nie.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "pl",
        "Automatyczne pobieranie treści jest zabronione, z wyjątkiem wyszukiwarek internetowych.",
        {"crawl": ("deny", ())},
    ),
    (
        "pl",
        "Do firm AI: nasze treści nie są dostępne do trenowania modeli bez licencji.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "pl",
        "Dalsze rozpowszechnianie materiałów wymaga zgody wydawcy.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "pl",
        "Korzystanie z serwisu w sposób zautomatyzowany, w tym ekstrakcja danych, jest niedozwolone.",
        {"crawl": ("deny", ())},
    ),
    (
        "pl",
        "Zabronione jest wykorzystywanie treści do generatywnej sztucznej inteligencji.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "pl",
        "Wykorzystanie utworów do eksploracji tekstów i danych jest wyraźnie zastrzeżone przez wydawcę.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "pl",
        "Nie zezwalamy na wykorzystywanie naszych tekstów przez chatboty i systemy AI do generowania odpowiedzi.",
        {"ai-input": ("deny", ())},
    ),
    (
        "pl",
        "Zabrania się przedrukowywania artykułów bez zgody.",
        {"republish": ("conditional", ("permission",))},
    ),
    ("pl", "Zabronione jest przedrukowanie artykułu.", {"republish": ("deny", ())}),
    (
        "pl",
        "Zastrzegamy sobie prawo do sprzeciwu wobec eksploracji tekstów i danych.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "pl",
        "Zdjęcia można publikować pod warunkiem podania autora.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "pl",
        "Zabrania się powielania zdjęć bez zgody autora.",
        {"republish": ("conditional", ("permission",))},
    ),
    ("pl", "Niedozwolone jest pozyskiwanie treści przez crawlery.", {"crawl": ("deny", ())}),
    (
        "pl",
        "Powielanie i kopiowanie treści tylko za zgodą wydawcy.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "pl",
        "Zabrania się tworzenia kopii serwisu, w tym archiwizacji.",
        {"archive": ("deny", ()), "republish": ("deny", ())},
    ),
    (
        "pl",
        "Materiały chronione prawem autorskim. Przedruk tylko za zgodą.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "pl",
        "Treść udostępniona do użytku osobistego, niekomercyjnego.",
        {"republish": ("conditional", ("non-commercial",))},
    ),
    (
        "pl",
        "Przedruk za uprzednią zgodą redakcji.",
        {"republish": ("conditional", ("permission",))},
    ),
    ("pl", "Publikacja materiałów w innych mediach jest wzbroniona.", {"republish": ("deny", ())}),
    (
        "pl",
        "Nie dopuszcza się wykorzystywania treści do trenowania algorytmów sztucznej inteligencji.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "pl",
        "Dozwolone jest cytowanie fragmentów z podaniem źródła.",
        {
            "republish": (
                "conditional",
                (
                    "attribution",
                    "excerpt-limit",
                ),
            )
        },
    ),
    (
        "pl",
        "Treści serwisu nie mogą być wykorzystywane przez systemy generatywnej AI do tworzenia odpowiedzi lub podsumowań.",
        {"ai-input": ("deny", ())},
    ),
    (
        "pl",
        "Zabrania się scrapowania serwisu i gromadzenia danych w celu uczenia maszynowego.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
        },
    ),
    (
        "pl",
        "Prosimy o kontakt w celu uzyskania licencji na wykorzystanie treści przez AI.",
        {
            "ai-index": ("conditional", ("licence",)),
            "ai-input": ("conditional", ("licence",)),
            "ai-train": ("conditional", ("licence",)),
        },
    ),
    ("pl", "Odsprzedaż treści jest zabroniona.", {"republish": ("deny", ())}),
    (
        "cs",
        "Všechna práva vyhrazena. Žádná část této publikace nesmí být reprodukována ani šířena bez písemného souhlasu vydavatele.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "cs",
        "Kopírování, přetiskování a další šíření obsahu bez souhlasu redakce je zakázáno.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "cs",
        "Je zakázáno automatizované stahování obsahu pomocí robotů, skriptů nebo jiných nástrojů.",
        {"crawl": ("deny", ())},
    ),
    (
        "cs",
        "Vydavatel si v souladu s § 39c autorského zákona výslovně vyhrazuje právo na vytěžování textů a dat.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "cs",
        "Zakazujeme používání našeho obsahu k trénování modelů umělé inteligence.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "cs",
        "Obsah nesmí být použit pro strojové učení ani pro vývoj velkých jazykových modelů (LLM).",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "cs",
        "Uživatel nesmí:\n- kopírovat obsah webu;\n- stahovat data pomocí scraperů;\n- používat obsah k tréninku AI.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "cs",
        "Přetisk je možný pouze s předchozím písemným souhlasem redakce.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "cs",
        "Články můžete sdílet s uvedením zdroje a odkazem na původní článek.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "cs",
        "Obsah je zveřejněn pod licencí Creative Commons Uveďte původ 4.0.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "cs",
        "Indexování vyhledávači je povoleno, trénování AI však nikoli.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "cs",
        "Automatizované stahování obsahu je zakázáno s výjimkou vyhledávačů.",
        {"crawl": ("deny", ())},
    ),
    (
        "cs",
        "Pro společnosti zabývající se AI: náš obsah není k dispozici pro trénování bez licence.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "cs",
        "Další šíření materiálů vyžaduje souhlas vydavatele.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "cs",
        "Zakazuje se užití obsahu pro účely vytěžování textů a dat.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "cs",
        "Je zakázáno používat obsah pro generativní umělou inteligenci.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "cs",
        "Nepovolujeme využívání našich textů chatboty a AI asistenty k tvorbě odpovědí.",
        {"ai-input": ("deny", ())},
    ),
    (
        "cs",
        "Převzetí článků je povoleno pouze s uvedením autora a zdroje.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "cs",
        "Šíření obsahu webu je bez svolení provozovatele zakázáno.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "cs",
        "Není dovoleno vytvářet kopie ani archivy webu.",
        {"archive": ("deny", ()), "republish": ("deny", ())},
    ),
    (
        "cs",
        "Materiály chráněné autorským právem. Přebírání jen se souhlasem.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "cs",
        "Roboti a crawlery umělé inteligence nemají povolen přístup.",
        {
            "ai-index": ("deny", ()),
            "ai-input": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
        },
    ),
    (
        "cs",
        "Obsah nesmí být dále publikován, rozmnožován ani upravován.",
        {"republish": ("deny", ())},
    ),
    (
        "cs",
        "Rozmnožování a šíření obsahu je bez předchozího písemného svolení zakázáno.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "cs",
        "Provozovatel si vyhrazuje právo odmítnout vytěžování textů a dat podle § 39c.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "cs",
        "Zákaz používání obsahu pro trénování neuronových sítí a jazykových modelů.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "cs",
        "Převzetí textů je možné jen se souhlasem redakce.",
        {"republish": ("conditional", ("permission",))},
    ),
    ("cs", "Přeprodej obsahu je zakázán.", {"republish": ("deny", ())}),
    (
        "sk",
        "Všetky práva vyhradené. Žiadna časť tejto publikácie nesmie byť reprodukovaná ani šírená bez písomného súhlasu vydavateľa.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "sk",
        "Kopírovanie, preberanie a ďalšie šírenie obsahu bez súhlasu redakcie je zakázané.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "sk",
        "Je zakázané automatizované sťahovanie obsahu pomocou robotov, skriptov alebo iných nástrojov.",
        {"crawl": ("deny", ())},
    ),
    (
        "sk",
        "Vydavateľ si výslovne vyhradzuje právo na vyťažovanie textov a údajov.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "sk",
        "Zakazujeme používanie nášho obsahu na trénovanie modelov umelej inteligencie.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "sk",
        "Obsah nesmie byť použitý na strojové učenie ani na vývoj veľkých jazykových modelov (LLM).",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "sk",
        "Používateľ nesmie:\n- kopírovať obsah stránky;\n- sťahovať údaje pomocou scraperov;\n- používať obsah na tréning AI.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "sk",
        "Pretlač je možná len s predchádzajúcim písomným súhlasom redakcie.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "sk",
        "Články môžete zdieľať s uvedením zdroja a odkazom na pôvodný článok.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "sk",
        "Obsah je zverejnený pod licenciou Creative Commons Uveďte autora 4.0.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "sk",
        "Indexovanie vyhľadávačmi je povolené, trénovanie AI však nie.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "sk",
        "Automatizované sťahovanie obsahu je zakázané s výnimkou vyhľadávačov.",
        {"crawl": ("deny", ())},
    ),
    (
        "sk",
        "Pre spoločnosti AI: náš obsah nie je k dispozícii na trénovanie bez licencie.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "sk",
        "Ďalšie šírenie materiálov si vyžaduje súhlas vydavateľa.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "sk",
        "Zakazuje sa použitie obsahu na účely vyťažovania textov a údajov.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "sk",
        "Je zakázané používať obsah pre generatívnu umelú inteligenciu.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "sk",
        "Nepovoľujeme využívanie našich textov chatbotmi a AI asistentmi na tvorbu odpovedí.",
        {"ai-input": ("deny", ())},
    ),
    (
        "sk",
        "Preberanie článkov je povolené len s uvedením autora a zdroja.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "sk",
        "Šírenie obsahu stránky bez povolenia prevádzkovateľa je zakázané.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "sk",
        "Nie je dovolené vytvárať kópie ani archívy stránky.",
        {"archive": ("deny", ()), "republish": ("deny", ())},
    ),
    (
        "sk",
        "Roboty a crawlery umelej inteligencie nemajú povolený prístup.",
        {
            "ai-index": ("deny", ()),
            "ai-input": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
        },
    ),
    (
        "sk",
        "Obsah nesmie byť ďalej publikovaný, rozmnožovaný ani upravovaný.",
        {"republish": ("deny", ())},
    ),
    (
        "sk",
        "Rozmnožovanie a šírenie obsahu bez predchádzajúceho písomného súhlasu je zakázané.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "sk",
        "Preberanie textov je možné iba so súhlasom redakcie.",
        {"republish": ("conditional", ("permission",))},
    ),
    ("sk", "Obsah je zakázané predávať.", {"republish": ("deny", ())}),
    (
        "sl",
        "Vse pravice pridržane. Noben del te publikacije se ne sme reproducirati ali razširjati brez pisnega dovoljenja založnika.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "sl",
        "Kopiranje, ponatis in nadaljnje razširjanje vsebin brez soglasja uredništva je prepovedano.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "sl",
        "Prepovedano je samodejno prenašanje vsebin z roboti, skriptami ali drugimi orodji.",
        {"crawl": ("deny", ())},
    ),
    (
        "sl",
        "Založnik si izrecno pridržuje pravico do rudarjenja besedil in podatkov.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "sl",
        "Prepovedujemo uporabo naših vsebin za učenje modelov umetne inteligence.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "sl",
        # (machine learning or the development of LLMs: training, no answer-time use; "ali"
        # is "or" here, the clause is one)
        "Vsebine se ne smejo uporabljati za strojno učenje ali razvoj velikih jezikovnih modelov (LLM).",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "sl",
        "Uporabnik ne sme:\n- kopirati vsebin spletne strani;\n- zbirati podatkov s scraperji;\n- uporabljati vsebin za treniranje UI.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "sl",
        "Ponatis je mogoč le s predhodnim pisnim soglasjem uredništva.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "sl",
        "Članke lahko delite z navedbo vira in povezavo na izvirni članek.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "sl",
        "Vsebina je objavljena pod licenco Creative Commons Priznanje avtorstva 4.0.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "sl",
        "Indeksiranje s strani iskalnikov je dovoljeno, učenje UI pa ne.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "sl",
        "Samodejno prenašanje vsebin je prepovedano, razen za spletne iskalnike.",
        {"crawl": ("deny", ())},
    ),
    (
        "sl",
        "Podjetjem za umetno inteligenco: naše vsebine niso na voljo za učenje brez licence.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "sl",
        "Nadaljnje razširjanje gradiv zahteva soglasje založnika.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "sl",
        "Prepovedana je uporaba vsebin za namene rudarjenja besedil in podatkov.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "sl",
        "Prepovedano je uporabljati vsebine za generativno umetno inteligenco.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "sl",
        "Ne dovolimo uporabe naših besedil v klepetalnih robotih za ustvarjanje odgovorov.",
        {"ai-input": ("deny", ())},
    ),
    (
        "sl",
        "Povzemanje člankov je dovoljeno le z navedbo avtorja in vira.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "sl",
        "Vsebine ni dovoljeno nadalje objavljati, reproducirati ali spreminjati.",
        {"republish": ("deny", ())},
    ),
    (
        "sl",
        "Robotom umetne inteligence dostop ni dovoljen.",
        {
            "ai-index": ("deny", ()),
            "ai-input": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
        },
    ),
    ("sl", "Prodaja vsebin je prepovedana.", {"republish": ("deny", ())}),
    (
        "hr",
        "Sva prava pridržana. Nijedan dio ove publikacije ne smije se reproducirati ni distribuirati bez pisanog dopuštenja izdavača.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "hr",
        "Kopiranje, preuzimanje i daljnje širenje sadržaja bez dopuštenja uredništva strogo je zabranjeno.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "hr",
        "Zabranjeno je automatizirano preuzimanje sadržaja putem robota, skripti ili drugih alata.",
        {"crawl": ("deny", ())},  # taken over by robots: crawling, not republication
    ),
    (
        "hr",
        "Izdavač izričito zadržava pravo na rudarenje teksta i podataka.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "hr",
        "Zabranjujemo korištenje našeg sadržaja za treniranje modela umjetne inteligencije.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "hr",
        "Sadržaj se ne smije koristiti za strojno učenje ni za razvoj velikih jezičnih modela (LLM).",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "hr",
        "Korisnik ne smije:\n- kopirati sadržaj portala;\n- prikupljati podatke scraperima;\n- koristiti sadržaj za treniranje AI.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "hr",
        "Prenošenje je moguće samo uz prethodnu pisanu suglasnost uredništva.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "hr",
        "Članke možete dijeliti uz navođenje izvora i poveznicu na izvorni članak.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "hr",
        "Sadržaj je objavljen pod licencom Creative Commons Imenovanje 4.0.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "hr",
        "Indeksiranje putem tražilica je dopušteno, ali treniranje AI nije.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "hr",
        "Automatizirano preuzimanje sadržaja zabranjeno je, osim za internetske tražilice.",
        {"crawl": ("deny", ())},  # (search engines excepted: allowed, not restricted)
    ),
    (
        "hr",
        "AI tvrtkama: naš sadržaj nije dostupan za treniranje bez licence.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "hr",
        "Daljnje objavljivanje materijala zahtijeva odobrenje izdavača.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "hr",
        "Zabranjeno je korištenje sadržaja u svrhu rudarenja teksta i podataka.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "hr",
        "Zabranjeno je koristiti sadržaj za generativnu umjetnu inteligenciju.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "hr",
        "Ne dopuštamo korištenje naših tekstova u chatbotovima za generiranje odgovora.",
        {"ai-input": ("deny", ())},
    ),
    (
        "hr",
        "Prenošenje članaka dopušteno je samo uz navođenje autora i izvora.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "hr",
        "Izrada kopija ili arhiva portala nije dopuštena.",
        {"archive": ("deny", ()), "republish": ("deny", ())},
    ),
    (
        "hr",
        "Sadržaj se ne smije dalje objavljivati, umnožavati ni mijenjati.",
        {"republish": ("deny", ())},
    ),
    (
        "hr",
        "AI robotima pristup nije dopušten.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    ("hr", "Prodaja sadržaja je zabranjena.", {"republish": ("deny", ())}),
    (
        "hu",
        "Minden jog fenntartva. A kiadvány egyetlen része sem másolható vagy terjeszthető a kiadó előzetes írásos engedélye nélkül.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "hu",
        "A tartalom másolása, átvétele és továbbterjesztése a szerkesztőség engedélye nélkül tilos.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "hu",
        "Tilos a tartalmak automatizált letöltése robotok, szkriptek vagy más eszközök segítségével.",
        {"crawl": ("deny", ())},
    ),
    (
        "hu",
        "A kiadó kifejezetten fenntartja a szöveg- és adatbányászat jogát.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "hu",
        "Megtiltjuk tartalmaink felhasználását mesterséges intelligencia modellek tanítására.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "hu",
        "A tartalom nem használható gépi tanulásra vagy nagy nyelvi modellek (LLM) fejlesztésére.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "hu",
        "A felhasználó nem jogosult:\n- a weboldal tartalmát másolni;\n- adatokat gyűjteni scraperekkel;\n- a tartalmat MI tanítására használni.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "hu",
        "Az átvétel kizárólag a szerkesztőség előzetes írásbeli hozzájárulásával lehetséges.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "hu",
        "A cikkek a forrás megjelölésével és az eredeti cikkre mutató hivatkozással megoszthatók.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "hu",
        "A tartalom a Creative Commons Nevezd meg! 4.0 licenc alatt érhető el.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "hu",
        "A keresőmotorok általi indexelés engedélyezett, a MI-tanítás viszont nem.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "hu",
        "A tartalmak automatizált letöltése tilos, kivéve a keresőmotorokat.",
        {"crawl": ("deny", ())},
    ),
    (
        "hu",
        "MI-cégeknek: tartalmaink licenc nélkül nem állnak rendelkezésre tanításhoz.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "hu",
        "A tartalmak további terjesztéséhez a kiadó engedélye szükséges.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "hu",
        "Tilos a tartalmak szöveg- és adatbányászati célú felhasználása.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "hu",
        "Tilos a tartalmat generatív mesterséges intelligencia céljára felhasználni.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "hu",
        "Nem engedélyezzük szövegeink felhasználását chatbotok által válaszok generálására.",
        {"ai-input": ("deny", ())},
    ),
    (
        "hu",
        "A cikkek átvétele csak a szerző és a forrás megjelölésével engedélyezett.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "hu",
        "A weboldal másolatainak vagy archívumainak készítése nem megengedett.",
        {"archive": ("deny", ()), "republish": ("deny", ())},
    ),
    (
        "hu",
        "A tartalmat tilos továbbközölni, sokszorosítani vagy módosítani.",
        {"republish": ("deny", ())},
    ),
    (
        "hu",
        "A mesterséges intelligencia robotjai számára a hozzáférés nem engedélyezett.",
        {
            "ai-index": ("deny", ()),
            "ai-input": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
        },
    ),
    ("hu", "A tartalom értékesítése tilos.", {"republish": ("deny", ())}),
    (
        "ro",
        "Toate drepturile rezervate. Nicio parte a acestei publicații nu poate fi reprodusă sau distribuită fără acordul scris al editorului.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "ro",
        "Copierea, preluarea și redistribuirea conținutului fără acordul redacției sunt interzise.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "ro",
        "Este interzisă descărcarea automată a conținutului cu ajutorul roboților, scripturilor sau al altor instrumente.",
        {"crawl": ("deny", ())},
    ),
    (
        "ro",
        "Editorul își rezervă în mod expres dreptul de extragere a textelor și a datelor.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ro",
        "Interzicem utilizarea conținutului nostru pentru antrenarea modelelor de inteligență artificială.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ro",
        "Conținutul nu poate fi folosit pentru învățare automată sau pentru dezvoltarea modelelor lingvistice mari (LLM).",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ro",
        "Utilizatorul nu are dreptul:\n- să copieze conținutul site-ului;\n- să colecteze date prin scraping;\n- să folosească conținutul pentru antrenarea IA.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "ro",
        "Preluarea este posibilă numai cu acordul prealabil scris al redacției.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "ro",
        "Articolele pot fi distribuite cu citarea sursei și link către articolul original.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "ro",
        "Conținutul este publicat sub licența Creative Commons Atribuire 4.0.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "ro",
        "Indexarea de către motoarele de căutare este permisă, dar antrenarea IA nu.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ro",
        "Descărcarea automată a conținutului este interzisă, cu excepția motoarelor de căutare.",
        {"crawl": ("deny", ())},
    ),
    (
        "ro",
        "Către companiile de IA: conținutul nostru nu este disponibil pentru antrenare fără licență.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "ro",
        "Redistribuirea materialelor necesită acordul editorului.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "ro",
        "Este interzisă utilizarea conținutului în scopul extragerii de text și date.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ro",
        "Este interzisă folosirea conținutului pentru inteligența artificială generativă.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ro",
        "Nu permitem utilizarea textelor noastre de către chatboți pentru generarea de răspunsuri.",
        {"ai-input": ("deny", ())},
    ),
    (
        "ro",
        "Preluarea articolelor este permisă doar cu menționarea autorului și a sursei.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "ro",
        "Conținutul poate fi utilizat exclusiv în scopuri personale, necomerciale.",
        {"republish": ("conditional", ("non-commercial",))},
    ),
    (
        "ro",
        "Conținutul nu poate fi republicat, reprodus sau modificat.",
        {"republish": ("deny", ())},
    ),
    (
        "ro",
        "Roboții de inteligență artificială nu au acces permis.",
        {
            "ai-index": ("deny", ()),
            "ai-input": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
        },
    ),
    ("ro", "Vânzarea conținutului este interzisă.", {"republish": ("deny", ())}),
    (
        "ro",
        "Orice reproducere, integrală sau parțială, fără acordul nostru, este strict interzisă.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "ro",
        "Preluarea informațiilor se poate face doar cu specificarea sursei și link activ.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "bg",
        "Всички права запазени. Никаква част от тази публикация не може да бъде възпроизвеждана или разпространявана без писменото съгласие на издателя.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "bg",
        "Копирането, препечатването и разпространението на материали без съгласието на редакцията са забранени.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "bg",
        "Забранява се автоматизираното изтегляне на съдържание чрез роботи, скриптове или други инструменти.",
        {"crawl": ("deny", ())},
    ),
    (
        "bg",
        "Издателят изрично си запазва правото на извличане на информация от текст и данни.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "bg",
        "Забраняваме използването на нашето съдържание за обучение на модели с изкуствен интелект.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "bg",
        "Съдържанието не може да се използва за машинно обучение или за разработване на големи езикови модели (LLM).",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "bg",
        "На потребителя е забранено:\n- да копира съдържанието на сайта;\n- да събира данни чрез скрейпъри;\n- да използва съдържанието за обучение на ИИ.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "bg",
        "Препечатването е възможно само с предварителното писмено съгласие на редакцията.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "bg",
        "Статиите могат да се споделят с посочване на източника и линк към оригинала.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "bg",
        "Съдържанието е публикувано под лиценз Creative Commons Признание 4.0.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "bg",
        "Индексирането от търсачки е разрешено, но обучението на ИИ не е.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "bg",
        "Автоматизираното изтегляне на съдържание е забранено, с изключение на търсачките.",
        {"crawl": ("deny", ())},
    ),
    (
        "bg",
        "За компании за ИИ: нашето съдържание не е достъпно за обучение без лиценз.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "bg",
        "По-нататъшното разпространение на материали изисква съгласието на издателя.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "bg",
        "Забранено е използването на съдържанието за целите на извличането на информация от текст и данни.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "bg",
        "Забранено е използването на съдържанието за генеративен изкуствен интелект.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "bg",
        "Не разрешаваме използването на нашите текстове от чатботове за генериране на отговори.",
        {"ai-input": ("deny", ())},
    ),
    (
        "bg",
        "Препечатването на статии е разрешено само с посочване на автора и източника.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "bg",
        "Създаването на копия или архиви на сайта не е позволено.",
        {"archive": ("deny", ()), "republish": ("deny", ())},
    ),
    (
        "bg",
        "Съдържанието не може да бъде препубликувано, възпроизвеждано или променяно.",
        {"republish": ("deny", ())},
    ),
    (
        "bg",
        "На роботите с изкуствен интелект достъпът е забранен.",
        {
            "ai-index": ("deny", ()),
            "ai-input": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
        },
    ),
    ("bg", "Продажбата на съдържание е забранена.", {"republish": ("deny", ())}),
    (
        "ru",
        "Все права защищены. Никакая часть данной публикации не может быть воспроизведена или распространена без письменного разрешения издателя.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "ru",
        "Копирование, перепечатка и распространение материалов без согласия редакции запрещены.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "ru",
        "Запрещается автоматизированный сбор информации с сайта с помощью роботов, скриптов и иных программ.",
        {"crawl": ("deny", ())},
    ),
    (
        "ru",
        "Правообладатель прямо запрещает интеллектуальный анализ текстов и данных.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ru",
        "Мы запрещаем использование наших материалов для обучения моделей искусственного интеллекта.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ru",
        "Материалы не могут использоваться для машинного обучения или для разработки больших языковых моделей (LLM).",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ru",
        "Пользователю запрещено:\n- копировать материалы сайта;\n- собирать данные с помощью парсеров;\n- использовать материалы для обучения ИИ.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "ru",
        "Перепечатка возможна только с предварительного письменного согласия редакции.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "ru",
        "Статьями можно делиться с указанием источника и гиперссылкой на оригинал.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "ru",
        "Материалы опубликованы под лицензией Creative Commons «Атрибуция» 4.0.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "ru",
        "Индексация поисковыми системами разрешена, а обучение ИИ — нет.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ru",
        "Автоматический сбор материалов запрещён, за исключением поисковых систем.",
        {"crawl": ("deny", ())},
    ),
    (
        "ru",
        "Для компаний, разрабатывающих ИИ: наши материалы недоступны для обучения без лицензии.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "ru",
        "Дальнейшее распространение материалов требует согласия издателя.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "ru",
        "Запрещено использование материалов в целях интеллектуального анализа данных.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ru",
        "Запрещено использовать материалы для генеративного искусственного интеллекта.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ru",
        "Мы не разрешаем использовать наши тексты чат-ботам для генерации ответов.",
        {"ai-input": ("deny", ())},
    ),
    (
        "ru",
        "Перепечатка статей разрешена только с указанием автора и источника.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "ru",
        "Создание копий или архивов сайта не допускается.",
        {"archive": ("deny", ()), "republish": ("deny", ())},
    ),
    (
        "ru",
        "Материалы нельзя повторно публиковать, воспроизводить или изменять.",
        {"republish": ("deny", ())},
    ),
    (
        "ru",
        "Роботам искусственного интеллекта доступ запрещён.",
        {
            "ai-index": ("deny", ()),
            "ai-input": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
        },
    ),
    ("ru", "Продажа материалов запрещена.", {"republish": ("deny", ())}),
    (
        "ru",
        "При цитировании активная гиперссылка на сайт обязательна.",
        {"republish": ("conditional", ("attribution",))},
    ),
    ("ru", "Парсинг сайта запрещён.", {"crawl": ("deny", ())}),
    (
        "uk",
        "Усі права захищені. Жодна частина цієї публікації не може бути відтворена чи поширена без письмового дозволу видавця.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "uk",
        "Копіювання, передрук і поширення матеріалів без згоди редакції заборонені.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "uk",
        "Забороняється автоматизований збір інформації з сайту за допомогою роботів, скриптів чи інших програм.",
        {"crawl": ("deny", ())},
    ),
    (
        "uk",
        "Правовласник прямо застерігає своє право на аналіз тексту та даних.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "uk",
        "Ми забороняємо використання наших матеріалів для навчання моделей штучного інтелекту.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "uk",
        "Матеріали не можуть використовуватися для машинного навчання чи для розробки великих мовних моделей (LLM).",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "uk",
        "Користувачеві заборонено:\n- копіювати матеріали сайту;\n- збирати дані за допомогою парсерів;\n- використовувати матеріали для навчання ШІ.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "uk",
        "Передрук можливий лише з попередньої письмової згоди редакції.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "uk",
        "Статтями можна ділитися з посиланням на джерело.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "uk",
        "Матеріали опубліковано за ліцензією Creative Commons «Зазначення авторства» 4.0.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "uk",
        "Індексація пошуковими системами дозволена, а навчання ШІ — ні.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "uk",
        "Автоматичний збір матеріалів заборонено, за винятком пошукових систем.",
        {"crawl": ("deny", ())},
    ),
    (
        "uk",
        "Компаніям, що розробляють ШІ: наші матеріали недоступні для навчання без ліцензії.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "uk",
        "Подальше поширення матеріалів потребує згоди видавця.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "uk",
        "Заборонено використання матеріалів з метою аналізу тексту та даних.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "uk",
        "Заборонено використовувати матеріали для генеративного штучного інтелекту.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "uk",
        "Ми не дозволяємо використовувати наші тексти чат-ботам для генерування відповідей.",
        {"ai-input": ("deny", ())},
    ),
    (
        "uk",
        "Передрук статей дозволено лише із зазначенням автора та джерела.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "uk",
        "Створення копій або архівів сайту не допускається.",
        {"archive": ("deny", ()), "republish": ("deny", ())},
    ),
    (
        "uk",
        "Матеріали не можна повторно публікувати, відтворювати або змінювати.",
        {"republish": ("deny", ())},
    ),
    (
        "uk",
        "Роботам штучного інтелекту доступ заборонено.",
        {
            "ai-index": ("deny", ()),
            "ai-input": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
        },
    ),
    ("uk", "Продаж матеріалів заборонено.", {"republish": ("deny", ())}),
    (
        "uk",
        "У разі цитування активне гіперпосилання на сайт обов'язкове.",
        {
            "republish": (
                "conditional",
                (
                    "attribution",
                    "excerpt-limit",
                ),
            )
        },
    ),
    ("uk", "Парсинг сайту заборонений.", {"crawl": ("deny", ())}),
    (
        "el",
        "Με επιφύλαξη παντός δικαιώματος. Κανένα μέρος αυτής της έκδοσης δεν επιτρέπεται να αναπαραχθεί ή να διανεμηθεί χωρίς τη γραπτή άδεια του εκδότη.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "el",
        "Η αντιγραφή, αναδημοσίευση και διανομή του περιεχομένου χωρίς την άδεια της σύνταξης απαγορεύεται.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "el",
        "Απαγορεύεται η αυτοματοποιημένη συλλογή περιεχομένου με ρομπότ, σενάρια ή άλλα εργαλεία.",
        {"crawl": ("deny", ())},
    ),
    (
        "el",
        "Ο εκδότης επιφυλάσσεται ρητά του δικαιώματος εξόρυξης κειμένων και δεδομένων.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "el",
        "Απαγορεύουμε τη χρήση του περιεχομένου μας για την εκπαίδευση μοντέλων τεχνητής νοημοσύνης.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "el",
        "Το περιεχόμενο δεν μπορεί να χρησιμοποιηθεί για μηχανική μάθηση ή για την ανάπτυξη μεγάλων γλωσσικών μοντέλων (LLM).",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "el",
        "Ο χρήστης δεν επιτρέπεται:\n- να αντιγράφει το περιεχόμενο του ιστότοπου·\n- να συλλέγει δεδομένα με scrapers·\n- να χρησιμοποιεί το περιεχόμενο για εκπαίδευση ΤΝ.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "el",
        "Η αναδημοσίευση επιτρέπεται μόνο με προηγούμενη έγγραφη άδεια της σύνταξης.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "el",
        "Τα άρθρα μπορούν να κοινοποιούνται με αναφορά της πηγής και σύνδεσμο προς το πρωτότυπο.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "el",
        "Το περιεχόμενο διατίθεται με άδεια Creative Commons Αναφορά Δημιουργού 4.0.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "el",
        "Η ευρετηρίαση από μηχανές αναζήτησης επιτρέπεται, αλλά η εκπαίδευση ΤΝ όχι.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "el",
        "Η αυτοματοποιημένη συλλογή περιεχομένου απαγορεύεται, εκτός από τις μηχανές αναζήτησης.",
        {"crawl": ("deny", ())},
    ),
    (
        "el",
        "Προς εταιρείες τεχνητής νοημοσύνης: το περιεχόμενό μας δεν είναι διαθέσιμο για εκπαίδευση χωρίς άδεια.",
        {
            "ai-index": ("conditional", ("permission",)),
            "ai-train": ("conditional", ("permission",)),
        },
    ),
    (
        "el",
        "Η περαιτέρω διανομή του υλικού απαιτεί τη συγκατάθεση του εκδότη.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "el",
        "Απαγορεύεται η χρήση του περιεχομένου για γενετική τεχνητή νοημοσύνη.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "el",
        "Δεν επιτρέπουμε τη χρήση των κειμένων μας από chatbots για τη δημιουργία απαντήσεων.",
        {"ai-input": ("deny", ())},
    ),
    (
        "el",
        "Η αναδημοσίευση άρθρων επιτρέπεται μόνο με αναφορά του συντάκτη και της πηγής.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "el",
        "Το περιεχόμενο δεν επιτρέπεται να αναδημοσιευθεί, να αναπαραχθεί ή να τροποποιηθεί.",
        {"republish": ("deny", ())},
    ),
    (
        "el",
        "Στα ρομπότ τεχνητής νοημοσύνης η πρόσβαση απαγορεύεται.",
        {
            "ai-index": ("deny", ()),
            "ai-input": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
        },
    ),
    ("el", "Η πώληση του περιεχομένου απαγορεύεται.", {"republish": ("deny", ())}),
    (
        "el",
        "Απαγορεύεται ρητά η αναπαραγωγή του περιεχομένου χωρίς αναφορά στην πηγή.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "tr",
        "Tüm hakları saklıdır. Bu yayının hiçbir bölümü yayıncının yazılı izni olmadan çoğaltılamaz veya dağıtılamaz.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "tr",
        "İçeriğin editörlüğün izni olmadan kopyalanması, alıntılanması ve dağıtılması yasaktır.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "tr",
        "İçeriğin robotlar, betikler veya başka araçlarla otomatik olarak toplanması yasaktır.",
        {"crawl": ("deny", ())},
    ),
    (
        "tr",
        "Yayıncı, metin ve veri madenciliği hakkını açıkça saklı tutar.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "tr",
        "İçeriklerimizin yapay zeka modellerinin eğitiminde kullanılmasını yasaklıyoruz.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "tr",
        "İçerik, makine öğrenimi veya büyük dil modellerinin (LLM) geliştirilmesi için kullanılamaz.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "tr",
        "Kullanıcı şunları yapamaz:\n- sitenin içeriğini kopyalamak;\n- scraper ile veri toplamak;\n- içeriği yapay zeka eğitimi için kullanmak.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "tr",
        "Haberler ancak editörlüğün önceden yazılı onayı ile yeniden yayımlanabilir.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "tr",
        "Haberler kaynak gösterilerek ve orijinal habere bağlantı verilerek paylaşılabilir.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "tr",
        "İçerik Creative Commons Atıf 4.0 lisansı ile yayımlanmaktadır.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "tr",
        "Arama motorlarının dizine eklemesine izin verilir, ancak yapay zeka eğitimine izin verilmez.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "tr",
        "İçeriğin otomatik olarak indirilmesi, arama motorları hariç yasaktır.",
        {"crawl": ("deny", ())},
    ),
    (
        "tr",
        "Yapay zeka şirketlerine: içeriğimiz lisans olmadan eğitim için kullanılamaz.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "tr",
        "Materyallerin yeniden dağıtımı yayıncının onayını gerektirir.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "tr",
        "İçeriğin metin ve veri madenciliği amacıyla kullanılması yasaktır.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "tr",
        "İçeriğin üretken yapay zeka için kullanılması yasaktır.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "tr",
        "Metinlerimizin sohbet botları tarafından yanıt üretmek için kullanılmasına izin vermiyoruz.",
        {"ai-input": ("deny", ())},
    ),
    (
        "tr",
        "Haberlerin alıntılanması yalnızca yazar ve kaynak belirtilerek serbesttir.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "tr",
        "Sitenin kopyalarının veya arşivlerinin oluşturulmasına izin verilmez.",
        {"archive": ("deny", ()), "republish": ("deny", ())},
    ),
    (
        "tr",
        "İçerik yeniden yayımlanamaz, çoğaltılamaz veya değiştirilemez.",
        {"republish": ("deny", ())},
    ),
    (
        "tr",
        "Yapay zeka botlarının erişimi yasaktır.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    ("tr", "İçeriğin satışı yasaktır.", {"republish": ("deny", ())}),
    (
        "tr",
        "Sitede yayımlanan haberlerin izinsiz kullanılması yasaktır.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "tr",
        "5846 sayılı Fikir ve Sanat Eserleri Kanunu uyarınca içerikler izinsiz kopyalanamaz.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "ka",
        "ყველა უფლება დაცულია. ამ გამოცემის არც ერთი ნაწილის რეპროდუცირება ან გავრცელება გამომცემლის წერილობითი ნებართვის გარეშე აკრძალულია.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "ka",
        "მასალების კოპირება და გავრცელება რედაქციის თანხმობის გარეშე აკრძალულია.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "ka",
        "აკრძალულია საიტიდან კონტენტის ავტომატური შეგროვება რობოტების ან სკრიპტების საშუალებით.",
        {"crawl": ("deny", ())},
    ),
    (
        "ka",
        "აკრძალულია ჩვენი კონტენტის გამოყენება ხელოვნური ინტელექტის მოდელების გასაწვრთნელად.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},  # training, as in every language
    ),
    (
        "ka",
        "კონტენტის გამოყენება მანქანური სწავლებისთვის დაუშვებელია.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ka",
        "მასალების გადაბეჭდვა შესაძლებელია მხოლოდ რედაქციის წინასწარი წერილობითი თანხმობით.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "ka",
        "სტატიების გაზიარება შესაძლებელია წყაროს მითითებით.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "ka",
        "საძიებო სისტემების მიერ ინდექსირება ნებადართულია, მაგრამ ხელოვნური ინტელექტის წვრთნა აკრძალულია.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ka",
        "კონტენტის ავტომატური შეგროვება აკრძალულია, გარდა საძიებო სისტემებისა.",
        {"crawl": ("deny", ())},
    ),
    (
        "ka",
        "მასალების შემდგომი გავრცელება საჭიროებს გამომცემლის თანხმობას.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "ka",
        "აკრძალულია ტექსტისა და მონაცემების მოპოვება.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    ("ka", "კონტენტის გაყიდვა აკრძალულია.", {"republish": ("deny", ())}),
    (
        "he",
        "כל הזכויות שמורות. אין להעתיק, לשכפל או להפיץ חלק כלשהו מפרסום זה ללא אישור בכתב מהמוציא לאור.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "he",
        "העתקה, הפצה ופרסום מחדש של התכנים ללא רשות המערכת אסורים.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "he",
        "חל איסור על איסוף אוטומטי של תכנים מהאתר באמצעות רובוטים, סקריפטים או כלים אחרים.",
        {"crawl": ("deny", ())},
    ),
    (
        "he",
        "אנו אוסרים שימוש בתכנים שלנו לאימון מודלים של בינה מלאכותית.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},  # training only, no answers
    ),
    (
        "he",
        "אין להשתמש בתכנים לצורך למידת מכונה או לפיתוח מודלי שפה גדולים (LLM).",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "he",
        "המשתמש אינו רשאי:\n- להעתיק את תכני האתר;\n- לאסוף נתונים באמצעות סורקים;\n- להשתמש בתכנים לאימון בינה מלאכותית.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "he",
        "פרסום מחדש אפשרי רק בהסכמה מראש ובכתב של המערכת.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "he",
        "ניתן לשתף את הכתבות בציון המקור וקישור לכתבה המקורית.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "he",
        "התוכן מופץ תחת רישיון Creative Commons ייחוס 4.0.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "he",
        "אינדוקס על ידי מנועי חיפוש מותר, אך אימון בינה מלאכותית אסור.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    ("he", "איסוף אוטומטי של תכנים אסור, למעט מנועי חיפוש.", {"crawl": ("deny", ())}),
    (
        "he",
        "לחברות בינה מלאכותית: התכנים שלנו אינם זמינים לאימון ללא רישיון.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "he",
        "הפצה נוספת של החומרים מחייבת את הסכמת המוציא לאור.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "he",
        "אסור להשתמש בתכנים לכריית טקסט ונתונים.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "he",
        "אסור להשתמש בתכנים עבור בינה מלאכותית יוצרת.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "he",
        "איננו מתירים שימוש בטקסטים שלנו על ידי צ'אטבוטים ליצירת תשובות.",
        {"ai-input": ("deny", ())},
    ),
    ("he", "אין לעשות שימוש מסחרי בתכנים.", {"republish": ("deny", ())}),
    (
        "he",
        "יצירת עותקים או ארכיונים של האתר אסורה.",
        {"archive": ("deny", ()), "republish": ("deny", ())},
    ),
    (
        "he",
        "לרובוטים של בינה מלאכותית הגישה אסורה.",
        {
            "ai-index": ("deny", ()),
            "ai-input": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
        },
    ),
    ("he", "מכירת התכנים אסורה.", {"republish": ("deny", ())}),
    (
        "ar",
        "جميع الحقوق محفوظة. لا يجوز نسخ أو إعادة نشر أو توزيع أي جزء من هذا المحتوى دون إذن كتابي مسبق من الناشر.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "ar",
        "يمنع نسخ المواد أو إعادة نشرها دون موافقة هيئة التحرير.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "ar",
        "يحظر الجمع الآلي للمحتوى من الموقع باستخدام الروبوتات أو البرامج النصية أو غيرها من الأدوات.",
        {"crawl": ("deny", ())},
    ),
    (
        "ar",
        "يحتفظ الناشر صراحة بحقه في التنقيب عن النصوص والبيانات.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ar",
        "نحظر استخدام محتوانا لتدريب نماذج الذكاء الاصطناعي.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ar",
        "لا يجوز استخدام المحتوى في التعلم الآلي أو تطوير النماذج اللغوية الكبيرة (LLM).",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ar",
        "لا يحق للمستخدم:\n- نسخ محتوى الموقع؛\n- جمع البيانات باستخدام أدوات الكشط؛\n- استخدام المحتوى لتدريب الذكاء الاصطناعي.",
        {
            "ai-index": ("deny", ()),
            "ai-train": ("deny", ()),
            "crawl": ("deny", ()),
            "republish": ("deny", ()),
        },
    ),
    (
        "ar",
        "إعادة النشر ممكنة فقط بموافقة خطية مسبقة من هيئة التحرير.",
        {"republish": ("conditional", ("written-permission",))},
    ),
    (
        "ar",
        "يمكن مشاركة المقالات مع ذكر المصدر ووضع رابط للمقال الأصلي.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "ar",
        "المحتوى منشور بموجب رخصة المشاع الإبداعي نسب المصنف 4.0.",
        {"republish": ("conditional", ("attribution",))},
    ),
    (
        "ar",
        "يسمح لمحركات البحث بالفهرسة، لكن تدريب الذكاء الاصطناعي غير مسموح.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    ("ar", "الجمع الآلي للمحتوى محظور باستثناء محركات البحث.", {"crawl": ("deny", ())}),
    (
        "ar",
        "إلى شركات الذكاء الاصطناعي: محتوانا غير متاح للتدريب دون ترخيص.",
        {"ai-index": ("conditional", ("licence",)), "ai-train": ("conditional", ("licence",))},
    ),
    (
        "ar",
        "إعادة توزيع المواد تتطلب موافقة الناشر.",
        {"republish": ("conditional", ("permission",))},
    ),
    (
        "ar",
        "يحظر استخدام المحتوى لأغراض التنقيب عن النصوص والبيانات.",
        {"ai-index": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ar",
        "يحظر استخدام المحتوى في الذكاء الاصطناعي التوليدي.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    (
        "ar",
        "لا نسمح باستخدام نصوصنا من قبل روبوتات الدردشة لتوليد الإجابات.",
        {"ai-input": ("deny", ())},
    ),
    (
        "ar",
        "يسمح بالاقتباس من المقالات شريطة ذكر اسم الكاتب والمصدر.",
        {"republish": ("conditional", ("attribution",))},
    ),
    ("ar", "يمنع الاستخدام التجاري للمحتوى.", {"republish": ("deny", ())}),
    (
        "ar",
        "يمنع إنشاء نسخ أو أرشيفات من الموقع.",
        {"archive": ("deny", ()), "republish": ("deny", ())},
    ),
    (
        "ar",
        "يحظر على روبوتات الذكاء الاصطناعي الوصول إلى الموقع.",
        {"ai-index": ("deny", ()), "ai-input": ("deny", ()), "ai-train": ("deny", ())},
    ),
    ("ar", "يمنع بيع المحتوى.", {"republish": ("deny", ())}),
]

NOTHING: list[tuple[str, str]] = [
    ("pl", "Rzecznik wydawnictwa powiedział, że scraping jest zabroniony."),
    ("pl", "Zapisz się do newslettera, aby otrzymywać najnowsze artykuły."),
    ("pl", "Używamy plików cookie, aby poprawić działanie serwisu."),
    ("pl", "Zastrzegamy sobie prawo do zmiany regulaminu w dowolnym momencie."),
    ("pl", "Nowy smartfon może kopiować zdjęcia do chmury automatycznie."),
    ("pl", "Według gazety firmy AI nie mogą trenować modeli na cudzych tekstach."),
    ("pl", "Rząd zakazał sprzedaży alkoholu po 22:00."),
    ("pl", "Prawo autorskie chroni twórców przed kopiowaniem ich utworów, mówi ekspert."),
    ("pl", "Zezwalamy na indeksowanie przez wyszukiwarki."),
    ("cs", "Mluvčí vydavatelství uvedl, že scraping je zakázán."),
    ("cs", "Přihlaste se k odběru newsletteru a dostávejte nejnovější články."),
    ("cs", "Používáme soubory cookie ke zlepšení služeb."),
    ("cs", "Vyhrazujeme si právo tyto podmínky kdykoli změnit."),
    ("cs", "Nový telefon umí automaticky kopírovat fotky do cloudu."),
    ("cs", "Podle deníku firmy AI nesmějí trénovat modely na cizích textech."),
    ("cs", "Vláda zakázala prodej alkoholu po 22. hodině."),
    ("sk", "Hovorca vydavateľstva uviedol, že scraping je zakázaný."),
    ("sk", "Prihláste sa na odber newslettera a dostávajte najnovšie články."),
    ("sk", "Používame súbory cookie na zlepšenie služieb."),
    ("sk", "Vyhradzujeme si právo tieto podmienky kedykoľvek zmeniť."),
    ("sk", "Nový telefón dokáže automaticky kopírovať fotky do cloudu."),
    ("sk", "Podľa denníka firmy AI nesmú trénovať modely na cudzích textoch."),
    ("sk", "Vláda zakázala predaj alkoholu po 22. hodine."),
    ("sl", "Tiskovni predstavnik založbe je dejal, da je strganje prepovedano."),
    ("sl", "Prijavite se na e-novice in prejemajte najnovejše članke."),
    ("sl", "Uporabljamo piškotke za izboljšanje storitev."),
    ("sl", "Pridržujemo si pravico do spremembe teh pogojev."),
    ("sl", "Novi telefon lahko samodejno kopira fotografije v oblak."),
    ("sl", "Vlada je prepovedala prodajo alkohola po 22. uri."),
    ("hr", "Glasnogovornik izdavača rekao je da je scraping zabranjen."),
    ("hr", "Prijavite se na newsletter i primajte najnovije članke."),
    ("hr", "Koristimo kolačiće kako bismo poboljšali usluge."),
    ("hr", "Zadržavamo pravo izmjene ovih uvjeta."),
    ("hr", "Novi telefon može automatski kopirati fotografije u oblak."),
    ("hr", "Vlada je zabranila prodaju alkohola nakon 22 sata."),
    ("hu", "A kiadó szóvivője elmondta, hogy a scraping tilos."),
    ("hu", "Iratkozzon fel hírlevelünkre, és olvassa a legfrissebb cikkeket."),
    ("hu", "Sütiket használunk szolgáltatásaink javítására."),
    ("hu", "Fenntartjuk a jogot a jelen feltételek módosítására."),
    ("hu", "Az új telefon automatikusan másolja a fényképeket a felhőbe."),
    ("hu", "A kormány megtiltotta az alkohol árusítását este 10 után."),
    ("ro", "Purtătorul de cuvânt al editurii a declarat că scraping-ul este interzis."),
    ("ro", "Abonează-te la newsletter pentru cele mai noi articole."),
    ("ro", "Folosim cookie-uri pentru a îmbunătăți serviciile."),
    ("ro", "Ne rezervăm dreptul de a modifica acești termeni."),
    ("ro", "Noul telefon poate copia automat fotografiile în cloud."),
    ("ro", "Guvernul a interzis vânzarea de alcool după ora 22."),
    ("bg", "Говорителят на издателството заяви, че скрейпването е забранено."),
    ("bg", "Абонирайте се за нашия бюлетин, за да получавате най-новите статии."),
    ("bg", "Използваме бисквитки, за да подобрим услугите си."),
    ("bg", "Запазваме си правото да променяме тези условия."),
    ("bg", "Новият телефон може автоматично да копира снимки в облака."),
    ("bg", "Правителството забрани продажбата на алкохол след 22 часа."),
    ("ru", "Пресс-секретарь издательства заявил, что парсинг запрещён."),
    ("ru", "Подпишитесь на нашу рассылку, чтобы получать свежие статьи."),
    ("ru", "Мы используем файлы cookie для улучшения работы сайта."),
    ("ru", "Мы оставляем за собой право изменять настоящие условия."),
    ("ru", "Новый телефон умеет автоматически копировать фотографии в облако."),
    ("ru", "Правительство запретило продажу алкоголя после 22 часов."),
    ("uk", "Речник видавництва заявив, що парсинг заборонено."),
    ("uk", "Підпишіться на нашу розсилку, щоб отримувати свіжі статті."),
    ("uk", "Ми використовуємо файли cookie для покращення роботи сайту."),
    ("uk", "Ми залишаємо за собою право змінювати ці умови."),
    ("uk", "Новий телефон уміє автоматично копіювати фотографії в хмару."),
    ("uk", "Уряд заборонив продаж алкоголю після 22:00."),
    ("el", "Ο εκπρόσωπος του εκδότη δήλωσε ότι το scraping απαγορεύεται."),
    ("el", "Εγγραφείτε στο newsletter μας για να λαμβάνετε τα τελευταία άρθρα."),
    ("el", "Χρησιμοποιούμε cookies για τη βελτίωση των υπηρεσιών μας."),
    ("el", "Διατηρούμε το δικαίωμα να τροποποιούμε τους παρόντες όρους."),
    ("el", "Το νέο κινητό μπορεί να αντιγράφει αυτόματα φωτογραφίες στο cloud."),
    ("el", "Η κυβέρνηση απαγόρευσε την πώληση αλκοόλ μετά τις 22:00."),
    ("tr", "Yayıncının sözcüsü, scraping işleminin yasak olduğunu söyledi."),
    ("tr", "En son haberleri almak için bültenimize abone olun."),
    ("tr", "Hizmetlerimizi geliştirmek için çerezler kullanıyoruz."),
    ("tr", "Bu koşulları değiştirme hakkımızı saklı tutarız."),
    ("tr", "Yeni telefon fotoğrafları otomatik olarak buluta kopyalayabilir."),
    ("tr", "Hükümet saat 22'den sonra alkol satışını yasakladı."),
    ("ka", "გამომცემლობის სპიკერმა განაცხადა, რომ სკრეპინგი აკრძალულია."),
    ("ka", "გამოიწერეთ ჩვენი სიახლეები."),
    ("ka", "ჩვენ ვიყენებთ ქუქი-ფაილებს."),
    ("ka", "ჩვენ ვიტოვებთ უფლებას შევცვალოთ ეს პირობები."),
    ("ka", "მთავრობამ ალკოჰოლის გაყიდვა აკრძალა."),
    ("he", "דובר ההוצאה אמר כי גריפת נתונים אסורה."),
    ("he", "הירשמו לניוזלטר שלנו כדי לקבל את הכתבות האחרונות."),
    ("he", "אנו משתמשים בעוגיות לשיפור השירות."),
    ("he", "אנו שומרים לעצמנו את הזכות לשנות תנאים אלה."),
    ("he", "הטלפון החדש יכול להעתיק תמונות לענן באופן אוטומטי."),
    ("he", "הממשלה אסרה מכירת אלכוהול אחרי 22:00."),
    ("ar", "قال متحدث باسم الناشر إن كشط البيانات محظور."),
    ("ar", "اشترك في نشرتنا البريدية لتصلك أحدث المقالات."),
    ("ar", "نستخدم ملفات تعريف الارتباط لتحسين خدماتنا."),
    ("ar", "نحتفظ بالحق في تعديل هذه الشروط."),
    ("ar", "يمكن للهاتف الجديد نسخ الصور إلى السحابة تلقائيا."),
    ("ar", "حظرت الحكومة بيع الكحول بعد الساعة العاشرة."),
]


@pytest.mark.parametrize(("language", "text", "expected"), NOTICES)
def test_a_notice_restricts_what_it_says(
    read: Callable[..., Effects], language: str, text: str, expected: Effects
) -> None:
    assert _restrictions(read(text)) == expected, (language, text)


@pytest.mark.parametrize(("language", "text"), NOTHING)
def test_a_sentence_that_is_no_notice_restricts_nothing(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert _restrictions(read(text)) == {}, (language, text)


def test_every_language_of_the_group_is_covered() -> None:
    languages = [
        "pl",
        "cs",
        "sk",
        "sl",
        "hr",
        "hu",
        "ro",
        "bg",
        "ru",
        "uk",
        "el",
        "tr",
        "ka",
        "he",
        "ar",
    ]
    for language in languages:
        assert sum(1 for case in NOTICES if case[0] == language) >= 10, language
        assert sum(1 for case in NOTHING if case[0] == language) >= 5, language
