// Reading a table's header in RowReader (rows.h): a header line's cells (titles run together
// split, yearless dates completed), a line read as a new table's header with the titles above
// and below it that belong to it, and when a collection label ends a table's dated columns.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cell_text.h"
#include "cjk_names.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/header_split.h"
#include "oncoguide/import/layout.h"
#include "oncoguide/import/rows.h"
#include "oncoguide/import/test_names.h"

namespace oncoguide::import {

using internal::SplitAfterDates;
using internal::StartsColumn;
using records::Analyte;

namespace {

// A day and month without a year ("03/03", "7.3.", "12-05").
bool DayMonthOnly(std::string_view t) {
  t = TrimSpaces(t);
  if (t.size() < 3 || t.size() > 6) return false;
  int digits = 0, seps = 0;
  for (char c : t) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '/' || c == '.' || c == '-') {
      ++seps;
    } else {
      return false;
    }
  }
  return digits >= 2 && digits <= 4 && (seps == 1 || (seps == 2 && t.back() == '.'));
}

// True when `t` is a year alone ("2024"): four digits starting 1 or 2.
bool IsYear(std::string_view t) {
  return t.size() == 4 && (t[0] == '1' || t[0] == '2') &&
         std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Column dates written without their year under a title that gives it ("Date (2024) | 03/03 |
// 04/03"): each takes that year, so the row is a flowsheet's dates.
void CompleteYearlessDates(std::vector<Cell>* cells) {
  std::string year;
  for (const Cell& c : *cells) {
    const std::string t = AsciiLower(c.text);
    if (t.find("date") == std::string::npos && t.find("datum") == std::string::npos &&
        t.find("fecha") == std::string::npos && t.find("data") == std::string::npos) {
      continue;
    }
    for (size_t i = 0; i + 4 <= t.size(); ++i) {
      const bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(t[i - 1]))) &&
                         (i + 4 == t.size() || !std::isdigit(static_cast<unsigned char>(t[i + 4])));
      if (alone && IsYear(std::string_view(t).substr(i, 4))) year = t.substr(i, 4);
    }
  }
  if (year.empty()) return;
  const auto yearless = std::count_if(cells->begin(), cells->end(),
                                      [](const Cell& c) { return DayMonthOnly(c.text); });
  if (yearless < 2) return;
  for (Cell& c : *cells) {
    if (!DayMonthOnly(c.text)) continue;
    std::string t(TrimSpaces(c.text));
    if (t.back() == '.') {
      t += year;  // "7.3." -> "7.3.2024"
    } else {
      const char sep = t.find('/') != std::string::npos   ? '/'
                       : t.find('.') != std::string::npos ? '.'
                                                          : '-';
      t += sep + year;
    }
    c.text = t;
  }
}

// A flowsheet's dates written as the year over the month and day ("2023" / "11/06", a Japanese
// cumulative report) or under them ("27.04." / "2023", a German one): the line with each date
// whole ("2023/11/06", or "06.11.2023" for a day and month written with dots); nullopt when
// fewer than two dates get a year.
std::optional<Line> WithYearsAbove(const std::vector<Line>& lines, size_t i) {
  if (i == 0) return std::nullopt;
  const Line& above = lines[i - 1];
  const Line& line = lines[i];
  if (above.page != line.page || line.box.y0 - above.box.y1 > 1.5 * line.box.height()) {
    return std::nullopt;
  }
  Line out = line;
  int dated = 0;
  for (Cell& c : out.cells) {
    const std::string own(TrimSpaces(c.text));
    const bool day_month = DayMonthOnly(c.text);
    if (!day_month && !IsYear(own)) continue;
    for (const Cell& a : above.cells) {
      const std::string other(TrimSpaces(a.text));
      if (c.box.XOverlap(a.box) <= 0) continue;
      if (day_month && IsYear(other)) {
        std::string t = own;
        if (t.back() == '.') t.pop_back();
        c.text = t.find('.') != std::string::npos ? t + "." + other : other + "/" + t;
      } else if (!day_month && DayMonthOnly(a.text)) {
        // The year under the day and month is written after them, in their own order ("05/06"
        // over "2024" in Australia is 5 June: "05/06/2024", read as the document's dates are).
        std::string day(other);
        while (!day.empty() && (day.back() == '.' || day.back() == '/')) day.pop_back();
        const char sep = day.find('/') != std::string::npos ? '/' : '.';
        c.text = day + sep + own;
      } else {
        continue;
      }
      ++dated;
      break;
    }
  }
  if (dated < 2) return std::nullopt;
  return out;
}

