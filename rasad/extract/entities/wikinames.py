"""The tagger's `wf` feature: the name type a word mostly (or often) has in WikiFANE.

`wikifane.train_wiki_names` counts, for each word of WikiFANE Gold (Arabic
Wikipedia, Alotaibi & Lee 2014) with proclitics and article off, how often it
stands inside a name of each type; the table `rasad/models/wiki_names.tsv`
is `word<TAB>type<TAB>in names<TAB>occurrences`, the type marked `~` where
the word is often (a quarter of the time) but not mostly (60%) in names. A
name list from another annotated corpus carries what its annotators knew
(foreign surnames, club and company names) without teaching the tagger
that corpus's different notion of MISC, as training on its sentences did.
"""

from __future__ import annotations

from functools import lru_cache

from rasad.extract.entities.gazetteer import read_word_types

WIKI_NAMES_FILE = "wiki_names.tsv"


@lru_cache(maxsize=1)
def load_wiki_names() -> dict[str, str]:
    """Shipped word -> the name type WikiFANE gives it; empty when the table is absent."""
    return read_word_types(WIKI_NAMES_FILE)
