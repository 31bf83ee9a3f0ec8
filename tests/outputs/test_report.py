from html.parser import HTMLParser

from rasad.corpus.model import Corpus
from rasad.outputs.report import write_report


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _render(tmp_path, corpus):
    html = write_report(corpus, tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    return html, parser.tags


def test_report_is_rtl_arabic_and_self_contained(tmp_path, resolved_corpus):
    html, tags = _render(tmp_path, resolved_corpus)
    assert ("html", {"dir": "rtl", "lang": "ar"}) in tags
    assert ("meta", {"charset": "utf-8"}) in tags
    assert not [t for t, a in tags if t in ("link", "img") or (t == "script")]
    assert "src=" not in html and "http" not in html


def test_article_text_is_escaped(tmp_path, resolved_corpus):
    html, tags = _render(tmp_path, resolved_corpus)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "القواعد &amp; المعسكرات" in html


def test_document_body_headings_timexes_and_removals(tmp_path, resolved_corpus):
    html, tags = _render(tmp_path, resolved_corpus)
    assert "<h3>الوضع الأمني</h3>" in html
    assert '<mark class="timex" title="2022-01-05">الأربعاء</mark>' in html
    assert '<mark class="timex" title="2022-01-05">أمس</mark>' in html
    assert "ما حُذف ولماذا (2)" in html and "social-media prompt" in html and "تابعونا على تويتر" in html
    assert ("details", {}) in tags


def test_sections_appear_only_with_content(tmp_path, resolved_corpus, docs):
    full, _ = _render(tmp_path, resolved_corpus)
    assert 'id="stories"' in full and 'id="timeline"' in full and 'id="quotes"' in full
    bare, _ = _render(tmp_path, Corpus([docs[1]]))
    assert 'id="stories"' not in bare and 'id="quotes"' not in bare and 'id="documents"' in bare


def test_report_is_deterministic(tmp_path, resolved_corpus):
    a = write_report(resolved_corpus, tmp_path / "a.html").read_bytes()
    b = write_report(resolved_corpus, tmp_path / "b.html").read_bytes()
    assert a == b
