"""A person's name the tagger split in two where its surname recurs alone in the document.

The tagger reads each word with what the sentences around say of it (`context`): a surname the text
repeats alone (وقاد مارادونا …، قال مارادونا …) comes to begin a name of its own, and the full name
splits in two right before it (أسطورة الأرجنتين [دييغو] [مارادونا]، [زين الدين] [زيدان]). Two names
with nothing but a space between them are one person's, save where the sentence can hold two people
side by side or the second is no person's surname:
- a verb's subject and object (أراح كوبر صلاح، يستقبل وسام الحسن محمد شطح): not after a verb, unless
  the first name is a listed given name (دافع رياض محرز); never when the second is a full name of its
  own, a listed given name first (… مريم ديسالين), nor a listed given name alone after a word that is
  none (كوبر صلاح; محمد صلاح is one name);
- a KB name on either side (ابنته إيفانكا ترامب: the KB's ترامب is the father; a KB person's full
  name is the KB's to read: `kb_bearers`);
- across a line's end (a headline's last name and the body's first), a comma or a proclitic (وعلي،
  لفيصلي);
- a nationality adjective or other common words the tagger took for a name (الأوروغواياني خوسيه …،
  الأيمن الأساسي داني كارفاخال): a first name all of definite words, or a listed demonym.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.arabic.clitics import light
from rasad.document import Span
from rasad.extract.entities.found import Found, name_start
from rasad.extract.entities.patterns import given_names_as_written, is_demonym
from rasad.extract.entities.verb_forms import verb_form
from rasad.extract.entities.words import Word

MAX_JOINED_WORDS = 4  # longer runs are lists or a name run into other words


def joined_people(text: str, words: Sequence[Word], found: list[Found], kb: Sequence[Found]) -> list[Found]:
    """The tagger's names (in order), each pair of persons split as the module doc says made one;
    `kb`: the sentence's KB names."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and _split_person(text, words, prev, f) and not any(prev.first < k.last and k.first < f.last for k in kb):
            out[-1] = Found(prev.first, f.last, Span(prev.span.start, f.span.end), "PER", prev.source)
        else:
            out.append(f)
    return out


def _split_person(text: str, words: Sequence[Word], a: Found, b: Found) -> bool:
    if a.type != "PER" or b.type != "PER" or a.last != b.first or b.last - a.first > MAX_JOINED_WORDS:
        return False
    if text[a.span.end : b.span.start] != " " or any(is_demonym(w.norm) for w in words[a.first : b.last]):
        return False
    first, second = (_written(text, words[i]) for i in (a.first, b.first))
    if second.startswith("و") or name_start(text, words[b.first]) != words[b.first].span.start:
        return False  # وعلي: the conjunction, or another proclitic, begins another name
    if a.last - a.first == 1 and name_start(text, words[a.first]) != words[a.first].span.start:
        return False  # لفيصلي: a club's name the tagger took for a person, then a player's
    if all(_written(text, w).startswith("ال") for w in words[a.first : a.last]):
        return False  # الأوروغواياني، الأيمن الأساسي: adjectives, no given name
    given = given_names_as_written()
    if light(second) in given and (b.last - b.first > 1 or light(_written(text, words[a.last - 1])) not in given):
        return False  # a full name of its own, or a given name after another's surname (أراح كوبر صلاح)
    after_verb = a.first > 0 and verb_form(_written(text, words[a.first - 1]))
    return not after_verb or light(first) in given


def _written(text: str, word: Word) -> str:
    return text[word.span.start : word.span.end]
