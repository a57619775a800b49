#!/usr/bin/env python3
"""Writes the importer's corpus specs: one JSON file per document, with its exact ground truth.

Deterministic (seeded); standard library only. Each spec is rendered by corpus_render (cairo +
pango) to a text PDF and to degraded scans, then imported and scored by corpus_eval. The format is
described in corpus_render.cc and README.md.

Usage: make_corpus.py OUT_DIR      (the committed corpus is tests/import/corpus/tuned)
"""
import json
import os
import random
import sys

PAGE = [612, 792]
CW = 0.62  # approximate average glyph width of DejaVu Sans, in em


def width(text, size):
    return len(text) * CW * size


class Doc:
    def __init__(self, name, layout):
        self.name = name
        self.layout = layout
        self.pages = [[]]
        self.rules = []
        self.truth = []
        self.scans = []

    def text(self, x, y, s, size=9, bold=False, align="left", page=None):
        p = len(self.pages) - 1 if page is None else page
        self.pages[p].append({"x": round(x, 1), "y": round(y, 1), "text": s, "size": size,
                              "bold": bold, "align": align})

    def rule(self, x0, y0, x1, y1):
        self.rules.append([len(self.pages) - 1, x0, y0, x1, y1])

    def new_page(self):
        self.pages.append([])

    def expect(self, date, test, value, bound="", text="", previous=False):
        self.truth.append({"date": date, "test": test,
                           "value": None if value is None else round(value, 6),
                           "bound": bound, "text": text, "previous": previous})

    def spec(self, split):
        return {"name": self.name, "layout": self.layout, "split": split, "page_size": PAGE,
                "pages": self.pages, "rules": self.rules, "scans": self.scans,
                "truth": self.truth}


# ---------------------------------------------------------------- dates

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def rand_date(r, year=None):
    y = year or r.choice([2023, 2024, 2025])
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return (y, m, d)


def iso(d):
    return "%04d-%02d-%02d" % d


def us(d):
    return "%02d/%02d/%04d" % (d[1], d[2], d[0])


def uk(d):
    return "%02d/%02d/%04d" % (d[2], d[1], d[0])


def dmy_mon(d):
    return "%02d-%s-%04d" % (d[2], MONTHS[d[1] - 1], d[0])


def mon_dy(d):
    return "%s %d, %04d" % (MONTHS[d[1] - 1], d[2], d[0])


def long_dmy(d):
    return "%d %s %04d" % (d[2], MONTHS_LONG[d[1] - 1], d[0])


def dotted(d):
    return "%02d.%02d.%04d" % (d[2], d[1], d[0])


def later(d, days):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=days)
    return (x.year, x.month, x.day)


# ---------------------------------------------------------------- rows
# A row: (name, value text, flag, unit, range, truth) where truth is (test, canonical value,
# bound, text) or None for a test oncoguide ignores.

IFE_POS = [("IgG kappa monoclonal protein detected", "IgG kappa"),
           ("IgA lambda monoclonal protein detected", "IgA lambda"),
           ("Monoclonal IgG lambda identified", "IgG lambda")]


def fmt1(x):
    return "%.1f" % x