// The unit a test's heading gives its history ("HGB Hemoglobin  Unit: g/dL  Ref: 13.5-17.5"),
// or "".
std::string HeadingUnit(const std::string& heading) {
  const std::string lower = AsciiLower(heading);
  const size_t at = lower.find("unit: ");
  if (at == std::string::npos) return "";
  const std::string rest(TrimSpaces(std::string_view(heading).substr(at + 6)));
  const std::string unit = rest.substr(0, rest.find(' '));
  return internal::IsUnitText(unit) ? unit : "";
}

// "VALOR | REFERENCIA" (es, pt), "Valeur | de référence", "Valore | di riferimento": one title,
// the reference range's, that OCR read as two cells; the first is no result column (a photo
// whose "RESULTADO" title was not read had each row's result taken from under "VALOR": the
// range's lower limit, silently).
void JoinValueAndReference(std::vector<Cell>* cells) {
  for (size_t k = 0; k + 1 < cells->size(); ++k) {
    Cell& a = (*cells)[k];
    const Cell& b = (*cells)[k + 1];
    const std::string first = FoldLatin(a.text), next = FoldLatin(b.text);
    const bool value = first == "valor" || first == "valeur" || first == "valore" ||
                       first == "valores" || first == "valeurs" || first == "valori";
    const bool reference = next.starts_with("referencia") || next.starts_with("de referencia") ||
                           next.starts_with("reference") || next.starts_with("de reference") ||
                           next.starts_with("riferimento") || next.starts_with("di riferimento");
    if (!value || !reference || b.box.x0 - a.box.x1 > 12) continue;
    a.text += " " + b.text;
    a.box.Cover(b.box);
    a.confidence = std::min(a.confidence, b.confidence);
    cells->erase(cells->begin() + static_cast<std::ptrdiff_t>(k) + 1);
  }
}

}  // namespace

std::optional<TestName> RowReader::TitleWithUnit(std::string_view title) const {
  const size_t space = title.rfind(' ');
  if (space == std::string_view::npos) return std::nullopt;
  const std::string unit(title.substr(space + 1));
  if (unit.find('/') == std::string::npos || !internal::IsUnitText(unit)) return std::nullopt;
  TestName bare = MatchTestName(title.substr(0, space), specimen_);
  if (bare.match != TestName::Match::kExact) return std::nullopt;
  bare.unit = unit;  // the results below the title are in it
  return bare;
}

