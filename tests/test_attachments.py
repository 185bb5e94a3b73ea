"""Files kept inside the database: checked on the way in, read on demand, undone whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stemlead.core import exchange, trash
from stemlead.core.attachments import MB, Shelf, media_type
from stemlead.core.changes import Kind, changes_of
from stemlead.core.import_check import Bytes
from stemlead.errors import InvalidInput
from stemlead.store import Database, blobs

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n" + b"\x00\xff" * 500


@pytest.fixture
def shelf(db: Database) -> Shelf:
    """An owner table of the shape every attachment table has (the features add theirs)."""
    db.conn.execute("CREATE TABLE binders (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT)")
    db.conn.execute(
        "CREATE TABLE binder_attachments (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " binder_id INTEGER NOT NULL REFERENCES binders (id) ON DELETE CASCADE,"
        " name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL,"
        " sha256 TEXT NOT NULL, data BLOB NOT NULL, created_at TEXT NOT NULL,"
        " consent_to_share INTEGER NOT NULL DEFAULT 0)"
    )
    db.conn.execute("INSERT INTO binders (title) VALUES ('Lab safety')")
    return Shelf("binder_attachments", "binder_id", Kind.SETTINGS, limit=MB)


def test_a_file_is_copied_in_and_read_back_byte_for_byte(
    db: Database, shelf: Shelf, tmp_path: Path
) -> None:
    source = tmp_path / "worksheet.pdf"
    source.write_bytes(PDF)
    first = shelf.add_file(db, 1, source)
    source.unlink()  # the coach tidies their Downloads folder: the copy stays
    photo = shelf.add(db, 1, "board photo.png", PNG, consent_to_share=1)
    [pdf, png] = shelf.listing(db, 1)
    assert (pdf.id, pdf.name, pdf.media_type, pdf.size) == (
        first,
        "worksheet.pdf",
        "application/pdf",
        len(PDF),
    )
    assert png.media_type == "image/png" and png.id == photo
    assert shelf.contents(db, first) == PDF
    out = shelf.save_copy(db, photo, tmp_path / "photo.png")
    assert out.read_bytes() == PNG


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.pdf", b"", r"is empty \(0 bytes\)"),
        ("huge.pdf", b"%PDF-" + b"x" * MB, "the limit for one attachment is 1.0 MB"),
    ],
)
def test_a_file_that_cannot_be_kept_says_why_and_nothing_is_written(
    db: Database, shelf: Shelf, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        shelf.add(db, 1, name, data)
    assert shelf.listing(db, 1) == []


def test_a_missing_a_folder_or_an_unreadable_file_gets_one_sentence(
    db: Database, shelf: Shelf, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="There is no file at"):
        shelf.add_file(db, 1, tmp_path / "gone.pdf")
    with pytest.raises(InvalidInput, match="is a folder"):
        shelf.add_file(db, 1, tmp_path)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"x" * (2 * MB))
    with pytest.raises(InvalidInput, match=r"big.pdf is 2.0 MB; the limit is 1.0 MB"):
        shelf.add_file(db, 1, big)


def test_a_photo_shelf_takes_only_pictures(db: Database, shelf: Shelf) -> None:
    photos = Shelf("binder_attachments", "binder_id", Kind.SETTINGS, images_only=True)
    with pytest.raises(InvalidInput, match="is not a picture"):
        photos.add(db, 1, "notes.png", b"not a png at all")  # the name alone does not count
    assert media_type("x.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert media_type("slides.pptx", b"PK\x03\x04").endswith("presentationml.presentation")


def test_deleting_the_owner_takes_its_files_and_undo_brings_them_back(
    db: Database, shelf: Shelf
) -> None:
    shelf.add(db, 1, "board photo.png", PNG)
    entry = trash.trash_store.discard(db, "binders", 1, kind="binder", label="Lab safety")
    assert db.scalar("SELECT count(*) FROM binder_attachments") == 0
    trash.restore(db, entry)
    [photo] = shelf.listing(db, 1)
    assert shelf.contents(db, photo.id) == PNG


def test_undoing_a_deleted_attachment_and_its_declarations(db: Database, shelf: Shelf) -> None:
    photo = shelf.add(db, 1, "board photo.png", PNG)
    shelf.update(db, photo, name="Board, week 3", consent_to_share=1)
    with pytest.raises(InvalidInput, match="name and notes"):
        shelf.update(db, photo, data=b"other")
    trash.restore(db, shelf.delete(db, photo))
    assert shelf.get(db, photo).name == "Board, week 3"
    assert changes_of(shelf.add) == {Kind.SETTINGS}
    assert len(changes_of(shelf.delete)) > 1  # a delete may touch what shows it anywhere


def test_files_travel_in_the_json_export_as_base64(db: Database, shelf: Shelf) -> None:
    shelf.add(db, 1, "board photo.png", PNG)
    [row] = exchange.snapshot(db)["tables"]["binder_attachments"]
    assert json.loads(json.dumps(row["data"])) == blobs.to_json(PNG)
    assert Bytes("Data").store(row["data"]) == PNG
    with pytest.raises(InvalidInput, match="not a file's contents"):
        Bytes("Data").store({blobs.TAG: "not base64!"})
    with pytest.raises(InvalidInput, match="not a file's contents"):
        Bytes("Data").store("plain text")
