#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate data/foods-fdc.tsv, Hearth's reference food table.

Usage:
    gen-fdc-foods.py FOOD_DES.txt NUT_DATA.txt WEIGHT.txt food.csv > data/foods-fdc.tsv

Inputs (both USDA, public domain):
  * FOOD_DES.txt, NUT_DATA.txt, WEIGHT.txt: USDA National Nutrient Database
    for Standard Reference, Release 28 (USDA ARS), ASCII release: fields
    "~text~" separated by "^", latin-1, CRLF (sr28_doc.pdf).
  * food.csv: FoodData Central "SR Legacy" (April 2018) food.csv; only the
    columns fdc_id and description are read.

SR Legacy is SR28's final release: its descriptions are SR28's Long_Desc.
A food is kept when its FDC description equals exactly one SR28 Long_Desc,
compared case-insensitively (SR Legacy's suffix FDP_SUFFIX removed
first), and SR28 gives it an energy value (Hearth
needs one). Everything else is left out and counted in the header. Values
are SR28's own text, never recomputed; an empty field is "not stated".

Output: UTF-8, LF, '#' header lines, then one line per food sorted by FDC
id, tab-separated (see COLUMNS). Same inputs, same bytes.
"""

import csv
import sys

# Bump when the output changes: the store reloads the reference foods of a
# journal whose data is older (HEARTH_FDC_DATA_VERSION in
# src/core/hearth-store-fdc-private.h must say the same; a test checks).
DATA_VERSION = 1

# SR28 Nutr_No of the eight values Hearth keeps, in HearthNutrient order.
NUTRIENTS = [
    ("208", "energy_kcal"),
    ("203", "protein_g"),
    ("205", "carbohydrate_g"),
    ("269", "sugars_g"),
    ("204", "fat_g"),
    ("606", "saturated_fat_g"),
    ("291", "fibre_g"),
    ("307", "sodium_mg"),
]

# SR Legacy appends this to the description of foods of USDA's Food
# Distribution Program; SR28 has it as a comment ("Includes USDA commodity
# food A343"), not in Long_Desc. It is removed before the comparison.
FDP_SUFFIX = " (Includes foods for USDA's Food Distribution Program)"

COLUMNS = (["fdc_id", "ndb_no", "name"] + [n for _, n in NUTRIENTS] +
           ["portion_name", "portion_g"])


def read_sr(path):
    """Rows of an SR28 ASCII file as lists of strings (tildes removed)."""
    with open(path, encoding="latin-1", newline="") as f:
        for line in f.read().split("\r\n"):
            if not line:
                continue
            fields = line.split("^")
            yield [x[1:-1] if x.startswith("~") and x.endswith("~") and len(x) >= 2 else x
                   for x in fields]


def clean(text):
    """One line of text: no tab or line break can reach the TSV."""
    return " ".join(text.replace("\t", " ").split())


def format_amount(text):
    value = float(text)
    if value == int(value):
        return str(int(value))
    return ("%f" % value).rstrip("0").rstrip(".")


def main(argv):
    if len(argv) != 5:
        sys.stderr.write(__doc__)
        return 2
    food_des, nut_data, weight, fdc_csv = argv[1:]

    by_desc = {}
    n_sr = 0
    for row in read_sr(food_des):
        n_sr += 1
        by_desc.setdefault(row[2].casefold(), []).append(row[0])

    wanted = {number: i for i, (number, _) in enumerate(NUTRIENTS)}
    values = {}
    for row in read_sr(nut_data):
        i = wanted.get(row[1])
        if i is None:
            continue
        values.setdefault(row[0], [""] * len(NUTRIENTS))[i] = row[2].strip()

    portions = {}
    for row in read_sr(weight):
        ndb, seq, amount, desc, grams = row[0], int(row[1]), row[2], row[3], row[4]
        if float(grams) <= 0:
            continue
        if ndb not in portions or seq < portions[ndb][0]:
            portions[ndb] = (seq, "%s %s" % (format_amount(amount), clean(desc)),
                             grams.strip())

    foods = []
    n_fdc = n_unmatched = n_ambiguous = n_no_energy = n_suffix = 0
    with open(fdc_csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            n_fdc += 1
            description = row["description"]
            if description.endswith(FDP_SUFFIX):
                description = description[:-len(FDP_SUFFIX)]
                n_suffix += 1
            matches = by_desc.get(description.casefold(), [])
            if not matches:
                n_unmatched += 1
                continue
            if len(matches) > 1:
                n_ambiguous += 1
                continue
            ndb = matches[0]
            nutrients = values.get(ndb, [""] * len(NUTRIENTS))
            if nutrients[0] == "":
                n_no_energy += 1
                continue
            portion = portions.get(ndb)
            foods.append((int(row["fdc_id"]), ndb, nutrients, portion))

    used = [food[1] for food in foods]
    if len(used) != len(set(used)):
        sys.stderr.write("an SR28 food matched two FDC foods\n")
        return 1

    names = {}
    for row in read_sr(food_des):
        names[row[0]] = clean(row[2])

    foods.sort(key=lambda food: food[0])
    out = sys.stdout
    out.write("# Hearth reference foods, generated by build-aux/gen-fdc-foods.py: do not edit.\n")
    out.write("# version: %d\n" % DATA_VERSION)
    out.write("# Values per 100 g: USDA National Nutrient Database for Standard Reference,\n")
    out.write("#   Release 28 (USDA Agricultural Research Service), public domain.\n")
    out.write("# FDC ids: USDA FoodData Central, SR Legacy (April 2018) food.csv, public domain.\n")
    out.write("#   https://fdc.nal.usda.gov/\n")
    out.write("# Join: FDC description = SR28 Long_Desc, case-insensitive, kept only where\n")
    out.write("#   exactly one SR28 food matches and SR28 states its energy; SR Legacy's\n")
    out.write("#   suffix \"%s\"\n" % FDP_SUFFIX.strip())
    out.write("#   is removed first (%d descriptions have it).\n" % n_suffix)
    out.write("# Counts: %d SR Legacy foods, %d SR28 foods; %d kept; left out: %d without a\n"
              % (n_fdc, n_sr, len(foods), n_unmatched))
    out.write("#   match, %d matching several, %d without an energy value.\n"
              % (n_ambiguous, n_no_energy))
    out.write("# Units: energy kcal, sodium mg, the rest g; empty = not stated.\n")
    out.write("# Portion: SR28 WEIGHT.txt's first household measure and its weight in g.\n")
    out.write("#" + "\t".join(COLUMNS) + "\n")
    for fdc_id, ndb, nutrients, portion in foods:
        fields = [str(fdc_id), ndb, names[ndb]] + nutrients
        fields += [portion[1], portion[2]] if portion else ["", ""]
        out.write("\t".join(fields) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
