"""WikiFANE sentences glued back into whitespace words, with ANERcorp's types."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from rasad.errors import InputNotFound
from rasad.extract.entities.wikifane import glue, read_wikifane, sample, train_wiki_names
from rasad.extract.entities.words import bare_stem


def test_proclitics_and_suffixes_are_glued_back() -> None:
    tokens = ["و", "زار", "الوزير", "عاصمة", "ها", "و", "ل", "المدينة", "مستوى", "ه", "."]
    words, tags = glue(tokens, ["O"] * len(tokens))
    assert words == ["وزار", "الوزير", "عاصمتها", "وللمدينة", "مستواه", "."]
    assert tags == ["O"] * len(words)


def test_a_glued_word_keeps_its_hosts_tag() -> None:
    tokens = ["ف", "قابل", "ه", "سعيد", "الحربي", "و", "ب", "مدينة", "جدة"]
    tags = ["O", "O", "O", "B-PER", "I-PER", "O", "O", "O", "B-LOC"]
    assert glue(tokens, tags) == (["فقابله", "سعيد", "الحربي", "وبمدينة", "جدة"], ["O", "B-PER", "I-PER", "O", "B-LOC"])
    # a conjunction inside a name: the glued word continues it
    tokens = ["جامعة", "العلوم", "و", "التقنية"]
    assert glue(tokens, ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]) == (["جامعة", "العلوم", "والتقنية"], ["B-ORG", "I-ORG", "I-ORG"])


def test_a_free_pronoun_after_a_definite_noun_stays_a_word() -> None:
    tokens = ["المزارعون", "هم", "اصحاب", "ها", "و", "هم", "اغلبية"]
    words, _ = glue(tokens, ["O"] * len(tokens))
    assert words == ["المزارعون", "هم", "اصحابها", "وهم", "اغلبية"]


def test_reader_maps_types_and_misc(tmp_path: Path) -> None:
    data = tmp_path / "wiki.conll"
    lines = ["وصل\tO\tO", "الرئيس\tO\tO", "الى\tO\tO", "مطار\tB-Airport\tB-FAC", "دبي\tI-Airport\tI-FAC",
             "على\tO\tO", "متن\tO\tO", "طائرة\tB-Air\tB-VEH", "بوينغ\tI-Air\tI-VEH", "", "شركة\tB-Commercial\tB-ORG", ""]  # fmt: skip
    data.write_text("\n".join(lines), encoding="utf-8")
    first, second = read_wikifane(data)
    assert first[1][3:] == ["B-LOC", "I-LOC", "O", "O", "B-MISC", "I-MISC"]
    assert second == (["شركة"], ["B-ORG"])
    assert read_wikifane(data, misc=False)[0][1][-2:] == ["O", "O"]
    with pytest.raises(InputNotFound):
        read_wikifane(tmp_path / "missing.conll")


@pytest.mark.shared
def test_wikifane_reads_as_whitespace_words(shared_dir: Path) -> None:
    sentences = read_wikifane(shared_dir / "data" / "wikifane" / "wikifane_gold.conll")
    assert len(sentences) > 15_000
    words = [w for tokens, _ in sentences[:500] for w in tokens]
    assert "و" not in words and "ها" not in words  # every clitic found its host
    assert sum(1 for _, tags in sentences for t in tags if t == "B-PER") > 10_000


def test_words_mostly_in_names_are_listed(tmp_path: Path) -> None:
    data = tmp_path / "wiki.conll"
    sentence = ["لعب\tO\tO", "تشيلسي\tB-Club\tB-ORG", "ضد\tO\tO", "فريق\tO\tO", "ليفربول\tB-Club\tB-ORG", "في\tO\tO", "لندن\tB-City\tB-GPE"]
    other = ["و\tO\tO", "لندن\tO\tO", "ضد\tO\tO", "ليفربول\tB-City\tB-GPE", "."]
    data.write_text("\n".join([*sentence, "", *sentence, "", *other, ""]), encoding="utf-8")
    out = tmp_path / "names.tsv"
    assert train_wiki_names(data, out) == 3
    rows = {line.split("\t")[0]: line.split("\t")[1:] for line in out.read_text(encoding="utf-8").splitlines()[1:]}
    assert rows[bare_stem("تشيلسي")] == ["ORG", "2", "2"]
    assert rows[bare_stem("ليفربول")] == ["ORG", "2", "3"]  # mostly a club here, once the city
    assert rows[bare_stem("لندن")] == ["LOC", "2", "3"]  # و لندن: glued, then keyed like the tagger's words
    assert bare_stem("ضد") not in rows


def _train_args(tmp_path: Path, wikifane: Path, share: float) -> argparse.Namespace:
    data = tmp_path / "anercorp.txt"
    data.write_text("قال O\nسعيد B-PERS\nالحربي I-PERS\nفي O\nجدة B-LOC\n\nزار O\nمقر O\nالأمم B-ORG\nالمتحدة I-ORG\n", encoding="utf-8")
    return argparse.Namespace(data=data, news=tmp_path / "news.jsonl", out=tmp_path / "m.crfsuite", keep_clusters=True, cv=None,
                              c1=None, c2=None, iterations=5, wikifane=wikifane, wikifane_share=share)  # fmt: skip


def test_train_command_adds_adapted_wikifane_sentences(tmp_path: Path) -> None:
    import pycrfsuite

    from rasad.commands.train import run_ner
    from rasad.extract.entities.crf import Tagger, words_for_forms

    wiki = tmp_path / "wiki.conll"
    wiki.write_text("و\tO\tO\nزار\tO\tO\nماكرون\tB-Politician\tB-PER\nبرلين\tB-City\tB-GPE\n", encoding="utf-8")
    out = io.StringIO()
    assert run_ner(_train_args(tmp_path, wiki, 1.0), stdout=out) == 0
    assert "2 + 1 WikiFANE sentences" in out.getvalue()
    model = pycrfsuite.Tagger()
    model.open(str(tmp_path / "m.crfsuite"))
    attributes = set(model.info().state_features)
    assert any(a.startswith("X:w=") for a, _ in attributes)  # the adapted copies, which tagging never reads
    tagger = Tagger(tmp_path / "m.crfsuite")
    assert "w=ماكرون" in tagger.chain.index and not any(f.startswith("X:") for f in tagger.chain.index)  # not even loaded
    text, words = words_for_forms(["زار", "ماكرون", "جدة"])
    assert len(tagger.tag(text, words)) == 3


def test_train_command_says_where_wikifane_is_missing(tmp_path: Path) -> None:
    from rasad.commands.train import run_ner

    with pytest.raises(InputNotFound, match="WikiFANE"):
        run_ner(_train_args(tmp_path, tmp_path / "missing.conll", 0.2), stdout=io.StringIO())
    assert run_ner(_train_args(tmp_path, tmp_path / "missing.conll", 0.0), stdout=io.StringIO()) == 0  # share 0: not needed


def test_sample_keeps_runs_of_sentences_in_order() -> None:
    sentences = [([str(i)], ["O"]) for i in range(100)]
    kept = sample(sentences, 0.2, chunk=10)
    assert len(kept) == 20 and kept == sorted(kept, key=lambda s: int(s[0][0]))
    assert int(kept[0][0][0]) % 10 == 0 and int(kept[9][0][0]) == int(kept[0][0][0]) + 9
    assert kept == sample(sentences, 0.2, chunk=10)
