"""The parts of the Arabic temporal tagger (`rasad.extract.time` is its entry point).

- `lexicon`: the word lists under `rasad/extract/data/time_*.tsv`, normalised and cached;
- `patterns`: one compiled regular expression per family of expressions, on the normalised view;
- `spec`: what an expression means before it is anchored (a month without a year, a weekday, ...);
- `resolve`: anchoring a spec to a reference date and the clause's tense, giving a TIMEX3 value;
- `context`: clause windows and tense cues;
- `published`: inferring a document's publication date from its own time expressions.
"""