std::vector<Cell> RowReader::HeaderCells(const Line& line) const {
  auto recognised = [this](std::string_view t) {
    // A date is never cut out of a cell here: "Collected: 06-May-2024" is a label and its date,
    // not two column titles (dated titles set together are split by SplitAfterDates).
    if (FindLabDate(t, DateOrder::kUnknown)) return false;
    std::optional<LabDate> d;
    if (HeaderKind(t, &d)) return true;
    const TestName::Match m = MatchTestName(t, specimen_).match;
    // A title with its unit after it: "Kappa FLC mg/dL Lambda FLC mg/dL" set close together is
    // two titles.
    return m == TestName::Match::kExact || m == TestName::Match::kIgnored ||
           TitleWithUnit(t).has_value();
  };
  std::vector<Cell> out;
  for (const Cell& whole : CellsApart(line.cells, [](std::string_view t) {
         return internal::IsUnitText(t) || internal::IsCountUnit(t);
       })) {
    // Dated result titles set close together ("Result (01/08/2024) Result (02/05/2024)"): one
    // column per date.
    std::vector<Cell> dated = SplitAfterDates(whole);
    if (dated.size() >= 2) {
      // A units, range or flag title run into the last date ("... 03/06/24 15/07/24 Units" on
      // a monospace print): a column of its own.
      const Cell last = dated.back();
      if (const std::optional<LabDate> d = FindLabDate(last.text, DateOrder::kUnknown)) {
        const std::string after(TrimSpaces(std::string_view(last.text).substr(d->end)));
        std::optional<LabDate> ignored;
        const std::optional<Col> kind = after.empty() ? std::nullopt : HeaderKind(after, &ignored);
        if (d->begin == 0 && (kind == Col::kUnit || kind == Col::kRange || kind == Col::kFlag)) {
          auto [date, title] = internal::CutCell(last, d->end, last.text.size() - after.size());
          dated.back() = std::move(date);
          dated.push_back(std::move(title));
        }
      }
      for (Cell& p : TitleApartFromDates(std::move(dated))) out.push_back(std::move(p));
      continue;
    }
    if (std::vector<Cell> two = DateApartFromTitle(whole); !two.empty()) {
      for (Cell& p : two) out.push_back(std::move(p));
      continue;
    }
    // Two CJK titles a scan ran together ("판정단위": flag and units), one column each.
    if (const std::string spaced = internal::SpacedCjkTitles(whole.text); spaced != whole.text) {
      const size_t cut = spaced.find(' ');
      auto [first, second] = internal::CutCell(whole, cut, cut);
      out.push_back(std::move(first));
      out.push_back(std::move(second));
      continue;
    }
    const Cell& c = whole;
    std::optional<LabDate> d;
    const bool keyword = HeaderKind(c.text, &d).has_value();
    const TestName::Match m =
        keyword ? TestName::Match::kNone : MatchTestName(c.text, specimen_).match;
    // A test's name with its unit after it ("BJ ORINA g/24h"): one title, not a name and a
    // unit column.
    if (!keyword && m != TestName::Match::kExact && m != TestName::Match::kIgnored &&
        TitleWithUnit(c.text)) {
      out.push_back(c);
      continue;
    }
    // Merged words always get a try; otherwise only a cell that is not one header already
    // ("Kappa FLC Lambda FLC"), or an ignored test that may hide a used one ("K/L Ratio
    // Hemoglobin").
    const bool try_split = HasMergedWords(c.text) || (!keyword && m != TestName::Match::kExact);
    std::vector<Cell> parts =
        try_split || keyword ? SplitHeaderCell(c, recognised, StartsColumn) : std::vector<Cell>{};
    if (m == TestName::Match::kIgnored && parts.empty()) parts = TestBesideRatio(c, recognised);
    if (m == TestName::Match::kExact && parts.empty()) parts = TwoTestsInOne(c, recognised);
    if (m == TestName::Match::kIgnored && !HasMergedWords(c.text)) {
      // Keep an ignored name whole unless the split finds a test we use.
      const bool uses = std::any_of(parts.begin(), parts.end(), [&](const Cell& p) {
        return MatchTestName(p.text, specimen_).match == TestName::Match::kExact;
      });
      if (!uses) parts.clear();
    }
    if (parts.empty()) {
      out.push_back(c);
    } else {
      for (Cell& p : parts) out.push_back(std::move(p));
    }
  }
  JoinValueAndReference(&out);
  CompleteYearlessDates(&out);
  return out;
}

std::vector<Cell> RowReader::DateApartFromTitle(const Cell& c) const {
  if (std::vector<Cell> two = DatedTitleApartFromNext(c); !two.empty()) return two;
  // A range, unit or flag title run into the only date, which ends the cell ("Normal range
  // 07/01/2024"): cut as several dates' title is.
  if (const std::optional<LabDate> d = FindLabDate(c.text, DateOrder::kUnknown);
      d && TrimSpaces(std::string_view(c.text).substr(d->end)).empty()) {
    if (std::vector<Cell> two = TitleApartFromDates({c}, /*name_title=*/false); two.size() == 2) {
      return two;
    }
  }
  std::optional<LabDate> ignored;
  const std::optional<std::string_view> title = internal::AfterLeadingDate(c.text);
  if (!title || title->empty()) return {};
  const std::optional<Col> kind = HeaderKind(*title, &ignored);
  if (kind != Col::kRange && kind != Col::kUnit && kind != Col::kFlag) return {};
  const size_t at = static_cast<size_t>(title->data() - c.text.data());
  const std::string date(TrimSpaces(std::string_view(c.text).substr(0, at)));
  return {Cell{date, PartBox(c, 0, date.size()), c.confidence},
          Cell{std::string(*title), PartBox(c, at, at + title->size()), c.confidence}};
}

