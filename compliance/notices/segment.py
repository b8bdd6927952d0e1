"""Segmentation (NOTICES.md §1): blocks, sentences; offsets into the original text.

Structure is what keeps a cue with its action: a list item belongs to its lead-in, a
paragraph to its heading, a sentence does not end at "e.g." or "example.com". This module
knows no language beyond the abbreviations the lexicons list; clauses are cut later, at the
connectives the lexicons name (compose.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# A sentence ends at a CJK full stop, or at . ! ? … followed by white space and a character
# that is not lower case; a blank line always ends one.
# Closing quotes and brackets after the stop belong to the sentence they end (“ ‘ « close
# German, Baltic and Slavic quotes: „…“, ‚…‘, »…«); an ellipsis in brackets ("[...]") ends
# nothing.
_SENTENCE_END = re.compile(
    r"[。！？]+[」』）]*|(?<![\[(.!?؟।۔…])[.!?؟।۔…]+[\"'”’»“‘«)\]]*(?=\s+[^\s])"
    r"|(?<![\[(.!?؟।۔…])[.!?؟।۔…]+[\"'”’»“‘«)\]]*\s*$"
)
# ... and where the text holds an emoji, an emoji at the end of a line ends an informal
# sentence as a stop would ("basta chiedere 😊⏎Niente IA"); only such text pays for it
_EMOJI_CHARS = "\U0001f300-\U0001faff\u2600-\u27bf"
_EMOJI = re.compile(f"[{_EMOJI_CHARS}]")
_SENTENCE_END_OR_EMOJI = re.compile(
    _SENTENCE_END.pattern + f"|[{_EMOJI_CHARS}][{_EMOJI_CHARS}\ufe0f\u200d]*" + r"(?=\s+[^\s])"
)
_SPACES = re.compile(r"\s*")  # \s is str.isspace() for str patterns
_SPACE = re.compile(r"\s")
_CONTENT = re.compile(r"\S(?:[\s\S]*\S)?")  # a span trimmed of white space at both ends
_LIST_ITEM = re.compile(
    # (a letter of any alphabet: "a)", "б)", "أ)", "α)")
    r"^\s*(?:(?:[-*•·◦▪–—]|\(?\d{1,3}[.)]|\(?[^\W\d_][.)]|\([ivx]+\)|\d{1,2}(?:\.\d{1,2}){1,3}\.?)\s+"
    # a Roman numeral and a dash or bracket ("I – …", "II – …", "iv) …"), as Brazilian and
    # Portuguese terms and laws number their items
    r"|[IVX]{1,5}\s?[–—-]\s|[ivx]{1,5}\)\s|[IVX]{1,5}\)\s"
    # CJK and symbol markers need no space: "（一）", "一、", "①", "１．", "・"
    r"|[①-⑳❶-❿]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．]"
    r"|[0-9０-９]{1,3}[、．]|・)",
    re.I,
)


def _list_item(line: str) -> bool:
    """Does `_LIST_ITEM` match `line`? Asked of every block: a line opening with an ASCII
    character that starts no marker (a letter not followed by "." or ")", a quotation mark)
    is told at once, without trying the pattern's dozen alternatives."""
    body = line.lstrip()
    if not body:
        return False
    first = body[0]
    if first in _ASCII_NO_MARKER or (first in _ASCII_LETTERS and body[1:2] not in (".", ")")):
        return False
    return _LIST_ITEM.match(line) is not None


