#!/usr/bin/env python3
"""febrl_contract.py: writes a FEBRL file as a criminal-records CSV of the input contract.

The FEBRL sets give every address part in a column of its own; the contract's sources give an
address only as one free-text string. Written in the contract, FEBRL measures how well the engine
reads free-text addresses: the same people, the same corruptions, with nothing but the text.

    febrl_contract.py IN.csv OUT.csv [TRUTH.csv SOURCE]

Each FEBRL row becomes one criminal-records row:
  record_id       rec_id
  given_names     given_name
  family_name     surname
  date_of_birth   date_of_birth as ISO 8601 (19151111 -> 1915-11-11; other text as it is, which
                  the reader reports as a bad value, as it does through the FEBRL mapping)
  identifiers     NATIONAL_ID:AU:<soc_sec_id>
  addresses       "<street_number> <address_1>, <address_2>, <suburb> <STATE> <postcode>", the
                  way an Australian address is written, empty parts left out
FEBRL has no sex, phone or other column for the rest of the contract's columns.

With TRUTH and SOURCE it also writes the truth file (source,record_id,entity) for the run's
source name SOURCE, as `truth.sh febrl` does; several FEBRL files of one run (4a and 4b) append to
one truth file when TRUTH exists. Python 3 standard library only; writes nothing into the
repository.
"""
import csv
import os
import re
import sys

COLUMNS = [
    "record_id", "agency", "family_name", "given_names", "full_name", "aliases", "date_of_birth",
    "place_of_birth", "sex", "nationality", "identifiers", "addresses", "phones", "emails",
    "subject_category", "offence", "event_date", "handling_code", "updated_at",
]


def title(text):
    """'winston hills' -> 'Winston Hills': people write names of places capitalised."""
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


def address(row):
    street = " ".join(v for v in (row["street_number"], title(row["address_1"])) if v)
    town = " ".join(
        v for v in (title(row["suburb"]), row["state"].upper(), row["postcode"]) if v)
    return ", ".join(v for v in (street, title(row["address_2"]), town) if v)


def birth_date(text):
    if re.fullmatch(r"\d{8}", text):
        return f"{text[0:4]}-{text[4:6]}-{text[6:8]}"
    return text


def entity(rec_id):
    parts = rec_id.split("-")
    if len(parts) < 3 or parts[0] != "rec":
        raise SystemExit(f"bad FEBRL id: {rec_id}")
    return "rec-" + parts[1]


def main(argv):
    if len(argv) not in (3, 5):
        raise SystemExit(__doc__.split("\n\n")[2])
    source_file, out_file = argv[1], argv[2]
    truth = None
    if len(argv) == 5:
        truth_file, source = argv[3], argv[4]
        fresh = not os.path.exists(truth_file)
        truth = open(truth_file, "a", newline="", encoding="utf-8")
        if fresh:
            truth.write("source,record_id,entity\n")
    with open(source_file, newline="", encoding="utf-8") as f_in, \
            open(out_file, "w", newline="", encoding="utf-8") as f_out:
        reader = csv.DictReader(f_in, skipinitialspace=True)
        reader.fieldnames = [c.strip() for c in reader.fieldnames]
        writer = csv.DictWriter(f_out, COLUMNS)
        writer.writeheader()
        for raw in reader:
            row = {k: (v or "").strip() for k, v in raw.items()}
            if not row["rec_id"]:
                continue
            writer.writerow({
                "record_id": row["rec_id"],
                "family_name": row["surname"],
                "given_names": row["given_name"],
                "date_of_birth": birth_date(row["date_of_birth"]),
                "identifiers": f"NATIONAL_ID:AU:{row['soc_sec_id']}" if row["soc_sec_id"] else "",
                "addresses": address(row),
            })
            if truth:
                truth.write(f"{source},{row['rec_id']},{entity(row['rec_id'])}\n")
    if truth:
        truth.close()


if __name__ == "__main__":
    main(sys.argv)
