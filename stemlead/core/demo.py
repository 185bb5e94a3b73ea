"""A realistic demo district, generated the same way every time (``stemlead demo``).

Why it exists: first-run exploration, screenshots, handout checks and performance tests all
need a database that looks like a real STEM coach's year — several schools, teachers whose
names come from many cultures and scripts, coaching cycles in every stage, live-captured
observation logs, PLC meetings with agendas and minutes, partners with agreements — and
they need the *same* database on every run, so a problem seen once can be seen again.

How: everything comes from one ``random.Random(seed)`` and every date is counted from
``today``, so the same ``today``, ``scale`` and ``seed`` give identical data; the real clock
only stamps ``created_at``/``updated_at``. Every record goes in through the core functions
the GUI uses (so the demo exercises their validation too), inside one transaction with the
search index rebuilt once at the end.
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from stemlead import clock
from stemlead.core import (
    action_items,
    agenda,
    attendance,
    coaching_log,
    contacts,
    cycles,
    decisions,
    groups,
    meetings,
    observations,
    partners,
    settings,
    tags,
    teachers,
)
from stemlead.errors import InvalidInput, StemLeadError
from stemlead.store import Database, search_index

TZID = "America/Chicago"
_TZ = ZoneInfo(TZID)
MAX_SCALE = 100  # the same limit as `stemlead demo --scale`
COACH_NAME = "Maya Castellanos"
ORGANIZATION = "Cedar Valley Independent School District"
_DISTRICT_DOMAIN = "cedarvalleyisd.org"


@dataclass(frozen=True)
class DemoSummary:
    """How much demo data was made (what ``stemlead demo`` prints)."""

    teachers: int
    cycles: int
    observations: int
    evidence_lines: int
    groups: int
    meetings: int
    action_items: int
    partners: int
    contacts: int
    interactions: int
    agreements: int
    coaching_logs: int

    def describe(self) -> str:
        """One line: ``40 teachers, 14 cycles, ...``."""
        return ", ".join(
            f"{getattr(self, f.name)} {f.name.replace('_', ' ')}" for f in fields(self)
        )


_SUMMARY_TABLES = {
    "teachers": "teachers",
    "cycles": "cycles",
    "observations": "observations",
    "evidence_lines": "observation_lines",
    "groups": "groups",
    "meetings": "meetings",
    "action_items": "action_items",
    "partners": "partners",
    "contacts": "contacts",
    "interactions": "interactions",
    "agreements": "agreements",
    "coaching_logs": "coaching_logs",
}


def summarize(db: Database) -> DemoSummary:
    """Count what a database holds, in the shape of a :class:`DemoSummary`."""
    return DemoSummary(
        **{
            name: int(db.scalar(f"SELECT count(*) FROM {table}"))
            for name, table in _SUMMARY_TABLES.items()
        }
    )


def generate(
    db: Database, *, scale: int = 1, today: date | None = None, seed: int = 2026
) -> DemoSummary:
    """Fill a new, empty database with a demo district; ``scale`` multiplies its size.

    Refuses (StemLeadError) a database that already holds teachers, groups or partners,
    and leaves it untouched.
    """
    if isinstance(scale, bool) or not isinstance(scale, int) or not 1 <= scale <= MAX_SCALE:
        raise InvalidInput(f"The demo scale must be a whole number from 1 to {MAX_SCALE}.")
    held = [
        table
        for table in ("teachers", "groups", "partners")
        if db.scalar(f"SELECT 1 FROM {table} LIMIT 1") is not None
    ]
    if held:
        listed = held[0] if len(held) == 1 else f"{', '.join(held[:-1])} and {held[-1]}"
        raise StemLeadError(
            f"{db.path.name} already holds {listed}; demo data only goes into a new, empty "
            "database, so choose a new file for it."
        )
    day = today or clock.today()
    with db.transaction(), search_index.suspended(db):
        _Builder(db, random.Random(seed), scale, day).build()
    return summarize(db)


# ---------------------------------------------------------------------------------------
# Names: (display, ascii) parts; ascii None means "fold the display form".
# ---------------------------------------------------------------------------------------

Part = tuple[str, str | None]


def _latin(*names: str) -> list[Part]:
    return [(n, None) for n in names]


@dataclass(frozen=True)
class _Culture:
    weight: float
    given: list[Part]
    family: list[Part]
    order: str = "gf"  # "gf" given family, "fg" family given, "fg0" family+given unspaced


_CULTURES: tuple[_Culture, ...] = (
    _Culture(
        4.0,
        _latin(
            "Emily",
            "Jacob",
            "Hannah",
            "Tyler",
            "Megan",
            "Brandon",
            "Rachel",
            "Kyle",
            "Lauren",
            "Dustin",
            "Courtney",
            "Travis",
            "Ashley",
            "Cody",
        ),
        _latin(
            "Johnson",
            "Miller",
            "Carter",
            "Brooks",
            "Sullivan",
            "Reed",
            "Hayes",
            "Bennett",
            "Foster",
            "Whitaker",
            "Ellis",
            "Dawson",
            "Pruitt",
            "Caldwell",
        ),
    ),
    _Culture(
        4.0,
        _latin(
            "María José",
            "Alejandro",
            "Lucía",
            "Andrés",
            "Ximena",
            "José Luis",
            "Mónica",
            "Raúl",
            "Valeria",
            "Héctor",
            "Inés",
            "Zoë",
            "Sofía",
            "Iván",
        ),
        _latin(
            "Martínez",
            "Hernández",
            "Gutiérrez",
            "Ramírez",
            "Peña",
            "Villarreal",
            "Domínguez",
            "Castañeda",
            "Ibáñez",
            "Ortiz",
            "Treviño",
            "Garza",
            "Muñoz",
        ),
    ),
    _Culture(
        1.5,
        _latin(
            "Thị Lan",
            "Văn Minh",
            "Thị Hương",
            "Quốc Bảo",
            "Thanh Tâm",
            "Ngọc Anh",
            "Đức Huy",
            "Thu Trang",
        ),
        _latin("Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Đặng", "Bùi", "Huỳnh"),
        "fg",
    ),
    _Culture(
        1.0,
        [
            ("Олена", "olena"),
            ("Андрій", "andrii"),
            ("Оксана", "oksana"),
            ("Тарас", "taras"),
            ("Ірина", "iryna"),
            ("Богдан", "bohdan"),
        ],
        [
            ("Коваленко", "kovalenko"),
            ("Шевченко", "shevchenko"),
            ("Бондаренко", "bondarenko"),
            ("Мельник", "melnyk"),
            ("Ткаченко", "tkachenko"),
        ],
    ),
    _Culture(
        1.0,
        [
            ("静", "jing"),
            ("伟", "wei"),
            ("敏", "min"),
            ("晓明", "xiaoming"),
            ("丽华", "lihua"),
            ("子涵", "zihan"),
        ],
        [
            ("陈", "chen"),
            ("王", "wang"),
            ("李", "li"),
            ("张", "zhang"),
            ("刘", "liu"),
            ("黄", "huang"),
        ],
        "fg0",
    ),
    _Culture(
        1.0,
        _latin("Ji-woo", "Min-jun", "Seo-yeon", "Hyun-woo", "Da-eun", "Jae-won"),
        _latin("Kim", "Park", "Choi", "Jung", "Kang", "Yoon"),
    ),
    _Culture(
        1.5,
        _latin(
            "Chiamaka", "Oluwaseun", "Adaeze", "Emeka", "Folasade", "Tunde", "Ngozi", "Babajide"
        ),
        _latin("Okafor", "Adeyemi", "Eze", "Nwosu", "Balogun", "Okonkwo", "Adebayo"),
    ),
    _Culture(
        1.5,
        _latin("Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Meera", "Sanjay"),
        _latin("Patel", "Iyer", "Reddy", "Sharma", "Krishnan", "Desai", "Banerjee"),
    ),
    _Culture(
        1.0,
        _latin("Layla", "Omar", "Yasmin", "Karim", "Nour", "Samir"),
        _latin("Haddad", "Al-Masri", "Khalil", "Nasser", "Saleh", "Darwish"),
    ),
    _Culture(
        0.3,
        [("ليلى", "layla"), ("يوسف", "youssef"), ("مريم", "mariam")],
        [("حداد", "haddad"), ("منصور", "mansour")],
    ),
    _Culture(
        0.7,
        _latin("Łukasz", "Małgorzata", "Krzysztof", "Agnieszka", "Paweł", "Zofia"),
        _latin("Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Kaczmarek"),
    ),
    _Culture(
        1.0,
        _latin("Chloé", "Jürgen", "Søren", "Anaïs", "Björn", "Renée", "François"),
        _latin("Müller", "Lefèvre", "Dubois", "Schröder", "Nyström", "Bergström"),
    ),
    _Culture(
        0.5,
        _latin("Şule", "Emre", "Gökhan", "Ayşe", "Çağla", "Barış"),
        _latin("Yılmaz", "Öztürk", "Çelik", "Şahin", "Doğan", "Aydın"),
    ),
    _Culture(
        0.5,
        [("美咲", "misaki"), ("健太", "kenta"), ("陽菜", "hina"), ("翔", "sho")],
        [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka")],
        "fg0",
    ),
    _Culture(
        0.8,
        _latin("Siobhán", "Ciarán", "Aoife", "Niamh", "Seán", "Róisín"),
        _latin("O'Brien", "Gallagher", "McCarthy", "Byrne", "O'Sullivan", "Doyle"),
    ),
    _Culture(
        0.4,
        [("Ελένη", "eleni"), ("Νίκος", "nikos"), ("Δήμητρα", "dimitra")],
        [("Παπαδοπούλου", "papadopoulou"), ("Γεωργίου", "georgiou")],
    ),
)
# The first teachers are always these, so screenshots and manual checks can count on them.
_FEATURED = (
    ("Zoë Martínez", "zoe.martinez"),
    ("Nguyễn Thị Lan", "lan.nguyen"),
    ("Олена Коваленко", "olena.kovalenko"),
    ("陈静", "jing.chen"),
    ("Siobhán O'Brien", "siobhan.obrien"),
)

_FOLD = str.maketrans(
    {
        "Đ": "D",
        "đ": "d",
        "Ł": "L",
        "ł": "l",
        "ı": "i",
        "ß": "ss",
        "Ø": "O",
        "ø": "o",
        "Æ": "AE",
        "æ": "ae",
    }
)


def _ascii_words(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _ascii_words(text))


class _People:
    """Unique person names with ASCII email local parts ("zoe.martinez")."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.featured = list(_FEATURED)
        self.weights = [c.weight for c in _CULTURES]

    def next(self, *, featured: bool = False) -> tuple[str, str]:
        if featured and self.featured:
            name, local = self.featured.pop(0)
            self.used.add(name)
            return name, local
        for attempt in itertools.count():
            culture = self.rng.choices(_CULTURES, self.weights)[0]
            given, given_ascii = self.rng.choice(culture.given)
            family, family_ascii = self.rng.choice(culture.family)
            first = given_ascii or _ascii(given.split()[-1])
            last = family_ascii or _ascii(family)
            if attempt >= 30 and culture.order == "gf":
                # About 900 plain names exist; large scales add a middle initial.
                initial = self.rng.choice("ABCDEFGHJKLMNPRSTVW")
                given, first = f"{given} {initial}.", f"{first}.{initial.lower()}"
            if culture.order == "gf":
                name = f"{given} {family}"
            elif culture.order == "fg":
                name = f"{family} {given}"
            else:
                name = f"{family}{given}"
            if name not in self.used:
                self.used.add(name)
                return name, f"{first}.{last}"
        raise AssertionError("unreachable")


# ---------------------------------------------------------------------------------------
# Schools and teaching assignments
# ---------------------------------------------------------------------------------------

_ELEMENTARY = (
    "Riverside Elementary",
    "Mae Jemison Elementary",
    "Pecan Springs Elementary",
    "Dolores Huerta Elementary",
    "Bluebonnet Elementary",
    "Willow Creek Elementary",
    "Ellen Ochoa Elementary",
    "Sunset Ridge Elementary",
    "Prairie View Elementary",
    "Maple Grove Elementary",
    "Live Oak Elementary",
    "Cypress Bend Elementary",
    "Mesquite Trail Elementary",
    "Wildflower Elementary",
    "Stonebridge Elementary",
    "Hillcrest Elementary",
    "Cedar Park Elementary",
    "Lakeside Elementary",
    "Post Oak Elementary",
    "Sandy Hollow Elementary",
)
_MIDDLE = (
    "Katherine Johnson Middle School",
    "César Chávez Middle School",
    "Lakeview Middle School",
    "Sally Ride Middle School",
    "Brazos Bend Middle School",
    "Red Oak Middle School",
    "George Washington Carver Middle School",
    "Canyon Ridge Middle School",
    "Pioneer Middle School",
    "Eastwood Middle School",
)
_HIGH = (
    ("Cedar Valley High School", "Cedar Valley"),
    ("Benjamin Banneker High School", "Banneker"),
    ("Lone Oak High School", "Lone Oak"),
    ("Brazos River High School", "Brazos River"),
    ("Sandra Day O'Connor High School", "O'Connor"),
    ("Eastside Early College High School", "Eastside"),
    ("Red Bluff High School", "Red Bluff"),
    ("Northview STEM Academy", "Northview"),
    ("Westfield High School", "Westfield"),
    ("Mesa Verde High School", "Mesa Verde"),
)


def _nth(pool: Sequence[str], i: int) -> str:
    base = pool[i % len(pool)]
    return base if i < len(pool) else f"{base} {i // len(pool) + 1}"


