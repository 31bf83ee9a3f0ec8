import re
from html.parser import HTMLParser

from rasad.corpus.model import Corpus
from rasad.document import Document
from rasad.outputs.report import write_report
from rasad.outputs.report_stories import REST_TITLE


class _Page(HTMLParser):
    """Start tags with their attributes, and the text inside each element with an id."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.open: list[tuple[str, str | None]] = []
        self.text_of: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self.handle_data(" ")  # a tag separates words (<br>, list items, cells)
        if tag not in ("meta", "br", "a") or attrs.get("href"):
            self.open.append((tag, attrs.get("id")))
            if attrs.get("id"):
                self.text_of[attrs["id"]] = ""

    def handle_endtag(self, tag):
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data):
        for _, element_id in self.open:
            if element_id:
                self.text_of[element_id] += data

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if "id" in a}


def _render(tmp_path, corpus, **options):
    html = write_report(corpus, tmp_path / "out" / "report.html", **options).read_text(encoding="utf-8")
    page = _Page()
    page.feed(html)
    return html, page


def _compact(text: str) -> str:
    return " ".join(text.split())


def test_report_is_rtl_arabic_and_self_contained(tmp_path, resolved_corpus):
    html, page = _render(tmp_path, resolved_corpus)
    assert ("html", {"dir": "rtl", "lang": "ar"}) in page.tags
    assert ("meta", {"charset": "utf-8"}) in page.tags
    assert not [t for t, a in page.tags if t in ("link", "img", "script")]
    assert "src=" not in html and "http" not in html


def test_text_is_escaped(tmp_path, resolved_corpus):
    html, _ = _render(tmp_path, resolved_corpus)
    assert "<script>" not in html and "<من العراق>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "القواعد &amp; المعسكرات" in html
    assert "انسحاب القوات &lt;من العراق&gt;" in html  # the headline too


def test_every_link_leads_somewhere(tmp_path, resolved_corpus):
    _, page = _render(tmp_path, resolved_corpus)
    targets = [a["href"][1:] for t, a in page.tags if t == "a" and a.get("href", "").startswith("#")]
    assert targets and set(targets) <= page.ids()


def test_a_large_run_shows_some_bodies_and_lists_the_rest_with_links_intact(tmp_path, resolved_corpus):
    html, page = _render(tmp_path, resolved_corpus, max_bodies=1, max_stories=0)
    assert html.count("<article ") == 1 and "listed" in page.ids()
    assert 'class="story"' not in html and "other-stories" in page.ids()
    listed = [d for d in resolved_corpus.documents if f'<tr id="doc-{d.id}">' in html]
    assert len(listed) == len(resolved_corpus.documents) - 1
    targets = [a["href"][1:] for t, a in page.tags if t == "a" and a.get("href", "").startswith("#")]
    assert targets and set(targets) <= page.ids()


def test_story_headline_and_cited_summary(tmp_path, resolved_corpus):
    _, page = _render(tmp_path, resolved_corpus)
    story = _compact(page.text_of["story-s1"])
    assert story.startswith("انسحاب القوات <من العراق> 2 وثيقة 2 وسيلة")
    assert "أعلنت الحكومة العراقية أمس انسحاب القوات الحرة الشرق · المصدر" in story
    sentence = next(a for t, a in page.tags if t == "a" and a.get("href") == "#doc-a_gov-0-40")
    assert sentence["title"] == "a_gov"  # the document has no title: its id names it


def test_timeline_entry(tmp_path, resolved_corpus):
    html, page = _render(tmp_path, resolved_corpus)
    row = _compact(page.text_of["event-v1"])
    assert row.startswith("2022-01-05 انسحاب")
    assert "مصطفى الكاظمي في العراق جنود: 2,500" in row
    assert row.endswith("الشرق 2022-01-05 الحرة 2022-01-06 الأسبق: الشرق")
    kadhimi, government = resolved_corpus.documents[0].events[0].span, resolved_corpus.documents[1].events[0].span
    # each outlet is linked to the sentence that reports the event, and that sentence is anchored in the body
    assert f'href="#doc-b_kadhimi-{kadhimi.start}-{kadhimi.end}"' in html
    assert f'href="#doc-a_gov-{government.start}-{government.end}"' in html


def test_sources_side_by_side(tmp_path, resolved_corpus):
    html, _ = _render(tmp_path, resolved_corpus)
    columns = re.findall(r'<div class="column">\s*<h4>([^<]+?) <span', html)
    assert columns == ["الشرق", "الحرة"]  # the earliest first
    assert '<bdi class="date">2022-01-05</bdi> <a href="#doc-b_kadhimi">الكاظمي: القوات جاهزة</a>' in html


def test_contradiction_is_marked(tmp_path, resolved_corpus):
    html, _ = _render(tmp_path, resolved_corpus)
    (row,) = re.findall(r'<tr class="verdict-contradiction">(.*?)</tr>', html, re.S)
    assert "تناقض" in row and '<span class="value">2,500</span>' in row and '<span class="value">3,000</span>' in row
    assert row.index("2,500") < row.index("3,000")  # in order of publication
    assert row.rstrip().endswith("<td>الشرق</td>")  # who reported first
    assert '<tr class="verdict-agree">' not in html and "أرقام من مصدر واحد (1)" in html  # the event's troop count


def test_quotes_grouped_under_the_speaker(tmp_path, resolved_corpus):
    html, _ = _render(tmp_path, resolved_corpus)
    group = html[html.index("الاقتباسات حسب القائل"):html.index('id="documents"')]
    assert re.search(r"<h4>مصطفى الكاظمي <span class=\"tag\">1</span></h4>\s*<blockquote>&#34;القوات &lt;script&gt;", group)
    assert "— <a href=\"#doc-b_kadhimi-" in group


def test_document_body_headings_highlights_and_removals(tmp_path, resolved_corpus):
    html, page = _render(tmp_path, resolved_corpus)
    assert "<h3>الوضع الأمني</h3>" in html
    assert '<mark class="timex" title="2022-01-05">الأربعاء</mark>' in html
    assert '<mark class="timex" title="2022-01-05">أمس</mark>' in html
    assert '<span class="hl quote" title="مصطفى الكاظمي">&#34;القوات' in html
    assert '<span class="hl claim event" title="انسحاب 2022-01-05 · US troops in Iraq = 2500">2500 جندي</span>' in html
    assert "ما حُذف ولماذا (2)" in html and "social-media prompt" in html and "تابعونا على تويتر" in html
    assert ("details", {}) in page.tags


def test_without_corpus_jobs_documents_outside_stories_are_still_shown(tmp_path, docs):
    html, page = _render(tmp_path, Corpus(docs))
    assert 'id="story-s1"' not in html and REST_TITLE in html
    assert "الاقتباسات حسب القائل" in html and "مصطفى الكاظمي" in page.text_of["story-rest"]
    bare, _ = _render(tmp_path, Corpus([Document("نص قصير بلا أحداث", id="x")]))
    assert REST_TITLE not in bare and 'id="documents"' in bare and "نص قصير بلا أحداث" in bare


def test_report_is_deterministic(tmp_path, resolved_corpus):
    a = write_report(resolved_corpus, tmp_path / "a.html").read_bytes()
    b = write_report(resolved_corpus, tmp_path / "b.html").read_bytes()
    assert a == b