std::vector<Cell> RowReader::DatedTitleApartFromNext(const Cell& c) const {
  const std::optional<LabDate> d = FindLabDate(c.text, DateOrder::kUnknown);
  if (!d || d->begin == 0) return {};
  size_t end = d->end;
  if (end < c.text.size() && c.text[end] == ')') ++end;
  const std::string_view rest = TrimSpaces(std::string_view(c.text).substr(end));
  if (rest.empty()) return {};
  std::optional<LabDate> ignored;
  const std::optional<Col> first = HeaderKind(std::string_view(c.text).substr(0, end), &ignored);
  const std::optional<Col> next = HeaderKind(rest, &ignored);
  if ((first != Col::kPrevious && first != Col::kValue) ||
      (next != Col::kRange && next != Col::kUnit && next != Col::kFlag)) {
    return {};
  }
  const size_t at = static_cast<size_t>(rest.data() - c.text.data());
  auto [title, next_title] = internal::CutCell(c, end, at);
  return {std::move(title), std::move(next_title)};
}

std::vector<Cell> RowReader::TitleApartFromDates(std::vector<Cell> dated, bool name_title) const {
  const Cell c = dated[0];
  const std::optional<LabDate> first = FindLabDate(c.text, DateOrder::kUnknown);
  if (!first) return dated;
  const std::string title(TrimSpaces(std::string_view(c.text).substr(0, first->begin)));
  std::optional<LabDate> ignored;
  const std::optional<Col> kind = title.empty() ? std::nullopt : HeaderKind(title, &ignored);
  // Or the collection-date title run into the first date ("採取日 2024/07/22": the first
  // date's column was lost).
  const bool collection_title = !title.empty() && internal::CollectionTitle(title);
  if (kind != Col::kRange && kind != Col::kUnit && kind != Col::kFlag &&
      (kind != Col::kName || !name_title) && !collection_title) {
    return dated;
  }
  dated[0] =
      Cell{c.text.substr(first->begin), PartBox(c, first->begin, c.text.size()), c.confidence};
  dated.insert(dated.begin(), Cell{title, PartBox(c, 0, first->begin), c.confidence});
  return dated;
}

std::vector<Cell> RowReader::TestBesideRatio(
    const Cell& c, const std::function<bool(std::string_view)>& recognised) const {
  std::vector<Cell> two = SplitHeaderCell(
      c, [&](std::string_view t) { return t != c.text && recognised(t); }, StartsColumn);
  if (two.size() != 2) return {};
  // In either order: "Hemoglobin K/L Ratio", "K/L-ratio β2-mikrogl.".
  const auto test_then_ratio = [&](const Cell& test, const Cell& ratio) {
    return MatchTestName(test.text, specimen_).match == TestName::Match::kExact &&
           MatchTestName(ratio.text, specimen_).match == TestName::Match::kIgnored &&
           ratio.text.find('/') != std::string::npos;
  };
  return test_then_ratio(two[0], two[1]) || test_then_ratio(two[1], two[0]) ? two
                                                                            : std::vector<Cell>{};
}

std::vector<Cell> RowReader::TwoTestsInOne(
    const Cell& c, const std::function<bool(std::string_view)>& recognised) const {
  std::vector<Cell> parts = SplitIntoTitles(c, recognised);
  std::vector<Analyte> tests;
  for (const Cell& p : parts) {
    const TestName t = MatchTestName(p.text, specimen_);
    if (t.match != TestName::Match::kExact) return {};
    if (std::find(tests.begin(), tests.end(), t.analyte) == tests.end()) tests.push_back(t.analyte);
  }
  return tests.size() == parts.size() ? parts : std::vector<Cell>{};
}

