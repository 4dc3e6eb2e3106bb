"""The words and patterns Persian and Dari news give speech and speakers with, read by
``persian.PersianReader``: speech verbs (simple, light-verb compounds, present), `که` and
colon speech, `به گفتهٔ X`, titles, the words that open a role or a body, and those that
open a sentence without being anyone."""

from __future__ import annotations

import re


def word_list(phrase: str) -> list[str]:
    return phrase.split()


JOIN = "[\\s\u200c]*"  # a space or a zero-width non-joiner between a verb's parts
AFTER_WORD = "(?![\\w\u200c])"
# The perfect may drop its `است` before `که` (`گفته که`, `اعلام کرده که`); the past
# perfect takes `بود` (`اعلام کرده بود که`).
PERFECT = rf"ه(?:{JOIN}(?:است|اند|بود|بودند))?"
# `خواند` and `دانست` call something so (`این وعده را «غیرواقعی» خواند`).
SIMPLE = rf"(?:گفت|افزود|نوشت|خواند|دانست)(?:ند|{PERFECT})?"
# The present, and the imperfect of reportage (`می‌گفت`, was saying).
PRESENT = rf"می{JOIN}(?:گوید|گویند|افزاید|نویسد|گفت|گفتند|افزود|افزودند|نوشت|نوشتند)"
# Speech said with a light verb, by the verb; Dari writes `نمود` where Persian writes `کرد`
# (`تأکید نمود`), and Iranian agencies `ساخت` (`خاطرنشان ساخت`).
DOING = (
    "تأکید تاکید اعلام عنوان بیان تصریح خاطرنشان اضافه ادعا اذعان اعتراف ابراز تکذیب رد انکار "
    "علاوه اظهار یادآوری"
)
LIGHT = {
    "کرد": DOING,
    "نمود": DOING,
    "ساخت": "خاطرنشان متذکر",
    "داشت": "اظهار ابراز اعلام اذعان بیان عنوان",
    "داد": "توضیح هشدار وضاحت خبر ادامه پاسخ",
    "شد": "یادآور مدعی متذکر",
}
PRESENT_STEMS = {"کرد": "کن", "نمود": "نما", "ساخت": "ساز", "داشت": "دار", "داد": "ده", "شد": "شو"}


def light(verb: str) -> str:
    """A light verb's forms: past, plural, perfect, present (`کرد`, `کردند`, `کرده است`,
    `می‌کند`)."""
    present = PRESENT_STEMS[verb]
    return rf"(?:{verb}(?:ند|{PERFECT})?|می{JOIN}{present}(?:د|ید|ند|یند))"