def us_rows(r, full=True):
    rows = []
    m = r.random()
    name = r.choice(["M-spike", "M-Spike (SPEP)", "Monoclonal protein", "M-protein",
                     "Monoclonal peak", "M-Protein, Serum"])
    if m < 0.6:
        v = round(r.uniform(0.1, 4.5), 2)
        rows.append((name, "%.2f" % v, "H", "g/dL", "0.00-0.00", ("serum_m_protein", v, "", "")))
    elif m < 0.8:
        rows.append((name, "<0.10", "", "g/dL", "", ("serum_m_protein", 0.1, "<", "")))
    else:
        rows.append((name, "Not detected", "", "g/dL", "", ("serum_m_protein", 0.0, "", "")))
    k = round(r.uniform(3, 900), 1)
    lam = round(r.uniform(2, 60), 1)
    rows.append((r.choice(["Kappa free light chain", "Free Kappa", "Kappa Free Light Chains, Serum",
                           "Kappa FLC", "Free kappa light chains"]),
                 fmt1(k), "H" if k > 19.4 else "", "mg/L", "3.3-19.4", ("kappa_flc", k, "", "")))
    rows.append((r.choice(["Lambda free light chain", "Free Lambda", "Lambda Free Light Chains, Serum",
                           "Lambda FLC", "Free lambda light chains"]),
                 fmt1(lam), "H" if lam > 26.3 else "", "mg/L", "5.7-26.3", ("lambda_flc", lam, "", "")))
    rows.append(("Kappa/Lambda Ratio", "%.2f" % (k / lam), "H" if k / lam > 1.65 else "", "",
                 "0.26-1.65", None))
    if r.random() < 0.7:
        wording, iso_ = r.choice(IFE_POS)
        rows.append((r.choice(["Immunofixation", "Serum Immunofixation", "IFE Interpretation"]),
                     wording, "A", "", "", ("serum_ife", 1, "", iso_)))
    else:
        rows.append(("Immunofixation, Serum", "No monoclonal protein detected", "", "", "",
                     ("serum_ife", 0, "", "")))
    if full:
        b2m = round(r.uniform(1.2, 9.0), 1)
        rows.append((r.choice(["Beta-2 Microglobulin", "B2M"]), fmt1(b2m), "H" if b2m > 2.3 else "",
                     "mg/L", "0.8-2.3", ("beta2_microglobulin", b2m, "", "")))
        alb = round(r.uniform(2.8, 4.8), 1)
        rows.append(("Albumin", fmt1(alb), "L" if alb < 3.5 else "", "g/dL", "3.5-5.0",
                     ("albumin", alb, "", "")))
        ldh = r.randint(120, 420)
        rows.append((r.choice(["LDH", "Lactate Dehydrogenase"]), str(ldh), "H" if ldh > 280 else "",
                     "U/L", "140-280", ("ldh", ldh, "", "")))
        cr = round(r.uniform(0.6, 2.5), 2)
        rows.append(("Creatinine", "%.2f" % cr, "H" if cr > 1.2 else "", "mg/dL", "0.60-1.20",
                     ("creatinine", cr, "", "")))
        ca = round(r.uniform(8.5, 11.8), 1)
        rows.append(("Calcium", fmt1(ca), "H" if ca > 10.3 else "", "mg/dL", "8.6-10.3",
                     ("calcium", ca, "", "")))
        hb = round(r.uniform(8.5, 15.0), 1)
        rows.append((r.choice(["Hemoglobin", "Hgb"]), fmt1(hb), "L" if hb < 12 else "", "g/dL",
                     "12.0-16.0", ("hemoglobin", hb, "", "")))
        rows.append(("WBC", fmt1(r.uniform(3, 9)), "", "x10^9/L", "4.0-11.0", None))
        rows.append(("Platelets", str(r.randint(120, 400)), "", "x10^9/L", "150-400", None))
        rows.append(("Sodium", str(r.randint(134, 146)), "", "mmol/L", "135-145", None))
        rows.append(("Total Protein", fmt1(r.uniform(6, 9)), "", "g/dL", "6.0-8.3", None))
        rows.append(("IgG", str(r.randint(600, 3500)), "", "mg/dL", "700-1600", None))
    r.shuffle(rows)
    return rows


def expect_rows(doc, date, rows, previous=False):
    for row in rows:
        t = row[5]
        if t is not None:
            doc.expect(iso(date), t[0], t[1], t[2], t[3], previous)


def header_block(doc, r, y, collected_label, collected, reported_label, reported, dob=None):
    doc.text(72, y, r.choice(["Regional Medical Laboratory", "Northside Clinical Labs",
                              "University Hospital Pathology"]), size=14, bold=True)
    y += 22
    doc.text(72, y, "Patient: DOE, JANE")
    doc.text(330, y, "MRN: %07d" % r.randint(0, 9999999))
    y += 13
    if dob:
        doc.text(72, y, "DOB: " + dob)
    doc.text(330, y, "%s %s" % (reported_label, reported))
    y += 13
    doc.text(72, y, "%s %s" % (collected_label, collected))
    return y + 24