_ROMAN = "IVXivx"  # the letters that may open a Roman numeral's marker
_ASCII_MARKERS = "-*("  # the ASCII characters that may open a marker, besides digits and letters
# (not those that may open a Roman numeral: "II – …" is told by the pattern)
_ASCII_LETTERS = frozenset(c for c in map(chr, range(128)) if c.isalpha() and c not in _ROMAN)
# The ASCII characters that open no marker whatever follows them (one set test).
_ASCII_NO_MARKER = frozenset(
    c for c in map(chr, range(128)) if c not in _ASCII_MARKERS and not c.isalnum()
)
# A law's or terms' paragraph number, over a list numbered otherwise: "(1)", "①".
_OUTER_ITEM = re.compile(r"\s*(?:\(\d{1,3}\)|[①-⑳])")
_NUMBERED = re.compile(r"^\s*\(?(?:\d{1,3}|[a-z])[.)]\s", re.I)
_SUBNUMBERED = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s")  # "2.1 ", "5.5.3. "
# "§ 60d", "Article 3", "Art. 4", "l'article L122-5", "art. L.122-5-3", "第七条", "제30조": a
# law's numbering, in any language that numbers its laws this way. A block opening with it
# (or with "(1)") is law text; a sentence citing it speaks of the law.
_LAW_NUMBER = (
    r"[§¶]+\s*\d|\bart(?:icle|ikel|ículo|icolo|icolul|igo|ykuł|\.)?\s*(?:[lrd]\.?\s?)?\d"
    r"|第[0-9〇一二三四五六七八九十百千零]+[条條]|제\s?\d+\s?조"
)
LAW_CITATION = re.compile(_LAW_NUMBER, re.I)
# ... also after the law's title in book-title marks ("《…暂行办法》第七条规定") or an elided
# article ("L'articolo 70-quater consente ...").
_STATUTE_START = re.compile(
    rf"^\s*(?:(?:《[^》\n]{{1,80}}》|「[^」\n]{{1,80}}」)\s*)?(?:\w{{1,3}}['’])?"
    rf"(?:\(\d+[a-z]?\)|{_LAW_NUMBER})",
    re.I,  # (`^`: the document's start only; a block further down numbered "(1)" is as
    # often a publisher's terms as a law, and reading it as law would fail open)
)
_FINAL_PUNCT = ".!?。！？:;,؟।۔…"
_FINAL_ENDS = tuple(_FINAL_PUNCT)
_CLOSING_QUOTES = "\"'”’»」』)）]"
_DIRECTIVE = re.compile(
    r"^\s*#*\s*(?:user-agent|disallow|allow|sitemap|crawl-delay|host|noindex|request-rate|"
    r"visit-time|clean-param|content-signal|content-usage|license)\s*:",
    re.I,
)
# Markup or code after a `#` (an HTML page or a stylesheet served as robots.txt) is no prose.
_CODE = re.compile(r"<[a-z/!]|[{}]|&#\d|=\s*[\"']")
HEADING_MAX = 80
SHORT_LINE = 40


@dataclass
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Block:
    """A paragraph, heading, list item or comment run, with what scopes it (slots: a page's
    blocks are all made, and set, before the few that are read)."""

    start: int
    end: int
    role: str  # paragraph | heading | item | lead-in | comment
    heading: int | None = None  # index of the heading block that heads this one
    lead_in: int | None = None  # index of the lead-in block of this list item
    statute_numbered: bool = False
    # Sentences are cut on first use: most blocks of a page are never read sentence by sentence.
    source: str = field(default="", repr=False, compare=False)
    abbreviations: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    _sentences: list[Sentence] | None = field(default=None, repr=False, compare=False)

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = list(sentences(self.source, self.start, self.end, self.abbreviations))
        return self._sentences


def segment(text: str, kind: str, abbreviations: frozenset[str] = frozenset()) -> list[Block]:
    """Blocks of `text` with their sentences; `kind` is the document kind (html, text, robots)."""
    # HTML text too goes by lines: a page's element text can carry the source's hard wraps.
    raw = list(_comment_blocks(text)) if kind == "robots" else list(_line_blocks(text))
    blocks = [_classify(text, start, end, raw, i) for i, (start, end) in enumerate(raw)]
    _scope(blocks, text)
    for block in blocks:
        block.source, block.abbreviations = text, abbreviations
    # (`^` matches at the text's start only: only a first block starting there is asked)
    if blocks and blocks[0].start == 0:
        blocks[0].statute_numbered = bool(_STATUTE_START.match(text, 0, blocks[0].end))
    return blocks


