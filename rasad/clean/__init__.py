"""Cleaning: which ranges of a page are the article, which are furniture, and why.

    from rasad.clean import Cleaner, learn_recurring
    recurring = learn_recurring(docs)          # lines that recur across a site/folder
    Cleaner(recurring).clean(doc)              # fills doc.body, doc.removed, doc.meta
"""

from rasad.clean.cleaner import Cleaner
from rasad.clean.recurring import RecurringLines, group_key, learn_recurring

__all__ = ["Cleaner", "RecurringLines", "group_key", "learn_recurring"]
