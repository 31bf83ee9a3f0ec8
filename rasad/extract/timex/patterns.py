"""One compiled regular expression per family of time expressions.

All patterns run on the normalised view (rasad.arabic.normalize): alef and
hamza forms folded, ة -> ه, ى -> ي, digits ASCII, Latin lower-cased. Literal
words below are written in that folded form (سنه, الساعه). Word lists come
from the lexicons; a pattern is compiled once, on first use.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rasad.extract.timex import lexicon as lx

# Clitics a time word can carry in front: و/ف then ب/ل/ك ("وبنهاية", "فالأربعاء").
PRE = r"(?<!\w)(?:[وف])?(?:[بلك])?"
END = r"(?!\w)"
YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
# A clock time in four digits, hour then minutes, as wire copy writes it ("الساعة 0821 بتوقيت غرينتش")
MILITARY = r"(?:[01]\d|2[0-3])[0-5]\d(?!\d)"
SEP = r"\s*[-/.,،]?\s*"
# Between the two names of a month: a slash, or a bare space in wire copy ("يوليو تموز 2017")
PAIR = r"(?:\s*/\s*|\s+)"
# The year after a month, bare or with its word: "مايو 2003", "أيار/مايو عام 2003", "7 مايو من عام 2003",
# "في شهر أبريل لعام 2016", "تموز/يوليو 2017م"
MYEAR = r"(?:{SEP}(?:(?:من\s+)?(?:عام|العام|سنه|لعام|لسنه)\s+)?{YEAR}(?:\s*م(?!\w))?)?"


def _alt(items: object) -> str:
    return lx.alternation(list(items))  # type: ignore[call-overload]


@lru_cache(maxsize=1)
def words() -> dict[str, str]:
    """The alternations the patterns are made of, by name."""
    units = lx.units()
    seasons = lx.table("seasons", "season")
    return {
        "MONTH": _alt(lx.gregorian_months()),
        "HMONTH": _alt(lx.hijri_months()),
        "WD": _alt(lx.definite_weekdays()),
        "DAYW": _alt(lx.day_words()),
        "PART": _alt(lx.table("dayparts")),
        "REL": _alt(lx.rel_offsets()),
        "BND": _alt(lx.bounds()),
        "ORD": _alt(lx.numbers("day")),
        "ORDB": _alt(lx.numbers("day_before_month")),
        "HOURW": _alt(lx.numbers("hour")),
        "CARD": _alt(lx.numbers("cardinal")),
        "UNIT": _alt(k for k, v in units.items() if not v[2]),
        "UNITDEF": _alt(k for k, v in units.items() if v[2] and v[1] == 1),
        # the same after ل, which drops the article's alef: "للعام الجاري" is ل + العام
        "UNITLL": _alt(k[1:] for k, v in units.items() if v[2] and v[1] == 1),
        "UNITPL": _alt(k for k, v in units.items() if v[2] and v[1] == 0),
        "SEASON": _alt(seasons),
        "DECADE": _alt(lx.table("seasons", "decade")),
        "HALF": _alt(lx.table("clock", "half")),
        "MINW": _alt(lx.table("clock", "minutes")),
        "ZONE": _alt(lx.table("clock", "zone")),
        "DAYPART": _alt(lx.table("clock", "daypart")),
        "VAGUE": _alt(lx.table("vague")),
        "THIS": _alt(lx.table("modifiers", "this")),
        "SAME": _alt(lx.table("modifiers", "same")),
        "SAMEMONTH": _alt(lx.table("modifiers", "same_month")),
        "THISMONTH": _alt(lx.table("modifiers", "this_month")),
        "ANCHORED": _alt(lx.table("anchored")),
        "EVE": _alt(lx.table("eve", "eve")),
        "HOLIDAY": _alt(lx.table("holidays", "holiday")),
        "NTH": _alt(lx.table("holidays", "nth")),
    }


_TEMPLATES = {
    # 26 ديسمبر الماضي; 9 كانون الأول/ديسمبر; الخامس من شهر يناير 2020; يوم 3 آب; أول يوليو
    "daymonth": r"{PRE}(?:يوم\s+)?(?:ال)?(?:(?P<day>[0-3]?\d)(?:\s+من)?|(?P<dayw>{ORD})\s+من|(?P<dayb>{ORDB})\s+)\s*[-/.]?\s*(?:شهر\s+)?"
                r"(?P<month>{MONTH})(?:{PAIR}(?P<month2>{MONTH}))?{MYEAR}(?:\s+(?P<rel>{REL}))?"
                r"(?:\s+(?:من\s+)?(?:(?:العام|السنه|عام)\s+(?P<yrel>{REL})|(?P<same>{SAME})))?{END}",
    # في الثاني من الشهر الحالي; 15 من هذا الشهر; العاشر من الشهر الماضي (a bare "من الشهر" may be a month told before);
    # في 26 الحالي
    "monthday": r"{PRE}(?:يوم\s+)?(?:(?P<day>[0-3]?\d)|(?P<dayw>{ORD}))\s+(?:من\s+(?:(?P<this>هذا)\s+)?الشهر"
                r"(?:\s+(?P<rel>{REL}))?|(?P<bare>{THISMONTH})){END}",
    # مطلع نوفمبر/ تشرين الثاني الماضي; في آب 2020; شهر تموز المقبل; في يوليو/تموز (من) العام الماضي
    "month": r"{PRE}(?:(?P<bnd>{BND})\s+)?(?P<shahr>شهر\s+)?(?P<month>{MONTH})(?:{PAIR}(?P<month2>{MONTH}))?"
             r"{MYEAR}(?:\s+(?P<rel>{REL}))?(?:\s+(?:من\s+)?(?:(?:العام|السنه|عام)\s+(?P<yrel>{REL})|(?P<same>{SAME})))?{END}",
    # اليوم الخميس; فجر اليوم; يوم أمس الثلاثاء; أول أمس الإثنين; مساء غد
    "relday": r"{PRE}(?:(?P<part>{PART})\s+)?(?P<dayw>{DAYW})(?:\s*[،,]?\s*(?P<wd>{WD}))?{END}",
    # الأربعاء; الاثنين الماضي; مساء يوم السبت المقبل
    "weekday": r"{PRE}(?:(?P<part>{PART})\s+)?(?:يوم\s+)?(?P<wd>{WD})(?:\s+(?P<rel>{REL}))?{END}",
    # نهاية العام الجاري 2021; الشهر الماضي; هذا الأسبوع; العام الجديد; الأيام الأولى من العام; للعام المقبل
    "relunit": r"{PRE}(?:(?P<bnd>{BND})\s+)?(?:(?P<this>{THIS})\s+)?(?:(?P<unit>{UNITDEF})|(?<=ل)(?P<lunit>{UNITLL}))"
               r"(?:\s+(?P<rel>{REL})|\s+(?P<new>الجديد|الجديده))?(?:\s*{YEAR})?{END}",
    # عام 2014; أواخر 2017; منذ 2014 (the cue is checked in code); 2021م
    "year": r"{PRE}(?:(?P<bnd>{BND})\s*)?(?:(?P<yw>عامي|العامين|عام|العام|سنه|السنه)\s*)?{YEAR}(?:\s*م)?{END}",
    # صيف 2020; الصيف الماضي; هذا الشتاء; ربيع العام المقبل
    "season": r"{PRE}(?:(?P<bnd>{BND})\s+)?(?:(?P<this>{THIS})\s+)?(?:فصل\s+)?(?P<season>{SEASON})"
              r"(?:\s+(?P<rel>{REL})|\s+(?:العام|السنه)\s+(?P<yrel>{REL})|\s+(?:عام|العام|سنه)?\s*{YEAR})?{END}",
    # الثمانينيات; تسعينيات القرن الماضي; أواخر السبعينات
    "decade": r"{PRE}(?:(?P<bnd>{BND})\s+)?(?:عقد\s+)?(?:ال)?(?P<dec>{DECADE})"
              r"(?:\s+(?:من\s+)?القرن\s+(?P<cent>الماضي|المنصرم|العشرين|الحالي|الجاري|الحادي\s+والعشرين))?{END}",
    # القرن الحادي والعشرين; مطلع القرن الماضي; القرن الـ19 (not a Hijri one, القرن الرابع الهجري, nor one before Christ)
    "century": r"{PRE}(?:(?P<bnd>{BND})\s+)?القرن\s+(?:(?P<ord>{ORD})|(?:ال)?(?P<num>[12]?\d)|(?P<rel>{REL}))"
               r"(?!\w|\s+(?:الهجري|للهجره|هجري|قبل\s+الميلاد))",
    # 21/10/1436هـ; 21 شوال 1436; رمضان 1442 هـ; 1443هـ
    "hijri": r"{PRE}(?:(?:(?P<day>[0-3]?\d)\s*[-/.]?\s*)?(?:(?P<hmonth>{HMONTH})|(?P<hmnum>[01]?\d))\s*[-/.]?\s*)?"
             r"(?P<hyear>1[34]\d\d)(?:\s*(?P<marker>هجريه|هجري|للهجره|ه))?{END}",
    # الساعة العاشرة صباحاً; في تمام الساعة 10:30 مساء; 8:15 صباحا; الساعة الثالثة والنصف
    # 11،00 بالتوقيت المحلي; 09,30 ت غ (a comma between hour and minutes only with a time zone or الساعة);
    # عند السادسة مساء (an hour word without الساعة: only after a cue and with its half of the day, checked in code)
    # الساعة 0821 بتوقيت غرينتش; (1800 بتوقيت غرينتش): four digits as agencies write them, hour then minutes
    # (without الساعة only before a time zone, checked in code: "عند 1204 دولارات" is a price)
    "clock": r"{PRE}(?:(?:تمام\s+)?(?:ال)?ساعه\s+(?:ال)?(?P<h>{MILITARY}|\d{{1,2}}(?:[:.,،]\d\d)?|{HOURW})"
             r"|(?P<hd>{MILITARY}|\d{{1,2}}[:.,،]\d\d)"
             r"|(?P<hw>{HOURW}))"
             r"(?:\s+و\s*(?P<plus>{MINW}|\d{{1,2}}\s+دقيقه))?(?:\s+الا\s+(?P<minus>{MINW}|\d{{1,2}}\s+دقيقه))?"
             r"(?:\s+(?P<half>{HALF})(?<!ا)(?!\s+(?:{DAYW}|{WD}))|\s+(?P<adv>{HALF})(?<=ا))?"
             r"(?:\s+(?P<zone>{ZONE}))?{END}",
    # أثناء الليل; في منتصف الليل; في وقت الظهيرة: a part of the day the narrative tells (family clock, no hour);
    # not before a day ("منتصف الليل الأحد" is read with the day)
    "daypart": r"{PRE}(?P<dp>{DAYPART}){END}(?!\s+(?:يوم\s+)?(?:{WD}|{DAYW}))",
    # خلال 3 أيام; منذ سبع سنوات; قبل يومين; بعد أقل من أسبوع; لثلاث سنوات
    "duration": r"{PRE}(?:(?P<prep>منذ|خلال|لمده|مده|طوال|طيله|علي\s+مدي|علي\s+مدار|قبل|بعد)\s+)?"
                r"(?:(?P<approx>حوالي|نحو|قرابه|زهاء|اكثر\s+من|اقل\s+من)\s+)?(?:(?P<num>\d+(?=\s*\S)|{CARD}(?=\s))\s*)?"
                r"(?P<unit>{UNIT})(?!\s*\d){END}",
    # وبعدها بخمسة أيام; قبل ذلك بيومين; بعده بنحو أسبوعين: counted from a day the text named before
    "offset": r"{PRE}(?P<dir>بعد|قبل)(?:ها|ه|هما|هم|ئذ|\s+ذلك)\s+(?:ب(?P<approx>نحو|حوالي|قرابه|زهاء)\s+|ب)"
              r"(?:(?P<num>\d+|{CARD})\s*)?(?P<unit>{UNIT}){END}",
    # بعد خمسة أيام من ذلك; قبل نحو أسبوعين من ذلك التاريخ (family offset; not "من ذلك الهدف": from an event)
    "offsetof": r"{PRE}(?P<dir>بعد|قبل)\s+(?:(?P<approx>نحو|حوالي|قرابه|زهاء)\s+)?(?:(?P<num>\d+|{CARD})\s*)?(?P<unit>{UNIT})"
                r"\s+من\s+(?:(?:ذلك|هذا)\s+(?:التاريخ|اليوم)|ذلك(?!\s+ال)){END}",
    # في اليوم التالي; صباح اليوم التالي; في اليوم نفسه: a day from the day named before (family offset)
    "dayafter": r"{PRE}(?:(?P<part>{PART})\s+)?(?P<phrase>{ANCHORED}){END}",
    # عيد الفطر; أول أيام عيد الأضحى; ثاني أيام عيد الفطر (family holiday)
    "holiday": r"{PRE}(?:(?P<nth>{NTH})\s+(?:ايام|يوم)\s+)?(?P<holiday>{HOLIDAY})(?:\s+المبارك)?(?:\s+(?P<rel>{REL}))?{END}",
    # في 19 منه; و27 منه; الـ12 منه; يوم 26 من الشهر نفسه: a day of the month the text named last (family dayof)
    "dayof": r"{PRE}(?:يوم\s+)?(?:ال)?(?P<day>[0-3]?\d)\s+(?:منه|من\s+(?:{SAMEMONTH})){END}",
    # عشية الإضراب; وعشية انطلاق المونديال: the day before an event (family eve, resolved in rasad.extract.time)
    "eve": r"{PRE}(?P<eve>{EVE})\s+(?P<event>\w+){END}",
    # في الأسابيع الماضية; على مدى الأشهر القليلة الماضية; في الآونة الأخيرة; منذ فترة
    "vague": r"{PRE}(?:(?:(?:في|خلال|علي\s+مدي|علي\s+مدار|طوال|طيله|منذ)\s+)?(?P<unit>{UNITPL})\s+(?:القليله\s+)?"
             r"(?:الماضيه|الاخيره|المقبله|القادمه|الفائته|المنصرمه|السابقه)|(?P<phrase>{VAGUE})){END}",
}


@cache
def pattern(family: str) -> re.Pattern[str]:
    fill = {"PRE": PRE, "END": END, "PAIR": PAIR, "YEAR": YEAR, "MILITARY": MILITARY, "SEP": SEP, "MYEAR": MYEAR.format(SEP=SEP, YEAR=YEAR), **words()}
    return re.compile(_TEMPLATES[family].format(**fill))


def families() -> tuple[str, ...]:
    return tuple(_TEMPLATES)


@lru_cache(maxsize=1)
def anchors() -> re.Pattern[str]:
    """Words at least one of which every time expression holds, and digits."""
    w = words()
    names = "|".join(w[k] for k in ("MONTH", "HMONTH", "WD", "DAYW", "UNIT", "UNITDEF", "UNITPL", "SEASON", "DECADE", "VAGUE",
                                    "HOURW", "EVE", "HOLIDAY", "DAYPART"))
    return re.compile(rf"\d|{PRE}(?:ال|(?<=ل)ل)?(?:{names}|ساعه)")
