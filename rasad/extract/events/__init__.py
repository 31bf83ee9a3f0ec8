"""Typed events (PLOVER types plus STATEMENT) from Arabic news sentences.

`extract_events(doc)` (in `component`) reads sentences, time expressions,
entity mentions and speech acts and returns `EventMention`s; the `events`
pipeline component stores them on the document. The parts: `lexicon` (the
data files), `triggers` (words that report an event, clauses), `arguments`
(actor, target, location), `dating` (which time expression governs an event),
`counts` (casualties, projectiles, interceptions, arrests) and `modality`;
the steps that apply them to a sentence's draft events: `drafts` (building,
governing, merging), `roles`, `cue_dates` and `draft_dates` (dates) and `draft_counts`.
"""
