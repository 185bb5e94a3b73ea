"""``stemlead export lesson-plan PLAN_ID -o FILE.pdf|FILE.json`` and ``import lesson-plan``.

A ``.json`` file is the plan to share with another STEM Lead (versions and attachments, no
reviews, no private notes, authors only with consent); any other name gets the handout. A
refused export or import leaves nothing behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from stemlead.cli.common import Subcommands, add_db, open_db
from stemlead.cli.exports import positive_id


def add_lesson_commands(export_subparsers: Subcommands, import_subparsers: Subcommands) -> None:
    p = export_subparsers.add_parser(
        "lesson-plan",
        help="a lesson plan as a PDF handout, or (.json) as a file to share",
        description=(
            "Write a lesson plan as a PDF handout, or, when the file name ends in .json, as "
            "a file another STEM Lead imports: its versions and attachments, no reviews, no "
            "private notes, and authors named only when they agree."
        ),
    )
    add_db(p)
    p.add_argument("item_id", type=positive_id, metavar="PLAN_ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.json")
    p.set_defaults(func=cmd_export_lesson_plan)

    p = import_subparsers.add_parser(
        "lesson-plan",
        help="a lesson plan shared from another STEM Lead (.json)",
        description=(
            "Add a shared lesson plan to the library. Its authors who are teachers here (by "
            "name) become its authors; name more (or the only one) with --author."
        ),
    )
    add_db(p)
    p.add_argument("file", metavar="FILE.json")
    p.add_argument(
        "--author",
        type=positive_id,
        action="append",
        default=[],
        metavar="TEACHER_ID",
        help="a teacher here who becomes an author (repeatable)",
    )
    p.set_defaults(func=cmd_import_lesson_plan)


def cmd_export_lesson_plan(args: argparse.Namespace) -> int:

    output = Path(args.output).expanduser()
    if output.suffix.lower() == ".json":
        from stemlead.core import lesson_share
        from stemlead.pdf.fmt import plural

        with open_db(args) as db:
            data = lesson_share.export_plan(db, args.item_id, output)
        counts = (
            plural(len(data["versions"]), "version"),
            plural(len(data["attachments"]), "attachment"),
        )
        print(f"Wrote the lesson plan ({', '.join(counts)}) to {output}.")
        return 0
    from stemlead.pdf import handouts

    with open_db(args) as db:
        pdf = handouts.build(db, handouts.Request("lesson-plan", args.item_id))
    handouts.save(pdf, output, database=db.path)
    print(f"Wrote the lesson plan to {output}.")
    return 0


def cmd_import_lesson_plan(args: argparse.Namespace) -> int:
    from stemlead.core import lesson_plans, lesson_share

    with open_db(args, "write") as db:
        plan_id = lesson_share.import_plan(db, Path(args.file), author_ids=args.author)
        title = lesson_plans.get(db, plan_id).title
    print(f"Imported “{title}” as lesson plan {plan_id}.")
    return 0