# (grade label, subjects) for each teaching position in one school.
_EARLY_SLOTS = (
    ("Pre-K", ["Science", "Math"]),
    ("Kindergarten", ["Science", "Math"]),
    ("Grade 1", ["Science", "Engineering"]),
    ("Grade 2", ["Math", "Science"]),
)
_UPPER_ELEM_SLOTS = (
    ("Grade 3", ["Science", "Math"]),
    ("Grade 4", ["Science"]),
    ("Grade 4", ["Math"]),
    ("Grade 5", ["Science"]),
    ("Grade 5", ["Math", "Science"]),
)
_STEM_LAB_SLOT = ("Grades K–5 STEM lab", ["Robotics", "Technology", "Engineering"])
_MIDDLE_SLOTS = (
    ("Grade 6", ["Science"]),
    ("Grade 7", ["Science"]),
    ("Grade 8", ["Integrated Science"]),
    ("Grade 6", ["Math"]),
    ("Grade 7", ["Math"]),
    ("Grade 8", ["Math", "Algebra I"]),
    ("Grades 6–8", ["Engineering", "Robotics"]),
    ("Grades 6–8", ["Computer Science"]),
    ("Grades 7–8", ["Technology", "Engineering"]),
    ("Grade 8", ["Science", "Math"]),
)
_HIGH_SLOTS = (
    ("Grades 9–10", ["Biology"]),
    ("Grades 9–12", ["Biology", "AP Biology"]),
    ("Grades 10–11", ["Chemistry"]),
    ("Grades 11–12", ["Chemistry", "AP Chemistry"]),
    ("Grades 11–12", ["Physics"]),
    ("Grades 9–12", ["Environmental Science"]),
    ("Grade 9", ["Algebra I"]),
    ("Grade 10", ["Geometry"]),
    ("Grades 11–12", ["Calculus", "Statistics"]),
    ("Grades 10–12", ["Computer Science"]),
    ("Grades 9–12", ["Engineering"]),
    ("Grades 9–12", ["Robotics", "Physics"]),
)

_MATH = {"Math", "Algebra I", "Geometry", "Calculus", "Statistics"}
_ENGINEERING = {"Engineering", "Robotics", "Technology", "Computer Science"}


def _domain(band: str, subjects: Sequence[str]) -> str:
    if band == "PreK-2":
        return "early"
    if subjects[0] in _MATH:
        return "math"
    if subjects[0] in _ENGINEERING:
        return "engineering"
    return "science"


@dataclass
class _School:
    name: str
    short: str
    level: str  # elementary, middle, high
    cluster: int


@dataclass
class _Teacher:
    id: int
    name: str
    school: _School
    band: str
    grade: str
    subjects: list[str]
    domain: str
    cluster: int


# ---------------------------------------------------------------------------------------
# Words in the teachers' own voice
# ---------------------------------------------------------------------------------------

_GROWTH = {
    "science": [
        "I want my students doing more of the explaining. Right now I do most of the talking "
        "during lab debriefs.",
        "Getting students to use evidence from their own data in written explanations, not "
        "just restate the textbook.",
        "Managing materials so labs don't eat the whole period.",
        "I'd like to try phenomenon-based launches; I'm not sure how to start a unit without "
        "front-loading vocabulary.",
        "Modeling: my students draw pictures, but they don't use their models to explain "
        "anything yet.",
    ],
    "math": [
        "I'd like to get better at number talks. I tend to jump in when there is silence.",
        "Helping students justify their reasoning, not just show steps.",
        "Using student work to decide what to reteach instead of just following the pacing guide.",
        "I want more of my students to keep going on tasks that don't have an obvious first step.",
        "Differentiating without writing three lessons every night.",
    ],
    "engineering": [
        "Letting students fail and iterate without me rescuing the build.",
        "Pair programming is chaotic in my room; I want a structure where both partners are "
        "actually thinking.",
        "Connecting our robotics challenges to the math students are learning.",
        "I'm new to teaching CS and still learning the content myself, especially debugging.",
        "Assessing the design process, not just whether the bridge held.",
    ],
    "early": [
        "I'd love science to be more than a Friday afternoon thing in my room.",
        "Getting my little ones to ask questions we can actually test.",
        "I'm not confident with the engineering standards yet.",
        "Helping students record what they notice when most of them aren't writing sentences yet.",
    ],
    "any": [
        "Honestly, I feel a bit on an island in my building; I'd love someone to plan with.",
        "Asking fewer yes/no questions.",
        "Making sure my English learners get into the discussions, not just the confident talkers.",
        "Using exit tickets to actually change tomorrow's lesson.",
    ],
}
_STRENGTHS = [
    "My students feel safe taking risks; we celebrate a 'favorite mistake' every Friday.",
    "I'm organized: my lab stations are ready to go and students know the routines.",
    "I build strong relationships with families; our STEM night turnout was the best in the "
    "building.",
    "I find real-world connections. We used the creek behind the school for our water-quality "
    "unit.",
    "I know the content deeply (I worked in industry for six years before teaching).",
    "Students run our robotics club with very little help from me.",
    "I use lots of visual models and manipulatives, and my students reach for them on their own.",
    "I'm patient with students who struggle, and they know it.",
    "I love trying new things, and my students are used to being my co-testers.",
    "I keep great data on my students and actually look at it.",
]
_TEACHER_PRIVATE = [
    "Mentoring a first-year teacher next door; good candidate for the role-alike group.",
    "Going through a lot at home this fall; keep asks light.",
    "Interested in the teacher-leader pathway next year.",
    "Prefers a text over email; best time is before first bell.",
    "Had a rough evaluation last year and is wary of anything that feels like one. Go slow.",
    "Asked to be left off the PLC share-out until she feels ready.",
]

# ---------------------------------------------------------------------------------------
# Coaching cycles: goal, success criteria, strategy, look-for, reflections
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Goal:
    title: str
    goal: str
    criteria: str
    strategy: str
    look_for: str
    midway: str
    reflection: str


_GOALS: dict[str, list[_Goal]] = {
    "science": [
        _Goal(
            "Evidence-based explanations",
            "Students will use evidence from their investigations to support claims in "
            "written explanations.",
            "80% of students score 3 or higher on the CER rubric in the unit 4 lab write-up "
            "(fall baseline: 38%).",
            "Claim–Evidence–Reasoning with sentence frames, modelled with a think-aloud; "
            "peer feedback with the rubric before final drafts.",
            "Students cite evidence from their own data",
            "Mid-cycle: 61% at level 3+ on the first write-up. Reasoning is still the "
            "weakest part; we'll add a 'because the science idea says…' frame.",
            "Teacher: 'Once I stopped answering the first question and asked who could add "
            "on, students carried the debrief.' Result: 81% at level 3+ (from 38%). Next: "
            "share the frames with the Grade 5 Science PLC.",
        ),
        _Goal(
            "Models that explain",
            "Students will develop and revise models to explain a phenomenon and use them "
            "to predict what happens next.",
            "3 of 4 final models show an unseen mechanism and are used to make a correct "
            "prediction (model checklist; baseline 1 in 4).",
            "Initial, revised and final models with a gallery walk between drafts and "
            "'I used to think… now I think…' reflections.",
            "Students revise their models",
            "Mid-cycle: most revised models now show particles; few are used to predict "
            "yet. Next: a predict-then-test launch.",
            "Final models: 72% met the checklist (from 25%). Teacher wants to keep the "
            "gallery walk and drop the worksheet.",
        ),
        _Goal(
            "Student-planned investigations",
            "Students will plan fair tests, naming what they change, measure and keep the same.",
            "75% of groups' plans name an independent, a dependent and two controlled "
            "variables (baseline: 30%).",
            "Question-formulation routine, variable-sorting cards, planning templates that "
            "fade over three investigations.",
            "Students plan their own investigations",
            "Mid-cycle: 55% of plans complete. Groups that used the sorting cards did "
            "better; cards go to every table.",
            "Reached 78% of complete plans by the third investigation. Students asked to "
            "design their own test for the ramp unit.",
        ),
        _Goal(
            "Talk in the lab",
            "Students will talk to each other about their data before they talk to the teacher.",
            "In three observed debriefs, 60% of talk turns are student-to-student (baseline "
            "20%, coach's talk tally).",
            "Talk moves on table tents, 'turn and talk before hands', teacher revoicing and "
            "'who can add on?'",
            "Student-to-student talk",
            "Mid-cycle tally: 41% student-to-student. Revoicing is working; wait time is "
            "the next move.",
            "Final tally 63% student-to-student. Teacher: 'I didn't know how much I was "
            "filling the silence.'",
        ),
    ],
    "math": [
        _Goal(
            "Justifying reasoning",
            "Students will explain and justify their strategies in writing, not only show "
            "the steps.",
            "75% of students include a complete justification on two of three common "
            "formative assessments (baseline: 25%).",
            "Number talks three times a week; 'convince yourself, a friend, a skeptic'; "
            "anchor chart of reasoning sentence starters.",
            "Students justify their strategies",
            "Mid-cycle: 48% complete justifications. Students justify aloud well; writing "
            "lags. Trying written number talks on Fridays.",
            "77% complete justifications on the last CFA. Teacher will lead a number talk "
            "at the PLC.",
        ),
        _Goal(
            "Productive struggle",
            "Students will persevere on non-routine problems for at least ten minutes "
            "before asking for help.",
            "80% of students try two strategies before conferring with the teacher "
            "(baseline 45%, work-time tally).",
            "Three-act tasks, vertical whiteboards, hint cards instead of rescue; the "
            "teacher practises 'wait, then ask a question'.",
            "Students persevere before asking for help",
            "Mid-cycle: 62%. Hint cards cut 'I'm stuck' calls in half.",
            "84% tried two strategies first. Teacher: 'The hint cards saved me; I used to "
            "answer the same question twelve times.'",
        ),
        _Goal(
            "Mathematical discourse",
            "Students will critique each other's reasoning using precise vocabulary.",
            "50% of student comments respond to a peer's idea (baseline 15%); 70% correct "
            "use of unit vocabulary on exit tickets.",
            "Talk moves ('I agree with __ because…'), structured partner talk, selecting "
            "and sequencing student work.",
            "Students respond to each other's ideas",
            "Mid-cycle: 33% of comments build on a peer. Sequencing work from concrete to "
            "abstract helped most.",
            "Final: 52% of comments respond to peers; vocabulary at 74%.",
        ),
        _Goal(
            "Using data to reteach",
            "Students who miss the proportional-reasoning target on the common assessment "
            "will reach it within two weeks.",
            "90% of students proficient on the re-assessment (baseline 58% on the first attempt).",
            "PLC protocol for sorting student work, small-group reteach stations and "
            "spiralled warm-ups.",
            "Small-group reteach in action",
            "Mid-cycle: stations running twice a week; 14 of 31 students re-assessed "
            "proficient so far.",
            "88% proficient after reteach (from 58%). The PLC adopted the station model.",
        ),
    ],
    "engineering": [
        _Goal(
            "Iteration in the design process",
            "Students will test, analyse failure and redesign their prototypes at least "
            "twice before the final build.",
            "Every team's notebook documents two iterations with data and a reason for each "
            "change; 80% explain a trade-off in their reflection.",
            "Design-process cards, a 'failure is data' norm, test-log template and "
            "mid-project design reviews.",
            "Teams iterate from test data",
            "Mid-cycle: 9 of 12 teams logged a second iteration; reasons are still vague "
            "('it was better').",
            "All teams documented two iterations; 83% named a trade-off. Teacher kept "
            "hands off the builds the whole unit.",
        ),
        _Goal(
            "Pair programming that works",
            "Both partners will contribute to and be able to explain their team's code.",
            "80% of students correctly explain their team's program on the individual "
            "code-tracing check (baseline: 52%).",
            "Driver/navigator roles with a 7-minute timer, think-aloud debugging, "
            "'explain my partner's line' exit tickets.",
            "Both partners explain the code",
            "Mid-cycle: 66% on the tracing check. The timer works; navigators need question stems.",
            "81% on the final tracing check. Students asked to keep the timer.",
        ),
        _Goal(
            "Debugging independence",
            "Students will use a debugging strategy before asking for help.",
            "'It doesn't work' help requests halve over four weeks (teacher tally) and 75% "
            "of students name a strategy they used.",
            "'Ask three before me', rubber-duck debugging, print tracing and a class bug-log wall.",
            "Students debug before asking",
            "Mid-cycle: requests down 30%. The bug-log wall is popular.",
            "Requests down 58%; 79% named a strategy. The bug-log wall stays.",
        ),
        _Goal(
            "Math in the robot",
            "Students will use measurement and ratios to predict how far their robot will travel.",
            "80% of teams predict within 10% of the actual distance on the final challenge "
            "(baseline: 30%).",
            "Wheel-circumference investigation, predict–test–compare tables, planned with "
            "the 7th-grade math teacher.",
            "Students predict with ratios",
            "Mid-cycle: 50% within 10%. Teams that measured circumference twice were closer.",
            "83% within 10% on the final challenge; the math teacher wants to co-teach it "
            "next year.",
        ),
    ],
    "early": [
        _Goal(
            "Noticing and wondering",
            "Students will ask testable questions about what they observe.",
            "70% of students record at least one 'I wonder…' question that could be tested "
            "in the classroom (baseline: 20%).",
            "Daily notice-and-wonder routine, a question wall sorted into 'we can test it' "
            "and 'we can look it up', picture-supported stems.",
            "Students ask questions they can test",
            "Mid-cycle: 45% have a testable question in their journals.",
            "74% recorded a testable question. The question wall is now student-run.",
        ),
        _Goal(
            "Talking like scientists",
            "Students will use observations to explain their thinking during science circle.",
            "In three observed circles, half the class shares an 'I noticed… so I think…' "
            "sentence (baseline: 4 students).",
            "Sentence frames with icons, partner talk before whole-group sharing, teacher "
            "revoicing.",
            "Students explain with 'I noticed… so I think…'",
            "Mid-cycle: 9 of 20 students used the frame in circle.",
            "13 of 20 students used the frame; two began using 'because' on their own.",
        ),
    ],
}
_CYCLE_PRIVATE = [
    "Said the assistant principal's walkthrough felt evaluative; our data stays between us "
    "unless she chooses to share it.",
    "Wants this cycle to count toward her teacher-leader application.",
    "Team dynamic: one partner does most of the planning. Watch for that.",
    "Nervous about being observed; start with co-teaching before any visit.",
    "Principal asked how this cycle is going. I said that's the teacher's story to tell.",
]
_CYCLE_ACTIONS = [
    ("Draft student-friendly success criteria", "teacher"),
    ("Collect baseline student work samples", "teacher"),
    ("Find a model lesson video to watch together", "me"),
    ("Schedule the modelling lesson", "me"),
    ("Try the strategy in two more class periods", "teacher"),
    ("Score the end-of-cycle student work with the rubric", "teacher"),
    ("Bring the tally sheet to our debrief", "me"),
]
_TIME_NOTES = {
    "planning": "Prepared the baseline data review.",
    "data_review": "Looked at baseline student work together.",
    "co_planning": "Co-planned the lesson and the look-fors.",
    "modelling": "Modelled the strategy while the teacher tallied.",
    "co_teaching": "Co-taught; teacher led the debrief.",
    "observation": "Observed with the agreed look-fors.",
    "debrief": "Debriefed: strengths first, then one next step chosen by the teacher.",
    "other": "",
}

