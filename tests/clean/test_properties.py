"""Whatever the input, cleaning accounts for every line exactly once and never crashes."""

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.clean.lines import split_lines

from .pages import P1, P2, TITLE, cleaned

PIECES = [P1, P2, TITLE, "شارك", "Close", "(غيتي)", "اقرأ أيضاً:", "،", "05-يناير-2022", "— A (@a) May 1, 2020",
          "المصادر:", "\u00a0", "", "بغداد -", "x" * 3]
pieces = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(pieces, st.sampled_from(["\n", "\r\n", "\n\n", "\r"]))
def test_every_line_is_kept_or_removed_once(parts, sep):
    text = sep.join(parts)
    doc = cleaned(text)
    spans = sorted([b.span for b in doc.body] + [r.span for r in doc.removed])
    lines = [(ln.start, ln.end) for ln in split_lines(text)]
    assert [(s.start, s.end) for s in spans] == lines
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_empty_and_blank_documents():
    for text in ("", "\n\n", " \u00a0 \r\n"):
        doc = cleaned(text)
        assert doc.body == [] and doc.removed == []
