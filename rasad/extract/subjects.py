"""Which name before or inside a speech verb's subject is the speaker, where the nearest one is not.

- A verb joined by و or ف with no subject after it ("حذر X من أن تبحث أنقرة … إن استمرت واشنطن في التصعيد،
  وقال في خطاب") shares the subject of the sentence's first clause (X, a person), not the name nearest before
  it; with no person there, the speaker before goes on.
- A title in construct with a body or a place ("وقال مؤسس تيسلا"، "قال وزير خارجية إيران") names a person who
  holds it, not the body: the body is whom the person speaks for.
Used by quotes.py for every speech act.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.document import Document, Mention, Span
from rasad.extract.speech import bare_noun, definite_noun, is_complementizer, person_roles, subject_mention
from rasad.extract.wordscan import Word, word_starting_at


def first_clause_subject(doc: Document, words: Sequence[Word], i: int, sentence: Span) -> Mention | None:
    """For a joined verb at word `i` with no subject after it: the subject of its sentence's first clause, a
    person named before the first complementizer ("أن"، "إن") of the sentence. None when a complementizer opens
    the sentence ("وأفادت أن X …، وأوضحت": the subject was told before it) or no person is named there ("وفي
    معرض حديثها عن برنامج "ذا فويس" فقالت": the programme is what she speaks of)."""
    end = next((words[k].start for k in range(i) if words[k].start >= sentence.start and is_complementizer(words, k)),
               words[i].start)
    m = subject_mention(doc, sentence.start, end) if end > sentence.start else None
    return m if m is not None and m.type == "PER" else None  # a body there is as often what the clause is about


def title_complement(doc: Document, words: Sequence[Word], np: Span, m: Mention) -> bool:
    """Whether mention `m` inside the subject `np` is the complement of a person's title that heads it ("مؤسس
    تيسلا"، "رئيس مجلس النواب"): a role noun without the article, then the body or place, and no person."""
    head = words[word_starting_at(words, np.start)]
    return (m.type != "PER" and head.end <= m.span.start < np.end and definite_noun(head) is None
            and bare_noun(head) in person_roles())