# ---------------------------------------------------------------------------------------
# Observation lines, by domain and kind. {placeholders} are filled per line.
# ---------------------------------------------------------------------------------------

_VOCAB: dict[str, list[str]] = {
    "group": [
        "Table 1",
        "Table 4",
        "the group by the sink",
        "Group B",
        "the front-left group",
        "the Falcons team",
        "Lab bench 3",
        "the pair near the door",
        "Table 6",
    ],
    "phenomenon": [
        "ice melting faster on a metal tray than on a plastic one",
        "a can crushing as it cools",
        "shadows changing length across the day",
        "a plant leaning toward the window",
        "salt 'disappearing' in water",
        "a rubber-band car going farther on tile than on carpet",
    ],
    "concept": [
        "conservation of matter",
        "energy transfer",
        "how particles move when heated",
        "why the shadow moves",
        "what happens to the food web when one population drops",
        "chemical vs physical change",
    ],
    "measure": [
        "the temperature every 30 seconds",
        "the mass before and after dissolving",
        "shadow length every 10 minutes",
        "how far the car rolls",
        "the pH of the creek sample",
    ],
    "tool": [
        "probeware temperature sensors",
        "digital scales",
        "meter sticks",
        "stopwatches on the Chromebooks",
        "graduated cylinders",
    ],
    "prediction": [
        "what will happen to the mass after the salt dissolves",
        "which tray melts the ice first",
        "where the shadow will be at 2:00",
    ],
    "expression": ["18 × 5", "3/4 + 5/8", "25% of 48", "199 + 246", "2.5 × 12", "7 × 16"],
    "math_target": [
        "explain why two ratios are equivalent",
        "use a double number line to solve a rate problem",
        "compare fractions using benchmarks",
        "interpret the slope of a line in context",
        "write an equation for a proportional relationship",
    ],
    "task": [
        "the Penny Pile task",
        "how long it takes to fill the water cooler",
        "the stacking cups task",
        "the shrinking candle",
    ],
    "challenge": [
        "build a bridge from 20 craft sticks that holds 1 kg",
        "program the robot through the maze in under 60 s",
        "design a water filter for the creek sample",
        "protect an egg in a 2 m drop",
        "code an animation that tells a story with loops",
    ],
    "eng_concept": [
        "trade-offs between strength and weight",
        "nested loops",
        "gear ratios",
        "if/else conditionals",
        "fair testing of a prototype",
    ],
    "result": [
        "the bridge held 650 g, then twisted at the centre",
        "the robot overshot the turn by about 15°",
        "the filter cleared the sediment but not the colour",
        "the egg cracked on the second drop",
    ],
    "object": [
        "a pumpkin",
        "a magnet wand",
        "a toy car on a ramp",
        "an ice cube in a cup",
        "a seed that has sprouted",
    ],
    "objects": ["classroom objects", "rocks and shells", "blocks and balls", "leaves"],
    "book": [
        "a big book about seeds",
        "a picture book about a girl who builds things",
        "a story about shadows",
    ],
}

_EVIDENCE: dict[str, dict[str, list[str]]] = {
    "science": {
        "launch": [
            'T showed a short video of {phenomenon} and asked, "What do you notice? What do '
            'you wonder?"',
            "Students wrote noticings in journals for 2 minutes before talking.",
            "T revisited the driving-question board; {n} new sticky-note questions since last "
            "class.",
            'Learning target read aloud: "I can use data from our investigation to explain '
            '{concept}."',
            "Materials managers picked up trays; every group had materials within 90 seconds.",
            "T asked students to predict {prediction} and show 1–4 fingers for confidence.",
        ],
        "work": [
            "{group} is measuring {measure} with {tool}; one reads, one records, one checks.",
            'T conferred with {group} for about 3 minutes, asking "How could you test that?"',
            "{group} disagreed about repeating a trial; they decided to run a third one.",
            "T reached every group within the first 10 minutes of work time.",
            "Class data table on the board: {n} of 8 groups have posted results.",
            "Two students at {group} are redrawing their model after seeing the class data.",
            'T asked {group}: "What evidence do you have for that?" and waited about 6 seconds.',
            "{group} used the CER sentence frames on the table tent to draft a claim.",
            "S{k} explained the procedure to a late-arriving classmate without being asked.",
            'T paused the class: "Some groups got different results. Why might that be?"',
            "Talk overheard at {n} of 8 groups was about the investigation.",
            "{group} is comparing their graph with the class graph on the wall.",
            "T handed {group} a hint card instead of answering their question.",
            "Students are adding arrows to their models to show {concept}.",
            "{group} noticed their thermometer reading drifted and re-zeroed the sensor.",
        ],
        "close": [
            "Whole-class debrief: T charted claims from {n} groups on the board.",
            'Exit ticket: "Which piece of evidence best supports your claim? Why?"',
            "T asked students to revise one part of their model in a different colour.",
            "Clean-up took about 4 minutes; materials back on trays.",
            "T previewed tomorrow: groups will share models in a gallery walk.",
            "Students added a 'now I think…' sentence to their journals.",
        ],
    },
    "math": {
        "launch": [
            "Number talk: T wrote {expression}; {n} different mental strategies recorded.",
            "Warm-up 'Which one doesn't belong?' with four graphs; students argued for each.",
            'Learning target posted: "I can {math_target}."',
            "T showed Act 1 of a three-act task ({task}); students wrote the questions they "
            "want answered.",
            "T asked for an estimate that is too high, too low and just right.",
        ],
        "work": [
            "Students working at vertical whiteboards in threes; one marker, rotating.",
            "{group} tried a ratio table first, then switched to a double number line.",
            'T asked {group}: "How do you know?" then "Can you convince a skeptic?"',
            "S{k} wrote 3/4 < 5/6 and explained it with a number line.",
            "T chose three pieces of student work to share, ordered concrete to abstract.",
            '{group} is stuck; T asked "What do you know for sure?" and moved on.',
            'On the board: "x < 7 & x > 2". T asked students to say it in words.',
            "{n} of 8 groups reached for algebra tiles or fraction strips without a prompt.",
            "T conferred with S{k} about an error, asking what the student noticed first.",
            "Partners checked answers and explained any differences to each other.",
            'T revoiced S{k}: "So you\'re saying the rate stays the same?"',
            "{group} wrote two strategies side by side and circled where they match.",
            "T posted a hint card at the back table; {n} students used it.",
        ],
        "close": [
            "Closure: students wrote one strategy they'd use again and why.",
            "Exit ticket on {math_target}; T sorted them by strategy as students left.",
            "T connected the shared strategies: \"Where is the 12 in S2's table and in S5's "
            'graph?"',
            "Students rated their confidence 1–4 on the learning target.",
        ],
    },
    "engineering": {
        "launch": [
            "T presented the challenge: {challenge}. Criteria & constraints posted.",
            "Teams reviewed their test-log entries from last class before starting.",
            "T modelled a think-aloud debugging a short program with a planted bug.",
            "Mini-lesson (6 min) on {eng_concept}, then release to teams.",
        ],
        "work": [
            "{group} tested their prototype: {result}. Result recorded in the test log.",
            "Driver/navigator roles switched on the 7-minute timer; T reminded once.",
            "{group} is debating two designs; they decided to test both.",
            "S{k} traced the code line by line out loud to find why the sprite didn't move.",
            'T asked {group}: "What does your data tell you to change?"',
            "{group} pointed to the design-process cards to say which step they're on.",
            "T did not touch any prototype during {n} conferences; asked questions instead.",
            "Bug-log wall: {n} new bugs posted, each with the fix the team found.",
            "{group} measured wheel circumference to predict distance: 120 cm predicted, "
            "114 cm actual.",
            "S{k} helped another team with a loop error by explaining, not typing.",
            "{group} added a brace to the joint that failed and re-tested.",
            "T asked the class to pause and share one surprising test result.",
        ],
        "close": [
            "Design review: each team shared one failure and what they learned from it.",
            "Teams wrote their next-iteration plan on a sticky note for tomorrow.",
            'Exit ticket: "Explain one line of your partner\'s code."',
            "Clean-up: builds stored on labelled shelves in under 3 minutes.",
        ],
    },
    "early": {
        "launch": [
            'Science circle on the carpet: T held up {object} and asked, "What do you notice?"',
            "Carpet partners did a notice-and-wonder turn-and-talk.",
            "T read {book} aloud and paused for predictions.",
            'Picture-supported stems posted: "I noticed… I think…"',
        ],
        "work": [
            "At tables, students sorting {objects} into 'sinks' and 'floats'.",
            'S{k} drew the ramp and labelled it "fast" and "slow" with arrows.',
            'T knelt at {group} and asked, "How could we find out?"',
            "{n} students pushed the ball harder to make it go farther and told a partner why.",
            'Students counted cubes to compare their towers; T asked, "How many more?"',
            "Students recording observations with a drawing and one word in their journals.",
            "S{k} used a magnifier on the seed and called a friend over to look.",
            "T gave a 2-minute warning with the chime; students finished and cleaned up.",
        ],
        "close": [
            'Back on the carpet, {n} students shared an "I noticed… so I think…" sentence.',
            "T added two new questions to the class wonder wall.",
            "Students showed thumbs up/sideways/down for how sure they are.",
        ],
    },
}

_STRENGTH = {
    "any": [
        "Wait time after questions was consistently 5+ seconds; more hands went up the "
        "second time.",
        "Every student had a group role, and the roles were being used.",
        "Students asked each other questions before asking the teacher.",
        'Specific praise focused on thinking: "I like how you changed your plan after the data."',
        "Transitions took under a minute; routines are clearly well established.",
        'Open questions throughout: "What do you notice?", "How do you know?", "What if…?"',
        "English learners at {group} used the sentence frames to join the discussion.",
        "Student work on the walls shows the thinking, not only final answers.",
        "T named a 'favorite mistake' and the whole class learned from it.",
        "Students handled materials and clean-up without reminders.",
        "Warm tone; students greeted by name at the door.",
    ],
    "science": [
        "Students used 'evidence' naturally: \"Our evidence is the mass stayed 45 g.\"",
        "The phenomenon hook had every student leaning in.",
        "Groups compared data across the class to look for patterns.",
    ],
    "math": [
        "Several strategies honoured and compared side by side on the board.",
        "Students explained their errors without embarrassment: strong 'mistakes help us "
        "learn' culture.",
        "Student work shared in a deliberate order, concrete to abstract.",
    ],
    "engineering": [
        "Failure treated as data: the team cheered a collapsed bridge, then measured where "
        "it broke.",
        "T asked questions instead of fixing the build.",
        "Test logs are detailed and dated.",
    ],
    "early": [
        "Students used science words ('observe', 'predict') in their own talk.",
        "The carpet routine gave every child a turn to talk with a partner.",
    ],
}

_THINKING = {
    "science": [
        'S{k}: "It sank because it\'s heavier." Partner: "But the big block floated, so '
        "maybe it's not just weight.\"",
        "S{k}: \"The salt didn't disappear. It's still there, we just can't see it. The mass "
        'proves it."',
        'S{k}: "The shadow is shorter at noon because the sun is higher, like a flashlight '
        'pointing down."',
        'S{k} asked: "If we did it with hot water, would it dissolve faster?"',
        "{group} said the metal tray is 'colder'; a student pushed back: \"It's the same "
        'temperature, it just moves the heat faster."',
        'S{k}: "We got a different number because we didn\'t start the timer at the same time."',
        'S{k}: "Our model needs arrows both ways because energy goes in and out."',
        'S{k}: "If the rabbits go away the hawks will have less food, but the grass will '
        'grow more."',
    ],
    "math": [
        'S{k}: "I doubled 18 to get 36 and halved the 5... wait, I have to double one and '
        'halve the other."',
        'S{k}: "The line is steeper so the rate is faster: each hour you get more miles."',
        'S{k}: "3/4 is closer to 1 than 5/8 because it\'s only missing one fourth."',
        'S{k}: "It\'s proportional because the table goes through zero."',
        'S{k} to partner: "Why did you add instead of multiply?" Partner explained with a drawing.',
        'S{k}: "x can be 3, 4, 5 or 6, and decimals too, like 6.5!"',
        'S{k}: "25% is a quarter, so I just split 48 into four."',
    ],
    "engineering": [
        "S{k}: \"If we make the base wider it won't tip, but it'll be heavier.\"",
        'S{k}: "The loop runs 4 times, so 4 sides. For a hexagon we change it to 6 and the '
        'turn to 60."',
        'S{k}: "It failed at the joint, so the joint is the problem, not the whole bridge."',
        'S{k}: "The robot goes too far because the wheels are bigger than we thought: one '
        'turn is the circumference."',
        "S{k}: \"Let's change one thing at a time or we won't know what fixed it.\"",
        'S{k}: "The filter needs layers, like the ground does with sand and rocks."',
    ],
    "early": [
        'S{k}: "The car went faster because the ramp is more tall."',
        "S{k}: \"Magnets stick to the fridge but not the door handle. Maybe the handle isn't "
        'metal?"',
        'S{k}: "My seed has a tail!" Partner: "It\'s a root. It\'s going down to drink."',
        'S{k}: "It floats because it has air inside, like a boat."',
        'S{k}: "My tower has 3 more because I counted on from 7."',
    ],
}

_WONDERINGS = {
    "any": [
        "I wonder what would happen if groups shared their models before the gallery walk?",
        "I wonder how students decided who would record the data?",
        "I wonder what students would say if asked which evidence convinced them most?",
        "I wonder whether a quick turn-and-talk before the whole-class share would bring in "
        "more voices?",
        "I wonder what the quieter students at {group} were thinking during the debate?",
        "I wonder how this lesson connects to what students did in the last unit?",
        "How might the exit-ticket results shape tomorrow's launch?",
        "I wonder what would change if students chose their own roles?",
        "What might students do if the hint cards were available from the start?",
        "I wonder how we might keep the success criteria visible during work time?",
    ],
    "science": [
        "I wonder what students would predict if the water were hot?",
        "I wonder how students might use the class data to check their own results?",
        "What would happen if students wrote their claim before seeing other groups' data?",
    ],
    "math": [
        "I wonder which strategies students would use if the numbers were larger?",
        "I wonder how students would explain the difference between the two graphs?",
        "What might happen if the number talk started from a student's error, on purpose?",
    ],
    "engineering": [
        "I wonder what teams would change if they had one more test?",
        "I wonder how students decide when a design is 'good enough'?",
        "What if teams had to explain a trade-off before they started building?",
    ],
    "early": [
        "I wonder what the children would try if the ramp had carpet on it?",
        "I wonder how many students could draw what they noticed without the word bank?",
    ],
}