# ---------------------------------------------------------------- layouts

def single_table(name, r):
    doc = Doc(name, "single_table")
    date = rand_date(r)
    fmt = r.choice([us, mon_dy, iso])
    y = header_block(doc, r, 60, r.choice(["Collected:", "Specimen Collected:", "Collection Date:"]),
                     fmt(date) + " 08:%02d" % r.randint(0, 59), r.choice(["Reported:", "Printed:"]),
                     fmt(later(date, r.randint(1, 9))), dob=fmt((1958, r.randint(1, 12), r.randint(1, 28))))
    cols = [72, 250, 330, 370, 440]
    for x, h in zip(cols, ["Test", "Result", "Flag", "Units", "Reference Range"]):
        doc.text(x, y, h, bold=True)
    doc.rule(72, y + 4, 560, y + 4)
    y += 18
    rows = us_rows(r)
    for row in rows:
        nm, val, flag, unit, rng, _ = row
        if len(val) > 14:  # long wording spans the flag and unit columns
            doc.text(cols[1], y, val)
        else:
            doc.text(cols[1], y, val)
            doc.text(cols[2], y, flag)
            doc.text(cols[3], y, unit)
        doc.text(cols[0], y, nm)
        doc.text(cols[4], y, rng)
        y += 15
    expect_rows(doc, date, rows)
    return doc


def previous_column(name, r):
    doc = Doc(name, "previous_column")
    date = rand_date(r, 2024)
    prev = later(date, -r.randint(25, 60))
    y = header_block(doc, r, 60, "Specimen collected:", us(date), "Reported:",
                     us(later(date, 2)))
    dated_header = r.random() < 0.5
    cols = [72, 235, 290, 345, 440]
    heads = ["Test", "Result", "Units", "Ref Range",
             ("Previous (%s)" % us(prev)) if dated_header else "Previous Result and Date"]
    for x, h in zip(cols, heads):
        doc.text(x, y, h, bold=True)
    y += 18
    rows = [row for row in us_rows(r) if row[5] is None or row[5][0] != "serum_ife"]
    for row in rows:
        nm, val, flag, unit, rng, t = row
        doc.text(cols[0], y, nm)
        doc.text(cols[1], y, (val + " " + flag).strip())
        doc.text(cols[2], y, unit)
        doc.text(cols[3], y, rng)
        if t is not None and t[2] == "" and isinstance(t[1], float) and t[1] > 0 and r.random() < 0.8:
            pv = round(t[1] * r.uniform(0.7, 1.4), 1 if t[1] > 5 else 2)
            text = ("%.2f" % pv) if pv < 5 else fmt1(pv)
            pv = float(text)
            doc.text(cols[4], y, text if dated_header else "%s (%s)" % (text, us(prev)))
            doc.expect(iso(prev), t[0], pv, "", "", True)
        y += 15
    expect_rows(doc, date, rows)
    return doc


def portal_cards(name, r):
    doc = Doc(name, "portal_cards")
    date = rand_date(r)
    y = 60
    doc.text(72, y, "MyHealth Portal - Test Results", size=15, bold=True)
    y += 24
    doc.text(72, y, "Collected on " + mon_dy(date))
    doc.text(330, y, "Result date " + mon_dy(later(date, 1)))
    y += 28
    rows = [row for row in us_rows(r, full=r.random() < 0.5) if row[5] is not None or r.random() < 0.5]
    for row in rows[:9]:
        nm, val, flag, unit, rng, t = row
        doc.text(72, y, nm, size=11, bold=True)
        y += 16
        doc.text(90, y, "Your value", size=8)
        doc.text(300, y, "Standard range", size=8)
        y += 13
        doc.text(90, y, (val + " " + unit).strip(), size=11)
        doc.text(300, y, (rng + " " + unit).strip() if rng else "Not established", size=9)
        y += 24
        doc.rule(72, y - 12, 540, y - 12)
    expect_rows(doc, date, rows[:9])
    return doc