def _lines(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        yield start, end
        start = end + 1


def _menu(line: str) -> bool:
    """ "© 2026 Kurier Lubelski | Redakcja | Reklama | Polityka prywatności": a line of items
    set apart by bars or dots is a menu, no sentence going on into the next line or coming
    from the line before."""
    return len(_MENU_BAR.findall(line)) >= _MENU_MARKS


_MENU_MARKS = 2
_MENU_BAR = re.compile(r" [|·•] ")  # a spaced bar or dot between a menu's items


def table_row(line: str) -> bool:
    """ "| Republishing full articles | Licence required |": a table row (a page's, or a
    plain-text table's) is a block of its own, its cells read together."""
    return len(line) > 1 and line[0] == "|" and line[-1] == "|"


def _line_blocks(text: str) -> Iterable[tuple[int, int]]:
    """Paragraphs; a line break also ends a block after final punctuation or a short line,
    before a list item; between two long lines it is a hard wrap inside the block."""
    current: tuple[int, int] | None = None
    last_line = ""  # the block's last line, stripped (the line before, when in a block)
    start = 0
    for raw in text.split("\n"):
        end = start + len(raw)
        line = raw.strip()
        if not line:
            if current:
                yield current
            current = None
        elif current is None:
            # Trim the block to the line's visible characters (`strip` gives the line itself
            # when there are none to trim).
            current = (start, end) if line is raw else _visible(raw, start)
        else:
            s, e = (start, end) if line is raw else _visible(raw, start)
            ended = last_line.rstrip(_CLOSERS).endswith(_ENDS)
            breaks = (
                ended
                or (len(last_line) < SHORT_LINE and not _opens_lower(line))
                or _list_item(line)
                or _menu(last_line)
                or _menu(line)  # (a footer's link row under a list's last item)
                or table_row(last_line)
                or table_row(line)
                or bool(_UNPUNCTUATED.match(last_line[-1:]))
            )
            # A line that goes on in lower case continues the sentence (markup split it:
            # "a hyperlink to\nwww.example.com\nis required.").
            if breaks:
                yield current
                current = (s, e)
            else:
                current = (current[0], e)
        last_line = line
        start = end + 1
    if current:
        yield current


def _visible(raw: str, start: int) -> tuple[int, int]:
    """The span of a line's visible characters (`raw` starting at `start`)."""
    return start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip())


# Thai and Lao end sentences with a space, not a mark, and their text is not hard-wrapped:
# a line break after their letters ends the block.
_UNPUNCTUATED = re.compile("[\u0e00-\u0eff]")
_CLOSERS = "\"'”’»)]」』）"
_ENDS = tuple(".!?。！？:;؟।۔")


# A change log's line ("2024-03-18 ab: blocked GPTBot", "12.05.2025 – removed …") and a
# tool's section marker ("BEGIN managed AI crawler block", "END WordPress") record what was
# done to the file; what it does now is in its records.
_LOG_LINE = re.compile(
    r"(?:\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\b"
    r"|(?:BEGIN|END|START|begin|end|start)\b"
)


_GOES_ON = tuple(",，、-–")  # a line ending so goes on in the next


def _comment_blocks(text: str) -> Iterable[tuple[int, int]]:
    """robots.txt comments (one per line): runs of prose lines; commented-out directives,
    decoration lines and change-log lines are not prose and end a run."""
    current: tuple[int, int] | None = None
    last_line = ""
    for start, end in _lines(text):
        line = text[start:end].strip().lstrip("#").strip()
        prose = (
            bool(line)
            and not _DIRECTIVE.match(line)
            and any(c.isalpha() for c in line)
            and not _CODE.search(line)
            and not _LOG_LINE.match(line)
        )
        if not prose:
            if current:
                yield current
            current = None
            continue
        # "# Harbour Light Press" / "# No AI training …": a sentence ends with its line, or a
        # short line is a title, as in plain text; a wrapped sentence goes on (in lower case).
        if current is not None and (
            last_line.rstrip(_CLOSERS).endswith(_ENDS)
            or (
                len(last_line) < SHORT_LINE
                and not _opens_lower(line)
                and not last_line.endswith(_GOES_ON)
            )
        ):
            yield current
            current = None
        current = (start, end) if current is None else (current[0], end)
        last_line = line
    if current:
        yield current