_OWN_LOOK_FORS = [
    "Students talk to each other more than to the teacher",
    "Every student has a way into the task",
    "Students use data or evidence when they explain",
    "Wait time after questions",
    "Who is doing the thinking?",
    "Students revise their ideas",
]
_FOCUS = [
    "Chosen together at our planning meeting: {look}.",
    "Teacher asked me to watch for {look}.",
    "Focus: {look}, especially during the debrief.",
    "Invited visit; the teacher wanted a second pair of eyes on {look}.",
]
# Start of each class period (the same bell schedule on every campus, for simplicity).
_PERIODS = ((8, 5), (8, 55), (9, 50), (10, 40), (12, 35), (13, 25), (14, 15))
_NEXT_STEPS_TEACHER = [
    "Try a 2-minute turn-and-talk before the whole-class debrief",
    "Post the sentence frames on every table",
    "Choose three pieces of student work to share, concrete to abstract",
    "Use hint cards instead of answering group questions in the next lab",
    "Film 10 minutes of a debrief to count student-to-student talk turns",
    "Add a 'now I think…' revision step to the exit ticket",
    "Try the timer routine with two more class periods",
    "Invite a colleague from the PLC to see the gallery walk",
]
_NEXT_STEPS_COACH = [
    "Share the talk-moves bookmark and the talk-tally template",
    "Find a short video of a three-act task launch to watch together",
    "Bring the probeware sensors for the next investigation",
    "Schedule a 20-minute debrief",
]
_OBS_PRIVATE = [
    "Assistant principal walked in at the 20-minute mark; T tensed up. Keep the debrief on "
    "student thinking.",
    "T mentioned she's exhausted (third day without a sub this week). Keep asks small.",
    "Possible host for a PLC lab visit in the spring; ask privately first.",
    "T asked for this visit herself, a big step after last year.",
    "Two students were pulled out midway; ask how T wants to plan for them.",
]

# ---------------------------------------------------------------------------------------
# Coaching log
# ---------------------------------------------------------------------------------------

_LOG_TOPICS = {
    "science": [
        "CER writing",
        "the dissolving lab",
        "phenomenon launches",
        "modelling energy transfer",
        "lab-safety routines",
    ],
    "math": [
        "number talks",
        "three-act tasks",
        "vertical whiteboards",
        "the proportional-reasoning CFA",
    ],
    "engineering": [
        "the egg-drop redesign",
        "pair-programming roles",
        "debugging routines",
        "the robotics maze challenge",
    ],
    "early": ["the notice-and-wonder routine", "science journals", "the ramps centre"],
}
_RESOURCES = [
    "set of probeware temperature sensors",
    "talk-moves bookmarks",
    "student-friendly CER rubric",
    "three-act task slides",
    "engineering design process cards",
    "micro:bit classroom kit",
    "NGSS evidence statements for the unit",
    '"Notice & Wonder" anchor chart',
]
_LOG_NOTES = {
    "conversation": [
        "Hallway chat about {topic}; wants to try it next week.",
        "Check-in after school on how {topic} went. Celebrated small wins.",
        "Lunch conversation: worried about pacing; talked through {topic}.",
    ],
    "email": [
        "Sent the {resource} and a short note about {topic}.",
        "Answered a question about {topic} with an example from another campus.",
    ],
    "co_planning": [
        "Co-planned the launch for {topic}: phenomenon, driving question, first investigation.",
        "Planned {topic} together; wrote success criteria in student-friendly language.",
    ],
    "co_teaching": [
        "Co-taught {topic}: I ran the launch, the teacher led the debrief.",
        "Co-taught; we split the class for small-group work on {topic}.",
    ],
    "modelling": [
        "Modelled {topic} in one period while the teacher tallied student talk.",
        "Demo lesson on {topic}; debriefed over the teacher's planning period.",
    ],
    "resource_shared": ["Dropped off the {resource}.", "Shared the {resource} in the team folder."],
}
_LOG_MINUTES = {
    "conversation": (5, 20),
    "email": (5, 15),
    "co_planning": (30, 60),
    "co_teaching": (45, 90),
    "modelling": (40, 55),
    "resource_shared": (5, 10),
}

# ---------------------------------------------------------------------------------------
# Partners
# ---------------------------------------------------------------------------------------

_PLACES = [
    "Pecan Creek",
    "Bluebonnet",
    "Lone Oak",
    "Brazos Bend",
    "Red Bluff",
    "Post Oak",
    "Sandy Hollow",
    "Mesquite Flats",
    "Cypress Point",
    "Sycamore",
    "Live Oak",
    "Caddo Lake",
    "Cedar Valley",
    "Prairie Hill",
    "Willow Bend",
]
_PARTNER_NAMES: dict[str, tuple[list[str], list[str]]] = {
    # kind: (named partners used first, suffixes for more)
    "industry": (
        [
            "Johnson & Reyes Engineering, LLC",
            "Gulf Coast Energy & Light Foundation",
            "Lone Star Semiconductor",
            "BrightPath Software",
            "Prairie AgriTech Co-op",
            "Cedar Valley Medical Center",
        ],
        ["Robotics Inc.", "Water Utility", "BioLabs", "Manufacturing Co.", "Data Systems", "Solar"],
    ),
    "higher_ed": (
        [
            "Cedar Valley Community College",
            "University of Central Texas — College of Education",
            "Brazos State University Physics Department",
            "Hill Country Tech Institute",
        ],
        ["Community College", "State University", "College of Engineering"],
    ),
    "museum": (
        [
            "Gulf Coast Museum of Science & Nature",
            "Cedar Valley Children's Discovery Museum",
            "Prairie Skies Planetarium",
            "Riverbend Nature Center",
        ],
        ["Nature Center", "Science Center", "Planetarium", "Botanical Garden"],
    ),
    "out_of_school": (
        [
            "Boys & Girls Club of Cedar Valley",
            "Kids' Code Club",
            "Girls Who Build — Cedar Valley",
            "Cedar Valley 4-H Robotics",
        ],
        ["After-School Makers", "Youth Robotics League", "Summer STEM Camp"],
    ),
    "nonprofit": (
        [
            "Cedar Valley Education Foundation",
            "Texas Women in Engineering Network",
            "Friends of Pecan Creek",
            "STEM for All Texans",
        ],
        ["Education Foundation", "Science Alliance", "Conservancy"],
    ),
    "government": (
        [
            "Cedar Valley Public Library",
            "City of Cedar Valley Water Department",
            "Brazos County Extension Office",
            "County Soil & Water Conservation District",
        ],
        ["Public Library", "Parks & Recreation", "Fire Department"],
    ),
    "other": (
        [
            "Retired Engineers Volunteer Network",
            "Cedar Valley Rotary Club",
            "<Hack> Makerspace Co-op",
            "PTA STEM Committee",
        ],
        ["Rotary Club", "Makerspace", "Lions Club"],
    ),
}
_PARTNER_ROLES = {
    "industry": [
        "Community Relations Manager",
        "STEM Outreach Lead",
        "Senior Process Engineer",
        "Internship Coordinator",
    ],
    "higher_ed": [
        "Associate Professor of Physics",
        "Director, Center for STEM Education",
        "Outreach Coordinator",
        "Pre-service Placement Coordinator",
    ],
    "museum": ["School Programs Manager", "Education Director", "Field Trip Coordinator"],
    "out_of_school": ["Program Director", "Site Coordinator", "Volunteer Robotics Coach"],
    "nonprofit": ["Executive Director", "Grants Manager", "Program Officer"],
    "government": ["Water Quality Educator", "Youth Services Librarian", "County Extension Agent"],
    "other": ["Volunteer Coordinator", "President", "Member"],
}
_PARTNER_TOPICS = {
    "industry": [
        "summer teacher externships",
        "engineers as classroom mentors",
        "donated robotics kits",
    ],
    "higher_ed": [
        "pre-service teacher placements",
        "the physics outreach van",
        "a research experience for teachers",
    ],
    "museum": ["field-trip scholarships", "the travelling exhibit", "family science nights"],
    "out_of_school": [
        "after-school robotics",
        "summer camp scholarships",
        "shared volunteer training",
    ],
    "nonprofit": ["classroom mini-grants", "the women-in-engineering speaker series"],
    "government": [
        "creek water-quality testing",
        "library makerspace hours",
        "4-H embryology kits",
    ],
    "other": ["volunteer mentors", "science-fair judges"],
}
_PARTNER_TAGS = [
    "robotics",
    "internships",
    "field trips",
    "families",
    "funding",
    "water quality",
    "mentors",
    "summer",
    "elementary",
    "secondary",
]
_PARTNER_NOTES = [
    "Prefers email. Their fiscal year starts July 1, so ask for funding by April.",
    "Very responsive; loves getting student thank-you letters.",
    "Needs volunteer background checks on file before any classroom visit.",
    "New contact after the last one moved on; relationship still warming up.",
    "Great for elementary; their programs run 45 minutes.",
    "",
]
_INTERACTION_NOTES = {
    "call": [
        "Call with {contact} about {topic}. They can host {n} teachers.",
        "Talked through the spring field-trip dates; waiting on a bus quote.",
    ],
    "email": [
        "Emailed {contact} the draft agreement and the PLC calendar.",
        "{contact} sent the volunteer background-check forms.",
    ],
    "visit": [
        "Visited with two teachers to scout stations for the field trip.",
        "Site visit: toured the lab & met the interns who will mentor students.",
    ],
    "event": [
        "Shared a table at the K–2 & 3–5 <STEM> Night; {n}0 families stopped by.",
        "Judged at the district science fair; {contact} brought three engineers.",
    ],
    "meeting": [
        "Planning meeting for {topic}: roles, dates and what teachers will produce.",
        "Reviewed last semester together: {n}00 students reached, {n}0 teacher hours.",
    ],
    "other": ["Sent a thank-you card and student letters after the visit."],
}


@dataclass(frozen=True)
class _AgreementIdea:
    title: str
    provides: str
    we_provide: str
    value_kind: str
    cents: tuple[int, ...]


_AGREEMENTS: dict[str, list[_AgreementIdea]] = {
    "industry": [
        _AgreementIdea(
            "Summer teacher externship MOU",
            "Six paid two-week externships for middle and high school teachers, "
            "with an engineer mentor each.",
            "Each teacher writes one classroom unit and presents it to the advisory board.",
            "funding",
            (1_200_000, 1_800_000),
        ),
        _AgreementIdea(
            "Robotics kit sponsorship",
            "24 robotics kits and replacement parts.",
            "Logo on team shirts; a student showcase visit.",
            "in_kind",
            (450_000, 650_000),
        ),
    ],
    "higher_ed": [
        _AgreementIdea(
            "Pre-service teacher placement agreement",
            "Student teachers in STEM classrooms each semester.",
            "Mentor teachers and a PLC seat for each student teacher.",
            "none",
            (0,),
        ),
        _AgreementIdea(
            "Physics outreach van visits",
            "Four van visits with demos and a lab.",
            "Scheduling and a classroom for each visit.",
            "in_kind",
            (200_000, 300_000),
        ),
    ],
    "museum": [
        _AgreementIdea(
            "Field-trip scholarship program",
            "Free admission and bus subsidies for Title I schools.",
            "Pre- and post-visit lessons aligned to the trip.",
            "funding",
            (350_000, 450_000),
        ),
        _AgreementIdea(
            "Travelling exhibit loan",
            "A six-week loan of the 'Water Works' exhibit.",
            "Hosting space and student docents.",
            "in_kind",
            (150_000, 200_000),
        ),
    ],
    "out_of_school": [
        _AgreementIdea(
            "Shared robotics coaching",
            "Two volunteer coaches twice a week.",
            "Lab space after school and a teacher sponsor.",
            "in_kind",
            (100_000, 150_000),
        ),
        _AgreementIdea(
            "Summer camp scholarships",
            "40 camp scholarships for our students.",
            "Recruiting and family outreach in three languages.",
            "funding",
            (250_000, 350_000),
        ),
    ],
    "nonprofit": [
        _AgreementIdea(
            "Classroom mini-grants 2025–26",
            "Up to 20 mini-grants of $500.",
            "Review panel and a spring showcase.",
            "funding",
            (800_000, 1_000_000),
        ),
        _AgreementIdea(
            "Speaker series partnership",
            "Six speakers a year, in person or video.",
            "Classroom hosts and student questions in advance.",
            "none",
            (0,),
        ),
    ],
    "government": [
        _AgreementIdea(
            "Creek water-quality monitoring",
            "Test kits, training and data access.",
            "Student data shared with the city each month.",
            "in_kind",
            (90_000, 120_000),
        ),
        _AgreementIdea(
            "Library makerspace access",
            "Weekly makerspace hours for classes.",
            "Teacher-led family workshops.",
            "none",
            (0,),
        ),
    ],
    "other": [
        _AgreementIdea(
            "Volunteer mentor program",
            "Retired engineers mentoring robotics teams weekly.",
            "Background checks and a mentor orientation.",
            "in_kind",
            (60_000, 80_000),
        ),
    ],
}

# ---------------------------------------------------------------------------------------
# Groups and meetings
# ---------------------------------------------------------------------------------------

_NORMS = (
    "• Start and end on time\n• Assume positive intentions\n• Put student work on the "
    "table, not teachers\n• Every voice, every meeting\n• What's said here about "
    "colleagues stays here"
)
_LEADERSHIP_NORMS = (
    "• Decisions are made with data and student voice\n• Disagree in the "
    "room, align outside it\n• Protect PLC time"
)


@dataclass(frozen=True)
class _PlcProfile:
    name: str
    level: str
    members: Callable[[_Teacher], bool]
    domain: str
    goal: str
    artifact: list[str]
    unit: list[str]
    skill: list[str]
    standard: list[str]
    celebration: list[str]
    finding: list[str]