// True when `line`, parsed as `cols`, is only units right under a history table's test titles
// ("Paraprotein | Kappa FLC" / "g/L | mg/L"): the units of those tests, not a new table.
bool RowReader::UnitsUnderTestTitles(const Line& line, const std::vector<Column>& cols) const {
  if (!HasColumn(Col::kTest) || !RightUnderHeader(line)) return false;
  return std::all_of(cols.begin(), cols.end(), [&](const Column& c) {
    const Column* over = ColumnOf(Cell{"", c.box, 1.0f});
    return c.kind == Col::kUnitValue && over != nullptr && c.box.XOverlap(over->box) > 0;
  });
}

std::optional<Line> RowReader::WithSpecimenTitles(const Line& line) const {
  // The heading's test: the name waiting for its value, else the last heading.
  std::string heading = pending_                   ? pending_->text
                        : recent_headings_.empty() ? std::string()
                                                   : recent_headings_.back();
  heading = std::string(TrimSpaces(std::string_view(heading).substr(0, heading.find('('))));
  const TestName test = MatchTestName(heading, Specimen::kUnknown);
  if (heading.empty() ||
      (test.match != TestName::Match::kExact && test.match != TestName::Match::kLoose)) {
    return std::nullopt;
  }
  Line out = line;
  int specimens = 0;
  for (Cell& c : out.cells) {
    const Specimen s = SpecimenOfHeading(c.text);
    if (s == Specimen::kUnknown || internal::SplitOnSpaces(c.text).size() > 2) continue;
    const std::string named = heading + " " + c.text;
    if (MatchTestName(named, s).match != TestName::Match::kExact) return std::nullopt;
    c.text = named;
    ++specimens;
  }
  if (specimens < 2) return std::nullopt;
  return out;
}