def uk_style(name, r):
    doc = Doc(name, "uk_style")
    date = rand_date(r)
    date = (date[0], date[1], r.randint(13, 28))  # day-first visible in the header
    y = 60
    doc.text(72, y, "NHS Foundation Trust - Clinical Biochemistry", size=13, bold=True)
    y += 20
    doc.text(72, y, "Hospital No: K%06d" % r.randint(0, 999999))
    doc.text(330, y, "Date of birth: %s" % uk((1955, 4, 17)))
    y += 14
    doc.text(72, y, "Sample taken: " + uk(date) + " 09:15")
    doc.text(330, y, "Authorised: " + uk(later(date, 2)))
    y += 26
    cols = [72, 250, 320, 400]
    for x, h in zip(cols, ["Investigation", "Result", "Units", "Reference"]):
        doc.text(x, y, h, bold=True)
    y += 16
    pp = round(r.uniform(2, 40), 1)
    k = round(r.uniform(5, 500), 1)
    lam = round(r.uniform(4, 40), 1)
    hb = r.randint(85, 150)
    cre = r.randint(55, 250)
    ca = round(r.uniform(2.1, 2.9), 2)
    alb = r.randint(28, 48)
    rows = [("Paraprotein", fmt1(pp), "g/L", "", ("serum_m_protein", pp / 10, "", "")),
            ("Serum free kappa", fmt1(k), "mg/L", "3.3 - 19.4", ("kappa_flc", k, "", "")),
            ("Serum free lambda", fmt1(lam), "mg/L", "5.7 - 26.3", ("lambda_flc", lam, "", "")),
            ("Kappa:lambda ratio", "%.2f" % (k / lam), "", "0.26 - 1.65", None),
            ("Haemoglobin", str(hb), "g/L", "115 - 165", ("hemoglobin", hb / 10, "", "")),
            ("Creatinine", str(cre), "\u00b5mol/L", "45 - 84", ("creatinine", cre * 113.12 / 10000, "", "")),
            ("Calcium", "%.2f" % ca, "mmol/L", "2.20 - 2.60", ("calcium", ca / 0.2495, "", "")),
            ("Adjusted calcium", "%.2f" % (ca + 0.05), "mmol/L", "2.20 - 2.60", None),
            ("Albumin", str(alb), "g/L", "35 - 50", ("albumin", alb / 10, "", "")),
            ("eGFR", str(r.randint(30, 90)), "mL/min", ">90", None)]
    r.shuffle(rows)
    for nm, val, unit, rng, t in rows:
        doc.text(cols[0], y, nm)
        doc.text(cols[1], y, val)
        doc.text(cols[2], y, unit)
        doc.text(cols[3], y, rng)
        y += 15
    for nm, val, unit, rng, t in rows:
        if t:
            doc.expect(iso(date), t[0], t[1], t[2], t[3])
    return doc