_PLCS = (
    _PlcProfile(
        "K–2 STEM PLC",
        "elementary",
        lambda t: t.band == "PreK-2",
        "early",
        "By spring, 70% of K–2 students record an observation with a labelled drawing and a "
        "sentence (September: 35%).",
        [
            "kindergarten pushes-and-pulls drawings",
            "Grade 1 light-and-sound journals",
            "Grade 2 'will it melt?' prediction sheets",
        ],
        ["Pushes and Pulls", "Light and Sound", "Properties of Matter"],
        [
            "labelling a drawing to show what they observed",
            "comparing two measurements with 'more' and 'less'",
        ],
        ["K-PS2-1", "1-PS4-1", "2-PS1-1", "K-2-ETS1-1"],
        [
            "every kindergartner recorded a push-or-pull drawing this week",
            "Grade 1 built string telephones and the whole hallway could hear them",
            "families sent in 40 mystery objects for the sink-or-float centre",
        ],
        [
            "show clear drawings but few labels",
            "use 'because' when they talk but not yet when they draw",
        ],
    ),
    _PlcProfile(
        "Grade 5 Science PLC",
        "elementary",
        lambda t: t.band == "3-5" and (t.grade == "Grade 5" or "STEM lab" in t.grade),
        "science",
        "Students use evidence from their investigations to support claims: 75% at CER level "
        "3+ by the spring common assessment (fall: 41%).",
        [
            "CER write-ups from the dissolving lab",
            "shadow-length data tables",
            "ecosystem food-web models",
        ],
        ["Structure and Properties of Matter", "Earth's Systems", "Ecosystems"],
        ["connecting evidence to a claim", "reading a bar graph of their own data"],
        ["5-PS1-1", "5-PS1-2", "5-ESS1-2", "5-LS2-1"],
        [
            "the solar-oven data is in and every group beat room temperature",
            "a 5th grader explained conservation of mass to the principal",
            "our CER scores went up 12 points on the last CFA",
        ],
        [
            "state a claim, but fewer connect evidence to reasoning",
            "use numbers from their data table as evidence",
        ],
    ),
    _PlcProfile(
        "Middle School Math PLC",
        "middle",
        lambda t: t.band == "6-8" and t.domain == "math",
        "math",
        "90% of 6–8 students proficient on the proportional-reasoning CFA after reteach "
        "(first attempt: 58%).",
        [
            "ratio-table exit tickets",
            "the proportional-relationships CFA",
            "work from the three-act task",
        ],
        ["Ratios and Rates", "Proportional Relationships", "Linear Equations"],
        ["justifying why two ratios are equivalent", "interpreting slope in context"],
        ["6.RP.A.3", "7.RP.A.2", "8.EE.B.5"],
        [
            "the three-act task had 7th graders arguing about candles at lunch",
            "every 8th grader tried the re-assessment",
            "Period 2 asked for number talks on Fridays too",
        ],
        [
            "set up the ratio table correctly but lose units",
            "can find slope but rarely explain what it means",
        ],
    ),
    _PlcProfile(
        "Middle School Science & Engineering PLC",
        "middle",
        lambda t: t.band == "6-8" and t.domain in ("science", "engineering"),
        "science",
        "Students plan and carry out their own investigations: 75% of lab plans complete by "
        "May (fall: 30%).",
        ["cell-model drafts", "thermal-energy lab plans", "bridge-test logs"],
        ["Cells and Systems", "Thermal Energy", "Forces and Motion"],
        ["naming controlled variables", "using a model to predict"],
        ["MS-LS1-1", "MS-PS3-4", "MS-PS2-2", "MS-ETS1-4"],
        [
            "the robotics team qualified for regionals",
            "students ran the thermal-energy lab with no teacher help",
            "the egg-drop redesigns all survived",
        ],
        [
            "name the variable they changed but not what they kept the same",
            "include a model but rarely use it to predict",
        ],
    ),
    _PlcProfile(
        "Biology & Chemistry PLC",
        "high",
        lambda t: (
            t.band == "9-12"
            and any(s in ("Biology", "Chemistry", "Environmental Science") for s in t.subjects)
        ),
        "science",
        "Students argue from evidence: 70% score proficient on the argument rubric in the "
        "spring lab practical (fall: 44%).",
        ["enzyme-lab conclusions", "stoichiometry exit tickets", "creek water-quality reports"],
        ["Enzymes and Homeostasis", "Chemical Reactions", "Ecosystem Dynamics"],
        ["arguing from evidence", "explaining percent yield"],
        ["HS-LS1-3", "HS-PS1-7", "HS-LS2-6"],
        [
            "the water-quality data went to the city council",
            "two seniors were accepted into the university research program",
            "AP Bio pass rate up 9 points",
        ],
        [
            "cite data but rarely explain why it supports the claim",
            "balance equations but struggle to explain mole ratios",
        ],
    ),
    _PlcProfile(
        "Physics, Engineering & CS PLC",
        "high",
        lambda t: (
            t.band == "9-12"
            and any(
                s in ("Physics", "Engineering", "Robotics", "Computer Science") for s in t.subjects
            )
        ),
        "engineering",
        "Every student completes two documented design iterations per project, and 80% "
        "explain a trade-off.",
        ["capstone design notebooks", "AP CSP create-task drafts", "projectile-lab reports"],
        ["Forces and Motion", "Algorithms and Programming", "Engineering Capstone"],
        ["documenting an iteration with data", "explaining a trade-off"],
        ["HS-PS2-1", "HS-ETS1-2", "HS-ETS1-3"],
        [
            "the robotics team won the design award",
            "CS enrolment for girls doubled",
            "capstone teams presented to engineers from our partners",
        ],
        ["document their builds well but skip the 'why'", "test once and call it done"],
    ),
)

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class _Item:
    title: str
    purpose: str
    minutes: int
    owner: str  # me, member, contact, guest
    description: str = ""
    notes: str = ""
    outcome: str = ""
    decision: str = ""
    action: str = ""


_PLC_ITEMS = (
    _Item(
        "Review open action items",
        "inform",
        5,
        "me",
        "Carried-forward items are listed on the agenda.",
        "Went through open items; most are on track.",
        "",
    ),
    _Item(
        "Looking at student work: {artifact}",
        "discuss",
        20,
        "member",
        "Protocol: notice → wonder → next steps. Bring 6 samples (2 high, 2 middle, 2 still "
        "growing).",
        "Most samples {finding}. {member} shared a strong example.",
        "Agreed on one reteach move to try this week.",
        "",
        "Bring 6 samples of {artifact} to the next PLC",
    ),
    _Item(
        "Common formative assessment for {unit}",
        "decide",
        15,
        "member",
        "Draft CFA is in the shared folder.",
        "Compared two drafts; trimmed to 4 items so it fits in 15 minutes.",
        "Decided on the 4-item version.",
        "Give the 4-item CFA for {unit} this week; bring scored results to the next PLC.",
        "Score the {unit} CFA and enter results in the shared sheet",
    ),
    _Item(
        "Which students need more time on {skill}?",
        "discuss",
        15,
        "me",
        "PLC question 3: how will we respond when some students have not learned it yet?",
        "Named {n} students across our classes; set up a Tuesday/Thursday flex group.",
        "Flex group starts next week.",
        "",
        "Plan the first flex-group lesson on {skill}",
    ),
    _Item(
        "Extensions for students who already have it",
        "discuss",
        10,
        "member",
        "PLC question 4.",
        "Ideas: design a test for a new variable, teach a younger class, write a 'what if' "
        "question.",
        "",
    ),
    _Item(
        "Unpacking {standard}",
        "discuss",
        15,
        "me",
        "PLC question 1: what do we want all students to learn?",
        "Rewrote the standard as 'I can' statements; agreed on what proficient looks like.",
        "Success criteria drafted.",
        "",
        "Draft 'I can' statements for {standard}",
    ),
    _Item(
        "K–2 & 3–5 <STEM> Night: station sign-ups",
        "decide",
        10,
        "me",
        "",
        "Sign-up sheet passed around; {n} stations covered.",
        "Stations assigned.",
        "Each grade level runs one hands-on station at STEM Night; materials lists due in "
        "two weeks.",
        "Send the STEM Night materials list to the coach",
    ),
    _Item(
        "Pacing check: {unit}",
        "decide",
        10,
        "member",
        "",
        "Most classes are two days behind because of testing.",
        "Combine two lessons to stay on pace.",
        "Combine lessons 6 and 7 of {unit} so everyone gives the CFA the same week.",
    ),
    _Item(
        "Coach's corner: a routine to try",
        "inform",
        5,
        "me",
        "",
        "Shared the {resource}; two teachers will try it this week.",
        "",
        "",
        "Try the routine from coach's corner and report back",
    ),
)
_CELEBRATION = _Item(
    "Celebrations & shout-outs", "inform", 5, "member", "", "{member}: {celebration}.", ""
)
_LEADERSHIP_ITEMS = (
    _Item(
        "Celebrations from each campus",
        "inform",
        5,
        "member",
        "",
        "{member} shared a celebration from their campus.",
        "",
    ),
    _Item(
        "Walkthrough trends across campuses",
        "discuss",
        20,
        "me",
        "Aggregate look-for data only; no teacher names.",
        "Student talk is up on every campus; questioning is the common next step.",
        "Focus the spring PD on questioning.",
    ),
    _Item(
        "Protecting PLC time in the spring schedule",
        "decide",
        15,
        "guest",
        "",
        "Principals agreed that duty coverage has been eating into PLC time.",
        "PLC time protected.",
        "PLC time stays protected on early-release Wednesdays; no duty coverage during PLCs.",
        "Share the protected PLC schedule with all campus staff",
    ),
    _Item(
        "STEM materials budget",
        "decide",
        15,
        "me",
        "Spending proposal attached.",
        "Middle school labs are short on probeware & consumables.",
        "Approved.",
        "Spend $4,800 of the spring STEM budget on probeware & consumables for the middle "
        "school labs.",
        "Place the probeware order",
    ),
    _Item(
        "Impact report draft for the school board",
        "discuss",
        15,
        "me",
        "Counts only; teachers named only with their consent.",
        "Suggested adding the partner contributions and the cycle outcomes chart.",
        "Revise and send the draft before the board meeting.",
        "",
        "Revise the impact report with the team's suggestions",
    ),
)
_ROLE_ALIKE_ITEMS = (
    _Item(
        "Check-in: one win, one wonder",
        "inform",
        10,
        "member",
        "",
        "Wins: {celebration}. Wonder: how to keep cycles going through testing season.",
        "",
    ),
    _Item(
        "Consultancy: a problem of practice",
        "discuss",
        25,
        "member",
        "Presenter shares, group asks clarifying then probing questions, presenter listens.",
        "{member} brought a question about a team that wants answers, not a cycle.",
        "Presenter will try starting with the team's own student work.",
    ),
    _Item(
        "Coaching moves that worked this month",
        "discuss",
        15,
        "me",
        "",
        "Video of our own coaching conversations: noticed how often we offered solutions.",
        "",
    ),
    _Item(
        "Plan the spring PD day",
        "decide",
        15,
        "me",
        "",
        "Teachers asked for choice and for hands-on sessions.",
        "Format decided.",
        "The spring PD day will be teacher-led breakouts, including one on elementary robotics.",
        "Collect session proposals from teacher leaders",
    ),
    _Item(
        "Advocacy: what we want the school board to hear",
        "discuss",
        15,
        "member",
        "",
        "Agreed on three stories, shared only with the teachers' permission.",
        "",
    ),
)
_ADVISORY_ITEMS = (
    _Item("Welcome & introductions", "inform", 10, "me"),
    _Item(
        "Summer teacher externships",
        "inform",
        15,
        "contact",
        "",
        "Six host sites confirmed; applications open next month.",
        "",
        "",
        "Send the externship flyer to middle and high school teachers",
    ),
    _Item(
        "Student internship pipeline",
        "discuss",
        25,
        "contact",
        "",
        "Partners want juniors; the college can offer dual-credit lab time.",
        "Draft a joint pathway map.",
    ),
    _Item(
        "Robotics sponsorship renewal",
        "decide",
        15,
        "contact",
        "",
        "Usage data shared: every middle school used the kits.",
        "Renewed.",
        "Renew the robotics kit sponsorship for two more years.",
    ),
    _Item(
        "Impact numbers this semester",
        "inform",
        10,
        "me",
        "",
        "Cycles, observations and partner hours summarised; no teacher names.",
        "",
    ),
)
_COMMITTEE_ITEMS = (
    _Item(
        "Station ideas for K–2 & 3–5 <STEM> Night",
        "discuss",
        20,
        "member",
        "",
        "{n} stations proposed; slime is out, 'build a boat for 20 pennies' is in.",
        "",
    ),
    _Item(
        "Volunteers & partner tables",
        "decide",
        15,
        "contact",
        "",
        "Partners will staff four tables.",
        "Tables assigned.",
        "Partners staff four tables; teachers run the hands-on stations.",
        "Confirm partner tables and send them the floor plan",
    ),
    _Item(
        "Flyers in English, Spanish, Vietnamese & Arabic",
        "decide",
        10,
        "me",
        "",
        "Translations from the district language office, due next week.",
        "Approved.",
        "Send flyers home in four languages two weeks before the event.",
    ),
    _Item("Budget & snacks", "inform", 5, "me", "", "PTA covers snacks (< $300).", ""),
)
_SUMMARIES = {
    "plc": [
        "Good energy; {member} led the student-work protocol and we stayed on evidence, not "
        "judgement.",
        "Short meeting because of testing. We kept the student-work discussion and moved the rest.",
        "Everyone brought samples. Lots of 'what if we tried…' talk.",
        "We ran over on the first item; parked the last item for next time.",
        "Strong discussion about which students need more time; the flex group is a go.",
    ],
    "leadership_team": [
        "All four campuses represented. {member} opened with a celebration; we spent most of "
        "the hour on the schedule.",
        "Looked at walkthrough trends (no names). Principals want the impact report before "
        "the board meeting.",
        "Short agenda; we finished early and used the time to plan the spring PD day.",
    ],
    "role_alike": [
        "{member} presented a problem of practice; the consultancy protocol kept us from "
        "jumping to advice.",
        "Shared coaching moves that worked. Common thread: start with the teacher's own question.",
        "Lots of laughter and a little venting; we ended with one commitment each.",
    ],
    "advisory_board": [
        "Seven partners at the table. Externship hosts confirmed; the internship pathway "
        "needs a second meeting.",
        "Partners asked to hear from students next time; two students will present.",
    ],
    "other": [
        "Quick and practical: stations, volunteers & flyers. {member} is keeping the sign-up "
        "sheet.",
        "We walked the cafeteria and gym to plan the station layout.",
    ],
}
_MEETING_PRIVATE = [
    "Tension between two members about pacing; check in with both separately.",
    "{member} was quiet today. Follow up one-on-one.",
    "Principal dropped in for ten minutes; the group got noticeably more formal.",
]