bool RowReader::ReadHeader(const std::vector<Line>& lines, size_t i) {
  if (OtherDatesUnderDates(lines, i)) return true;
  // "anterior | anterior" under "Resultado | Fecha": read alone, the second line took the
  // header's place.
  if (TitlesTurnPrevious(lines[i])) return true;
  // A row of a test's earlier result ("Prior IFE | IgG kappa (11/21/2023)"), not titles.
  if (!lines[i].cells.empty() && internal::EarlierResultName(lines[i].cells[0].text, specimen_)) {
    return false;
  }
  std::optional<Line> titled = WithTitleAbove(lines, i);
  if (!titled) titled = WithYearsAbove(lines, i);
  if (!titled) titled = WithStackedTitles(lines, i);
  if (!titled) titled = WithRowDateTitle(lines, i);
  if (!titled) titled = WithSpecimenTitles(lines[i]);
  std::optional<std::vector<Column>> cols = ParseHeader(titled ? *titled : lines[i]);
  if (!cols && !titled) {
    titled = WithTitleWordsAbove(lines, i);
    if (titled) cols = ParseHeader(*titled);
  }
  if (!cols) return false;
  // A one-cell title read as a header ("PREVIOUS 24-HOUR URINE RESULTS / RESULTADOS ANTERIORES
  // (ORINA DE 24 HORAS)": "results" titles a column) still names the specimen of the table below
  // it: that table's "Immunofixation" is the urine's.
  if (!titled && lines[i].cells.size() == 1) {
    SpecimenHeading(SpecimenOfHeading(lines[i].Text()));
  }
  const Line& line = titled ? *titled : lines[i];
  if (AttachSubHeader(line, *cols) || JoinTitlesUnderDates(line, *cols)) return true;
  // A line of dates alone further down, each under the header's one undated earlier-results
  // column ("Antériorités" over "(date prélèv.)", the dates printed under the first row): they
  // date that column's results; the header stays (its result column with it).
  if (line.page == header_page_ && SplitPreviousByDates(*cols)) return true;
  if (UnitsUnderTestTitles(line, *cols)) return false;  // ExtendHeader reads them
  if (i > 0) TakeTitlesAbove(lines[i - 1], line, &*cols);
  if (i > 0) TakePreviousTitleAbove(lines[i - 1], line, &*cols);
  // The first line of titles set over this one ("REFERENCE | PREVIOUS RESULT" over "... |
  // INTERVAL | AND DATE | LAB"): a title this line does not name takes the kind of the title
  // above it.
  if (!columns_.empty() && RightUnderHeader(line)) {
    for (Column& c : *cols) {
      if (c.kind != Col::kOther) continue;
      for (const Column& above : columns_) {
        if (c.box.XOverlap(above.box) <= 0) continue;
        if (above.kind == Col::kPrevious || above.kind == Col::kRange) {
          c.kind = above.kind;
          if (above.date) c.date = above.date;
        }
      }
    }
  }
  // The header this one replaces on its page, for a table that goes on below a smaller one.
  if (!columns_.empty() && header_page_ == line.page) {
    outer_columns_ = std::move(columns_);
  } else {
    outer_columns_.clear();
  }
  columns_ = std::move(*cols);
  header_specimen_ = specimen_;
  continued_.reset();
  header_box_ = line.box;
  header_titles_ = line.cells;
  header_page_ = line.page;
  lines_under_header_ = 0;
  history_previous_ = false;
  for (const std::string& h : recent_headings_) {
    const std::string t = AsciiLower(h);
    for (std::string_view w :
         {"previous", "prior", "history", "historical", "earlier", "vorwert", "vorbefund"}) {
      if (t.find(w) != std::string::npos) history_previous_ = true;
    }
  }
  // A date-and-result table without a test column is the history of the test its heading names
  // ("Kappa Free Light Chains" / "Date collected | Your value | Flag").
  section_test_.reset();
  const bool has_name = NameColumn() != nullptr;
  const bool has_row_date = HasColumn(Col::kRowDate);
  if (!has_name && has_row_date && pending_) {
    section_test_ = pending_;  // the heading was read as a name waiting for its value
    if (section_test_->test.unit.empty()) {
      section_test_->test.unit = HeadingUnit(section_test_->line_text);
    }
    pending_.reset();
  } else if (!has_name && has_row_date) {
    for (auto h = recent_headings_.rbegin(); h != recent_headings_.rend() && !section_test_; ++h) {
      // The whole heading, or its first cell ("HGB Hemoglobin | Unit: g/dL | Ref: 13.5-17.5").
      for (const std::string& name : {*h, h->substr(0, h->find("  "))}) {
        TestName tn = MatchTestName(name, specimen_);
        if (tn.match == TestName::Match::kExact || tn.match == TestName::Match::kIgnored) {
          if (tn.unit.empty()) tn.unit = HeadingUnit(*h);
          section_test_ = Name{tn, std::string(TrimSpaces(name)), Box{}, 1.0f, line.page, *h};
          break;
        }
      }
    }
    // A page's heading read as a card's name, far above its table (a portal's trend chart
    // between "Kappa Free Light Chains, Serum" and "Date | Value | Standard Range").
    if (!section_test_ && heading_test_ && heading_test_->page == line.page) {
      section_test_ = heading_test_;
    }
  }
  heading_test_.reset();
  return true;
}

void RowReader::SpecimenHeading(Specimen s) {
  if (s == Specimen::kUnknown) return;
  const Specimen tests_of =
      header_specimen_ == Specimen::kUnknown ? Specimen::kSerum : header_specimen_;
  if (s != tests_of && HasColumn(Col::kTest)) {
    columns_.clear();
    outer_columns_.clear();
  }
  specimen_ = s;
  specimen_heading_x_.reset();  // a heading's column, when one named it (NoteHeading)
  specimen_column_x_.reset();
}

void RowReader::CollectionLabelRead(const Line& line) {
  // A flowsheet's dated columns end with their page when a collection label follows on a later
  // page: its cells there are another report's (an immunofixation under a page-1 date column
  // took that date, silently).
  // On the header's page too, a label standing alone on its line after the table's rows
  // ("Discharge laboratory results (collected 08/03/2024 06:15)"): the rows below it are not
  // under the flowsheet's dates (their values took the date of the column they fell under).
  const bool after_rows = line.cells.size() == 1 && lines_under_header_ >= 2;
  if (line.page == header_page_ && !after_rows) return;
  if (std::any_of(columns_.begin(), columns_.end(),
                  [](const Column& c) { return c.kind == Col::kDate; })) {
    columns_.clear();
    outer_columns_.clear();
  }
}

}  // namespace oncoguide::import