def flowsheet(name, r):
    doc = Doc(name, "flowsheet")
    dates = []
    d = rand_date(r, 2024)
    for _ in range(r.randint(4, 6)):
        dates.append(d)
        d = later(d, r.randint(21, 35))
    fmt = r.choice([us, dmy_mon])
    y = 60
    doc.text(72, y, "Cumulative Results - Myeloma Panel", size=14, bold=True)
    y += 18
    doc.text(72, y, "Printed: " + fmt(later(dates[-1], 5)))
    y += 26
    x0 = 200
    step = 62
    doc.text(72, y, "Test", bold=True)
    for i, dd in enumerate(dates):
        doc.text(x0 + i * step + 52, y, fmt(dd), size=7.5, bold=True, align="right")
    doc.text(x0 + len(dates) * step + 4, y, "Units", bold=True, size=8)
    y += 16
    tests = [("M-spike", "serum_m_protein", "g/dL", lambda: round(r.uniform(0.2, 3.5), 2), 1),
             ("Kappa FLC", "kappa_flc", "mg/L", lambda: round(r.uniform(5, 400), 1), 1),
             ("Lambda FLC", "lambda_flc", "mg/L", lambda: round(r.uniform(3, 30), 1), 1),
             ("K/L ratio", None, "", lambda: round(r.uniform(0.3, 20), 2), 1),
             ("Hemoglobin", "hemoglobin", "g/dL", lambda: round(r.uniform(8, 14), 1), 1),
             ("Creatinine", "creatinine", "mg/dL", lambda: round(r.uniform(0.7, 2), 2), 1),
             ("Calcium", "calcium", "mg/dL", lambda: round(r.uniform(8.6, 11), 1), 1),
             ("Platelets", None, "x10^9/L", lambda: r.randint(100, 300), 1)]
    printed = {}
    for nm, test, unit, gen, _ in tests:
        doc.text(72, y, nm)
        for i, dd in enumerate(dates):
            if r.random() < 0.25:
                continue  # blank cell
            v = gen()
            if nm == "K/L ratio":
                # A lab prints the ratio of the kappa and lambda it reports (the importer checks
                # it); blank when either is.
                k, lam = printed.get(("Kappa FLC", i)), printed.get(("Lambda FLC", i))
                if k is None or lam is None:
                    continue
                doc.text(x0 + i * step + 52, y, "%.2f" % (k / lam), align="right")
                continue
            if isinstance(v, float):
                text = ("%.2f" % v) if v < 5 else fmt1(v)
                v = float(text)
            else:
                text = str(v)
            doc.text(x0 + i * step + 52, y, text, align="right")
            printed[(nm, i)] = v
            if test:
                doc.expect(iso(dd), test, v)
        doc.text(x0 + len(dates) * step + 4, y, unit, size=8)
        y += 15
    return doc


def urine_24h(name, r):
    doc = Doc(name, "urine_24h")
    date = rand_date(r)
    y = header_block(doc, r, 60, "Collection date:", us(date), "Reported:", us(later(date, 3)))
    doc.text(72, y, "24 Hour Urine Protein Electrophoresis", size=12, bold=True)
    y += 20
    cols = [72, 260, 330, 420]
    for x, h in zip(cols, ["Test", "Result", "Units", "Reference Range"]):
        doc.text(x, y, h, bold=True)
    y += 16
    vol = r.randint(900, 2600)
    tp = r.randint(100, 3000)
    ms = r.randint(20, min(tp, 2000))
    rows = [("Total volume", str(vol), "mL", "", None),
            ("Total protein, 24 hr", str(tp), "mg/24 h", "<150", None),
            (r.choice(["M-spike", "Monoclonal protein", "M-protein, 24 hr"]), str(ms), "mg/24 h", "",
             ("urine_m_protein", ms, "", "")),
            (r.choice(["Immunofixation", "Urine immunofixation"]),
             "Monoclonal free kappa light chains detected", "", "", ("urine_ife", 1, "", "kappa"))]
    if r.random() < 0.4:
        rows[2] = (rows[2][0], "Not detected", "mg/24 h", "", ("urine_m_protein", 0.0, "", ""))
        rows[3] = (rows[3][0], "No monoclonal protein detected", "", "", ("urine_ife", 0, "", ""))
    for nm, val, unit, rng, t in rows:
        doc.text(cols[0], y, nm)
        doc.text(cols[1], y, val)
        if len(val) < 14:
            doc.text(cols[2], y, unit)
        doc.text(cols[3], y, rng)
        y += 15
        if t:
            doc.expect(iso(date), t[0], t[1], t[2], t[3])
    return doc


