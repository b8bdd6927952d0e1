"""A generated crawl of news-like sites for `compliance discover` (issue 14): tests and benchmark.

Deterministic for a seed. Every page is invented text: article prose combined from small phrase
banks per language (never a real article), plus the site's recurring blocks (header line,
byline, counters, footer lines). Sites are of three kinds:

- ``known``: the recurring footer holds wording the bundled rules read (the exact ANTARA footer
  on ``antaranews.com`` hosts, or a plain reservation the generic recogniser reads);
- ``unknown``: a recurring notice restricting AI use or reuse, worded so the current
  recogniser gives no finding for it while its text still has lexicon concept hits;
- ``harmless``: only newsletter, cookie, follow-us, app and copyright lines.

The recurring blocks are noisy: bylines, dates, years and counters vary per page, and at least
a third of the notice sites carry a date inside the notice block itself, so exact matching
alone does not group them. `truth()` says, per host, what a discovery run should find.

    python -m tests.discover.crawl --sites 200 --pages 50 -o crawl.jsonl.zst
    python -m tests.discover.crawl --records 1000000 -o crawl.jsonl.zst   # the benchmark
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import math
import random
import re
import sys
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import orjson

DEFAULT_SITES = 200
DEFAULT_PAGES = 50
DEFAULT_SEED = 7
PAGE_BYTES = 4096  # the average record, JSON included, is close to this
AI = ("ai-train", "ai-input", "ai-index")
_FIRST_DAY = dt.date(2019, 1, 1)
_DAYS = (dt.date(2025, 12, 31) - _FIRST_DAY).days + 1
_POOL = 600  # invented sentences per language, drawn from the phrase banks once

# -- phrase banks ---------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@dataclass(frozen=True)
class Wording:
    """A notice template ({site} is the site's name) and what its wording suggests."""

    text: str
    effects: dict[str, str]
    conditions: tuple[str, ...] = ()


def _ai(verdict: str = "conditional") -> dict[str, str]:
    return dict.fromkeys(AI, verdict)


_REPUB = {"republish": "conditional"}
_WP = ("written-permission",)


@dataclass(frozen=True)
class Lang:
    code: str
    script: str  # ISO 15924
    tlds: tuple[str, ...]
    name_a: tuple[str, ...]  # site names: a + sep + b
    name_b: tuple[str, ...]
    sections: tuple[tuple[str, str], ...]  # (url slug, shown name)
    months: tuple[str, ...]
    date: str  # {d} {m} {mn} {y}
    first: tuple[str, ...]
    last: tuple[str, ...]
    author: str  # {f} {l}
    byline: str  # {author} {date}
    counter: str  # {n}
    page: str  # {p} {q}
    updated: str  # {date}
    sentence: str  # {s} {v} {o} {t}
    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    tails: tuple[str, ...]
    extras: tuple[str, ...]  # free sentences, {n} a number
    reported: tuple[str, ...]  # someone else speaking: news stories have it
    harmless: tuple[str, ...]  # newsletter, cookies, follow us, app, copyright ({site} {year})
    known: tuple[Wording, ...]
    unknown: tuple[Wording, ...]
    slug_words: tuple[str, ...] = ()  # for scripts a URL slug cannot be made from
    name_sep: str = " "
    space: str = " "
    thousands: str = ","


_LANGS: tuple[Lang, ...] = (
    Lang(
        code="en",
        script="Latn",
        tlds=("com", "co.uk", "com.au"),
        name_a=("The Daily", "The Evening", "Northern", "Harbour", "Valley", "Metro", "Coastal"),
        name_b=("Ledger", "Courier", "Herald", "Gazette", "Post", "Chronicle", "Sentinel"),
        sections=(
            ("news", "News"),
            ("local", "Local"),
            ("business", "Business"),
            ("sport", "Sport"),
            ("weather", "Weather"),
            ("culture", "Culture"),
        ),
        months=_words(
            "January February March April May June July August September October November December"
        ),
        date="{d} {mn} {y}",
        first=("Alice", "Ben", "Chloe", "David", "Emma", "Farid", "Grace", "Hugo", "Isla"),
        last=("Morgan", "Patel", "Hughes", "Okafor", "Lindqvist", "Reyes", "Walsh", "Chen"),
        author="{f} {l}",
        byline="By {author} | {date}",
        counter="Read {n} times",
        page="Page {p} of {q}",
        updated="Updated {date}.",
        sentence="{s} {v} {o} {t}.",
        subjects=(
            "The city council",
            "The regional transport authority",
            "The finance ministry",
            "A local football club",
            "The harbour board",
            "The weather service",
            "The university hospital",
            "The chamber of commerce",
        ),
        verbs=("unveiled", "confirmed", "postponed", "discussed", "reviewed", "welcomed"),
        objects=(
            "a new budget for road repairs",
            "plans for a second bridge",
            "the opening of a weekend market",
            "a proposal to extend the tram line",
            "the results of its annual survey",
            "a scheme to plant {n} trees",
            "changes to the bus timetable",
            "a larger festival in the old town",
        ),
        tails=(
            "on Tuesday",
            "after a long debate",
            "at a meeting in the town hall",
            "earlier this week",
            "despite heavy rain",
            "ahead of the summer season",
        ),
        extras=(
            "The work is expected to take about {n} months.",
            "About {n} people attended the event.",
            "Shops in the area reported a busy weekend.",
            "Further details are expected next week.",
            "The idea has been debated for several years.",
            "Traffic near the station was slower than usual.",
        ),
        reported=(
            "A spokesperson said the timetable would be reviewed again in autumn.",
            "Residents told reporters that the change was long overdue.",
        ),
        harmless=(
            "Get the best of {site} in your inbox: sign up for our free morning newsletter.",
            "This website uses cookies to remember your settings and measure traffic.",
            "Follow {site} on Facebook, Instagram and YouTube.",
            "Download the {site} app for iPhone and Android.",
            "© {year} {site}",
        ),
        known=(
            Wording(
                "Reproduction of material from {site} without written permission is prohibited.",
                _REPUB,
                _WP,
            ),
            Wording(
                "The content of {site} may not be used to train artificial intelligence systems.",
                {"ai-train": "deny", "ai-index": "deny"},
            ),
        ),
        unknown=(
            Wording(
                "Please keep our stories out of your AI training sets unless we have agreed "
                "terms in writing.",
                {"ai-train": "conditional"},
                _WP,
            ),
            Wording(
                "AI companies wishing to use our content should contact our licensing team.",
                _ai(),
                ("licence",),
            ),
            Wording(
                "Scrapers and chatbot builders: our reporting is off-limits unless you have a "
                "deal with us.",
                {"crawl": "conditional", "ai-input": "conditional"},
                ("permission",),
            ),
        ),
    ),
    Lang(
        code="id",
        script="Latn",
        tlds=("co.id", "id", "com"),
        name_a=("Kabar", "Warta", "Suara", "Harian", "Berita", "Gema"),
        name_b=("Nusantara", "Timur", "Pagi", "Rakyat", "Kota", "Bahari"),
        sections=(
            ("berita", "Berita"),
            ("daerah", "Daerah"),
            ("ekonomi", "Ekonomi"),
            ("olahraga", "Olahraga"),
            ("hiburan", "Hiburan"),
        ),
        months=_words(
            "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
        ),
        date="{d} {mn} {y}",
        first=("Budi", "Sari", "Agus", "Dewi", "Rizky", "Putri", "Hendra", "Ayu"),
        last=("Santoso", "Wijaya", "Lestari", "Hidayat", "Saputra", "Nugroho", "Rahmawati"),
        author="{f} {l}",
        byline="Penulis: {author} | {date}",
        counter="Dibaca {n} kali",
        page="Halaman {p} dari {q}",
        updated="Diperbarui {date}.",
        sentence="{s} {v} {o} {t}.",
        subjects=(
            "Pemerintah kota",
            "Dinas perhubungan provinsi",
            "Kementerian Keuangan",
            "Klub sepak bola setempat",
            "Otoritas pelabuhan",
            "Badan meteorologi daerah",
            "Rumah sakit universitas",
            "Kamar dagang daerah",
        ),
        verbs=("memaparkan", "membahas", "menunda", "mendukung", "menegaskan", "menyambut baik"),
        objects=(
            "anggaran baru untuk perbaikan jalan",
            "rencana pembangunan jembatan kedua",
            "pembukaan pasar akhir pekan",
            "usulan perpanjangan jalur trem",
            "hasil survei tahunan",
            "rencana penanaman {n} pohon",
            "perubahan jadwal bus kota",
            "festival yang lebih besar di kota tua",
        ),
        tails=(
            "pada Selasa",
            "setelah perdebatan panjang",
            "dalam rapat di balai kota",
            "awal pekan ini",
            "meski hujan deras",
            "menjelang musim liburan",
        ),
        extras=(
            "Pekerjaan itu diperkirakan memakan waktu sekitar {n} bulan.",
            "Sekitar {n} orang menghadiri acara tersebut.",
            "Pedagang di sekitar lokasi mencatat akhir pekan yang ramai.",
            "Rincian lebih lanjut diharapkan keluar pekan depan.",
            "Gagasan itu sudah diperdebatkan selama beberapa tahun.",
        ),
        reported=(
            "Seorang juru bicara mengatakan jadwal itu akan ditinjau lagi tahun depan.",
            "Warga mengatakan kepada wartawan bahwa perubahan itu sudah lama ditunggu.",
        ),
        harmless=(
            "Dapatkan berita pilihan {site} setiap pagi dengan berlangganan buletin kami.",
            "Situs ini menggunakan cookie untuk menyimpan pengaturan Anda dan mengukur kunjungan.",
            "Ikuti {site} di Facebook, Instagram, dan YouTube.",
            "Unduh aplikasi {site} untuk iPhone dan Android.",
            "© {year} {site}",
        ),
        known=(
            Wording(
                "Dilarang mengutip atau memperbanyak isi {site} tanpa izin tertulis.", _REPUB, _WP
            ),
        ),
        unknown=(
            Wording(
                "Berita kami bukan santapan gratis bagi model AI; bicarakan dulu dengan tim "
                "lisensi kami.",
                _ai(),
                ("licence",),
            ),
            Wording(
                "Perusahaan AI yang ingin memakai berita kami harap menghubungi bagian kerja sama.",
                _ai(),
                ("permission",),
            ),
        ),
    ),
    Lang(
        code="de",
        script="Latn",
        tlds=("de", "at", "ch"),
        name_a=("Stadt", "Nord", "Rhein", "Tal", "Morgen", "Abend"),
        name_b=("anzeiger", "kurier", "blatt", "merkur", "echo"),
        name_sep="",
        sections=(
            ("politik", "Politik"),
            ("lokales", "Lokales"),
            ("wirtschaft", "Wirtschaft"),
            ("sport", "Sport"),
            ("kultur", "Kultur"),
        ),
        months=_words(
            "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
        ),
        date="{d}. {mn} {y}",
        first=("Anna", "Lukas", "Sophie", "Jonas", "Mia", "Felix", "Lea", "Paul"),
        last=("Müller", "Schmidt", "Weber", "Fischer", "Becker", "Wagner", "Hoffmann"),
        author="{f} {l}",
        byline="Von {author} | {date}",
        counter="{n}-mal gelesen",
        page="Seite {p} von {q}",
        updated="Aktualisiert am {date}.",
        sentence="{s} {v} {o} {t}.",
        thousands=".",
        subjects=(
            "Der Stadtrat",
            "Der regionale Verkehrsverbund",
            "Das Finanzministerium",
            "Ein örtlicher Fußballverein",
            "Die Hafenbehörde",
            "Der Wetterdienst",
            "Das Universitätsklinikum",
            "Die Handelskammer",
        ),
        verbs=("präsentierte", "beriet", "unterstützte", "bestätigte", "prüfte", "begrüßte"),
        objects=(
            "einen neuen Haushalt für Straßenreparaturen",
            "Pläne für eine zweite Brücke",
            "die Eröffnung eines Wochenendmarkts",
            "einen Vorschlag zur Verlängerung der Straßenbahnlinie",
            "die Ergebnisse der jährlichen Umfrage",
            "ein Programm zur Pflanzung von {n} Bäumen",
            "Änderungen am Busfahrplan",
            "ein größeres Fest in der Altstadt",
        ),
        tails=(
            "am Dienstag",
            "nach langer Debatte",
            "bei einer Sitzung im Rathaus",
            "Anfang der Woche",
            "trotz starken Regens",
            "vor der Sommersaison",
        ),
        extras=(
            "Die Arbeiten sollen etwa {n} Monate dauern.",
            "Rund {n} Menschen kamen zu der Veranstaltung.",
            "Geschäfte in der Umgebung meldeten ein lebhaftes Wochenende.",
            "Weitere Einzelheiten werden für die kommende Woche erwartet.",
            "Über die Idee wird seit einigen Jahren gestritten.",
        ),
        reported=(
            "Ein Sprecher sagte, der Zeitplan werde im Herbst erneut geprüft.",
            "Anwohner sagten Reportern, die Änderung sei längst überfällig.",
        ),
        harmless=(
            "Das Beste vom {site} im Postfach: Jetzt den kostenlosen Morgen-Newsletter abonnieren.",
            "Diese Website verwendet Cookies, um Ihre Einstellungen zu speichern und Besuche "
            "zu messen.",
            "Folgen Sie dem {site} auf Facebook, Instagram und YouTube.",
            "Laden Sie die App vom {site} für iPhone und Android herunter.",
            "© {year} {site}",
        ),
        known=(
            Wording(
                "Nachdruck und Vervielfältigung von Inhalten des {site}s nur mit schriftlicher "
                "Genehmigung.",
                _REPUB,
                _WP,
            ),
            Wording(
                "Die Vervielfältigung ohne schriftliche Genehmigung des {site}s ist untersagt.",
                _REPUB,
                _WP,
            ),
        ),
        unknown=(
            Wording(
                "Unsere Texte sind kein Futter für KI-Modelle: Wer sie dafür nutzen will, "
                "spricht zuerst mit unserer Lizenzabteilung.",
                _ai(),
                ("licence",),
            ),
            Wording(
                "Sie entwickeln einen Chatbot? Unser Archiv ist kein Selbstbedienungsladen – "
                "sprechen Sie zuerst mit unserer Lizenzabteilung.",
                {"ai-input": "conditional"},
                ("licence",),
            ),
        ),
    ),
    Lang(
        code="fr",
        script="Latn",
        tlds=("fr", "be"),
        name_a=("Le Courrier", "L'Écho", "Le Journal", "La Dépêche", "Le Réveil", "La Voix"),
        name_b=("du Midi", "de l'Ouest", "des Alpes", "du Littoral", "de la Vallée", "du Nord"),
        sections=(
            ("actualite", "Actualité"),
            ("region", "Région"),
            ("economie", "Économie"),
            ("sports", "Sports"),
            ("culture", "Culture"),
        ),
        months=_words(
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        ),
        date="{d} {mn} {y}",
        first=("Camille", "Julien", "Manon", "Hugo", "Léa", "Thomas", "Chloé", "Nicolas"),
        last=("Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard", "Roux"),
        author="{f} {l}",
        byline="Par {author} | {date}",
        counter="Lu {n} fois",
        page="Page {p} sur {q}",
        updated="Mis à jour le {date}.",
        sentence="{s} {v} {o} {t}.",
        thousands="\u202f",
        subjects=(
            "Le conseil municipal",
            "L'autorité régionale des transports",
            "Le ministère des Finances",
            "Un club de football local",
            "Le port autonome",
            "Le service météorologique",
            "Le centre hospitalier universitaire",
            "La chambre de commerce",
        ),
        verbs=("a présenté", "a examiné", "a reporté", "a soutenu", "a confirmé", "a salué"),
        objects=(
            "un nouveau budget pour la réfection des routes",
            "des plans pour un deuxième pont",
            "l'ouverture d'un marché du week-end",
            "un projet de prolongement de la ligne de tramway",
            "les résultats de son enquête annuelle",
            "un projet de plantation de {n} arbres",
            "des changements dans les horaires de bus",
            "un festival plus grand dans la vieille ville",
        ),
        tails=(
            "mardi",
            "après un long débat",
            "lors d'une réunion à l'hôtel de ville",
            "en début de semaine",
            "malgré de fortes pluies",
            "à l'approche de la saison estivale",
        ),
        extras=(
            "Les travaux devraient durer environ {n} mois.",
            "Environ {n} personnes ont assisté à l'événement.",
            "Les commerçants du quartier ont connu un week-end animé.",
            "De plus amples détails sont attendus la semaine prochaine.",
            "L'idée est débattue depuis plusieurs années.",
        ),
        reported=(
            "Un porte-parole a déclaré que le calendrier serait revu à l'automne.",
            "Des habitants ont affirmé que ce changement était attendu depuis longtemps.",
        ),
        harmless=(
            "Recevez chaque matin l'essentiel de {site} : inscrivez-vous à notre lettre "
            "d'information gratuite.",
            "Ce site utilise des cookies pour mémoriser vos préférences et mesurer l'audience.",
            "Suivez {site} sur Facebook, Instagram et YouTube.",
            "Téléchargez l'application {site} pour iPhone et Android.",
            "© {year} {site}",
        ),
        known=(
            Wording(
                "Toute reproduction sans autorisation écrite de {site} est interdite.", _REPUB, _WP
            ),
        ),
        unknown=(
            Wording(
                "Nos archives ne servent pas à nourrir les modèles d'IA sans accord préalable "
                "avec la rédaction.",
                _ai(),
                ("permission",),
            ),
            Wording(
                "Les entreprises d'IA souhaitant utiliser nos contenus sont invitées à se "
                "rapprocher de notre service commercial.",
                _ai(),
                ("permission",),
            ),
        ),
    ),
    Lang(
        code="es",
        script="Latn",
        tlds=("es", "com.mx", "com.ar"),
        name_a=("El Diario", "La Voz", "El Heraldo", "La Crónica", "El Eco", "La Gaceta"),
        name_b=("del Sur", "de la Costa", "del Valle", "de Levante", "del Norte", "de la Sierra"),
        sections=(
            ("noticias", "Noticias"),
            ("local", "Local"),
            ("economia", "Economía"),
            ("deportes", "Deportes"),
            ("cultura", "Cultura"),
        ),
        months=_words(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
            "diciembre"
        ),
        date="{d} de {mn} de {y}",
        first=("Lucía", "Javier", "Carmen", "Diego", "Elena", "Pablo", "Marta", "Sergio"),
        last=("García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro"),
        author="{f} {l}",
        byline="Por {author} | {date}",
        counter="Leído {n} veces",
        page="Página {p} de {q}",
        updated="Actualizado el {date}.",
        sentence="{s} {v} {o} {t}.",
        thousands=".",
        subjects=(
            "El ayuntamiento",
            "La autoridad regional de transporte",
            "El Ministerio de Hacienda",
            "Un club de fútbol local",
            "La autoridad portuaria",
            "El servicio meteorológico",
            "El hospital universitario",
            "La cámara de comercio",
        ),
        verbs=("presentó", "examinó", "aplazó", "respaldó", "confirmó", "celebró"),
        objects=(
            "un nuevo presupuesto para el arreglo de carreteras",
            "los planes de un segundo puente",
            "la apertura de un mercado de fin de semana",
            "una propuesta para ampliar la línea de tranvía",
            "los resultados de su encuesta anual",
            "un proyecto para plantar {n} árboles",
            "cambios en el horario de autobuses",
            "un festival más grande en el casco antiguo",
        ),
        tails=(
            "el martes",
            "tras un largo debate",
            "en una reunión en la casa consistorial",
            "a principios de semana",
            "pese a las fuertes lluvias",
            "antes de la temporada de verano",
        ),
        extras=(
            "Se espera que las obras duren unos {n} meses.",
            "Unas {n} personas asistieron al acto.",
            "Los comercios de la zona registraron un fin de semana concurrido.",
            "Se esperan más detalles la próxima semana.",
            "La idea se debate desde hace varios años.",
        ),
        reported=(
            "Un portavoz dijo que el calendario se revisará de nuevo en otoño.",
            "Varios vecinos dijeron a los periodistas que el cambio llegaba tarde.",
        ),
        harmless=(
            "Recibe cada mañana lo mejor de {site}: suscríbete a nuestro boletín gratuito.",
            "Este sitio utiliza cookies para recordar tus preferencias y medir las visitas.",
            "Sigue a {site} en Facebook, Instagram y YouTube.",
            "Descarga la aplicación de {site} para iPhone y Android.",
            "© {year} {site}",
        ),
        known=(
            Wording(
                "Queda prohibida la reproducción total o parcial sin autorización escrita de "
                "{site}.",
                _REPUB,
                _WP,
            ),
        ),
        unknown=(
            Wording(
                "¿Desarrolla modelos de IA? Nuestro archivo no está en oferta: escríbanos antes "
                "de incorporarlo a sus datos.",
                {"ai-train": "conditional"},
                ("permission",),
            ),
        ),
    ),
    Lang(
        code="it",
        script="Latn",
        tlds=("it",),
        name_a=("Corriere", "Gazzetta", "Eco", "Giornale", "Voce", "Cronaca"),
        name_b=("Alpino", "del Lago", "di Valle", "del Porto", "Adriatico", "della Sera"),
        sections=(
            ("cronaca", "Cronaca"),
            ("territorio", "Territorio"),
            ("economia", "Economia"),
            ("sport", "Sport"),
            ("cultura", "Cultura"),
        ),
        months=_words(
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
            "novembre dicembre"
        ),
        date="{d} {mn} {y}",
        first=("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Andrea"),
        last=("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo"),
        author="{f} {l}",
        byline="Di {author} | {date}",
        counter="Letto {n} volte",
        page="Pagina {p} di {q}",
        updated="Aggiornato il {date}.",
        sentence="{s} {v} {o} {t}.",
        thousands=".",
        subjects=(
            "Il consiglio comunale",
            "L'agenzia regionale dei trasporti",
            "Il ministero dell'Economia",
            "Una squadra di calcio locale",
            "L'autorità portuale",
            "Il servizio meteorologico",
            "Il policlinico universitario",
            "La camera di commercio",
        ),
        verbs=(
            "ha presentato",
            "ha esaminato",
            "ha rinviato",
            "ha sostenuto",
            "ha confermato",
            "ha accolto con favore",
        ),
        objects=(
            "un nuovo bilancio per la manutenzione delle strade",
            "i piani per un secondo ponte",
            "l'apertura di un mercato del fine settimana",
            "una proposta per prolungare la linea del tram",
            "i risultati dell'indagine annuale",
            "un progetto per piantare {n} alberi",
            "modifiche agli orari degli autobus",
            "un festival più grande nel centro storico",
        ),
        tails=(
            "martedì",
            "dopo un lungo dibattito",
            "durante una riunione in municipio",
            "all'inizio della settimana",
            "nonostante la pioggia intensa",
            "in vista della stagione estiva",
        ),
        extras=(
            "I lavori dovrebbero durare circa {n} mesi.",
            "Circa {n} persone hanno partecipato all'evento.",
            "I negozi della zona hanno registrato un fine settimana affollato.",
            "Ulteriori dettagli sono attesi la prossima settimana.",
            "L'idea è in discussione da diversi anni.",
        ),
        reported=(
            "Un portavoce ha detto che il calendario sarà rivisto in autunno.",
            "Alcuni residenti hanno detto ai giornalisti che il cambiamento era atteso da tempo.",
        ),
        harmless=(
            "Ricevi ogni mattina il meglio di {site}: iscriviti alla nostra newsletter gratuita.",
            "Questo sito utilizza i cookie per ricordare le tue preferenze e misurare le visite.",
            "Segui {site} su Facebook, Instagram e YouTube.",
            "Scarica l'app di {site} per iPhone e Android.",
            "© {year} {site}",
        ),
        known=(
            Wording(
                "È vietata la riproduzione senza autorizzazione scritta di {site}.", _REPUB, _WP
            ),
        ),
        unknown=(
            Wording(
                "I nostri articoli non sono a disposizione dei modelli di IA: rivolgetevi prima "
                "al nostro ufficio licenze.",
                _ai(),
                ("licence",),
            ),
            Wording(
                "Sviluppate modelli di IA? Parlatene prima con il nostro ufficio licenze, il "
                "nostro archivio non è in saldo.",
                {"ai-train": "conditional"},
                ("licence",),
            ),
        ),
    ),
    Lang(
        code="nl",
        script="Latn",
        tlds=("nl", "be"),
        name_a=("Dagblad", "Courant", "Nieuwsblad", "Bode", "Stem", "Krant"),
        name_b=("Noord", "van het Oosten", "Rijnmond", "aan Zee", "De Vallei", "Zuid"),
        sections=(
            ("nieuws", "Nieuws"),
            ("regio", "Regio"),
            ("economie", "Economie"),
            ("sport", "Sport"),
            ("cultuur", "Cultuur"),
        ),
        months=_words(
            "januari februari maart april mei juni juli augustus september oktober november "
            "december"
        ),
        date="{d} {mn} {y}",
        first=("Sanne", "Daan", "Emma", "Lars", "Julia", "Bram", "Fleur", "Thijs"),
        last=("de Jong", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit"),
        author="{f} {l}",
        byline="Door {author} | {date}",
        counter="{n} keer gelezen",
        page="Pagina {p} van {q}",
        updated="Bijgewerkt op {date}.",
        sentence="{s} {v} {o} {t}.",
        thousands=".",
        subjects=(
            "De gemeenteraad",
            "De regionale vervoersautoriteit",
            "Het ministerie van Financiën",
            "Een plaatselijke voetbalclub",
            "Het havenbedrijf",
            "De weerdienst",
            "Het academisch ziekenhuis",
            "De Kamer van Koophandel",
        ),
        verbs=("presenteerde", "besprak", "steunde", "bevestigde", "onderzocht", "verwelkomde"),
        objects=(
            "een nieuwe begroting voor wegonderhoud",
            "plannen voor een tweede brug",
            "de opening van een weekendmarkt",
            "een voorstel om de tramlijn te verlengen",
            "de uitkomsten van de jaarlijkse enquête",
            "een plan om {n} bomen te planten",
            "wijzigingen in de dienstregeling van de bus",
            "een groter festival in de oude binnenstad",
        ),
        tails=(
            "op dinsdag",
            "na een lang debat",
            "tijdens een vergadering in het stadhuis",
            "eerder deze week",
            "ondanks de zware regen",
            "voorafgaand aan het zomerseizoen",
        ),
        extras=(
            "Het werk duurt naar verwachting ongeveer {n} maanden.",
            "Ongeveer {n} mensen bezochten het evenement.",
            "Winkels in de buurt spraken van een druk weekend.",
            "Meer details worden volgende week verwacht.",
            "Over het idee wordt al jaren gediscussieerd.",
        ),
        reported=(
            "Een woordvoerder zei dat het schema in het najaar opnieuw wordt bekeken.",
            "Bewoners vertelden verslaggevers dat de verandering lang op zich liet wachten.",
        ),
        harmless=(
            "Ontvang elke ochtend het beste van {site}: meld je aan voor onze gratis nieuwsbrief.",
            "Deze website gebruikt cookies om je voorkeuren te onthouden en het bezoek te meten.",
            "Volg {site} op Facebook, Instagram en YouTube.",
            "Download de app van {site} voor iPhone en Android.",
            "© {year} {site}",
        ),
        known=(
            Wording(
                "Overname van artikelen van {site} zonder schriftelijke toestemming is niet "
                "toegestaan.",
                _REPUB,
                _WP,
            ),
        ),
        unknown=(
            Wording(
                "Onze verhalen zijn geen gratis voer voor AI-modellen; neem eerst contact op met "
                "onze licentieafdeling.",
                _ai(),
                ("licence",),
            ),
            Wording(
                "Bouwt u een chatbot? Ons archief is geen zelfbediening: neem eerst contact op "
                "met onze licentieafdeling.",
                {"ai-input": "conditional"},
                ("licence",),
            ),
        ),
    ),
    Lang(
        code="pt",
        script="Latn",
        tlds=("pt", "com.br"),
        name_a=("Jornal", "Diário", "Correio", "Gazeta", "Folha", "Tribuna"),
        name_b=("do Litoral", "da Serra", "do Vale", "do Norte", "da Manhã", "do Porto"),
        sections=(
            ("noticias", "Notícias"),
            ("cidades", "Cidades"),
            ("economia", "Economia"),
            ("esportes", "Esportes"),
            ("cultura", "Cultura"),
        ),
        months=_words(
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
            "dezembro"
        ),
        date="{d} de {mn} de {y}",
        first=("Ana", "João", "Beatriz", "Pedro", "Mariana", "Rafael", "Larissa", "Tiago"),
        last=("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida"),
        author="{f} {l}",
        byline="Por {author} | {date}",
        counter="Lido {n} vezes",
        page="Página {p} de {q}",
        updated="Atualizado em {date}.",
        sentence="{s} {v} {o} {t}.",
        thousands=".",
        subjects=(
            "A câmara municipal",
            "A autoridade regional de transportes",
            "O Ministério das Finanças",
            "Um clube de futebol local",
            "A administração do porto",
            "O serviço meteorológico",
            "O hospital universitário",
            "A associação comercial",
        ),
        verbs=("apresentou", "analisou", "adiou", "apoiou", "confirmou", "elogiou"),
        objects=(
            "um novo orçamento para obras nas estradas",
            "os planos de uma segunda ponte",
            "a abertura de uma feira de fim de semana",
            "uma proposta para estender a linha do bonde",
            "os resultados da pesquisa anual",
            "um projeto para plantar {n} árvores",
            "mudanças nos horários dos ônibus",
            "um festival maior no centro histórico",
        ),
        tails=(
            "na terça-feira",
            "após um longo debate",
            "numa reunião na prefeitura",
            "no início da semana",
            "apesar da chuva forte",
            "antes da temporada de verão",
        ),
        extras=(
            "As obras devem levar cerca de {n} meses.",
            "Cerca de {n} pessoas compareceram ao evento.",
            "O comércio da região registrou um fim de semana movimentado.",
            "Mais detalhes são esperados na próxima semana.",
            "A ideia é debatida há vários anos.",
        ),
        reported=(
            "Um porta-voz disse que o calendário será revisto no outono.",
            "Moradores disseram aos repórteres que a mudança chegou tarde.",
        ),
        harmless=(
            "Receba todas as manhãs o melhor de {site}: assine nossa newsletter gratuita.",
            "Este site usa cookies para lembrar suas preferências e medir o tráfego.",
            "Siga {site} no Facebook, Instagram e YouTube.",
            "Baixe o aplicativo {site} para iPhone e Android.",
            "© {year} {site}",
        ),
        known=(
            Wording("É proibida a reprodução sem autorização por escrito de {site}.", _REPUB, _WP),
        ),
        unknown=(
            Wording(
                "Nosso jornalismo não é matéria-prima gratuita para modelos de IA; converse antes "
                "com nossa equipe de licenciamento.",
                _ai(),
                ("licence",),
            ),
            Wording(
                "Desenvolve modelos de IA? Nosso acervo não está à venda na prateleira: fale "
                "antes com nossa equipe de licenciamento.",
                {"ai-train": "conditional"},
                ("licence",),
            ),
        ),
    ),
    Lang(
        code="pl",
        script="Latn",
        tlds=("pl", "com.pl"),
        name_a=("Gazeta", "Kurier", "Głos", "Dziennik", "Echo", "Tygodnik"),
        name_b=("Miejski", "Pomorski", "Śląski", "Poranny", "Mazowiecki", "Górski"),
        sections=(
            ("wiadomosci", "Wiadomości"),
            ("region", "Region"),
            ("biznes", "Biznes"),
            ("sport", "Sport"),
            ("kultura", "Kultura"),
        ),
        months=_words(
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
            "listopada grudnia"
        ),
        date="{d} {mn} {y}",
        first=("Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Michał", "Agnieszka"),
        last=("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski"),
        author="{f} {l}",
        byline="Autor: {author} | {date}",
        counter="Wyświetlono {n} razy",
        page="Strona {p} z {q}",
        updated="Aktualizacja: {date}.",
        sentence="{s} {v} {o} {t}.",
        thousands=" ",
        subjects=(
            "Zarząd miasta",
            "Urząd marszałkowski",
            "Minister finansów",
            "Miejscowy klub piłkarski",
            "Zarząd portu",
            "Wojewoda",
            "Szpital uniwersytecki",
            "Związek nauczycieli",
        ),
        verbs=("przedstawił", "omówił", "przełożył", "poparł", "potwierdził", "rozpatrzył"),
        objects=(
            "nowy budżet na remonty dróg",
            "plan budowy drugiego mostu",
            "otwarcie weekendowego targu",
            "projekt przedłużenia linii tramwajowej",
            "wyniki corocznej ankiety",
            "plan posadzenia {n} drzew",
            "zmiany w rozkładzie autobusów",
            "plan rozbudowy festiwalu na starym mieście",
        ),
        tails=(
            "we wtorek",
            "po długiej dyskusji",
            "na posiedzeniu w ratuszu",
            "na początku tygodnia",
            "mimo ulewnego deszczu",
            "przed sezonem letnim",
        ),
        extras=(
            "Prace mają potrwać około {n} miesięcy.",
            "W wydarzeniu wzięło udział około {n} osób.",
            "Sklepy w okolicy odnotowały ruchliwy weekend.",
            "Więcej szczegółów ma być znanych w przyszłym tygodniu.",
            "O pomyśle dyskutuje się od kilku lat.",
        ),
        reported=(
            "Rzecznik powiedział, że harmonogram zostanie ponownie przejrzany jesienią.",
            "Mieszkańcy powiedzieli reporterom, że na zmianę czekali od dawna.",
        ),
        harmless=(
            "Najważniejsze wiadomości {site} co rano w Twojej skrzynce – zapisz się do "
            "bezpłatnego newslettera.",
            "Ta strona używa plików cookie, aby zapamiętać Twoje ustawienia i mierzyć ruch.",
            "Obserwuj {site} na Facebooku, Instagramie i YouTube.",
            "Pobierz aplikację {site} na iPhone'a i Androida.",
            "© {year} {site}",
        ),
        known=(
            Wording(
                "Kopiowanie materiałów {site} bez pisemnej zgody jest zabronione.", _REPUB, _WP
            ),
        ),
        unknown=(
            Wording(
                "Nasze teksty to nie darmowa pożywka dla modeli AI – najpierw porozmawiaj z "
                "naszym działem licencji.",
                _ai(),
                ("licence",),
            ),
            Wording(
                "Budujesz chatbota? Nasze archiwum nie leży na półce za darmo – napisz najpierw "
                "do działu licencji.",
                {"ai-input": "conditional"},
                ("licence",),
            ),
        ),
    ),
    Lang(
        code="sv",
        script="Latn",
        tlds=("se",),
        name_a=("Kvälls", "Dags", "Norrlands", "Kust", "Dal", "Stads"),
        name_b=("bladet", "posten", "kuriren", "tidningen", "nytt", "bygden"),
        name_sep="",
        sections=(
            ("nyheter", "Nyheter"),
            ("lokalt", "Lokalt"),
            ("ekonomi", "Ekonomi"),
            ("sport", "Sport"),
            ("kultur", "Kultur"),
        ),
        months=_words(
            "januari februari mars april maj juni juli augusti september oktober november december"
        ),
        date="{d} {mn} {y}",
        first=("Elsa", "Oskar", "Maja", "Erik", "Alva", "Nils", "Ebba", "Axel"),
        last=("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Lindberg"),
        author="{f} {l}",
        byline="Av {author} | {date}",
        counter="Läst {n} gånger",
        page="Sida {p} av {q}",
        updated="Uppdaterad {date}.",
        sentence="{s} {v} {o} {t}.",
        thousands=" ",
        subjects=(
            "Kommunfullmäktige",
            "Regionens trafiknämnd",
            "Finansdepartementet",
            "Den lokala fotbollsklubben",
            "Hamnstyrelsen",
            "Vädertjänsten",
            "Universitetssjukhuset",
            "Handelskammaren",
        ),
        verbs=("presenterade", "diskuterade", "sköt upp", "stödde", "bekräftade", "välkomnade"),
        objects=(
            "en ny budget för vägunderhåll",
            "planer på en andra bro",
            "öppnandet av en helgmarknad",
            "ett förslag om att förlänga spårvägen",
            "resultatet av den årliga enkäten",
            "en plan för att plantera {n} träd",
            "ändringar i busstidtabellen",
            "en större festival i gamla stan",
        ),
        tails=(
            "på tisdagen",
            "efter en lång debatt",
            "vid ett möte i stadshuset",
            "tidigare i veckan",
            "trots kraftigt regn",
            "inför sommarsäsongen",
        ),
        extras=(
            "Arbetet väntas ta omkring {n} månader.",
            "Omkring {n} personer besökte evenemanget.",
            "Butikerna i området rapporterade en livlig helg.",
            "Fler detaljer väntas nästa vecka.",
            "Idén har diskuterats i flera år.",
        ),
        reported=(
            "En talesperson sa att tidsplanen ska ses över igen i höst.",
            "Boende sa till reportrar att förändringen var efterlängtad.",
        ),
        harmless=(
            "Få det bästa från {site} i din inkorg – prenumerera på vårt kostnadsfria "
            "morgonnyhetsbrev.",
            "Den här webbplatsen använder kakor för att komma ihåg dina inställningar och mäta "
            "trafiken.",
            "Följ {site} på Facebook, Instagram och YouTube.",
            "Ladda ner appen från {site} för iPhone och Android.",
            "© {year} {site}",
        ),
        known=(
            Wording(
                "Det är förbjudet att återpublicera material från {site} utan skriftligt "
                "tillstånd.",
                _REPUB,
                _WP,
            ),
        ),
        unknown=(
            Wording(
                "Våra artiklar är inget gratis foder för AI-modeller – hör av dig till vår "
                "licensavdelning först.",
                _ai(),
                ("licence",),
            ),
            Wording(
                "AI-företag som vill använda vårt innehåll ombeds kontakta vår "
                "syndikeringsavdelning.",
                _ai(),
                ("licence",),
            ),
        ),
    ),
    Lang(
        code="ru",
        script="Cyrl",
        tlds=("ru",),
        name_a=("Городские", "Вечерние", "Северные", "Волжские", "Утренние", "Областные"),
        name_b=("новости", "ведомости", "известия", "вести"),
        slug_words=("novosti", "gorod", "region", "ekonomika", "sobytiya"),
        sections=(
            ("news", "Новости"),
            ("city", "Город"),
            ("economy", "Экономика"),
            ("sport", "Спорт"),
            ("culture", "Культура"),
        ),
        months=_words(
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
        ),
        date="{d} {mn} {y}",
        first=("Анна", "Иван", "Мария", "Дмитрий", "Ольга", "Сергей", "Екатерина", "Павел"),
        last=("Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Морозов"),
        author="{f} {l}",
        byline="Автор: {author} | {date}",
        counter="Просмотров: {n}",
        page="Страница {p} из {q}",
        updated="Обновлено {date}.",
        sentence="{s} {v} {o} {t}.",
        thousands=" ",
        subjects=(
            "Городской совет",
            "Областной транспортный комитет",
            "Министр финансов",
            "Местный футбольный клуб",
            "Совет директоров порта",
            "Губернатор",
            "Университетский медицинский центр",
            "Профсоюз учителей",
        ),
        verbs=("представил", "обсудил", "отложил", "поддержал", "подтвердил", "рассмотрел"),
        objects=(
            "новый бюджет на ремонт дорог",
            "план строительства второго моста",
            "открытие ярмарки выходного дня",
            "проект продления трамвайной линии",
            "итоги ежегодного опроса",
            "план посадки {n} деревьев",
            "изменения в расписании автобусов",
            "план расширения фестиваля в старом городе",
        ),
        tails=(
            "во вторник",
            "после долгого обсуждения",
            "на заседании в мэрии",
            "в начале недели",
            "несмотря на сильный дождь",
            "накануне летнего сезона",
        ),
        extras=(
            "Работы займут около {n} месяцев.",
            "На мероприятие пришли около {n} человек.",
            "Магазины в округе отметили оживлённые выходные.",
            "Подробности ожидаются на следующей неделе.",
            "Эту идею обсуждают уже несколько лет.",
        ),
        reported=(
            "Представитель ведомства сказал, что график пересмотрят осенью.",
            "Жители рассказали журналистам, что этих перемен ждали давно.",
        ),
        harmless=(
            "Подпишитесь на бесплатную утреннюю рассылку {site} и получайте главные новости дня.",
            "Этот сайт использует файлы cookie, чтобы запоминать ваши настройки и считать "
            "посещения.",
            "Следите за {site} в Telegram, VK и YouTube.",
            "Скачайте приложение {site} для iPhone и Android.",
            "© {year} {site}",
        ),
        known=(
            Wording(
                "Перепечатка материалов {site} без письменного разрешения запрещена.", _REPUB, _WP
            ),
        ),
        unknown=(
            Wording(
                "Наши материалы — не бесплатный корм для моделей ИИ: сначала свяжитесь с нашим "
                "отделом лицензирования.",
                _ai(),
                ("licence",),
            ),
            Wording(
                "Разрабатываете чат-бота? Наш архив не раздаётся даром — напишите сначала в "
                "отдел лицензирования.",
                {"ai-input": "conditional"},
                ("licence",),
            ),
        ),
    ),
    Lang(
        code="ja",
        script="Jpan",
        tlds=("jp", "co.jp"),
        name_a=("東都", "北海", "湾岸", "中央", "山陽", "港町"),
        name_b=("新聞", "日報", "タイムズ", "通信"),
        name_sep="",
        slug_words=("news", "shakai", "keizai", "chiiki", "bunka"),
        sections=(
            ("news", "ニュース"),
            ("local", "地域"),
            ("economy", "経済"),
            ("sports", "スポーツ"),
            ("culture", "文化"),
        ),
        months=tuple(str(i) for i in range(1, 13)),
        date="{y}年{m}月{d}日",
        first=("陽子", "健太", "美咲", "大輔", "彩", "翔太", "由美", "直樹"),
        last=("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本"),
        author="{l}{f}",
        byline="{author}記者 | {date}",
        counter="閲覧数 {n}",
        page="{p}/{q}ページ",
        updated="{date}更新。",
        sentence="{s}は{t}、{o}を{v}。",
        space="",
        subjects=(
            "市議会",
            "県の交通局",
            "財務省",
            "地元のサッカークラブ",
            "港湾局",
            "気象台",
            "大学病院",
            "商工会議所",
        ),
        verbs=("発表した", "協議した", "延期した", "支持した", "確認した", "歓迎した"),
        objects=(
            "道路補修の新しい予算",
            "二本目の橋の建設計画",
            "週末市場の開設",
            "路面電車の延伸案",
            "年次調査の結果",
            "{n}本の植樹計画",
            "バス時刻表の変更",
            "旧市街での祭りの拡大",
        ),
        tails=(
            "火曜日",
            "長い議論の末",
            "市役所での会合で",
            "今週初め",
            "大雨の中",
            "夏の観光シーズンを前に",
        ),
        extras=(
            "工事には約{n}か月かかる見通しだ。",
            "催しには約{n}人が集まった。",
            "周辺の商店は週末のにぎわいを伝えた。",
            "詳細は来週にも明らかになる見込みだ。",
            "この構想は数年前から議論されてきた。",
        ),
        reported=(
            "担当者は、日程を秋に改めて見直すと述べた。",
            "住民は記者に対し、変更は遅すぎたと語った。",
        ),
        harmless=(
            "{site}の朝のニュースレターに無料で登録すると、毎朝主要ニュースが届きます。",
            "このサイトでは、設定の保存とアクセス解析のためにクッキーを使用しています。",
            "{site}のFacebook、Instagram、YouTubeもフォローしてください。",
            "{site}アプリをiPhone・Android向けに配信中です。",
            "© {year} {site}",
        ),
        known=(Wording("{site}の記事・写真の無断転載を禁じます。", _REPUB, ("permission",)),),
        unknown=(
            Wording(
                "当社の記事をAIの学習に使いたい企業の方は、まずライセンス窓口までご相談ください。",
                {"ai-train": "conditional"},
                ("licence",),
            ),
            Wording(
                "当社の記事はAIモデルのための無料の素材ではありません。ライセンス窓口にご相談ください。",
                _ai(),
                ("licence",),
            ),
        ),
    ),
    Lang(
        code="zh",
        script="Hans",
        tlds=("cn", "com.cn"),
        name_a=("南方", "东海", "西江", "北国", "滨海", "中原"),
        name_b=("晨报", "日报", "都市报", "快讯"),
        name_sep="",
        slug_words=("xinwen", "difang", "jingji", "tiyu", "wenhua"),
        sections=(
            ("news", "新闻"),
            ("local", "本地"),
            ("finance", "财经"),
            ("sports", "体育"),
            ("culture", "文化"),
        ),
        months=tuple(str(i) for i in range(1, 13)),
        date="{y}年{m}月{d}日",
        first=("伟", "芳", "静", "磊", "婷", "强", "丽", "军"),
        last=("王", "李", "张", "刘", "陈", "杨", "赵"),
        author="{l}{f}",
        byline="记者 {author} | {date}",
        counter="阅读 {n}",
        page="第{p}页/共{q}页",
        updated="更新于{date}。",
        sentence="{s}{t}{v}{o}。",
        space="",
        subjects=(
            "市议会",
            "地区交通局",
            "财政部门",
            "本地足球俱乐部",
            "港务局",
            "气象台",
            "大学附属医院",
            "商会",
        ),
        verbs=("介绍了", "讨论了", "推迟了", "支持了", "确认了", "审议了"),
        objects=(
            "一项新的道路维修预算",
            "第二座大桥的建设计划",
            "周末集市的开放安排",
            "有轨电车线路延伸方案",
            "年度调查的结果",
            "种植{n}棵树的计划",
            "公交时刻表的调整",
            "老城区节庆活动的扩大方案",
        ),
        tails=(
            "周二",
            "经过长时间讨论后",
            "在市政厅的会议上",
            "本周早些时候",
            "冒着大雨",
            "在夏季旅游旺季到来之前",
        ),
        extras=(
            "工程预计需要约{n}个月。",
            "约{n}人参加了活动。",
            "周边商户表示周末客流明显增加。",
            "更多细节预计下周公布。",
            "这一设想已讨论多年。",
        ),
        reported=(
            "一位发言人说，时间表将在秋季再次评估。",
            "居民对记者说，这一变化早就该来了。",
        ),
        harmless=(
            "订阅{site}免费早间简报，每天早上获取要闻。",
            "本网站使用Cookie来保存您的设置并统计访问量。",
            "请在微博、微信和抖音关注{site}。",
            "下载{site}客户端，支持iPhone和安卓。",
            "© {year} {site}",
        ),
        known=(Wording("未经{site}书面许可，不得转载。", _REPUB, _WP),),
        unknown=(
            Wording(
                "希望将本站内容用于人工智能训练的企业，请先与我们的版权合作部门联系。",
                {"ai-train": "conditional"},
                ("permission",),
            ),
            Wording("本站文章并非AI模型的免费素材，如需使用请先联系我们。", _ai(), ("permission",)),
        ),
    ),
    Lang(
        code="tr",
        script="Latn",
        tlds=("com.tr",),
        name_a=("Kuzey", "Ege", "Karadeniz", "Anadolu", "Sabah", "Liman"),
        name_b=("Postası", "Gazetesi", "Haber", "Ekspres", "Bülteni"),
        sections=(
            ("gundem", "Gündem"),
            ("yerel", "Yerel"),
            ("ekonomi", "Ekonomi"),
            ("spor", "Spor"),
            ("kultur", "Kültür"),
        ),
        months=_words("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
        date="{d} {mn} {y}",
        first=("Elif", "Mehmet", "Zeynep", "Can", "Ayşe", "Emre", "Selin", "Burak"),
        last=("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk"),
        author="{f} {l}",
        byline="{author} | {date}",
        counter="{n} kez okundu",
        page="Sayfa {p} / {q}",
        updated="Güncelleme: {date}.",
        sentence="{s} {t} {o} {v}.",
        thousands=".",
        subjects=(
            "Belediye meclisi",
            "Bölge ulaşım müdürlüğü",
            "Maliye bakanlığı",
            "Yerel futbol kulübü",
            "Liman idaresi",
            "Meteoroloji müdürlüğü",
            "Üniversite hastanesi",
            "Ticaret odası",
        ),
        verbs=("açıkladı", "erteledi", "destekledi", "inceledi", "sundu", "memnuniyetle karşıladı"),
        objects=(
            "yol onarımı için yeni bütçeyi",
            "ikinci köprü planlarını",
            "hafta sonu pazarının açılışını",
            "tramvay hattının uzatılması önerisini",
            "yıllık anketin sonuçlarını",
            "{n} fidan dikme planını",
            "otobüs saatlerindeki değişiklikleri",
            "eski şehirdeki festivalin genişletilmesini",
        ),
        tails=(
            "salı günü",
            "uzun bir tartışmanın ardından",
            "belediye binasındaki toplantıda",
            "bu hafta başında",
            "şiddetli yağmura rağmen",
            "yaz sezonu öncesinde",
        ),
        extras=(
            "Çalışmaların yaklaşık {n} ay sürmesi bekleniyor.",
            "Etkinliğe yaklaşık {n} kişi katıldı.",
            "Bölgedeki esnaf hareketli bir hafta sonu geçirdi.",
            "Ayrıntıların gelecek hafta netleşmesi bekleniyor.",
            "Fikir birkaç yıldır tartışılıyor.",
        ),
        reported=(
            "Bir sözcü, takvimin sonbaharda yeniden gözden geçirileceğini söyledi.",
            "Mahalle sakinleri muhabirlere değişikliğin çok geciktiğini söyledi.",
        ),
        harmless=(
            "{site} bültenine ücretsiz abone olun, günün öne çıkan haberleri her sabah "
            "e-postanıza gelsin.",
            "Bu site, ayarlarınızı hatırlamak ve ziyaretleri ölçmek için çerez kullanır.",
            "{site} hesaplarını Facebook, Instagram ve YouTube'da takip edin.",
            "{site} uygulamasını iPhone ve Android için indirin.",
            "© {year} {site}",
        ),
        known=(
            Wording(
                "{site} içeriklerinin yazılı izin alınmadan çoğaltılması yasaktır.", _REPUB, _WP
            ),
        ),
        unknown=(
            Wording(
                "Haberlerimiz yapay zekâ modelleri için bedava yem değildir; önce lisans "
                "ekibimizle görüşün.",
                _ai(),
                ("licence",),
            ),
            Wording(
                "Yapay zekâ şirketleri haberlerimizi kullanmak istiyorsa ticari birimimize "
                "yazabilir.",
                _ai(),
                ("permission",),
            ),
        ),
    ),
    Lang(
        code="ar",
        script="Arab",
        tlds=("com", "ae", "com.eg"),
        name_a=("صحيفة", "جريدة", "بوابة", "نشرة"),
        name_b=("الأفق", "الخليج اليوم", "المساء", "النهار الجديد", "الوادي", "الشروق المحلية"),
        slug_words=("akhbar", "mahalli", "iqtisad", "riyada", "thaqafa"),
        sections=(
            ("news", "أخبار"),
            ("local", "محليات"),
            ("economy", "اقتصاد"),
            ("sports", "رياضة"),
            ("culture", "ثقافة"),
        ),
        months=_words("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"),
        date="{d} {mn} {y}",
        first=("أحمد", "فاطمة", "محمد", "ليلى", "يوسف", "مريم", "خالد", "سارة"),
        last=("العلي", "حسن", "المصري", "الخطيب", "السيد", "النجار", "عبد الله"),
        author="{f} {l}",
        byline="بقلم {author} | {date}",
        counter="عدد القراءات: {n}",
        page="صفحة {p} من {q}",
        updated="آخر تحديث: {date}.",
        sentence="{v} {s} {o} {t}.",
        subjects=(
            "المجلس البلدي",
            "وزير المالية",
            "النادي الرياضي المحلي",
            "مجلس إدارة الميناء",
            "المستشفى الجامعي",
            "اتحاد الغرف التجارية",
            "مكتب الأرصاد الجوية",
            "المحافظ",
        ),
        verbs=("ناقش", "أجّل", "قدّم", "درس", "عرض", "راجع"),
        objects=(
            "ميزانية جديدة لإصلاح الطرق",
            "خطة لبناء جسر ثانٍ",
            "مشروع سوق أسبوعية جديدة",
            "مقترحاً لتمديد خط الترام",
            "نتائج المسح السنوي",
            "خطة لزراعة {n} شجرة",
            "تعديلات على مواعيد الحافلات",
            "خطة لتوسيع مهرجان المدينة القديمة",
        ),
        tails=(
            "يوم الثلاثاء",
            "بعد نقاش طويل",
            "خلال اجتماع في مقر البلدية",
            "في وقت سابق من هذا الأسبوع",
            "رغم الأمطار الغزيرة",
            "قبيل موسم الصيف",
        ),
        extras=(
            "ومن المتوقع أن تستغرق الأعمال نحو {n} أشهر.",
            "وحضر الفعالية نحو {n} شخص.",
            "وسجلت المتاجر في المنطقة عطلة نهاية أسبوع مزدحمة.",
            "ويُنتظر الكشف عن مزيد من التفاصيل الأسبوع المقبل.",
            "وتُطرح الفكرة للنقاش منذ عدة سنوات.",
        ),
        reported=(
            "وقال متحدث إن الجدول الزمني سيُراجع مجدداً في الخريف.",
            "وقال سكان للصحفيين إن التغيير تأخر كثيراً.",
        ),
        harmless=(
            "اشترك مجاناً في النشرة الصباحية من {site} لتصلك أهم الأخبار كل صباح.",
            "يستخدم هذا الموقع ملفات تعريف الارتباط لحفظ إعداداتك وقياس الزيارات.",
            "تابعوا {site} على فيسبوك وإنستغرام ويوتيوب.",
            "حمّل تطبيق {site} لأجهزة آيفون وأندرويد.",
            "© {year} {site}",
        ),
        known=(Wording("يُمنع إعادة نشر محتوى {site} دون إذن خطي.", _REPUB, _WP),),
        unknown=(
            Wording(
                "محتوانا ليس مادة مجانية لنماذج الذكاء الاصطناعي، يرجى التواصل مع فريق "
                "التراخيص أولاً.",
                _ai(),
                ("licence",),
            ),
            Wording(
                "تطوّر نماذج ذكاء اصطناعي؟ أرشيفنا ليس مشاعاً، تواصل أولاً مع فريق التراخيص لدينا.",
                {"ai-train": "conditional"},
                ("licence",),
            ),
        ),
    ),
)
LANGUAGES: dict[str, Lang] = {lang.code: lang for lang in _LANGS}

# The ANTARA footer, verbatim (rules/publishers/antara.yaml), and its bylines.
ANTARA_FOOTER = (
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI "
    "di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA."
)
_ANTARA_EFFECTS = dict.fromkeys(("crawl", "republish", *AI), "conditional")
_ANTARA_HOSTS = (
    "www.antaranews.com",
    "jatim.antaranews.com",
    "bali.antaranews.com",
    "sumbar.antaranews.com",
    "kalbar.antaranews.com",
    "jateng.antaranews.com",
)

# Kinds by site index: 3 known, 2 unknown, 2 harmless in every 7 sites. 15 languages and a
# cycle of 7 share no factor, so every 105 sites hold every language with every kind.
_KINDS = ("known", "known", "unknown", "harmless", "known", "unknown", "harmless")
KINDS = ("known", "unknown", "harmless")

# -- ground truth ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SiteTruth:
    """What a discovery run should find on one host."""

    host: str
    language: str
    kind: str  # known | unknown | harmless
    name: str
    notice: str | None  # the canonical recurring notice (site name in, dates out)
    effects: dict[str, str] = field(default_factory=dict)  # what the wording suggests
    conditions: tuple[str, ...] = ()
    known_by: str | None = None  # the rule id prefix expected to explain the notice
    noisy_notice: bool = False  # a date or year varies inside the notice block
    boilerplate: tuple[str, ...] = ()  # the harmless recurring blocks (templates: {year})

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Site:
    index: int
    truth: SiteTruth
    lang: Lang
    rng: random.Random
    sections: tuple[tuple[str, str], ...]
    before: tuple[str, ...]  # harmless footer blocks before the notice
    after: tuple[str, ...]  # after it (the notice stays among the last three blocks)
    noise: str  # "", "copyright" or "updated": what varies inside the notice block
    byline_top: bool
    counter: bool
    paged: bool
    miss: float  # share of pages without the footer notice


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _plan(sites: int, seed: int) -> list[_Site]:
    plans: list[_Site] = []
    hosts: set[str] = set()
    antara = 0
    antara_quota = max(1, sites // 60)
    notice_sites = 0
    for index in range(sites):
        lang = _LANGS[index % len(_LANGS)]
        kind = _KINDS[index % len(_KINDS)]
        rng = random.Random(f"crawl:{seed}:{index}")
        name = rng.choice(lang.name_a) + lang.name_sep + rng.choice(lang.name_b)
        harmless = list(lang.harmless)
        rng.shuffle(harmless)
        keep = harmless[: rng.randint(2, 4)]
        wording: Wording | None = None
        known_by = None
        noise = ""
        if kind == "known" and lang.code == "id" and antara < antara_quota:
            host = _ANTARA_HOSTS[antara % len(_ANTARA_HOSTS)]
            if antara >= len(_ANTARA_HOSTS):
                host = f"news{antara}.antaranews.com"
            antara += 1
            name = "ANTARA"
            wording = Wording(ANTARA_FOOTER, _ANTARA_EFFECTS, _WP)
            known_by = "antara/"
            keep = [t for t in harmless if "{site}" not in t and "©" not in t]
        else:
            base = _slug(name) or _slug(rng.choice(lang.slug_words or ("news",)))
            if lang.slug_words:  # names in other scripts: a romanised word and a number
                base = f"{rng.choice(lang.slug_words)}{rng.randint(1, 99)}"
            host = f"{base}.{rng.choice(lang.tlds)}"
            if host in hosts:
                host = f"{base}{index}.{rng.choice(lang.tlds)}"
            if kind == "known":
                wording = rng.choice(lang.known)
                known_by = f"notices-{lang.code}/"
            elif kind == "unknown":
                wording = rng.choice(lang.unknown)
            if wording is not None:
                # At least a third of the notice sites carry a date or year inside the notice.
                noise = ("copyright", "", "updated")[notice_sites % 3]
                notice_sites += 1
        hosts.add(host)
        keep = [t.replace("{site}", name) for t in keep]
        notice = wording.text.replace("{site}", name) if wording else None
        before: tuple[str, ...] = tuple(keep)
        after: tuple[str, ...] = ()
        if wording is not None and keep and rng.random() < 0.5:
            before, after = tuple(keep[:-1]), (keep[-1],)
        truth = SiteTruth(
            host=host,
            language=lang.code,
            kind=kind,
            name=name,
            notice=notice,
            effects=dict(wording.effects) if wording else {},
            conditions=wording.conditions if wording else (),
            known_by=known_by,
            noisy_notice=bool(noise),
            boilerplate=tuple(keep),
        )
        sections = tuple(rng.sample(lang.sections, rng.randint(3, len(lang.sections))))
        plans.append(
            _Site(
                index=index,
                truth=truth,
                lang=lang,
                rng=rng,
                sections=sections,
                before=before,
                after=after,
                noise=noise,
                byline_top=known_by != "antara/" and rng.random() < 0.7,
                counter=rng.random() < 0.5,
                paged=rng.random() < 0.25,
                miss=0.0 if known_by == "antara/" else rng.choice((0.0, 0.0, 0.04)),
            )
        )
    return plans


def truth(sites: int = DEFAULT_SITES, seed: int = DEFAULT_SEED) -> list[SiteTruth]:
    """The ground truth per host, in site order."""
    return [site.truth for site in _plan(sites, seed)]


# -- pages ----------------------------------------------------------------------------------


class _Prose:
    """Sentences invented from one language's phrase banks, drawn once per language."""

    def __init__(self, lang: Lang, seed: int) -> None:
        rng = random.Random(f"prose:{seed}:{lang.code}")
        sentences = []
        for _ in range(_POOL):
            roll = rng.random()
            if roll < 0.06:
                sentences.append(rng.choice(lang.reported))
                continue
            if roll < 0.25:
                template = rng.choice(lang.extras)
            else:
                template = lang.sentence.format(
                    s=rng.choice(lang.subjects),
                    v=rng.choice(lang.verbs),
                    o=rng.choice(lang.objects),
                    t=rng.choice(lang.tails),
                )
            n = rng.randint(3, 30) if roll < 0.25 else rng.randint(20, 3000)
            sentences.append(template.replace("{n}", _number(n, lang)))
        self.sentences = sentences
        self.mean_bytes = sum(len(s.encode()) + len(lang.space) for s in sentences) / len(sentences)
        self.headlines = []
        for _ in range(_POOL):
            s = lang.sentence.format(
                s=rng.choice(lang.subjects),
                v=rng.choice(lang.verbs),
                o=rng.choice(lang.objects),
                t=rng.choice(lang.tails),
            )
            self.headlines.append(s.rstrip(".。").replace("{n}", str(rng.randint(50, 5000))))


def _number(n: int, lang: Lang) -> str:
    text = f"{n:,}"
    return text.replace(",", lang.thousands) if lang.thousands != "," else text


def _date(lang: Lang, day: dt.date) -> str:
    return lang.date.format(d=day.day, m=day.month, mn=lang.months[day.month - 1], y=day.year)


def _page(site: _Site, page: int, prose: _Prose, seed: int) -> dict[str, Any]:
    rng = site.rng
    lang = site.lang
    truth_ = site.truth
    day = _FIRST_DAY + dt.timedelta(days=rng.randrange(_DAYS))
    date = _date(lang, day)
    author = lang.author.format(f=rng.choice(lang.first), l=rng.choice(lang.last))
    slug_section, section = site.sections[rng.randrange(len(site.sections))]
    headline = prose.headlines[rng.randrange(len(prose.headlines))]
    blocks = [f"{truth_.name} · {section}", headline]
    if site.byline_top:
        blocks.append(lang.byline.format(author=author, date=date))
    # The body: 3-6 paragraphs sized so the record is about PAGE_BYTES.
    paragraphs = rng.randint(3, 6)
    count = max(paragraphs, round(3300 / prose.mean_bytes * rng.uniform(0.8, 1.2)))
    chosen = rng.choices(prose.sentences, k=count)
    step = count / paragraphs
    for i in range(paragraphs):
        blocks.append(lang.space.join(chosen[round(i * step) : round((i + 1) * step)]))
    if site.counter:
        blocks.append(lang.counter.format(n=_number(rng.randint(40, 60000), lang)))
    if site.paged:
        q = rng.randint(2, 5)
        blocks.append(lang.page.format(p=rng.randint(1, q), q=q))
    year = str(day.year)
    if truth_.known_by == "antara/":
        editor = lang.author.format(f=rng.choice(lang.first), l=rng.choice(lang.last))
        blocks += [f"Pewarta: {author}", f"Editor: {editor}", f"Copyright © ANTARA {year}"]
    elif not site.byline_top:
        blocks.append(lang.byline.format(author=author, date=date))
    blocks += [t.replace("{year}", year) for t in site.before]
    if truth_.notice is not None and not (site.miss and rng.random() < site.miss):
        if site.noise == "copyright":
            blocks.append(f"© {year} {truth_.name}.{lang.space}{truth_.notice}")
        elif site.noise == "updated":
            blocks.append(f"{truth_.notice}{lang.space}{lang.updated.format(date=date)}")
        else:
            blocks.append(truth_.notice)
    blocks += [t.replace("{year}", year) for t in site.after]
    slug = _slug(headline)[:60].strip("-") or (
        f"{rng.choice(lang.slug_words or ('news',))}-{slug_section}"
    )
    url = f"https://{truth_.host}/{slug_section}/{day.year}/{day.month:02d}/{slug}-{page + 1}.html"
    return {
        "id": f"crawl-{seed}-{site.index:05d}-{page:06d}",
        "url": url,
        "text": "\n\n".join(blocks),
        "lang": lang.code,
    }


def generate(
    sites: int = DEFAULT_SITES,
    pages: int = DEFAULT_PAGES,
    seed: int = DEFAULT_SEED,
    *,
    records: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Records (`id`, `url`, `text`, `lang`), page by page across the sites, as a crawl
    interleaves hosts. `records` stops after that many (the last round may be partial)."""
    plans = _plan(sites, seed)
    prose: dict[str, _Prose] = {}
    for site in plans:
        if site.lang.code not in prose:
            prose[site.lang.code] = _Prose(site.lang, seed)
    limit = sites * pages if records is None else records
    emitted = 0
    for page in range(pages):
        for site in plans:
            if emitted >= limit:
                return
            yield _page(site, page, prose[site.lang.code], seed)
            emitted += 1


def shape(records: int, sites: int | None = None) -> tuple[int, int]:
    """Sites and pages for a target record count (more sites for larger crawls)."""
    if sites is None:
        sites = max(DEFAULT_SITES, min(records // 1000, 5000))
    return sites, max(1, math.ceil(records / sites))


# -- writing --------------------------------------------------------------------------------


def write_jsonl(
    path: str | Path,
    sites: int = DEFAULT_SITES,
    pages: int = DEFAULT_PAGES,
    seed: int = DEFAULT_SEED,
    *,
    records: int | None = None,
    level: int = 3,
    progress: bool = False,
) -> int:
    """Write the crawl as JSONL (zstd when the name ends in .zst); returns the record count.

    Streaming: memory stays constant whatever the size."""
    path = Path(path)
    written = 0
    started = reported = time.monotonic()
    with path.open("wb") as raw:
        out: BinaryIO = raw
        compressor: Any = None
        if path.suffix == ".zst":
            import zstandard

            compressor = zstandard.ZstdCompressor(level=level).stream_writer(raw, closefd=False)
            out = compressor
        buffer = io.BytesIO()
        dumps = orjson.dumps
        for record in generate(sites, pages, seed, records=records):
            buffer.write(dumps(record))
            buffer.write(b"\n")
            written += 1
            if buffer.tell() >= 1 << 20:
                out.write(buffer.getbuffer())
                buffer.seek(0)
                buffer.truncate()
                if progress and time.monotonic() - reported >= 10:
                    reported = time.monotonic()
                    rate = written / max(reported - started, 1e-9)
                    print(f"{written:,} records, {rate:,.0f}/s", file=sys.stderr)
        out.write(buffer.getbuffer())
        if compressor is not None:
            compressor.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.discover.crawl",
        description="Write a generated crawl of news-like sites (issue 14) as JSONL[.zst].",
    )
    parser.add_argument("--sites", type=int, default=None, help=f"default {DEFAULT_SITES}")
    parser.add_argument("--pages", type=int, default=None, help=f"default {DEFAULT_PAGES}")
    parser.add_argument(
        "--records", type=int, default=None, help="this many records (sites x pages chosen)"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--level", type=int, default=3, help="zstd level (.zst output)")
    parser.add_argument("--truth", metavar="FILE", help="also write the ground truth as JSON")
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)
    if args.records is not None:
        sites, pages = shape(args.records, args.sites)
        if args.pages is not None:
            pages = args.pages
    else:
        sites = args.sites or DEFAULT_SITES
        pages = args.pages or DEFAULT_PAGES
    started = time.monotonic()
    count = write_jsonl(
        args.output,
        sites,
        pages,
        args.seed,
        records=args.records,
        level=args.level,
        progress=not args.quiet,
    )
    if args.truth:
        rows = [t.as_dict() for t in truth(sites, args.seed)]
        Path(args.truth).write_bytes(orjson.dumps(rows, option=orjson.OPT_INDENT_2))
    if not args.quiet:
        seconds = time.monotonic() - started
        size = Path(args.output).stat().st_size
        print(
            f"{count:,} records from {sites} sites x {pages} pages -> {args.output} "
            f"({size / 1e6:,.1f} MB) in {seconds:.1f} s",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