def _day_off(d: date) -> str:
    """Why there is no school on ``d`` ("" on a school day): no visits, no PLCs."""
    if d.weekday() >= 5:
        return "weekend"
    if (d.month, d.day) >= (12, 21) or (d.month, d.day) <= (1, 3):
        return "winter break"
    if d.month == 9 and d.weekday() == 0 and d.day <= 7:
        return "Labor Day"
    if d.month == 11:
        first_thursday = 1 + (3 - date(d.year, 11, 1).weekday()) % 7
        thanksgiving = first_thursday + 21
        if thanksgiving - 3 <= d.day <= thanksgiving + 1:
            return "Thanksgiving break"
    return ""


class _Fill(dict[str, Any]):
    """Fills {placeholders} in templates: fixed values first, then random vocabulary."""

    def __init__(self, rng: random.Random, **fixed: Any) -> None:
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> Any:
        if key == "n":
            return self.rng.randint(3, 7)
        if key == "k":
            return self.rng.randint(1, 28)
        return self.rng.choice(_VOCAB[key])


# ---------------------------------------------------------------------------------------
# The builder
# ---------------------------------------------------------------------------------------


@dataclass
class _Contact:
    id: int
    name: str
    partner_kind: str


@dataclass
class _Group:
    id: int
    kind: str
    teachers: list[_Teacher]
    contacts: list[_Contact] = field(default_factory=list)
    items: tuple[_Item, ...] = ()
    context: dict[str, list[str]] = field(default_factory=dict)
    interval: int = 7
    guest: str = ""
    decided: set[str] = field(default_factory=set)  # decisions made once, not again


