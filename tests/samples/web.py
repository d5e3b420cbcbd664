"""News pages as a browser saves them: the article amid a site's menus, related links, ads,
share buttons and footer; as .html (UTF-8 or EUC-KR) and as .mhtml (quoted-printable)."""

from __future__ import annotations

import quopri
from pathlib import Path


def news_page(title: str, paragraphs: list[str], *, outlet: str = "가상일보",
              date: str = "2026-03-14T09:30:00+09:00", byline: str = "이가람 기자",
              url: str = "https://news.example.kr/article/2026/03/14/123", marked: bool = True,
              charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    article = (f'<div id="articleBody" itemprop="articleBody">{body}</div>' if marked else
               f'<div class="wrap_cont">{body.replace("<p>", "").replace("</p>", "<br><br>")}'
               "</div>")
    related = "".join(f'<li><a href="/a/{k}">다른 기사 제목 {k}번은 여기서 읽을 수 있습니다</a></li>'
                      for k in range(12))
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="{charset}">
<title>{title} - {outlet}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{date}">
<script>var ad = "광고 스크립트 문자열은 본문이 아니다";</script><style>p {{ margin: 0 }}</style>
</head><body>
<header class="site-header"><nav class="gnb"><ul><li><a href="/">홈</a></li><li><a href="/p">
정치</a></li><li><a href="/e">경제</a></li><li><a href="/s">사회</a></li></ul></nav></header>
<div class="container"><div class="article-head"><h1>{title}</h1>
<div class="byline">{byline} <span>입력 2026.03.14</span></div></div>
{article}
<div class="ad-box">지금 가입하면 첫 달 무료! 특별 혜택을 놓치지 마세요 광고 문구입니다</div>
<div class="share_sns"><button>공유하기</button></div>
<div class="related-news"><h3>관련 기사</h3><ul>{related}</ul></div>
</div><aside class="ranking"><ol><li>많이 본 뉴스 첫째 기사 제목이 길게 이어집니다</li></ol></aside>
<footer class="footer">가상일보 서울시 어딘가 1길 / 대표전화 02-000-0000 / Copyright 가상일보.
무단 전재 및 재배포 금지.</footer></body></html>"""


def write_mhtml(path: Path, html: str, url: str) -> Path:
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    path.write_text(
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: " + url + "\r\n"
        "Subject: =?utf-8?Q?news?=\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        '\tboundary="----MultipartBoundary--abc123----"\r\n\r\n'
        "------MultipartBoundary--abc123----\r\nContent-Type: text/html\r\n"
        "Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {url}\r\n\r\n{qp}\r\n"
        "------MultipartBoundary--abc123----\r\nContent-Type: text/css\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\nbody { color: black; }\r\n"
        "------MultipartBoundary--abc123------\r\n", encoding="ascii", newline="")
    return path