def _classify(text: str, start: int, end: int, raw: list[tuple[int, int]], i: int) -> Block:
    body = text[start:end].strip()
    has_next = i + 1 < len(raw)
    short_title = (
        has_next
        and len(body) <= HEADING_MAX
        and "\n" not in body
        # (a closing quote after the stop ends the sentence too: "…写道："…模型。"")
        and not body.rstrip(_CLOSING_QUOTES).endswith(_FINAL_ENDS)
    )
    if len(body) > 1 and body[0] == "|" and body[-1] == "|":  # `table_row`, inline
        return Block(start, end, "paragraph")  # a table row heads nothing, whatever its size
    if _list_item(body):
        # A numbered line over bullets heads them ("B. Use without permission" / "- ...").
        # (a line numbered "2." next to one numbered "2.1" is no sibling of it)
        numbering = next((n for n in (_NUMBERED, _SUBNUMBERED) if n.match(body)), None)
        next_is_item = bool(
            has_next and numbering and numbering.match(text[raw[i + 1][0] : raw[i + 1][1]])
        )
        after_item = bool(
            i > 0 and numbering and numbering.match(text[raw[i - 1][0] : raw[i - 1][1]])
        )
        # "3. Prohibited uses" over a paragraph is a numbered heading, not a list item (a
        # bullet, or the last item of a list, stays an item).
        if short_title and not next_is_item and not after_item and numbering:
            return Block(start, end, "heading")
        next_is_bullet = has_next and _list_item(text[raw[i + 1][0] : raw[i + 1][1]])
        if body.endswith(":") and next_is_bullet and numbering:
            # "1. The following acts are prohibited:" over its own bullets leads them in.
            return Block(start, end, "lead-in")
        return Block(start, end, "item")
    last = body[-1:]  # (one set test a mark: every mark is one character)
    if last in _LEAD_IN_MARKS:
        return Block(start, end, "lead-in")
    if last in _LIST_LEAD_MARKS and has_next and _list_item(text[raw[i + 1][0] : raw[i + 1][1]]):
        # "Es ist Ihnen nicht gestattet," over its items leads them in as a colon would (a
        # CJK lead-in may end in "。": "以下の行為をしてはなりません。").
        return Block(start, end, "lead-in")
    if short_title and not _opens_lower(body):
        return Block(start, end, "heading")
    return Block(start, end, "paragraph")


_LEAD_IN_MARKS = frozenset(":：")  # a block ending so leads in what follows
_LIST_LEAD_MARKS = frozenset(",，、。")  # ... when a list item follows


def _scope(blocks: list[Block], text: str) -> None:
    """A heading heads the blocks after it (until the next heading); a lead-in scopes the
    list items after it, or the one block after it when no item follows."""
    heading: int | None = None
    lead_in: int | None = None
    for i, block in enumerate(blocks):
        if block.role == "heading":
            heading, lead_in = i, None
            continue
        block.heading = heading
        if block.role == "item" and lead_in is None and i > 0 and blocks[i - 1].role == "paragraph":
            # "이용자는 다음 행위를 하여서는 안 됩니다." over a list: a paragraph right before the
            # list may lead it in (the recogniser takes it only for a predicate without object).
            lead_in = i - 1
        elif (
            block.role == "item"
            and lead_in is None
            and i > 0
            and blocks[i - 1].role == "item"
            and _sub_item(text, blocks[i - 1], block)
        ):
            lead_in = i - 1
        elif (
            block.role == "item"
            and lead_in is not None
            and blocks[lead_in].role == "item"
            and (
                _OUTER_ITEM.match(text, block.start, block.end)
                or _back_out(text, blocks[lead_in].start, blocks[i - 1].start, block.start)
            )
        ):
            # "②" after the sub-items of "①", "5." back at the margin after "4."'s indented
            # items: its sibling, not one of them
            lead_in = None
        if block.role == "item":
            block.lead_in = lead_in
        elif lead_in is not None and blocks[lead_in].end == blocks[i - 1].end:
            block.lead_in = lead_in  # the block right after a lead-in, not a list
            lead_in = None
        else:
            lead_in = None
        if block.role == "lead-in":
            lead_in = i


def _sub_item(text: str, above: Block, item: Block) -> bool:
    """Is `item` the first sub-item of the item `above` it, which leads it in? "① 이용자는 …
    다음 각 호의 행위를 하여서는 아니 된다." / "1. …", "(1) Users shall not do the following …" /
    "1. …": an item numbered "(1)" or "①" over items numbered otherwise; "4. Du får inte" /
    "   a) kopiera …": an item indented further than the one above."""
    if _OUTER_ITEM.match(text, above.start, above.end) and not _OUTER_ITEM.match(
        text, item.start, item.end
    ):
        return True
    return _indent(text, item.start) > _indent(text, above.start)