class _Builder:
    def __init__(self, db: Database, rng: random.Random, scale: int, today: date) -> None:
        self.db = db
        self.rng = rng
        self.scale = scale
        self.today = today
        self.people = _People(rng)
        self.schools: list[_School] = []
        self.teachers: list[_Teacher] = []
        self.contacts: list[_Contact] = []
        self.partner_ids: list[int] = []
        self.partner_names: set[str] = set()
        self.emails: set[str] = set()
        self.tags: dict[str, list[int]] = {}
        self.tag_focus: dict[int, str] = {}
        self.groups: list[_Group] = []  # whose meetings are held once everything exists
        self.busy: set[tuple[date, int]] = set()  # (day, period) of each classroom visit

    # -- time ------------------------------------------------------------------------------
    def school_day(self, days_ago: int) -> date:
        """A school day ``days_ago`` days before today (a day off moves back)."""
        d = self.today - timedelta(days=days_ago)
        while _day_off(d):
            d -= timedelta(days=1)
        return d

    def later_school_day(self, d: date, days: int) -> date:
        """A school day about ``days`` after ``d``, never after today."""
        d = min(d + timedelta(days=days), self.today)
        while _day_off(d) and d < self.today:
            d += timedelta(days=1)
        while _day_off(d):
            d -= timedelta(days=1)
        return d

    def near_school_day(self, offset: int) -> date:
        """The school day ``offset`` days from today, moving away from today if needed."""
        if offset <= 0:
            return self.school_day(-offset)
        d = self.today + timedelta(days=offset)
        while _day_off(d):
            d += timedelta(days=1)
        return d

    @staticmethod
    def at(d: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
        return datetime.combine(d, time(hour, minute, second), tzinfo=_TZ)

    def at_school(self, d: date) -> datetime:
        return self.at(d, self.rng.randint(7, 15), self.rng.choice((0, 10, 15, 20, 30, 45)))

    def pick(self, pool: Sequence[Any]) -> Any:
        return self.rng.choice(pool)

    # -- everything ------------------------------------------------------------------------
    def build(self) -> None:
        settings.put(self.db, coach_name=COACH_NAME, organization_name=ORGANIZATION)
        for cluster in range(self.scale):
            self.add_cluster(cluster)
        self.look_for_tags()
        # Repeating meetings first: trimming a series (see add_series) deletes meetings, and
        # each delete looks for action items closed in them, which is quick while there are
        # none yet. Their agendas, minutes and action items come after everything else.
        for cluster in range(self.scale):
            self.add_plcs(cluster)
            self.add_leadership_team(cluster)
        self.add_role_alike_group()
        for _ in range(self.scale):
            self.add_partners()
        for cluster in range(self.scale):
            self.add_cycles(cluster)
            self.add_walkthroughs(cluster)
            self.add_coaching_logs(cluster)
        self.add_advisory_board()
        self.add_stem_night_committee()
        for group in self.groups:
            self.run_meetings(group)
        self.add_loose_action_items()

    # -- schools and teachers --------------------------------------------------------------
    def add_cluster(self, cluster: int) -> None:
        high, short = _HIGH[cluster % len(_HIGH)]
        if cluster >= len(_HIGH):
            high, short = (
                f"{high} {cluster // len(_HIGH) + 1}",
                f"{short} {cluster // len(_HIGH) + 1}",
            )
        schools = [
            _School(_nth(_ELEMENTARY, 2 * cluster), "", "elementary", cluster),
            _School(_nth(_ELEMENTARY, 2 * cluster + 1), "", "elementary", cluster),
            _School(_nth(_MIDDLE, cluster), "", "middle", cluster),
            _School(high, short, "high", cluster),
        ]
        self.schools.extend(schools)
        plan: list[tuple[_School, str, tuple[str, list[str]]]] = []
        for i, school in enumerate(schools[:2]):
            plan += [(school, "PreK-2", slot) for slot in _EARLY_SLOTS]
            upper = list(_UPPER_ELEM_SLOTS)
            if i == 1:
                upper[2] = _STEM_LAB_SLOT
            plan += [(school, "3-5", slot) for slot in upper]
        plan += [(schools[2], "6-8", slot) for slot in _MIDDLE_SLOTS]
        plan += [(schools[3], "9-12", slot) for slot in _HIGH_SLOTS]
        self.rng.shuffle(plan)
        named = [i < round(len(plan) * 0.4) for i in range(len(plan))]
        self.rng.shuffle(named)
        for (school, band, (grade, subjects)), may_be_named in zip(plan, named, strict=True):
            self.add_teacher(school, band, grade, subjects, cluster, may_be_named)

    def email(self, local: str, domain: str) -> str:
        candidate, n = f"{local}@{domain}", 2
        while candidate in self.emails:
            candidate, n = f"{local}{n}@{domain}", n + 1
        self.emails.add(candidate)
        return candidate

    def add_teacher(
        self,
        school: _School,
        band: str,
        grade: str,
        subjects: list[str],
        cluster: int,
        may_be_named: bool,
    ) -> None:
        rng = self.rng
        name, local = self.people.next(featured=True)
        domain = _domain(band, subjects)
        growth = [self.pick(_GROWTH[domain])]
        if rng.random() < 0.5:
            growth.append(self.pick(_GROWTH["any"]))
        strengths = rng.sample(_STRENGTHS, rng.randint(1, 2))
        teacher_id = teachers.add(
            self.db,
            name=name,
            email=self.email(local, _DISTRICT_DOMAIN) if rng.random() < 0.95 else "",
            school=school.name,
            grade_band=band,
            subjects=subjects,
            growth_areas=" ".join(growth),
            strengths=" ".join(strengths),
            may_be_named=may_be_named,
            private_notes=self.pick(_TEACHER_PRIVATE) if rng.random() < 0.2 else "",
        )
        self.teachers.append(
            _Teacher(teacher_id, name, school, band, grade, subjects, domain, cluster)
        )

    def cluster_teachers(self, cluster: int) -> list[_Teacher]:
        return [t for t in self.teachers if t.cluster == cluster]

    def look_for_tags(self) -> None:
        """Framework tags for each kind of class, and how each reads inside a sentence."""
        slug_of = {f.id: f.slug for f in tags.frameworks(self.db)}
        by_slug: dict[str, list[int]] = {}
        for tag in tags.list_tags(self.db):
            slug = slug_of[tag.framework_id]
            by_slug.setdefault(slug, []).append(tag.id)
            if slug == "five_e":
                phrase = f"the {tag.label} phase"
            elif ": " in tag.label:
                phrase = tag.label.split(": ", 1)[1]
            else:
                phrase = tag.label[0].lower() + tag.label[1:]
            self.tag_focus[tag.id] = phrase

        def ids(*wanted: str) -> list[int]:
            return [t for slug in wanted for t in by_slug.get(slug, [])]

        self.tags = {
            "science": ids("ngss_practices", "five_e"),
            "math": ids("ngss_practices"),
            "engineering": ids("engineering_design", "ngss_practices"),
            "early": ids("five_e", "ngss_practices"),
        }

    # -- partners --------------------------------------------------------------------------
    def partner_name(self, kind: str) -> str:
        named, suffixes = _PARTNER_NAMES[kind]
        used = self.partner_names
        for name in named:
            if name not in used:
                used.add(name)
                return name
        for attempt in itertools.count():
            name = f"{self.pick(_PLACES)} {self.pick(suffixes)}"
            if attempt >= 30:  # every place and suffix taken (very large scales)
                name += f" {attempt // 30 + 1}"
            if name not in used:
                used.add(name)
                return name
        raise AssertionError("unreachable")

    def add_partners(self) -> None:
        for kind in partners.KINDS:
            for n in range(2):
                self.add_partner(
                    kind,
                    "active"
                    if n == 0
                    else self.pick(("active", "prospect", "paused", "past", "active")),
                )

    def add_partner(self, kind: str, status: str) -> None:
        rng, db = self.rng, self.db
        name = self.partner_name(kind)
        words = [
            w
            for w in re.split(r"[^a-z0-9]+", _ascii_words(name))
            if w and w not in ("the", "of", "and", "llc", "inc", "co")
        ]
        domain = "".join(words[:3]) or "partner"
        domain += (
            ".org"
            if kind in ("museum", "nonprofit", "out_of_school", "other")
            else (".edu" if kind == "higher_ed" else ".gov" if kind == "government" else ".com")
        )
        partner_id = partners.add(
            db,
            name=name,
            kind=kind,
            status=status,
            website=f"https://www.{domain}",
            address=f"{rng.randint(100, 9800)} {self.pick(_PLACES)} "
            f"{self.pick(('Road', 'Avenue', 'Parkway', 'Drive', 'Boulevard'))}\n"
            f"Cedar Valley, TX 7{rng.randint(6000, 6999)}",
            notes=self.pick(_PARTNER_NOTES),
            tags=rng.sample(_PARTNER_TAGS, rng.randint(1, 3)),
        )
        self.partner_ids.append(partner_id)
        people: list[_Contact] = []
        for _ in range(rng.randint(1, 3)):
            person, local = self.people.next()
            phones = [f"({self.pick(('512', '254', '737'))}) 555-01{rng.randint(0, 99):02d}"]
            if rng.random() < 0.3:
                phones.append(f"(512) 555-01{rng.randint(0, 99):02d} ext. {rng.randint(2, 9)}04")
            emails = [self.email(local, domain)]
            if rng.random() < 0.15:
                emails.append(self.email(local, "example.net"))
            contact_id = contacts.add(
                db,
                partner_id=partner_id,
                name=person,
                role=self.pick(_PARTNER_ROLES[kind]),
                emails=emails,
                phones=phones,
                notes="Best reached by phone in the morning." if rng.random() < 0.2 else "",
            )
            people.append(_Contact(contact_id, person, kind))
        self.contacts.extend(people)
        self.add_interactions(partner_id, kind, status, people)
        self.add_agreements(partner_id, kind, status)

    def add_interactions(
        self, partner_id: int, kind: str, status: str, people: list[_Contact]
    ) -> None:
        rng, db = self.rng, self.db
        count = rng.randint(1, 2) if status == "prospect" else rng.randint(2, 5)
        recent = {"past": 150, "paused": 45}.get(status, 2)  # days since the last contact
        days = sorted(rng.sample(range(recent, recent + 160), count), reverse=True)
        notes = rng.sample([(k, t) for k, ts in _INTERACTION_NOTES.items() for t in ts], count)
        n_partner = len(self.partner_ids)
        for i, (days_ago, (ikind, template)) in enumerate(zip(days, notes, strict=True)):
            occurred = self.school_day(days_ago)
            last = i == count - 1
            follow_up: date | None = None
            if last and status in ("active", "prospect"):
                # Spread the open follow-ups: today, overdue, soon.
                offset = (0, -5, 3, -12, 9, 14)[n_partner % 6]
                follow_up = max(self.today + timedelta(days=offset), occurred)
            elif rng.random() < 0.4:
                follow_up = occurred + timedelta(days=rng.randint(5, 14))
            contact = self.pick(people)
            note = template.format_map(
                _Fill(rng, contact=contact.name, topic=self.pick(_PARTNER_TOPICS[kind]))
            )
            interaction_id = partners.log_interaction(
                db,
                partner_id,
                kind=ikind,
                notes=note,
                occurred_on=occurred,
                follow_up_on=follow_up,
                contact_ids=[c.id for c in rng.sample(people, rng.randint(1, len(people)))],
            )
            if follow_up is None:
                continue
            if not last and follow_up < self.today:
                partners.complete_follow_up(db, interaction_id)
                # complete_follow_up stamps the real clock; the demo dates it in its own past.
                done = self.at(min(follow_up, self.today), 16, 5).isoformat()
                db.execute(
                    "UPDATE interactions SET follow_up_done_at = ? WHERE id = ?",
                    (done, interaction_id),
                )
            if last or rng.random() < 0.5:
                topic = self.pick(_PARTNER_TOPICS[kind])
                owner: dict[str, Any] = {}
                if rng.random() < 0.3:
                    owner = {"owner_contact_id": contact.id}
                item_id = action_items.add(
                    db,
                    f"Follow up with {contact.name} about {topic}",
                    due_on=follow_up,
                    partner_id=partner_id,
                    interaction_id=interaction_id,
                    **owner,
                )
                if not last and follow_up < self.today:
                    action_items.set_status(
                        db, item_id, "done", at=self.at(follow_up, 16, 0).isoformat()
                    )

    def add_agreements(self, partner_id: int, kind: str, status: str) -> None:
        rng = self.rng
        ideas = _AGREEMENTS[kind]
        if status == "prospect":
            chosen, states = ideas[:1] if rng.random() < 0.6 else [], ["draft"]
        elif status == "past":
            chosen, states = ideas[:1], ["expired"]
        elif status == "paused":
            chosen, states = ideas[:1], [self.pick(("active", "expired"))]
        else:
            chosen = rng.sample(ideas, rng.randint(1, len(ideas)))
            states = ["active", self.pick(("active", "expired", "draft"))]
        for idea, state in zip(chosen, states, strict=False):
            if state == "draft":
                starts = self.today + timedelta(days=rng.randint(20, 90))
                ends = starts + timedelta(days=364)
            elif state == "expired":
                ends = self.today - timedelta(days=rng.randint(10, 200))
                starts = ends - timedelta(days=364)
            else:
                starts = self.today - timedelta(days=rng.randint(30, 300))
                ends = starts + timedelta(days=rng.choice((364, 729)))
            cents = self.pick(idea.cents)
            partners.add_agreement(
                self.db,
                partner_id,
                title=idea.title,
                starts_on=starts,
                ends_on=ends,
                status=state,
                partner_provides=idea.provides,
                we_provide=idea.we_provide,
                value_kind=idea.value_kind,
                value_cents=cents,
                renew_by=ends - timedelta(days=45) if state == "active" else None,
                notes="Signed copy in the shared drive."
                if state != "draft"
                else "Waiting on their legal review.",
            )

    # -- coaching cycles -------------------------------------------------------------------
    def add_cycles(self, cluster: int) -> None:
        rng = self.rng
        pool = self.cluster_teachers(cluster)
        stages = ["complete"] * 5 + ["improve"] * 3 + ["learn"] * 3 + ["identify"] * 3
        rng.shuffle(stages)
        free = list(pool)
        rng.shuffle(free)
        for stage in stages:
            anchor = free.pop()
            team = [anchor]
            if rng.random() < 0.3 and len(free) > 10:
                mates = [t for t in free if t.school is anchor.school and t.band == anchor.band]
                for mate in mates[: rng.randint(1, 2)]:
                    team.append(mate)
                    free.remove(mate)
            self.add_cycle(team, stage)

    def add_cycle(self, team: list[_Teacher], stage: str) -> None:
        rng, db = self.rng, self.db
        anchor = team[0]
        idea: _Goal = self.pick(_GOALS[anchor.domain])
        if stage == "identify":
            start_ago = rng.randint(1, 12)
        elif stage == "learn":
            start_ago = rng.randint(21, 40)
        elif stage == "improve":
            start_ago = rng.randint(45, 75)
        else:
            start_ago = rng.randint(95, 200)
        started = self.school_day(start_ago)
        # When each stage began: identify, learn, improve, complete (as far as it got).
        moves = [started]
        for gap in ((7, 14), (10, 21), (28, 45))[: cycles.STAGES.index(stage)]:
            moves.append(self.later_school_day(moves[-1], rng.randint(*gap)))
        who = anchor.grade if anchor.band in ("PreK-2", "3-5") else anchor.subjects[0]
        title = f"{idea.title} ({who} team)" if len(team) > 1 else f"{idea.title} ({who})"
        cycle_id = cycles.add(
            db,
            teacher_ids=[t.id for t in team],
            title=title,
            goal=idea.goal,
            success_criteria=idea.criteria if stage != "identify" or rng.random() < 0.5 else "",
            strategy=idea.strategy if stage != "identify" else "",
            started_on=started,
            target_end_on=started + timedelta(weeks=rng.randint(9, 12)),
            private_notes=self.pick(_CYCLE_PRIVATE) if rng.random() < 0.35 else "",
        )
        # cycles.add dates the first move with the real clock; the demo dates it in its past.
        db.execute(
            "UPDATE cycle_stage_changes SET changed_at = ? WHERE cycle_id = ?"
            " AND from_stage IS NULL",
            (self.at(started, 15, 40).isoformat(), cycle_id),
        )
        for to_stage, day in zip(cycles.STAGES[1:], moves[1:], strict=False):
            cycles.move_stage(db, cycle_id, to_stage, at=self.at(day, 16, 10).isoformat())
        if stage == "improve":
            cycles.update(db, cycle_id, reflections=idea.midway)
        elif stage == "complete":
            cycles.update(db, cycle_id, reflections=f"{idea.midway}\n\n{idea.reflection}")
        ends = [*moves[1:], self.today]
        if stage == "complete":
            ends[-1] = self.later_school_day(moves[-1], rng.randint(0, 5))
        phases = list(zip(cycles.STAGES, moves, ends, strict=False))
        self.cycle_time(cycle_id, phases)
        self.cycle_logs(cycle_id, team, moves[0], ends[len(moves) - 1])
        self.cycle_actions(cycle_id, team, stage, moves)
        # Observations: a baseline in identify/learn, then visits while improving.
        obs_days: list[date] = []
        if stage != "identify" and rng.random() < 0.5:
            obs_days.append(self.later_school_day(moves[0], rng.randint(2, 6)))
        if stage in ("improve", "complete"):
            improve_start, improve_end = moves[2], ends[2]
            span = max((improve_end - improve_start).days, 1)
            for _ in range(rng.randint(1, 2)):
                obs_days.append(self.later_school_day(improve_start, rng.randint(1, span)))
        for day in sorted(obs_days):
            self.add_observation(
                self.pick(team), day, cycle_id=cycle_id, cycle_look_for=idea.look_for
            )

    def cycle_time(self, cycle_id: int, phases: list[tuple[str, date, date]]) -> None:
        activities = {
            "identify": ("planning", "data_review"),
            "learn": ("co_planning", "modelling", "co_planning"),
            "improve": ("observation", "debrief", "co_teaching", "observation"),
            "complete": ("debrief",),
        }
        for stage, begin, end in phases:
            span = max((end - begin).days, 0)
            for activity in activities[stage][: self.rng.randint(1, len(activities[stage]))]:
                day = self.later_school_day(begin, self.rng.randint(0, span))
                cycles.log_time(
                    self.db,
                    cycle_id,
                    self.rng.choice((20, 30, 40, 45, 50, 60)),
                    activity=activity,
                    occurred_on=day,
                    note=_TIME_NOTES[activity],
                )

    def cycle_logs(self, cycle_id: int, team: list[_Teacher], begin: date, end: date) -> None:
        rng = self.rng
        span = max((end - begin).days, 0)
        for _ in range(rng.randint(1, 3)):
            kind = self.pick(("conversation", "email", "co_planning", "resource_shared"))
            day = self.later_school_day(begin, rng.randint(0, span))
            self.log(kind, team, day, cycle_id=cycle_id)

    def cycle_actions(
        self, cycle_id: int, team: list[_Teacher], stage: str, moves: list[date]
    ) -> None:
        rng = self.rng
        for title, who in rng.sample(_CYCLE_ACTIONS, rng.randint(1, 3)):
            made = self.later_school_day(moves[-1], rng.randint(0, 6))
            due = made + timedelta(days=rng.randint(3, 14))
            owner = {"owner_teacher_id": self.pick(team).id} if who == "teacher" else {}
            item_id = action_items.add(self.db, title, cycle_id=cycle_id, due_on=due, **owner)
            if stage == "complete" or (due < self.today and rng.random() < 0.5):
                closed = min(due, self.today)
                action_items.set_status(
                    self.db, item_id, "done", at=self.at(closed, 15, 50).isoformat()
                )
            elif rng.random() < 0.25:
                action_items.set_status(self.db, item_id, "in_progress")

    # -- observations ----------------------------------------------------------------------
    def add_walkthroughs(self, cluster: int) -> None:
        rng = self.rng
        pool = self.cluster_teachers(cluster)
        visits = [(self.pick(pool), self.school_day(rng.randint(1, 120))) for _ in range(12)]
        if cluster == 0 and not _day_off(self.today):
            visits.append((pool[0], self.today))  # this morning's visit
        for teacher, day in sorted(visits, key=lambda v: v[1]):
            self.add_observation(teacher, day)

    def add_observation(
        self, teacher: _Teacher, day: date, *, cycle_id: int | None = None, cycle_look_for: str = ""
    ) -> None:
        rng, db = self.rng, self.db
        day, period = self.free_period(day)
        start = self.at(day, *_PERIODS[period - 1])
        minutes = rng.randint(35, 58)
        secondary = teacher.band in ("6-8", "9-12")
        subject = self.pick(teacher.subjects)
        context = f"Period {period} · {subject}" if secondary else f"{teacher.grade} · {subject}"
        look: list[str | int] = []
        if cycle_look_for:
            look.append(cycle_look_for)
        framework = self.tags[teacher.domain]
        look += rng.sample(framework, min(len(framework), rng.randint(0 if look else 1, 2)))
        if not look or rng.random() < 0.3:
            look.append(self.pick(_OWN_LOOK_FORS))
        first = look[0]
        if isinstance(first, int):
            first_label = self.tag_focus[first]
        else:
            first_label = first.rstrip("?")
            if first_label[1:2].islower():
                first_label = first_label[0].lower() + first_label[1:]
        observation_id = observations.start(
            db,
            teacher.id,
            starts_at=start,
            ended_at=start + timedelta(minutes=minutes),
            cycle_id=cycle_id,
            class_context=context,
            focus=self.pick(_FOCUS).format(look=first_label),
            private_notes=self.pick(_OBS_PRIVATE) if rng.random() < 0.35 else "",
        )
        observations.set_look_fors(db, observation_id, look)
        self.add_lines(observation_id, teacher.domain, start, minutes)
        for _ in range(rng.randint(1, 2)):
            self.next_step(observation_id, teacher, day)

    def free_period(self, day: date) -> tuple[date, int]:
        """A class period on or before ``day`` when the coach is not already visiting."""
        while True:
            periods = [1] if day == self.today else list(range(1, len(_PERIODS) + 1))
            free = [p for p in periods if (day, p) not in self.busy]
            if free:
                period = self.pick(free)
                self.busy.add((day, period))
                return day, period
            day = self.school_day((self.today - day).days + 1)  # try the school day before

    def add_lines(self, observation_id: int, domain: str, start: datetime, minutes: int) -> None:
        rng = self.rng
        count = rng.randint(20, 60)
        offsets = sorted(rng.sample(range(20, minutes * 60 - 20), count))
        kinds = [
            "strength",
            "student_thinking",
            "wondering",
            *rng.choices(observations.LINE_KINDS, weights=(55, 18, 18, 9), k=count - 3),
        ]
        rng.shuffle(kinds)
        decks: dict[str, list[str]] = {}

        def draw(key: str, pool: list[str]) -> str:
            deck = decks.get(key)
            if not deck:
                deck = decks[key] = rng.sample(pool, len(pool))
            return deck.pop()

        evidence = _EVIDENCE[domain]
        for offset, kind in zip(offsets, kinds, strict=True):
            fraction = offset / (minutes * 60)
            if kind == "evidence":
                phase = "launch" if fraction < 0.2 else "close" if fraction > 0.82 else "work"
                template = draw(phase, evidence[phase])
            elif kind == "strength":
                template = draw(kind, _STRENGTH["any"] + _STRENGTH[domain])
            elif kind == "student_thinking":
                template = draw(kind, _THINKING[domain])
            else:
                template = draw(kind, _WONDERINGS["any"] + _WONDERINGS[domain])
            text = template.format_map(_Fill(rng))
            text = text[0].upper() + text[1:]
            observations.add_line(
                self.db,
                observation_id,
                text,
                kind,
                at=(start + timedelta(seconds=offset)).isoformat(),
            )

    def next_step(self, observation_id: int, teacher: _Teacher, day: date) -> None:
        rng, db = self.rng, self.db
        by_teacher = rng.random() < 0.75  # co-created; mostly the teacher's own next step
        title = self.pick(_NEXT_STEPS_TEACHER if by_teacher else _NEXT_STEPS_COACH)
        due = day + timedelta(days=rng.randint(2, 16))
        item_id = action_items.add(
            db,
            title,
            owner_teacher_id=teacher.id if by_teacher else None,
            observation_id=observation_id,
            due_on=due,
            notes="Co-created in the debrief.",
        )
        if due < self.today - timedelta(days=3) and rng.random() < 0.7:
            action_items.set_status(db, item_id, "done", at=self.at(due, 15, 30).isoformat())

    # -- coaching log ----------------------------------------------------------------------
    def log(
        self, kind: str, team: list[_Teacher], day: date, *, cycle_id: int | None = None
    ) -> None:
        rng = self.rng
        note = self.pick(_LOG_NOTES[kind]).format(
            topic=self.pick(_LOG_TOPICS[team[0].domain]), resource=self.pick(_RESOURCES)
        )
        coaching_log.log(
            self.db,
            teacher_ids=[t.id for t in team],
            kind=kind,
            minutes=rng.randint(*_LOG_MINUTES[kind]),
            note=note,
            occurred_at=self.at_school(day),
            cycle_id=cycle_id,
        )

    def add_coaching_logs(self, cluster: int) -> None:
        rng = self.rng
        pool = self.cluster_teachers(cluster)
        kinds = list(coaching_log.KINDS) * 7
        rng.shuffle(kinds)
        for kind in kinds:
            anchor = self.pick(pool)
            team = [anchor]
            if kind in ("co_planning", "resource_shared") and rng.random() < 0.4:
                mates = [t for t in pool if t.school is anchor.school and t is not anchor]
                team += rng.sample(mates, min(len(mates), rng.randint(1, 2)))
            self.log(kind, team, self.school_day(rng.randint(0, 120)))

    # -- groups and meetings ---------------------------------------------------------------
    def room(self, school: _School) -> str:
        return f"{school.name}, " + str(
            self.pick(
                (
                    f"Room {self.rng.randint(101, 240)}",
                    "library",
                    "science workroom",
                    "makerspace",
                    "conference room",
                )
            )
        )

    def add_plcs(self, cluster: int) -> None:
        rng = self.rng
        pool = self.cluster_teachers(cluster)
        prefix = "" if cluster == 0 else f"{self.schools[4 * cluster + 3].short} "
        for index, profile in enumerate(_PLCS):
            members = [t for t in pool if profile.members(t)]
            if len(members) < 3:
                level = [t for t in pool if t.school.level == profile.level and t not in members]
                members += rng.sample(level, min(len(level), 3 - len(members)))
            home = members[0].school
            group_id = groups.add(
                self.db,
                name=prefix + profile.name,
                kind="plc",
                goal=profile.goal,
                norms=_NORMS,
                default_minutes=self.pick((45, 50, 60)),
                default_place=self.room(home),
            )
            self.add_members(group_id, members, ("Facilitator", "Note-taker", "Timekeeper"))
            if cluster == 0 and index == 1 and not _day_off(self.today):
                weekday = self.today.weekday()  # this PLC meets today
            else:
                weekday = (index + cluster) % 4  # spread over Monday to Thursday
            first = self.today - timedelta(days=70)
            first += timedelta(days=(weekday - first.weekday()) % 7)
            when = self.pick(("15:30", "15:45", "15:40")) if index < 4 else "07:30"
            group = _Group(
                group_id,
                "plc",
                members,
                items=_PLC_ITEMS,
                context={
                    "artifact": profile.artifact,
                    "unit": profile.unit,
                    "skill": profile.skill,
                    "standard": profile.standard,
                    "celebration": profile.celebration,
                    "finding": profile.finding,
                },
            )
            self.add_series(
                group, f"{first.isoformat()}T{when}", f"FREQ=WEEKLY;BYDAY={_WEEKDAYS[weekday]}"
            )

    def add_members(
        self, group_id: int, members: list[_Teacher], roles: Sequence[str] = ()
    ) -> None:
        for i, teacher in enumerate(members):
            groups.add_member(
                self.db, group_id, teacher_id=teacher.id, role=roles[i] if i < len(roles) else ""
            )

    def add_leadership_team(self, cluster: int) -> None:
        schools = self.schools[4 * cluster : 4 * cluster + 4]
        pool = self.cluster_teachers(cluster)
        members = [self.pick([t for t in pool if t.school is s]) for s in schools]
        group_id = groups.add(
            self.db,
            name=f"{schools[3].short} Feeder STEM Leadership Team",
            kind="leadership_team",
            goal="Align STEM instruction from Pre-K to 12th grade across our four campuses and "
            "protect time for teachers to collaborate.",
            norms=_LEADERSHIP_NORMS,
            default_minutes=60,
            default_place=f"{schools[3].name}, conference room",
        )
        self.add_members(group_id, members, ["Campus STEM lead"] * len(members))
        first = (self.today - timedelta(days=120)).replace(day=1)
        first += timedelta(days=(3 - first.weekday()) % 7)  # the first Thursday
        group = _Group(
            group_id,
            "leadership_team",
            members,
            items=_LEADERSHIP_ITEMS,
            interval=28,
            guest=f"Dr. {self.people.next()[0]} (principal)",
        )
        self.add_series(group, f"{first.isoformat()}T16:00", "FREQ=MONTHLY;BYDAY=1TH")

    def add_role_alike_group(self) -> None:
        """STEM teacher leaders from every school (two each, at most 14), every other week."""
        rng, db = self.rng, self.db
        leaders = [
            t
            for school in self.schools
            for t in rng.sample([t for t in self.teachers if t.school is school], 2)
        ][:14]
        group_id = groups.add(
            db,
            name="STEM Teacher Leaders Role-Alike",
            kind="role_alike",
            goal="Grow as coaches of adults: practise coaching moves, consult on problems of "
            "practice, and speak up for STEM with one voice.",
            norms=_NORMS,
            default_minutes=60,
            default_place="District office, Room 2B (the one with the good coffee)",
        )
        self.add_members(group_id, leaders, ["Teacher leader"] * len(leaders))
        first = self.today - timedelta(days=84)
        first += timedelta(days=(2 - first.weekday()) % 7)
        group = _Group(
            group_id,
            "role_alike",
            leaders,
            items=_ROLE_ALIKE_ITEMS,
            interval=14,
            context={
                "celebration": [
                    "a team finished its first cycle",
                    "a PLC ran its own student-work protocol",
                    "a first-year teacher asked for a visit",
                ]
            },
        )
        self.add_series(group, f"{first.isoformat()}T16:15", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE")

    def add_advisory_board(self) -> None:
        """Partner contacts plus two teachers, meeting quarterly over breakfast."""
        rng, db = self.rng, self.db
        board_contacts = [
            next(c for c in self.contacts if c.partner_kind == kind) for kind in partners.KINDS
        ]
        board_contacts += [c for c in self.contacts if c not in board_contacts][:2]
        group_id = groups.add(
            db,
            name="Cedar Valley STEM Advisory Board",
            kind="advisory_board",
            goal="Connect classrooms with the STEM learning ecosystem: externships, "
            "internships, field experiences and funding.",
            norms="• Students first\n• Share what your organisation can really offer\n"
            "• Follow up within two weeks",
            default_minutes=90,
            default_place="Cedar Valley Public Library, Community Room",
        )
        roles = {
            "industry": "Industry representative",
            "higher_ed": "Higher education",
            "museum": "Informal education",
            "out_of_school": "Out-of-school time",
            "nonprofit": "Nonprofit",
            "government": "City & county",
            "other": "Community",
        }
        for contact in board_contacts:
            groups.add_member(db, group_id, contact_id=contact.id, role=roles[contact.partner_kind])
        reps = rng.sample(self.teachers, 2)
        self.add_members(group_id, reps, ["Teacher representative"] * 2)
        group = _Group(
            group_id,
            "advisory_board",
            reps,
            contacts=board_contacts,
            items=_ADVISORY_ITEMS,
            interval=90,
        )
        for days, hour in ((-84, 7), (-7 * 3, 7), (35, 7)):
            meetings.add(
                db,
                group_id=group_id,
                tzid=TZID,
                starts_at=self.at(self.near_school_day(days), hour, 30),
                title="STEM Advisory Board breakfast",
            )
        self.groups.append(group)

    def add_stem_night_committee(self) -> None:
        """Stand-alone planning meetings, one of them today, and the night itself."""
        rng, db = self.rng, self.db
        school_today = not _day_off(self.today)
        elementary = [t for t in self.teachers if t.cluster == 0 and t.band in ("PreK-2", "3-5")]
        members = rng.sample(elementary, 4)
        group_id = groups.add(
            db,
            name="Family STEM Night Committee",
            kind="other",
            goal="A K–2 & 3–5 <STEM> Night where every family builds, tests & takes something "
            "home.",
            norms="• Plan for families who speak four languages\n• Keep it hands-on",
            default_minutes=30,
            default_place=f"{self.schools[0].name}, library",
        )
        self.add_members(group_id, members, ["Chair"])
        helpers = [c for c in self.contacts if c.partner_kind in ("out_of_school", "museum")][:1]
        for contact in helpers:
            groups.add_member(db, group_id, contact_id=contact.id, role="Partner volunteer")
        group = _Group(
            group_id,
            "other",
            members,
            contacts=helpers,
            items=_COMMITTEE_ITEMS,
            interval=14,
        )
        meetings.add(
            db,
            group_id=group_id,
            tzid=TZID,
            starts_at=self.at(self.near_school_day(-21), 15, 45),
            title="STEM Night planning",
        )
        meetings.add(
            db,
            group_id=group_id,
            tzid=TZID,
            # Today, whatever day it is: at lunch on a school day, else a work session.
            starts_at=self.at(self.today, 12, 5) if school_today else self.at(self.today, 10),
            title="STEM Night planning huddle" if school_today else "STEM Night work session",
            duration_minutes=25 if school_today else 90,
        )
        meetings.add(
            db,
            group_id=group_id,
            tzid=TZID,
            starts_at=self.at(self.near_school_day(17), 17, 30),
            title="K–2 & 3–5 <STEM> Night",
            duration_minutes=120,
            place=f"{self.schools[0].name}, cafeteria & gym",
        )
        self.groups.append(group)

    def add_series(self, group: _Group, first_start: str, rrule: str) -> None:
        db = self.db
        series_id = meetings.add_series(
            db, group_id=group.id, tzid=TZID, first_start=first_start, rrule=rrule
        )
        # add_series materialises a year ahead of the *real* clock; make the rows depend on
        # the demo's today instead, so the same today gives the same meetings with the same
        # ids. (The trimmed rows were made a moment ago in this new file and never seen, so
        # handing their ids out again breaks no reference.)
        horizon = self.at(self.today, 23, 59) + meetings.HORIZON
        meetings.extend_series(db, series_id=series_id, until=horizon)
        db.execute(
            "DELETE FROM meetings WHERE series_id = ? AND datetime(starts_at) > datetime(?)",
            (series_id, horizon.isoformat()),
        )
        db.execute(
            "UPDATE sqlite_sequence SET seq = (SELECT coalesce(max(id), 0) FROM meetings)"
            " WHERE name = 'meetings'"
        )
        self.groups.append(group)

    def run_meetings(self, group: _Group) -> None:
        """Hold the past meetings (minutes, decisions, attendance), plan the next ones."""
        rng, db = self.rng, self.db
        today = self.today.isoformat()
        rows = db.query(
            "SELECT id, starts_at, series_id FROM meetings WHERE group_id = ?"
            " ORDER BY datetime(starts_at), id",
            (group.id,),
        )
        ordinary = []
        for row in rows:
            # A repeating meeting falls on holidays too; a one-off was planned for its day.
            reason = row["series_id"] and _day_off(date.fromisoformat(row["starts_at"][:10]))
            if reason:
                meetings.update(db, row["id"], status="cancelled", notes=f"No meeting: {reason}.")
            else:
                ordinary.append(row)
        past = [r for r in ordinary if r["starts_at"][:10] < today]
        upcoming = [r for r in ordinary if r["starts_at"][:10] >= today]
        cancelled = (
            rng.randrange(len(past) - 2)
            if group.kind == "plc" and len(past) > 4 and rng.random() < 0.35
            else None
        )
        open_items: list[int] = []
        for i, row in enumerate(past):
            start = datetime.fromisoformat(row["starts_at"])
            if i == cancelled:
                meetings.update(
                    db,
                    row["id"],
                    status="cancelled",
                    notes="Cancelled: early release for parent conferences.",
                )
                continue
            still_open = []
            for item_id in open_items:
                if rng.random() < 0.8:
                    action_items.set_status(
                        db,
                        item_id,
                        "done",
                        in_meeting_id=row["id"],
                        at=(start + timedelta(minutes=8)).isoformat(),
                    )
                else:
                    still_open.append(item_id)
            open_items = still_open + self.hold_meeting(group, row["id"], start)
        next_count = 1 if group.kind in ("leadership_team", "advisory_board") else 2
        for row in upcoming[:next_count]:
            self.plan_meeting(group, row["id"])

    def choose_items(self, group: _Group) -> list[_Item]:
        rng = self.rng
        if group.kind == "plc":
            pool = [i for i in group.items if i.title not in group.decided]
            return [_CELEBRATION, *rng.sample(pool, rng.randint(2, 4))]
        pool = [i for i in group.items[1:] if i.title not in group.decided]
        return [group.items[0], *rng.sample(pool, min(len(pool), rng.randint(2, 3)))]

    def owner(self, group: _Group, who: str) -> tuple[dict[str, Any], str]:
        """Owner arguments for an agenda or action item, and the owner's name."""
        if who == "member" and group.teachers:
            teacher = self.pick(group.teachers)
            return {"owner_teacher_id": teacher.id}, teacher.name
        if who == "contact" and group.contacts:
            contact = self.pick(group.contacts)
            return {"owner_contact_id": contact.id}, contact.name
        if who == "guest" and group.guest:
            return {"owner_name": group.guest}, group.guest
        return {}, ""

    def agenda_item(
        self, group: _Group, meeting_id: int, item: _Item, *, held: bool
    ) -> tuple[int, _Fill]:
        owner, owner_name = self.owner(group, item.owner)
        ctx = _Fill(self.rng, resource=self.pick(_RESOURCES))
        for key, values in group.context.items():
            ctx[key] = self.pick(values)
        ctx["member"] = owner_name or (
            self.pick(group.teachers).name if group.teachers else COACH_NAME
        )
        item_id = agenda.add(
            self.db,
            meeting_id,
            item.title.format_map(ctx),
            purpose=item.purpose,
            minutes=item.minutes,
            description=item.description.format_map(ctx),
            notes=item.notes.format_map(ctx) if held else "",
            outcome=item.outcome.format_map(ctx) if held else "",
            **owner,
        )
        return item_id, ctx

    def hold_meeting(self, group: _Group, meeting_id: int, start: datetime) -> list[int]:
        """Agenda with minutes, decisions, attendance and new action items; returns them."""
        rng, db = self.rng, self.db
        created: list[int] = []
        lead = ""
        for item in self.choose_items(group):
            item_id, ctx = self.agenda_item(group, meeting_id, item, held=True)
            lead = lead or (ctx["member"] if item.owner == "member" else "")
            if item.decision:
                decisions.record(
                    db, meeting_id, item.decision.format_map(ctx), agenda_item_id=item_id
                )
                if "{" not in item.title:
                    group.decided.add(item.title)
            if item.action and rng.random() < 0.8:
                owner, _ = self.owner(group, "member")
                created.append(
                    action_items.add(
                        db,
                        item.action.format_map(ctx),
                        meeting_id=meeting_id,
                        agenda_item_id=item_id,
                        due_on=start.date() + timedelta(days=group.interval),
                        **owner,
                    )
                )
        member = lead or (self.pick(group.teachers).name if group.teachers else COACH_NAME)
        summary = self.pick(_SUMMARIES[group.kind]).format(member=member)
        private = self.pick(_MEETING_PRIVATE).format(member=member) if rng.random() < 0.15 else ""
        meetings.update(db, meeting_id, status="held", notes=summary, private_notes=private)
        statuses = ("present", "late", "absent", "excused")
        for teacher in group.teachers:
            status = rng.choices(statuses, (84, 6, 5, 5))[0]
            attendance.mark(db, meeting_id, status, teacher_id=teacher.id)
        for contact in group.contacts:
            status = rng.choices(statuses, (70, 5, 10, 15))[0]
            attendance.mark(db, meeting_id, status, contact_id=contact.id)
        if group.guest and rng.random() < 0.6:
            attendance.mark(db, meeting_id, "present", guest_name=group.guest)
        return created

    def plan_meeting(self, group: _Group, meeting_id: int) -> None:
        for item in self.choose_items(group):
            self.agenda_item(group, meeting_id, item, held=False)

    # -- loose ends ------------------------------------------------------------------------
    def add_loose_action_items(self) -> None:
        db = self.db
        items = [
            ("Draft the mid-year impact report for the school board", 6, "open"),
            ("Order replacement probeware sensors & batteries", -4, "open"),
            ("Reserve the gym for the K–2 & 3–5 <STEM> Night", 0, "open"),
            ("Submit the STEM mini-grant mid-year report", -20, "done"),
            ("Update the PLC calendar for the spring semester", 12, "in_progress"),
        ]
        for _ in range(self.scale):
            for title, days, status in items:
                due = self.today + timedelta(days=days)
                item_id = action_items.add(db, title, due_on=due)
                if status == "done":
                    action_items.set_status(db, item_id, "done", at=self.at(due, 14, 0).isoformat())
                elif status == "in_progress":
                    action_items.set_status(db, item_id, "in_progress")
