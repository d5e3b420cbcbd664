"""News pages saved from a browser (.html, .htm, and .mhtml "single file" archives).

Title, date, outlet, byline and URL come from the page's metadata (Open Graph, article:*,
schema.org itemprops, <title>, <time>), the body from the element that holds the article:
one marked as such (itemprop="articleBody", the ids and classes Korean news sites use), else the
element whose own paragraphs hold the most text that is not links. Menus, headers, footers,
related links, ads, scripts, forms and share buttons are left out. Parsed with the standard
library's HTMLParser, which never fails on bad markup.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from models.domain import ImportedDoc, InputError
from models.importers.document import Pieces
from models.importers.encoding import decode_bytes
from models.importers.tables import parse_date
from models.textnorm import clean_field

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
_DROP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
         "form", "button", "select", "iframe", "object", "figure", "figcaption", "menu", "dialog",
         "canvas", "video", "audio"}
_SELF_CLOSING = {"p", "li", "dt", "dd", "tr", "td", "th", "option"}
_BLOCK = {"p", "div", "section", "article", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3",
          "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "dl", "main", "figure", "td", "th"}
# ids/classes of boilerplate: menus, related links, ads, sharing, comments, footers.
_JUNK = re.compile(r"(^|[-_\s])(nav|gnb|lnb|menu|header|footer|sidebar|aside|related|recommend|"
                   r"rank|popular|most|ad|ads|advert|banner|promo|sponsor|sns|share|social|"
                   r"comment|reply|copyright|subscribe|newsletter|breadcrumb|tag|tags|keyword|"
                   r"photo|end_photo_org|img_?desc|caption|byline|reporter_?info|journalist|writer_?info|"
                   r"hidden|skip|util|toolbar|login|search)([-_\s]|$)", re.IGNORECASE)
# ids/classes that mark the article body on common Korean and international news sites.
_BODY = re.compile(r"^(articlebody|article_?body|article-body|articletxt|article_txt|"
                   r"article_?content|article-content|news_?body|newsct_article|dic_area|"
                   r"articlebodycontents|articebody|news_end|newsendcontents|harmonycontainer|"
                   r"article-view-content-div|articleview|article_view|view_?content|"
                   r"news_?content|story-?body|story-news|entry-content|post-content|"
                   r"content_?body|text_?area|articletext|article-text|cont_?article|"
                   r"article_?cont|news_bodyarea|cont_newstext)$", re.IGNORECASE)
_BYLINE = re.compile(r"byline|reporter|journalist|writer|author", re.IGNORECASE)


@dataclass(eq=False)
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None
    children: list[Node | str] = field(default_factory=list)

    def ident(self) -> str:
        return f"{self.attrs.get('id', '')} {self.attrs.get('class', '')}".strip()


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.meta: list[dict[str, str]] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self.meta.append(a)
        if tag == "title":
            self._in_title = True
        # Tags HTML closes implicitly: <p> before a block, <li> before <li>, cells and rows.
        if (tag in _BLOCK and self.cur.tag == "p") or (
                tag == self.cur.tag and tag in _SELF_CLOSING):
            self.cur = self.cur.parent or self.root
        node = Node(tag, a, self.cur)
        self.cur.children.append(node)
        if tag not in _VOID:
            self.cur = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.cur.tag == tag and self.cur.parent is not None:
            self.cur = self.cur.parent

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        node: Node | None = self.cur
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:  # close it and whatever it left open
            self.cur = node.parent

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        self.cur.children.append(data)


def _junk(node: Node) -> bool:
    return node.tag in _DROP or bool(_JUNK.search(node.ident())) or \
        node.attrs.get("role") in ("navigation", "banner", "contentinfo", "complementary") or \
        "display:none" in node.attrs.get("style", "").replace(" ", "")


def _lines(node: Node, out: list[str], skip_junk: bool = True) -> None:
    """The text of ``node`` as lines: blocks and <br> break lines; junk left out."""
    for child in node.children:
        if isinstance(child, str):
            if out:
                out[-1] += child
            else:
                out.append(child)
        elif skip_junk and _junk(child):
            continue
        elif child.tag == "br":
            out.append("")
        elif child.tag in _BLOCK:
            out.append("")
            _lines(child, out, skip_junk)
            out.append("")
        else:
            _lines(child, out, skip_junk)


def _text_len(node: Node, links: bool = True) -> int:
    total = 0
    for child in node.children:
        if isinstance(child, str):
            total += len(child.strip())
        elif not _junk(child) and (links or child.tag != "a"):
            total += _text_len(child, links)
    return total


def _score(node: Node, scores: dict[int, float], nodes: dict[int, Node]) -> None:
    """Readability's idea: a paragraph's text (without links) counts for its parent, half for
    the grandparent; loose text beside <br>s counts for the element holding it."""
    own = sum(len(c.strip()) for c in node.children if isinstance(c, str))
    if own >= 20:
        scores[id(node)] = scores.get(id(node), 0) + own
        nodes[id(node)] = node
    for child in node.children:
        if isinstance(child, str) or _junk(child):
            continue
        if child.tag == "p":
            n = _text_len(child, links=False)
            if n >= 20:
                for weight, anc in ((1.0, node), (0.5, node.parent)):
                    if anc is not None:
                        scores[id(anc)] = scores.get(id(anc), 0) + weight * n
                        nodes[id(anc)] = anc
        _score(child, scores, nodes)


def _find(node: Node, test: Any) -> Node | None:
    for child in node.children:
        if isinstance(child, Node):
            if test(child):
                return child
            if (found := _find(child, test)) is not None:
                return found
    return None


def _body(root: Node) -> Node | None:
    marked = _find(root, lambda n: n.attrs.get("itemprop") == "articleBody" or any(
        _BODY.match(part) for part in n.ident().split()))
    if marked is not None and _text_len(marked) >= 50:
        return marked
    scores: dict[int, float] = {}
    nodes: dict[int, Node] = {}
    _score(root, scores, nodes)
    if not scores:
        return _find(root, lambda n: n.tag == "body") or root
    return nodes[max(scores, key=lambda k: scores[k])]


def _metadata(tree: _Tree) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in tree.meta:
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if key and m.get("content") and key not in found:
            found[key] = m["content"]
    return found


def _first(meta: dict[str, str], *keys: str) -> str | None:
    return next((clean_field(meta[k]) for k in keys if meta.get(k)), None)


def read_html_text(html: str, path: Path, url: str | None = None) -> ImportedDoc:
    try:
        return _read(html, path, url)
    except RecursionError:
        raise InputError(str(path), "the page's elements are nested too deeply to read") from None


def _read(html: str, path: Path, url: str | None) -> ImportedDoc:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    meta = _metadata(tree)
    body = _body(tree.root)
    lines: list[str] = []
    if body is not None:
        _lines(body, lines)
    pieces = Pieces("paragraph")
    for n, line in enumerate((ln for ln in lines if ln.strip()), 1):
        pieces.add(n, line)
    outlet = _first(meta, "og:site_name", "article:publisher", "publisher", "application-name")
    heading = _find(tree.root, lambda n: n.attrs.get("id") == "title_area" or
                    "headline" in n.attrs.get("class", ""))
    title = _first(meta, "og:title", "twitter:title", "title", "headline") or (
        clean_field(_plain(heading)) if heading is not None else None) or \
        _page_title(clean_field(tree.title), outlet)
    date_raw = _first(meta, "article:published_time", "og:article:published_time",
                      "datepublished", "pubdate", "publishdate", "date", "dc.date",
                      "article:modified_time")
    if date_raw is None:  # <time datetime>, or Naver's data-date-time
        t = _find(tree.root, lambda n: bool(n.attrs.get("data-date-time")) or (
            n.tag == "time" and bool(n.attrs.get("datetime"))))
        date_raw = (t.attrs.get("data-date-time") or t.attrs.get("datetime")) if t else None
    doc = pieces.doc(path, title=title, empty="no article text found in the page")
    doc.date = parse_date(date_raw[:10]) if date_raw else None
    doc.outlet = outlet
    doc.author = _first(meta, "author", "article:author", "dable:author", "byl")
    if doc.author is None:
        by = _find(tree.root, lambda n: bool(_BYLINE.search(n.ident())))
        if by is not None:
            doc.author = clean_field(_plain(by)[:100])
    canonical = _find(tree.root, lambda n: n.tag == "link" and
                      n.attrs.get("rel", "").lower() == "canonical")
    doc.url = _first(meta, "og:url") or (clean_field(canonical.attrs.get("href"))
                                         if canonical is not None else None) or url
    if doc.url and (m := re.search(r"(?:aid|idxno|article_id|newsid)=(\w+)", doc.url)):
        doc.meta["article_no"] = m.group(1)
    return doc


def _plain(node: Node) -> str:
    lines: list[str] = []
    _lines(node, lines, skip_junk=False)
    return " ".join(" ".join(lines).split())


_SITE = re.compile(r"뉴스|일보|신문|방송|경제|타임즈|news|times|herald|daily|tv", re.IGNORECASE)


def _page_title(title: str | None, outlet: str | None) -> str | None:
    """<title> without the site's name after " - ", " | " or " : " ("제목 - 가상일보")."""
    if not title:
        return None
    for sep in (" - ", " | ", " : ", " :: "):
        head, found, tail = title.rpartition(sep)
        if found and head and (tail == outlet or (len(tail) <= 20 and _SITE.search(tail))):
            return head.strip()
    return title


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def decode_html(data: bytes, where: str) -> str:
    m = _CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii").lower()
        name = {"euc-kr": "cp949", "ks_c_5601-1987": "cp949", "x-windows-949": "cp949"}.get(
            name, name)
        try:
            return data.decode(name).lstrip("\ufeff")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, where)


def read_html(path: Path) -> ImportedDoc:
    data = path.read_bytes()
    return read_html_text(decode_html(data, str(path)), path)


def read_mhtml(path: Path) -> ImportedDoc:
    """The page inside a .mhtml archive (MIME multipart/related, as Chrome and Edge save)."""
    where = str(path)
    data = path.read_bytes()
    msg = email.message_from_bytes(data, policy=email.policy.default)
    url = msg.get("Snapshot-Content-Location")
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            charset = part.get_content_charset()
            try:
                html = payload.decode(charset or "utf-8")
            except (LookupError, UnicodeDecodeError):
                html = decode_html(payload, where)
            return read_html_text(html, path, url=url or part.get("Content-Location"))
    raise InputError(where, "not a saved web page: the .mhtml archive holds no HTML part")