def _back_out(text: str, lead: int, last: int, item: int) -> bool:
    """Is the item at `item` back at (or left of) its lead-in item's indentation, after
    sub-items indented further (`last` the one before it)?"""
    margin = _indent(text, lead)
    return margin < _indent(text, last) and _indent(text, item) <= margin


def _indent(text: str, start: int) -> int:
    """How far the line holding `start` is indented before it (spaces and tabs)."""
    line = text.rfind("\n", 0, start) + 1
    return start - line if not text[line:start].strip(" \t") else 0


def sentences(
    text: str, start: int, end: int, abbreviations: frozenset[str] = frozenset()
) -> Iterable[Sentence]:
    """Sentences of text[start:end]. Abbreviations, numbers, initials, domains and URLs do
    not end one (a period must be followed by white space and a non-lower-case letter).
    In a menu run into a sentence ("Impressum | Datenschutz | Der Verlag behält sich …
    vor."), each bar ends one."""
    bars = _menu_bars(text, start, end)
    if bars:
        for first, stop in zip([start, *(b + 3 for b in bars)], [*bars, end], strict=True):
            yield from sentences(text, first, stop, abbreviations)
        return
    begin = start
    title = _title_end(text, start, end)
    if title:
        content = _CONTENT.search(text, start, title)
        if content is not None:
            yield Sentence(content.start(), content.end())
        begin = title
    for first, stop in _ends(text, start, end):
        if _EMOJI.match(text[first]):
            after = _SPACES.match(text, stop, end).end()  # type: ignore[union-attr]
            if after < end and "\n" not in text[stop:after]:
                continue  # "Do not copy 🚫 our photos", "ممنوع 🚫 بدون إذن": it goes on
        elif text[first] == ".":
            # The cheap test first: most periods are followed by a capital.
            after = _SPACES.match(text, stop, end).end()  # type: ignore[union-attr]
            if after < end and _opens_lower(text[after]):
                continue
            if after < end and text[after] == "§" and _short_token_before(text, begin, first):
                continue  # "az Szjt. 35/A. §-a alapján": a citation goes on
            if _is_abbreviation(text, begin, first, abbreviations):
                continue
            if _inside_brackets(text, begin, first):
                continue
        content = _CONTENT.search(text, begin, stop)
        if content is not None:
            yield Sentence(content.start(), content.end())
        begin = stop
    content = _CONTENT.search(text, begin, end)
    if content is not None:
        yield Sentence(content.start(), content.end())


def _menu_bars(text: str, start: int, end: int) -> list[int]:
    """Where the spaced bars or dots of a menu stand in text[start:end] (none when fewer
    than a menu has, or in a table row: its cells are read together)."""
    if text.startswith("|", start):
        return []
    bars = [m.start() for m in _MENU_BAR.finditer(text, start, end)]
    return bars if len(bars) >= _MENU_MARKS else []


def _short_token_before(text: str, begin: int, dot: int) -> bool:
    """Is the token before the period at `dot` a citation's short part ("35/A", "Abs")?"""
    space = text.rfind(" ", max(begin, dot - _CITATION_TOKEN - 1), dot)
    return space >= 0 and dot - space - 1 <= _CITATION_TOKEN


_CITATION_TOKEN = 5  # characters of a citation's part before a "§" ("35/A", "Abs")


def _inside_brackets(text: str, begin: int, dot: int) -> bool:
    """ "(Szjt. 33/A. §) és …", "(Art. 4 Abs. 3 DSM-RL. Siehe …)": a period inside brackets
    opened in this sentence, closed a few words on, ends no sentence."""
    since = max(begin, dot - _BRACKET_REACH_BACK)  # (bounded: a long run of periods inside
    # brackets never ends a sentence, and each is looked at once)
    opened = text.count("(", since, dot) - text.count(")", since, dot)
    if opened <= 0:
        return False
    close = text.find(")", dot, dot + _BRACKET_REACH)
    return close >= 0 and "\n" not in text[dot:close]


