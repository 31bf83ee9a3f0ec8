"""RSS and Atom feeds: one document per entry, full content preferred over the summary."""

from __future__ import annotations

from pathlib import Path

from rasad.ingest.published import hash_id
from tests.ingest.helpers import read_all

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>صحيفة الأفق</title>
  <id>urn:uuid:ofuq-feed</id>
  <updated>2024-03-13T20:00:00+02:00</updated>
  <entry>
    <title type="html">نقابة المهندسين &lt;b&gt;تحذر&lt;/b&gt; من تسرب في السد</title>
    <id>urn:ofuq:2024-03-13:17</id>
    <link href="https://ofuq.example/2024/03/13/engineers"/>
    <published>2024-03-13T23:30:00+02:00</published>
    <updated>2024-03-14T08:00:00+02:00</updated>
    <author><name>الأفق – فريق التحرير</name></author>
    <summary>ملخص قصير.</summary>
    <content type="html">&lt;p&gt;قال المهندس فادي سلوم إن اللجنة حذرت من تسرب المياه.&lt;/p&gt;&lt;p&gt;ونفى مكتب الوزير تلقي أي تقرير.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>عاجل: ارتفاع الحصيلة</title>
    <id>urn:ofuq:2024-03-14:2</id>
    <updated>2024-03-14T09:00:00Z</updated>
    <summary type="text">ارتفعت حصيلة الضحايا إلى 14 قتيلاً.</summary>
  </entry>
  <entry>
    <title>خبر بلا نص</title>
    <id>urn:ofuq:2024-03-14:3</id>
    <updated>2024-03-14T10:00:00Z</updated>
  </entry>
</feed>
"""


def test_rss_example_feed(examples_dir: Path) -> None:
    path = examples_dir / "feeds" / "nahr-lebanon.xml"
    docs, skips = read_all([path])
    assert skips == []
    assert [d.source for d in docs] == [f"{path}:1", f"{path}:2"]
    first = docs[0]
    assert first.id == hash_id("nahr-2024-03-12-0412")  # the entry's guid
    assert first.meta.outlet == "وكالة النهر للأنباء" and first.meta.format == "feed"
    assert first.meta.published == "2024-03-12" and first.meta.published_how == "metadata"
    assert first.meta.url == "https://nahr-news.example/lebanon/2024/03/12/red-cross-toll"
    assert first.meta.title == "الصليب الأحمر: عشرة قتلى في كارثة سد نبع الريحان"
    # the full text from content:encoded, one paragraph per line, not the one-line description
    lines = first.text.split("\n")
    assert len(lines) == 5 and lines[0].startswith("عكار (لبنان) - ارتفعت حصيلة")
    assert "<p>" not in first.text
    assert docs[1].meta.published == "2024-03-13"


def test_atom_feed_content_summary_and_empty_entry(tmp_path: Path) -> None:
    path = tmp_path / "ofuq.atom"
    path.write_text(ATOM, encoding="utf-8")
    docs, skips = read_all([path])
    full, summary_only = docs
    assert full.text == "قال المهندس فادي سلوم إن اللجنة حذرت من تسرب المياه.\nونفى مكتب الوزير تلقي أي تقرير."
    assert full.meta.title == "نقابة المهندسين تحذر من تسرب في السد"
    assert full.meta.published == "2024-03-13"  # the day as written (+02:00), not the UTC day or the update
    assert full.meta.byline == "الأفق – فريق التحرير" and full.meta.outlet == "صحيفة الأفق"
    assert summary_only.text == "ارتفعت حصيلة الضحايا إلى 14 قتيلاً."
    assert summary_only.meta.published == "2024-03-14"
    assert [(s.source, s.reason) for s in skips] == [(f"{path}:3", "empty")]


def test_xml_file_is_read_as_a_feed_only_when_it_is_one(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>',
                                          encoding="utf-8")
    docs, skips = read_all([tmp_path])
    assert len(docs) == 2 and all(d.meta.format == "feed" for d in docs)
    assert len(skips) == 1  # the entry without text; the sitemap is passed over


def test_broken_feed_is_one_skip(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title>", encoding="utf-8")
    docs, skips = read_all([path])
    assert docs == [] and [s.reason for s in skips] == ["bad record"]
