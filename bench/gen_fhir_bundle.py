#!/usr/bin/env python3
"""Writes a large synthetic FHIR R4 input for the memory / throughput measurement of the FHIR
reader (README, "Performance"): the patient of examples/patient-fhir.json copied under new ids
until the output reaches the requested size.

  bench/gen_fhir_bundle.py --mb 500 > /tmp/big.json             # one Bundle (indented, 1 space)
  bench/gen_fhir_bundle.py --mb 500 --ndjson > /tmp/big.ndjson  # one resource per line
  /usr/bin/time -v build/oncoguide assess --format jsonl /tmp/big.json > /dev/null

Every copy is a separate patient (Patient/p<N>, resources <id>-p<N>), so the input is a cohort
that `assess` reports patient by patient. The output is streamed: the script's memory does not
depend on the size. Do not commit the generated files.
"""
import argparse
import copy
import json
import os
import sys

EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples",
                       "patient-fhir.json")


def patient_copy(entries, n):
    """The example's entries for patient number n (ids, references and fullUrls renamed)."""
    out = []
    for e in entries:
        e = copy.deepcopy(e)
        r = e["resource"]
        if r["resourceType"] == "Patient":
            r["id"] = f"p{n}"
        else:
            r["id"] = f"{r.get('id', 'r')}-p{n}"
            for field in ("subject", "patient"):
                if field in r:
                    r[field]["reference"] = f"Patient/p{n}"
        if "fullUrl" in e:
            e["fullUrl"] = f"{e['fullUrl']}-p{n}"
        out.append(e)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, required=True, help="approximate output size in MB")
    ap.add_argument("--ndjson", action="store_true", help="one resource per line, no Bundle")
    args = ap.parse_args()
    with open(EXAMPLE, encoding="utf-8") as f:
        entries = json.load(f)["entry"]
    target = int(args.mb * 1e6)
    out = sys.stdout
    written = 0
    n = 0
    if not args.ndjson:
        head = '{\n "resourceType": "Bundle",\n "id": "big",\n "type": "collection",\n "entry": [\n'
        out.write(head)
        written += len(head)
    while written < target:
        n += 1
        for i, e in enumerate(patient_copy(entries, n)):
            if args.ndjson:
                text = json.dumps(e["resource"], separators=(",", ":")) + "\n"
            else:
                sep = "" if (n == 1 and i == 0) else ",\n"
                text = sep + json.dumps(e, indent=1)
            out.write(text)
            written += len(text)
    if not args.ndjson:
        out.write("\n ]\n}\n")
    print(f"{n} patients, about {written / 1e6:.0f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