_BRACKET_REACH = 40  # characters from a period to the bracket that closes around it
_BRACKET_REACH_BACK = 200  # characters before a period looked at for its opening bracket


def _opens_lower(text: str) -> bool:
    """Does `text` open with a lower-case letter, one that cannot open a sentence? Georgian
    (Mkhedruli) letters are lower case, but the script is written without capitals."""
    first = text[:1]
    return first.islower() and not _GEORGIAN <= first <= _GEORGIAN_END


_GEORGIAN, _GEORGIAN_END = "\u10d0", "\u10ff"
_WORD = re.compile(r"\S+")
_TITLE_WORDS = 8
_TITLE_WORD = 8  # one upper-case word this long is a title too ("LIZENZVERTRAG")


def _title_end(text: str, start: int, end: int) -> int | None:
    """ "LICENCE AGREEMENT The availability of ...": a run of two or more upper-case words
    opening a block, before a capitalised word, is a title run into its text: a sentence of
    its own."""
    first = text[start : start + 2]
    if not first.isupper():  # "The ...", "© 2025": no title run (the common case, cheaply)
        return None
    words = []
    for match in _WORD.finditer(text, start, min(end, start + 200)):
        words.append(match)
        if len(words) > _TITLE_WORDS + 1:
            break
    upper = 0
    for word in words:
        letters = word.group().strip("\"'“”«»()[]:,.-–—")
        if len(letters) >= 2 and letters.isupper() and letters.isalpha():
            upper += 1
            continue
        long_title = upper == 1 and len(words[0].group()) >= _TITLE_WORD
        if (upper >= 2 or long_title) and letters[:1].isupper() and letters[1:2].islower():
            return word.start()
        return None
    return None


def _ends(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """(first end mark, end of the sentence end) for every `_SENTENCE_END` in the span."""
    ends = _SENTENCE_END_OR_EMOJI if _EMOJI.search(text, start, end) else _SENTENCE_END
    for match in ends.finditer(text, start, end):
        yield match.start(), match.end()


_OPENERS = "([{«‹\"'“‘„"


# A company's legal form closes its name: followed by a capital, the sentence has ended.
_LEGAL_FORMS = frozenset(
    {
        "s.l.",
        "s.l.u.",
        "s.a.",
        "s.a.s.",
        "s.r.l.",
        "s.p.a.",
        "ltd.",
        "inc.",
        "corp.",
        "b.v.",
        "n.v.",
        "s.a.r.l.",
        "s.à.r.l.",
        "a.s.",
        "s.r.o.",
        "d.o.o.",
        "ab.",
        "oy.",
        "llc.",
        "plc.",
    }
)


def _is_abbreviation(text: str, begin: int, dot: int, abbreviations: frozenset[str]) -> bool:
    """Is the period at `dot` part of an abbreviation, a short number or an initial?"""
    # The last word before the period: after the last space, unless other white space
    # (a tab, a no-break space) follows it, which the slow walk back then finds.
    space = text.rfind(" ", begin, dot)
    word_start = space + 1 if space >= 0 else begin
    if _SPACE.search(text, word_start, dot):
        word_start = dot
        while word_start > begin and not text[word_start - 1].isspace():
            word_start -= 1
    # "(art. L.122-5-3)", "[vgl. § 44b]": an opening bracket or quotation mark is no part
    # of the word.
    word = text[word_start : dot + 1].casefold().lstrip(_OPENERS)
    bare = word.rstrip(".")
    if not bare:
        return False
    if word in _LEGAL_FORMS:
        return False  # "… Ediciones del Sur, S.L. Asimismo, …": a company's name ends there
    if word in abbreviations or bare in abbreviations:
        return True
    # "dell'art.", "l'art.", "d'art.": an elided article before the abbreviation.
    elided = max(word.rfind("'"), word.rfind("’"))
    if elided >= 0 and word[elided + 1 :] in abbreviations:
        return True
    if bare.isdigit() and len(bare) <= 3:
        return True  # "4. Mai", "Art. 4. " list numbering
    return len(bare) == 1 and bare.isalpha()  # initials: "J. Smith"
