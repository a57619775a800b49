#!/usr/bin/env bash
# Installs the Debian (bookworm) packages oncoguide needs to build and test.
# Idempotent: packages already present are left alone. Run as root (or via sudo).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libgtest-dev libgmock-dev libbenchmark-dev
  nlohmann-json3-dev rapidjson-dev libcli11-dev libfmt-dev
  libxapian-dev libyaml-cpp-dev
  # ask router: the topic classifier (logistic regression over word and character n-grams)
  liblinear-dev
  wamerican
  libcpp-httplib-dev libssl-dev libsqlite3-dev libsodium-dev libspdlog-dev wrk
  # lab-report import: PDF text (poppler-cpp), OCR (tesseract + leptonica, English and
  # orientation models, and the models of the languages a scanned report may be written in:
  # src/import/ocr_language.cc), and the corpus generator (cairo + pango, fonts, python3)
  libpoppler-cpp-dev libtesseract-dev libleptonica-dev tesseract-ocr-eng tesseract-ocr-osd
  tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-por tesseract-ocr-ita
  tesseract-ocr-nld tesseract-ocr-ces tesseract-ocr-pol tesseract-ocr-dan tesseract-ocr-swe
  tesseract-ocr-nor tesseract-ocr-fin tesseract-ocr-tur tesseract-ocr-ell tesseract-ocr-rus
  tesseract-ocr-ukr tesseract-ocr-jpn tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-kor
  # (Chinese and Japanese labels drawn with their own glyphs, not missing-glyph boxes:
  # fonts-noto-cjk)
  libcairo2-dev libpango1.0-dev fonts-dejavu-core fonts-noto-cjk python3
  # pages: mustache templates (mstch, which needs Boost headers); pdftotext for the report tests
  libmstch-dev libboost-dev poppler-utils
  # PostgreSQL backend (issue 14): libpqxx 6.4, and the server + client (pg_dump) for the tests'
  # throwaway cluster (scripts/pg-cluster.sh) and `oncoguide admin backup`
  libpqxx-dev postgresql postgresql-client
  # the bounded load test (scripts/pg_bench.sh --check, run by scripts/test.sh): logins with
  # curl, the stored uploads counted with psql / sqlite3
  curl sqlite3
  # browser test of the pages: Debian's chromium, driven by playwright-core from npm
  chromium nodejs
)
# Debian's nodejs comes without npm; a nodejs that bundles npm (e.g. NodeSource) needs no more.
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
else
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages of the browser test (pinned by tests/browser/package-lock.json).
bash "$(dirname "$0")/install-npm.sh"