def marrow_narrative(name, r):
    doc = Doc(name, "marrow_narrative")
    date = rand_date(r)
    y = 60
    doc.text(72, y, "Surgical Pathology Report", size=14, bold=True)
    y += 20
    doc.text(72, y, "Date of procedure: " + mon_dy(date))
    doc.text(330, y, "Date reported: " + mon_dy(later(date, 6)))
    y += 14
    doc.text(72, y, "Specimen: Bone marrow aspirate and core biopsy, right posterior iliac crest")
    y += 26
    doc.text(72, y, "FINAL DIAGNOSIS", bold=True)
    y += 16
    pc = r.choice([3, 8, 15, 25, 40, 60, 70])
    cell = r.choice([30, 40, 50, 60, 80])
    clonal = pc >= 10 or r.random() < 0.3
    chain = r.choice(["kappa", "lambda"])
    paras = [
        "Hypercellular bone marrow (%d%% cellularity) with plasma cells comprising %d%% of "
        "marrow cellularity." % (cell, pc),
        ("The plasma cells are %s light chain restricted by in situ hybridization." % chain)
        if clonal else "The plasma cells are polytypic by in situ hybridization.",
        "Trilineage hematopoiesis is present with maturation. Iron stores are adequate.",
    ]
    for p in paras:
        words = p.split()
        line = ""
        for w in words:
            if width(line + " " + w, 9) > 440:
                doc.text(72, y, line.strip())
                y += 13
                line = ""
            line += " " + w
        doc.text(72, y, line.strip())
        y += 20
    doc.expect(iso(date), "bm_plasma_cells", pc)
    doc.expect(iso(date), "bm_clonality", 1 if clonal else 0)
    return doc


def wrapped(name, r):
    doc = Doc(name, "wrapped")
    date = rand_date(r)
    y = header_block(doc, r, 60, "Collected:", mon_dy(date), "Reported:", mon_dy(later(date, 2)))
    cols = [72, 200, 400, 450]
    for x, h in zip(cols, ["Test", "Result", "Units", "Reference Range"]):
        doc.text(x, y, h, bold=True)
    y += 18
    k = round(r.uniform(4, 300), 1)
    doc.text(cols[0], y, "Free Kappa Light")
    doc.text(cols[1], y, fmt1(k))
    doc.text(cols[2], y, "mg/L")
    doc.text(cols[3], y, "3.3-19.4")
    doc.text(cols[0], y + 11, "Chains, Serum")
    doc.expect(iso(date), "kappa_flc", k)
    y += 28
    wording, iso_ = r.choice(IFE_POS)
    half = wording.split()
    doc.text(cols[0], y, "Immunofixation")
    doc.text(cols[1], y, " ".join(half[:3]))
    doc.text(cols[1], y + 11, " ".join(half[3:]))
    doc.expect(iso(date), "serum_ife", 1, "", iso_)
    y += 28
    v = round(r.uniform(0.2, 3), 2)
    doc.text(cols[0], y, "Monoclonal protein")
    doc.text(cols[1], y, "%.2f" % v)
    doc.text(cols[2], y, "g/dL")
    doc.text(cols[0], y + 11, "(M-spike)")
    doc.expect(iso(date), "serum_m_protein", v)
    y += 28
    return doc


def two_column(name, r):
    doc = Doc(name, "two_column")
    date = rand_date(r)
    y = header_block(doc, r, 60, "Collected:", us(date), "Printed:", us(later(date, 4)))
    rows = [row for row in us_rows(r) if len(row[1]) < 12 and len(row[0]) <= 20]
    half = (len(rows) + 1) // 2
    for side, chunk in ((0, rows[:half]), (1, rows[half:])):
        x = 50 + side * 280
        yy = y
        for cx, h in zip([0, 120, 170, 210], ["Test", "Result", "Units", "Range"]):
            doc.text(x + cx, yy, h, bold=True, size=8)
        yy += 14
        for nm, val, flag, unit, rng, t in chunk:
            doc.text(x, yy, nm, size=8)
            doc.text(x + 120, yy, (val + " " + flag).strip(), size=8)
            doc.text(x + 170, yy, unit, size=8)
            doc.text(x + 210, yy, rng, size=8)
            yy += 13
    expect_rows(doc, date, rows)
    return doc


