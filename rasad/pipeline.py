"""Ordered, named document components that declare what they need and add.

A component is a function `Document -> Document` with a `name`, the layers it
`requires` and the layers it `provides` (names from `rasad.document.LAYERS`
plus "text" and "meta"). `Pipeline` checks when it is built that every
requirement is provided by an earlier component, so a mis-ordered pipeline
fails before it touches a document, with a message naming what is missing.

Components register themselves with `@component(...)` in their own modules;
`Pipeline.from_names` imports the modules listed in `DEFAULT_MODULES` on
demand, so importing rasad has no side effects.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rasad.document import Document
from rasad.errors import PipelineError

INITIAL_LAYERS = frozenset({"text", "meta"})

# Modules whose import registers the standard components, in pipeline order.
DEFAULT_MODULES = (
    "rasad.clean.component",
    "rasad.arabic.component",
    "rasad.extract.time",
    "rasad.extract.entities.component",
    "rasad.extract.quotes",
    "rasad.extract.events.component",
    "rasad.extract.claims",
)
DEFAULT_PIPELINE = ("clean", "sentences", "tokens", "timexes", "mentions", "quotes", "events", "claims")

ComponentFunc = Callable[[Document], Document]


@dataclass(frozen=True)
class Component:
    name: str
    requires: frozenset[str]
    provides: frozenset[str]
    func: ComponentFunc

    def __call__(self, doc: Document) -> Document:
        out = self.func(doc)
        out.provided |= self.provides
        return out


_REGISTRY: dict[str, Component] = {}


def component(name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = ()) -> Callable[[ComponentFunc], ComponentFunc]:
    """Register a function as a named pipeline component."""

    def register(func: ComponentFunc) -> ComponentFunc:
        _REGISTRY[name] = Component(name, frozenset(requires), frozenset(provides), func)
        return func

    return register


def registered(name: str) -> Component:
    if name not in _REGISTRY:
        for module in DEFAULT_MODULES:
            importlib.import_module(module)
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise PipelineError(f"no component named {name!r}", hint=f"known components: {known}") from None


class Pipeline:
    """Components run in order on each document; checked when built."""

    def __init__(self, components: Sequence[Component], *, given: Iterable[str] = INITIAL_LAYERS) -> None:
        self.components = list(components)
        self._check(frozenset(given))

    @classmethod
    def from_names(cls, names: Sequence[str] = DEFAULT_PIPELINE) -> Pipeline:
        return cls([registered(n) for n in names])

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def _check(self, given: frozenset[str]) -> None:
        have = set(given)
        seen: set[str] = set()
        for comp in self.components:
            if comp.name in seen:
                raise PipelineError(f"component {comp.name!r} appears twice", hint="list each component once")
            seen.add(comp.name)
            missing = comp.requires - have
            if missing:
                providers = sorted(c.name for c in _REGISTRY.values() if c.provides & missing)
                hint = f"put one of {providers} before it" if providers else "add a component that provides it"
                raise PipelineError(f"component {comp.name!r} needs {sorted(missing)}, which nothing before it provides", hint=hint)
            have |= comp.provides

    def __call__(self, doc: Document) -> Document:
        for comp in self.components:
            doc = comp(doc)
        return doc

    def downstream_of(self, layers: Iterable[str]) -> Pipeline:
        """The components that read `layers`, directly or through another component's output.

        When a corpus job changes a layer (other documents settle a publication
        date and the time expressions are resolved again), running this pipeline
        brings everything built on that layer up to date, and nothing else.
        """
        stale = set(layers)
        chosen = []
        for comp in self.components:
            if comp.requires & stale:
                chosen.append(comp)
                stale |= comp.provides
        return Pipeline(chosen, given=INITIAL_LAYERS | {layer for c in self.components for layer in c.provides})

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)