COMPOUND = "|".join(
    rf"(?:{'|'.join(word_list(nouns))}){JOIN}{light(verb)}" for verb, nouns in LIGHT.items()
)
# A view held rather than said, reported the same way: `معتقد است که …`.
BELIEF = rf"(?:معتقد|بر{JOIN}این{JOIN}باور){JOIN}(?:است|اند|هستند|بود|بودند)"
# Whole words only: not the `خواند` of `فرا می‌خواند` (summons).
VERB = rf"(?<![\w\u200c])(?:{SIMPLE}|{PRESENT}|{COMPOUND}|{BELIEF}){AFTER_WORD}"
DENIAL = re.compile(rf"(?:تکذیب|رد|انکار){JOIN}(?:{light('کرد')}|{light('نمود')}){AFTER_WORD}")
"""A denial (`رد کرد`, `تکذیب نمود`), which disputes a figure someone gave before it."""
# Adverbs between a subject and its verb (`وی همچنین افزود`), which the subject ends at.
CUT_WORDS = frozenset(
    word_list(
        "روز امروز دیروز شب صبح عصر ظهر شامگاه بامداد هفته هفتهٔ ماه سال در به با طی "
        "ضمن هنگام پس پیش پیش‌تر قبلاً اخیراً نیز "
        "همچنین هم که این برای درباره دربارهٔ بار ساعاتی ساعتی دقایقی لحظاتی بلافاصله"
    )
)
OPENERS = word_list(
    "در به با پس همچنین اما ولی همزمان هم‌زمان بر براساس روز امروز دیروز طی ضمن از سپس بنابراین "
    # where: `بیرون از ورزشگاه، X گفت` (outside the stadium)
    "بیرون داخل درون کنار نزدیک مقابل روبه‌روی پشت جلوی میان "
    # when: `…، هنگام رفتن گفت` (on leaving), `…، صبح یکشنبه … گفت` (on Sunday morning)
    # (not `عصر`, which opens a name: the news site `عصر ایران`)
    "هنگام حین موقع صبح ظهر شب شامگاه بامداد"
)
PRONOUNS = frozenset({"او", "وی", "ایشان", "آنها", "آن‌ها"})
# A verb's finite ending or auxiliary, which no name holds (`اخراج شده‌اند`, `کشته است`).
FINITE_VERB = re.compile(
    rf"(?:^|\s|\u200c)(?:است|اند|بود|بودند|شد|شدند|شده|کرد|کردند|کرده|دارد|دارند){AFTER_WORD}"
)
# A sentence that replies (`در واکنش`, `در پاسخ`, `پاسخ داد`).
REPLY = re.compile(r"در\s+(?:واکنش|پاسخ)|پاسخ\s*\u200c?\s*داد")
# `در این بیانیه … آمده است:` (it is written in it): a verb with no subject, no one.
IMPERSONAL = frozenset({"آمده", "آمده‌است"})
# What a body issues in its own words: a statement, a notice, a letter, a report, a message.
_DOCUMENTS = "بیانیه|اطلاعیه|اعلامیه|نامه|گزارش|پیام"
# `در این بیانیه آمده است: «…»` (this statement reads): the words of whoever issued it.
IN_THIS_DOCUMENT = re.compile(
    rf"^\s*در\s+(?:این|همین)\s+(?P<document>{_DOCUMENTS})\s+(?:(?:هم|نیز)\s+)?آمده"
    r"(?:\s*\u200c?\s*است)?\s*:\s*$"
)
# `X در بیانیه‌ای …`, `X با انتشار اطلاعیه‌ای …`, `X در گزارشی …`: X issued one.
ISSUED_IN = {
    document: re.compile(rf"\s(?:در|طی|با\s+انتشار)\s+{document}(?:\u200c?ای|ی)(?=[\s،,])")
    for document in _DOCUMENTS.split("|")
}
DEMONSTRATIVES = frozenset({"این", "همین", "آن", "همان"})
UNNAMED = frozenset({"یک", "یکی", "چند", "برخی", "شماری"})
# One of a group a pronoun names (`یکی از آنان گفت`): nobody a reader can name.
# Words that open no subject of a verb of speech after them: `باید گفت` (it must be said),
# `وقتی X می‌گوید` (when X says), `آنچه X گفت` (what X said).
NO_SUBJECT_OPENING = frozenset(word_list("باید وقتی آنچه هرچه اگر چون"))
# Words for a province or a country, which a shorter role may add or drop (`مدیرکل محیط
# زیست استان`, the province's director general).
GENERIC_PLACES = frozenset(word_list("استان ولایت کشور"))
# Words that end a place's name, not a first name after a title (`حاجی آباد`, a village).
PLACE_ENDINGS = frozenset(word_list("آباد شهر کلا ده"))
# Words that say how many (at least, dozens of, several): a count, never part of a name.
QUANTIFIERS = frozenset(
    word_list("دست‌کم حداقل حدود بیش کمتر ده‌ها صدها هزاران چند برخی شماری تعدادی")
)
# Nouns of places, singular and plural: what a village, not a person, is one of (`یکی از
# روستاهای دورافتاده`).
PLACE_KINDS = frozenset(
    word_list("روستا روستاهای روستاها قریه قریه‌های شهر شهرهای ولسوالی ولسوالی‌های منطقه مناطق")
)
# `یکی از بزرگان محلی` (one of the local elders): a person set beside their name as one of
# a group.
ONE_OF_GROUP = re.compile(r"یکی\s+از\s+\S")
ONE_OF_THEM = re.compile(r"(?:یکی|برخی|شماری|تعدادی)\s+از\s+(?:آنان|آنها|آن\u200cها|ایشان|ما|شما)")
# Words that join a sentence to the last, before its subject (`اما یک منبع … گفت`).
# Words joining a sentence to the last, and adverbs opening it (finally, now, later).
CONNECTIVES = frozenset(
    word_list("و اما ولی همچنین بنابراین سپس همزمان هم‌زمان سرانجام اکنون هم‌اکنون اینک بعدها")
)
TITLES = frozenset(
    word_list(
        # Not `استاد`: in news it is most often a role (`استاد دانشگاه`), not `Ustad`.
        "آقای خانم جناب محترم دکتر داکتر مهندس انجنیر حاجی الحاج جنرال قاری مولوی ملا شیخ مفتی "
        # Afghan universities' academic ranks (`پوهنوال X`, associate professor X)
        "پوهاند پوهنوال پوهندوی پوهنمل پوهنیار "
        # a cleric's ranks (`حجت‌الاسلام والمسلمین X`, `آیت‌الله X`)
        "حجت‌الاسلام حجت‌الاسلام‌والمسلمین والمسلمین آیت‌الله آیت‌الله‌العظمی"
    )
)
# A titled name (`آقای حسین کریمی`) is a person's, found again later by surname alone.
TITLED = re.compile(
    rf"(?:{'|'.join(sorted(TITLES))})\s+(?P<name>[^\s،,.:«»؛]+(?:\s+[^\s،,.:«»؛]+){{0,3}})"
)
# So many of a role's first words name its holder when the text writes them again.
ROLE_MENTION_WORDS = 3
# Role words that open a body rather than a person's post; bodies that speak among them
# (`روابط عمومی وزارت نیرو`, `ستاد بحران`, `کمیسیون انرژی`).
BODIES = frozenset(
    word_list(
        "وزارت اداره شورای شورا دفتر سازمان خبرگزاری دولت حکومت ارتش جبهه فرماندهی شاروالی "
        "روابط ستاد کمیسیون کمیته کمیشنری نهاد بنیاد انجمن اتحادیه فدراسیون "
        # a mission, a board, a delegation (`هیئت معاونت سازمان ملل`, `هیئت مدیره`)
        "هیئت هیأت"
    )
)
# Words that open a role or a body rather than a name (`سخنگوی وزارت`, `پولیس`).
ROLE_HEADS = BODIES | frozenset(
    word_list(
        "وزیر سخنگوی سخنگو رئیس رییس مسئول مسؤول معاون والی فرمانده مقام مقامات "
        "نماینده مدیر مدیرعامل سرپرست دادستان شهردار شاروال استاندار فرماندار "
        "ولسوال عضو دبیر سفیر قاضی "
        "مشاور پولیس پلیس منابع منبع یک یکی کارشناس "
        "استاد دانشیار استادیار پژوهشگر اقتصاددان تحلیلگر "
        "تحلیل‌گر فعال مدیرکل خبرنگار پزشک متخصص کارمند باشنده جامعه‌شناس روانشناس "
        "روان‌شناس حقوقدان وکیل نویسنده آگاه "
        # posts written as one word or led by a rank (`امام جمعهٔ …`, `نایب رئیس …`)
        "امام خطیب نایب قائم‌مقام رهبر دبیرکل رئیس‌جمهور رییس‌جمهور نخست‌وزیر کنسول "
        "سرکنسول بخشدار دهیار سرمربی مربی کاپیتان کپتان معین "
        # who someone is to the story (`فریبا احمدی، مادر ۳۴ ساله‌ای …`)
        "مادر پدر همسر برادر خواهر دختر پسر خانواده ساکن کشاورز معلم آموزگار دانشجو دانش‌آموز "
        "بازرگان راننده مهاجر قابله پرستار نرس کارگر دکاندار مغازه‌دار فروشنده شهروند "
        "زن مرد "
        # trades and those at a game or a show (`آهنگساز فیلم`, `هوادار تیم`)
        "کارگردان بازیگر آهنگساز نوازنده خواننده هنرمند بازیکن هوادار تماشاگر ورزشکار داور "
        "معمار"
    )
)
# `این وزارتخانه`, `این نهاد` (this ministry, this institution): the body that spoke or
# was named last, of the kind its name opens on (`وزارت …`), or of any kind.
BODY_ANAPHORS: dict[str, str | None] = {"وزارتخانه": "وزارت", "نهاد": None}
# Words that give what follows as a name or label (so-called, entitled).
LABELLED = re.compile(r"(?:موسوم\s+به|معروف\s+به|به\s+نام|با\s+عنوان|تحت\s+عنوان)\s*$")
# A work or a medium whose title the marks after it hold (`برنامهٔ تلویزیونی «…»`,
# `کتاب تازهٔ او «…»`): its ezafe or up to two words of its own stand between (`طولانی‌تر
# از برنامه «…»`, longer than scheduled, quotes words).
TITLED_WORK = re.compile(
    r"(?:^|\s)(?:برنامه|کتاب|فیلم|مستند|سریال|روزنامه|نشریه|هفته‌نامه|ماهنامه|شبکه|"
    r"کانال|نمایش|جشنواره|همایش|کمپین|پویش|سند|مقاله|آهنگ|ترانه)(?P<ezafe>ٔ|‌ی|ی)?"
    r"(?P<between>(?:\s+[^\s«»]+){0,2})\s*$"
)
# Words for an official of no stated post (`این مقام مسئول`, this official).
OFFICIAL = frozenset(word_list("مقام مسئول مسؤول"))
# The posts that make their holder an official (not `فعال`, `کشاورز`, `باشنده`).
OFFICIAL_POSTS = frozenset(
    word_list(
        "وزیر سخنگوی سخنگو رئیس رییس مدیر مدیرکل مدیرعامل معاون استاندار فرماندار والی "
        "شهردار شاروال ولسوال دادستان سفیر فرمانده نماینده سرپرست مسئول مسؤول"
    )
)
SPEECH = re.compile(VERB)
# What `خبر داد` gives news of (`X از قطعی برق … خبر داد`), after its subject; not the
# `از` of `یکی از همسایگان` (one of the neighbours), which is the subject's own.
NEWS_OF = re.compile(r"(?<!یکی)(?<!برخی)(?<!شماری)(?<!تعدادی)(?<!بسیاری)\sاز\s.*$")
OBJECT = "را"  # what a verb takes ends with it (`X این رقم را رد کرد و گفت`)
# `پلیس از … خبر داد و دادستان تهران گفت`: after one clause's verb and `و`, the next
# clause's own subject.
THEN_SUBJECT = re.compile(rf"(?:{VERB}|{FINITE_VERB.pattern})\s+و\s+(?P<rest>\S.*)$")
# `این در حالی است که X …` (this while X …): the clause's subject follows it.
WHILE = re.compile(r"^\s*این\s+در\s+حالی\s*(?:است|ست)\s+که\s+")
OTHER = frozenset({"دیگری", "دیگر"})  # `رانندهٔ دیگری`: another driver
# `رانندهٔ دیگری که خود را حمید معرفی کرد`: someone who gave a name, as written.
_CALLED_SELF = r"\sکه\s+خود(?:ش)?\s+را\s+"  # `که خود را` (who called themselves)
_GIVEN_NAME = r"[^\s،,]+(?:\s+[^\s،,]+)?"
SELF_NAMED = re.compile(
    rf"{_CALLED_SELF}(?P<name>{_GIVEN_NAME})\s+معرفی{JOIN}(?:{light('کرد')}|{light('نمود')})"
)
# What someone who gave a name added about themselves (`که خود را حسین، دانشجوی دانشگاه
# فردوسی معرفی کرد`): set aside, so the name stands beside its verb.
SELF_NAMED_APPOSITION = re.compile(
    rf"(?P<named>{_CALLED_SELF}(?!(?:به|با|از|در|برای)\s){_GIVEN_NAME})[،,]\s*[^،,«»:]{{1,80}}?"
    r"(?=\s+معرفی)"
)
# Nouns of fighting something, which bodies' names set before `با` and what they fight
# (`ستاد مبارزه با مواد مخدر`, `ادارهٔ ملی مبارزه با حوادث`).
FIGHTING = frozenset(word_list("مبارزه مقابله"))
# `، اما` or `، ولی` (but) before another's words.
CONTRAST = re.compile(r"[،,]\s*(?:اما|ولی)\s")
COLON = re.compile(rf"{VERB}\s*:\s*(?!\s*[«“])")
SAID_COLON = re.compile(rf"{VERB}\s*:")  # speech after a colon, marked or not
THAT = re.compile(rf"{VERB}\s+که\s+")
# `او گفت روزهاست …`, `وی افزود در این حادثه …`: a verb of speech, then its clause with
# no `که` before it; at least three words, none of them opening on a mark, a colon, a
# comma, the `و` that joins another verb (`گفت و افزود`) or a conjunction (`می‌گویند
# زیرا`: they call him so because). Not a participle that is a noun (`این گفته را رد کرد`:
# this statement) or a passive's (`گفته می‌شود`: it is said).
SAID_BARE = re.compile(
    rf"{VERB}\s+(?!(?:و|که|را|زیرا|چون|اما|ولی|اگر)\s|(?:می{JOIN})?(?:شود|شد|شده|شوند|شدند)(?![\w\u200c]))"
    r"(?=[^\s«“:،,؛.!?؟]+(?:\s+[^\s«“:]+){2})"
)
# `به گفتهٔ X`, `به نقل از X`: whose words the sentence gives.
ACCORDING_TO = r"(?:به\s+گفته[ٔ\u200cی]*|به\s+نقل\s+از)"
# Opening the sentence, or a relative clause (`محموله‌ای که به گفتهٔ فرمانده، ارزش آن …`).
ACCORDING = re.compile(rf"(?:^\s*|\sکه\s+){ACCORDING_TO}\s+(?P<who>[^،,:«»]{{2,60}}?)\s*[،,]\s*")
BEFORE_NAME = re.compile(rf"(?:^|\s+)(?:{ACCORDING_TO}|که|با|از|به|در|برای|را)\s+")
# `پس از`, `پیش از`, `بعد از`, `قبل از` near a part's start: it says when, not who.
WHEN = re.compile(r"(?:^|\s)(?:پس|پیش|بعد|قبل)\s+از(?:\s|$)")
WHEN_WITHIN = 4
# The verbs an agency gives the speaker it names after a lead that gave only the role:
# they go on with what was said (added, continued, stressed, noted, recalled).
ADDED = re.compile(
    rf"(?:افزود|ادامه{JOIN}{light('داد')}|(?:تصریح|خاطرنشان){JOIN}"
    rf"(?:{light('کرد')}|{light('نمود')}|{light('ساخت')})|یادآور{JOIN}{light('شد')}){AFTER_WORD}"
)
# What opens the paragraph of someone answering or set against the one before (but, in
# reply, on the other hand, meanwhile), and `also`: another voice than the lead's.
ANOTHER_VOICE = re.compile(
    r"^[\s«]*(?:اما|ولی|در\s+مقابل|در\s+واکنش|در\s+پاسخ|از\s+سوی\s+دیگر|از\s+طرف\s+دیگر|"
    r"در\s+همین\s+حال|همچنین|هم\u200cچنین)(?![\w\u200c])"
)
ALSO_WORDS = frozenset(word_list("نیز هم"))
# A sentence that opens on someone who is then said to be something (`یاسر، یکی از
# استادکاران پروژه، …`) or set against who came before (`پرتوی اما …`): its subject; or on
# someone unnamed (`یک داروساز …`, `یکی از ساکنان …`).
NEW_SUBJECT = re.compile(
    r"^\s*(?:(?P<someone>(?:یک|یکی\s+از)\s+[^\s،,.:«»؛\d]+)|"
    r"(?P<who>[^\s،,.:«»؛\d]+(?:\s+[^\s،,.:«»؛\d]+){0,2})"
    r"(?:\s*[،,]\s*[^،,.:«»؛]{3,100}[،,]|\s+(?:اما|ولی|نیز|هم)(?=\s))|"
    # `و مهرآیین؟` (and X?): the one an interviewer turns to next
    r"(?:و\s+)?(?P<asked>[^\s،,.:«»؛؟?\d]+(?:\s+[^\s،,.:«»؛؟?\d]+){0,2})\s*[؟?]\s*$)"
)
ALSO = re.compile(rf"(?:^|\s)(?:{'|'.join(ALSO_WORDS)})(?![\w\u200c])")
# A comma between parts of a sentence: Persian's, or a Latin one not inside a number
# (`1,450 میلیارد`).
COMMA = re.compile(r"،|(?<!\d),|,(?!\d)")
JOINING = re.compile(r"^[\s،,]*(?:و\s+)?")  # the `و` that joins one clause to the next
STATING = re.compile(r"با\s+(?:بیان|اشاره\s+به)\s+(?:اینکه|این\u200cکه|این\s+که)\s+")
RELAYED = re.compile(rf"{ACCORDING_TO}\s+(?P<who>[^،,:«»]{{2,60}}?)\s*[،,:]")
# `«…»، این را X، سخنگوی Y، به خبرنگاران گفت.`: the subject and what stands between it and
# the verb, its role in apposition included.
# `«…»، این را X … گفت.`, also as a sentence of its own (`«…». این را X می‌گوید؛ …`), and
# with the subject first (`«…»؛ X این را می‌گوید و می‌افزاید …`).
# `«…»؛ این مقام با بیان این مطلب خاطرنشان کرد که …` (stating this): the words before it
# are the subject's, whatever follows the verb.
THIS_STATED = r"با\s+(?:بیان|اشاره\s+به)\s+این\s+(?:مطلب|موضوع|نکته|سخنان)"
TAG_AFTER = re.compile(
    rf"\s*(?:[،,]\s*|[.؛]\s*(?=این\s+را\s)|؛\s*(?=[^.«»:؟!؛]{{1,60}}?\sاین\s+را\s))?"
    rf"(?P<who>[^.«»:؟!]{{1,140}}?)\s*{VERB}\s*(?=[.؟!؛،]|\s+و\s|$)"
)
# `«…» این را رضا می‌گوید که در محلهٔ … نانوایی دارد`: `this` is what he says, so the
# `که` after the verb opens a clause about the speaker, not his words.
THIS_SAID_WHO = re.compile(
    rf"[\s.،,؛]*(?<![^\s.،,؛»])این\s+را\s+(?P<who>[^.«»:؟!،,؛]{{1,60}}?)\s*{VERB}\s+(?=که\s)"
)
TAG_STATED = re.compile(rf"\s*[،,؛]\s*(?P<who>[^.«»:؟!؛]{{1,60}}?)\s+{THIS_STATED}\s+\S")
# Words quoted before a subject are never part of it (`«…»؛ رستگار این را می‌گوید و …`).
QUOTED = re.compile(r"«[^«»]*»?")
VERB_NEXT = re.compile(rf"\s*{VERB}\s*(?=[.؟!؛،]|\s+و\s|$)")  # `… «…» خواند و گفت:`
SENTENCE_END = re.compile(r"[.!?؟…]+[»”)]*\s+")
# At most this many words from `و` to the next speech verb (`و سخنگوی وزارت افزود`).
JOINED_WORDS = 6
LONGEST_ROLE = 80  # characters: longer, the words between two commas are a clause