def multipage(name, r):
    doc = Doc(name, "multipage")
    date = rand_date(r)
    rows = us_rows(r)
    pages = [rows[:6], rows[6:12], rows[12:]]
    for p, chunk in enumerate(pages):
        if p > 0:
            doc.new_page()
        y = header_block(doc, r, 60, "Collected:", us(date), "Reported:", us(later(date, 2)))
        cols = [72, 250, 330, 370, 440]
        for x, h in zip(cols, ["Test", "Result", "Flag", "Units", "Reference Range"]):
            doc.text(x, y, h, bold=True)
        y += 18
        for nm, val, flag, unit, rng, t in chunk:
            doc.text(cols[0], y, nm)
            doc.text(cols[1], y, val)
            if len(val) < 14:
                doc.text(cols[2], y, flag)
                doc.text(cols[3], y, unit)
            doc.text(cols[4], y, rng)
            y += 15
        doc.text(306, 760, "Page %d of 3" % (p + 1), size=8, align="center")
    expect_rows(doc, date, rows)
    return doc


def european(name, r):
    doc = Doc(name, "european")
    date = rand_date(r)
    y = 60
    doc.text(72, y, "Laboratorio Centrale - Referto", size=14, bold=True)
    y += 20
    doc.text(72, y, "Data prelievo / Collected: " + dotted(date))
    doc.text(330, y, "Printed: " + dotted(later(date, 3)))
    y += 26
    cols = [72, 250, 330, 420]
    for x, h in zip(cols, ["Test", "Result", "Units", "Reference range"]):
        doc.text(x, y, h, bold=True)
    y += 16
    mp = round(r.uniform(0.2, 3.5), 2)
    k = round(r.uniform(5, 300), 1)
    cr = round(r.uniform(0.6, 2.2), 2)
    b2 = round(r.uniform(1.5, 8), 1)
    rows = [("M-protein", ("%.2f" % mp).replace(".", ","), "g/dL", "", ("serum_m_protein", mp)),
            ("Kappa free light chains", fmt1(k).replace(".", ","), "mg/L", "3,3 - 19,4", ("kappa_flc", k)),
            ("Creatinine", ("%.2f" % cr).replace(".", ","), "mg/dL", "0,50 - 1,20", ("creatinine", cr)),
            ("Beta-2 microglobulin", fmt1(b2).replace(".", ","), "mg/L", "0,8 - 2,2", ("beta2_microglobulin", b2))]
    for nm, val, unit, rng, t in rows:
        doc.text(cols[0], y, nm)
        doc.text(cols[1], y, val)
        doc.text(cols[2], y, unit)
        doc.text(cols[3], y, rng)
        y += 15
        doc.expect(iso(date), t[0], t[1])
    return doc


LAYOUTS = [single_table, previous_column, portal_cards, uk_style, flowsheet, urine_24h,
           marrow_narrative, wrapped, two_column, multipage, european]

# Degraded scan variants (applied to the first document of each one-page layout).
SCANS = [
    {"id": "clean300", "format": "png", "dpi": 300},
    {"id": "rot2_jpeg", "format": "jpeg", "dpi": 200, "rotate": 2.0, "quality": 55},
    {"id": "blur_noise", "format": "png", "dpi": 200, "blur": 1, "noise": 0.06},
    {"id": "scanpdf", "format": "pdf", "dpi": 200, "rotate": -1.0, "quality": 70},
    {"id": "turned", "format": "png", "dpi": 200, "turn": 1},
]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    per_layout = 4
    for layout in LAYOUTS:
        for i in range(per_layout):
            name = "%s_%d" % (layout.__name__, i)
            r = random.Random(name)
            doc = layout(name, r)
            if i == 0 and len(doc.pages) == 1:
                doc.scans = SCANS
            with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(doc.spec("tuned"), f, indent=1, ensure_ascii=False)
                f.write("\n")


if __name__ == "__main__":
    main()
