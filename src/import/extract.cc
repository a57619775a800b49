#include "oncoguide/import/extract.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "cell_text.h"
#include "column_key.h"
#include "cross_checks.h"
#include "date_labels.h"
#include "date_order.h"
#include "european_words.h"
#include "label_dates.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/layout.h"
#include "oncoguide/import/narrative.h"
#include "oncoguide/import/rows.h"
#include "oncoguide/import/test_names.h"
#include "oncoguide/records/lab_date.h"
#include "patient_ids.h"
#include "report_lines.h"

namespace oncoguide::import {
namespace {

using internal::FindLabels;
using internal::Label;
using internal::LabelContinues;
using internal::RangeBanner;
using internal::ReportLines;
using internal::ReviewSameDayConflicts;

// No date: the block's collection label was garbled.
DateContext UnreadDate() {
  DateContext d;
  d.unread = true;
  return d;
}

class Extractor {
 public:
  explicit Extractor(const Document& doc) : doc_(doc) {}

  ImportResult Run() {
    bool unsure_order = false;
    order_ = internal::DecideDateOrder(doc_, &result_.warnings, &unsure_order);
    for (const Page& page : doc_.pages) {
      for (Line& l : ReportLines(page)) all_.push_back(std::move(l));
    }
    internal::DropOtherPatients(&all_, &result_.warnings);
    PrescanCollectionDates();
    DecideDatesFollowBlocks();
    RowReader rows(order_, &result_);
    rows.SetCollectionLabelReader([this](size_t j) { return label_date_[j]; });
    rows.SetColumnKey(internal::ReadColumnKey(all_));
    std::vector<const Line*> narrative;
    for (size_t i = 0; i < all_.size(); ++i) {
      const Line& line = all_[i];
      if (line.page != current_page_) {
        current_page_ = line.page;
        rows.NewPage();
      }
      // A block of earlier results under its dated heading, in the heading's column: its rows
      // are previous results of that date (a two-column page's "Rappel des antériorités
      // (prélèvement du 14/08/2024)" box took the report's date, silently on a scan).
      if (const auto d =
              earlier_[i] ? internal::EarlierResultsHeadingDate(line, order_) : std::nullopt) {
        earlier_block_ = EarlierBlock{*d, line.page, line.cells[0].box.x0};
        continue;
      }
      // Or the collection label under such a heading ("PREVIOUS SPEP (for comparison)" /
      // "Collected: 16-Jan-2024 09:10 Received: ... Reported: ..."): the block's own date.
      if (const auto d = earlier_[i] && !earlier_block_ && i > 0
                             ? internal::EarlierBlockLabelDate(all_[i - 1], line, order_)
                             : std::nullopt) {
        earlier_block_ = EarlierBlock{*d, line.page, line.cells[0].box.x0};
        continue;
      }
      // The block ends with its column or page, or at a line with a collection label of its
      // own ("Current results (collected 05/03/2024)"); not at its cards' labels of the block's
      // own date ("Collected 19 Mar 2024 08:31 | Released ...").
      if (earlier_block_ &&
          (line.page != earlier_block_->page || line.cells.empty() ||
           line.cells[0].box.x0 < earlier_block_->x - 20 ||
           (!internal::SpeaksOfEarlierResult(line.Text()) &&
            internal::LabelsAnotherDate(line, earlier_block_->date.date, order_)))) {
        earlier_block_.reset();
      }
      // A collection label whose date a scan garbled: the rows under it are of an unknown date.
      if (label_unread_[i]) collection_ = DateContext{};
      // A table header ("Collected | Test | Result") is not a collection-date label line.
      const std::optional<LabDate> before = collection_.date;
      if (!rows.IsHeader(line) && !rows.IsPreviousLine(line) && !rows.DatesPreviousTitles(line) &&
          ReadDateLabels(i)) {
        // A new date on a later page starts another report (a page-2 urine study's heading does
        // not name page 3's blood report's specimen).
        if (collection_.date && before && collection_.date->date != before->date &&
            line.page != collection_page_) {
          rows.NewReport();
        }
        // The page where the date last changed (a printout's banner repeating the old date on
        // the next page does not make that page the old report's).
        if (collection_.date && (!before || collection_.date->date != before->date)) {
          collection_page_ = line.page;
        }
        rows.CollectionLabelRead(line);
        rows.NoteHeading(line);
        rows_since_label_ = false;
        // A sentence that dates itself ("Blood tests taken on 12 August 2024 showed haemoglobin
        // 112 g/L, ...") also holds results: the narrative reader reads them.
        if (line.cells.size() == 1 && internal::IsSentence(line.Text())) {
          narrative.push_back(&all_[i]);
          narrative_date_[&all_[i]] = CurrentDate(line);
        }
        if (!rows.HoldsLabelledResult(line)) continue;
      }
      rows_since_label_ = true;
      DateContext in_force = dates_follow_blocks_ ? DateBelowBlock(i) : CurrentDate(line);
      if (earlier_block_) in_force = DateContext{earlier_block_->date, {}, false, false, {}};
      const size_t read_before = result_.observations.size();
      const RowReader::Outcome got = rows.Read(all_, &i, in_force);
      for (size_t k = read_before; earlier_block_ && k < result_.observations.size(); ++k) {
        result_.observations[k].previous = true;
      }
      if (got == RowReader::Outcome::kText) {
        narrative.push_back(&all_[i]);
        narrative_date_[&all_[i]] = in_force;
        NoteUnreadDatedRow(all_[i]);
        rows.NoteIfUnreadTestRow(all_[i]);  // unless the narrative reader reads it
      }
    }
    rows.Finish();
    // Each sentence is dated by the collection date in force where it stands (a bundle's marrow
    // report by its own "Date of procedure", not by a later report's label).
    ReadNarrative(
        narrative, order_,
        [this](const Line& l) {
          auto it = narrative_date_.find(&l);
          return it != narrative_date_.end() && it->second.date ? it->second : CurrentDateAt(l);
        },
        &result_);
    rows.ListUnreadTestRows();
    ReviewSameDayConflicts(&result_.observations);
    internal::ReviewOcrArrowDigits(&result_.observations);
    internal::ReviewThousandsPoints(&result_.observations);
    if (unsure_order) internal::ReviewUnsureDates(order_, &result_.observations);
    internal::ReviewFutureDates(records::ReadOptions::DefaultLatestDate(), &result_.observations);
    return std::move(result_);
  }

 private:
  // Collection dates seen anywhere, for rows printed above their report's label. Not those of a
  // line that speaks of an earlier result ("Föregående M-komponent 11 g/L (provtagen
  // 2024-06-03)", "previously 28.9 g/L, collected ..."): that date is the earlier result's.
  // Also keeps each line's first explicit collection date (label_date_), read once here for the
  // readers that look for the label above or below a row.
  void PrescanCollectionDates() {
    label_date_.assign(all_.size(), std::nullopt);
    specimen_dates_.assign(all_.size(), {});
    label_unread_.assign(all_.size(), false);
    earlier_.assign(all_.size(), false);
    for (size_t i = 0; i < all_.size(); ++i) {
      earlier_[i] = SpeaksOfEarlierResult(i) || internal::DatesAResultInProse(all_[i]);
      std::vector<LabDate> dates;
      for (const auto& [date, generic] : internal::CollectionLabelDates(
               all_[i], i + 1 < all_.size() ? &all_[i + 1] : nullptr, order_)) {
        if (!generic && !earlier_[i]) dates.push_back(date);
      }
      if (dates.empty()) {
        label_unread_[i] = !earlier_[i] && internal::UnreadCollectionDate(all_[i], order_);
        any_unread_label_ |= label_unread_[i];
        continue;
      }
      label_date_[i] = dates.front();
      // The dates such a label gives each specimen, when it gives more than one.
      specimen_dates_[i] = internal::DatesBySpecimen(LowerKeepingOffsets(all_[i].Text()), order_);
      const bool urine = NamesOnlyUrine(i);
      for (const LabDate& date : dates) explicit_dates_.push_back({date, all_[i].page, urine});
    }
  }

  // Line i, or the end of the line before it when the sentence wraps ("... Compared with" /
  // "the 24-hour collection of 01/09/2024 ...").
  // The sentence's previous line is the nearest line above with a cell in the same column,
  // read from that cell on (a line of the other column may sit between them: "V.R.: no se
  // detecta" beside "... Los valores 'Ant.' corresponden a la" / "extracción del 22/02/2024.";
  // on a scan its last word may stand apart: "... corresponden a | la").
  bool SpeaksOfEarlierResult(size_t i) const {
    if (internal::SpeaksOfEarlierResult(all_[i].Text())) return true;
    if (all_[i].cells.empty() || all_[i].cells.size() > 2) return false;
    const Box& first = all_[i].cells.front().box;
    for (size_t k = i; k-- > 0 && k + 3 >= i && all_[k].page == all_[i].page;) {
      const auto& cells = all_[k].cells;
      const auto at = std::find_if(cells.begin(), cells.end(),
                                   [&](const Cell& c) { return c.box.XOverlap(first) > 0; });
      if (at == cells.end() || cells.end() - at > 2) continue;
      std::string before;
      for (auto c = at; c != cells.end(); ++c) before += (before.empty() ? "" : " ") + c->text;
      // Its end, some 24 letters (40 bytes: OCR's curly quotes take three each).
      return internal::SpeaksOfEarlierResult(before.size() > 40 ? before.substr(before.size() - 40)
                                                                : before);
    }
    return false;
  }

  // Reads the date labels of line i; true when the line is a header line (labels with dates).
  bool ReadDateLabels(size_t i) {
    const Line& line = all_[i];
    // "Compared with the prior specimen collected 01/16/2024 ...": the earlier result's date.
    if (earlier_[i]) return false;
    const std::string lower = LowerKeepingOffsets(line.Text());
    const std::vector<Label> labels = FindLabels(lower);
    if (labels.empty()) return ReadBareDate(i);
    // A result row ("05/21/24  Hemoglobin  11.5 ... Final  05/21/24 10:02") is not a date label
    // line, whatever status or resulted date it carries.
    // (A cell that is itself a label, "Collection Duration: 24 h", is not a test's name.)
    // A section's name with its sample's date in parentheses ("Serum immunofixation (sample
    // 02/02/2024):", its result below) dates that section, and is still read as a row.
    bool named_row = false;
    for (size_t k = 0; k < line.cells.size() && k < 2; ++k) {
      const std::string cell = LowerKeepingOffsets(line.cells[k].text);
      const std::vector<Label> own = FindLabels(cell);
      if (!own.empty() && own.front().begin == 0) continue;
      if (MatchTestName(line.cells[k].text, Specimen::kUnknown).match != TestName::Match::kNone) {
        named_row = true;
        break;
      }
    }
    const bool dated_heading =
        named_row && line.cells.size() == 1 && lower.find('(') != std::string::npos;
    if (named_row && !dated_heading) return false;
    bool any_date = false;
    std::vector<std::pair<LabDate, bool>> dates =
        internal::CollectionLabelDates(line, i + 1 < all_.size() ? &all_[i + 1] : nullptr, order_);
    if (dated_heading) {
      std::erase_if(dates, [](const auto& d) { return d.second; });  // not a generic "Date:"
    }
    // Two collection dates on one line: two reports side by side, unless the page was read as
    // two columns. Which one a row below has is then not certain.
    bool several = false;
    for (const auto& [date, generic] : dates) {
      several |= !generic && date.date != dates.front().first.date;
    }
    if (!dates.empty()) collection_.several = several;
    for (const auto& [date, generic] : dates) {
      if (generic && collection_.date && !collection_.generic &&
          collection_.source.page == line.page) {
        continue;  // an explicit collection date on this page wins over "Date:"
      }
      if (generic && !explicit_dates_.empty()) continue;
      // A urine specimen's label under a blood specimen's ("Serum specimen - Collected: 12/19"
      // / "Urine specimen (24 h) - Collected: 12/18"): it dates the urine rows only.
      // (Not a line that dates each specimen: "... (serum) / ... (urine)" names both.)
      const Specimen specimen =
          specimen_dates_[i].urine ? Specimen::kUnknown : SpecimenOfHeading(line.Text());
      if (!generic && specimen == Specimen::kUrine && collection_.date && !collection_.generic &&
          collection_specimen_ != Specimen::kUrine && collection_.source.page == line.page &&
          !rows_since_label_) {
        collection_.urine_date = date;
        any_date = true;
        continue;
      }
      collection_.date = date;
      collection_.urine_date.reset();
      collection_specimen_ = specimen;
      collection_.generic = generic;
      collection_.source = SourceRef{line.page, line.Text(), line.box};
      MarkSpecimenDates(specimen_dates_[i], &collection_);
      any_date = true;
    }
    if (dated_heading) return false;
    if (any_date) return true;
    // A line with only report dates ("Reported: ...", "DOB ...") is not a result row either.
    for (const Label& l : labels) {
      if (l.collection) continue;
      // The date must follow the label ("Reported: 03/07/2024"); a row with a "Final" status
      // and a resulted date further on is a result row.
      const std::optional<LabDate> d = FindLabDate(lower.substr(l.end), order_);
      if (d && d->begin <= 6) return true;
    }
    return false;
  }

  // A line that holds only a date (and time), in the left half of the page, just over a line
  // of several cells (a table's header or row): EHR printouts head each group of results so
  // ("03/12/2024 08:15"); a date that ends a wrapped sentence ("... on" / "04/03/2024.") is not.
  // Nothing says it is the collection date, so it dates its rows for review, and only in a report
  // that labels no collection date anywhere (there it is a print or sign-out stamp).
  bool ReadBareDate(size_t i) {
    const Line& line = all_[i];
    if (line.cells.size() != 1 || !explicit_dates_.empty() || i + 1 >= all_.size()) return false;
    const Cell& cell = line.cells.front();
    const Line& next = all_[i + 1];
    if (!IsDateCell(cell.text) || cell.text.back() == '.' ||
        cell.box.x0 > PageWidth(line.page) / 2 || next.page != line.page || next.cells.size() < 2 ||
        next.box.y0 - line.box.y1 > 3 * line.box.height()) {
      return false;
    }
    const std::optional<LabDate> d = FindLabDate(cell.text, order_);
    if (!d) return false;
    collection_.date = d;
    collection_.urine_date.reset();
    collection_.generic = true;
    collection_.several = false;
    collection_.source = SourceRef{line.page, line.Text(), line.box};
    return true;
  }

  double PageWidth(int number) const {
    for (const Page& p : doc_.pages) {
      if (p.number == number) return p.width;
    }
    return 0;
  }

  // Portal prints that close each panel with its date ("Component Results" ... "Specimen
  // Collected: 10/03/2024"): results come before any collection label, and two or more labels
  // follow. Each row then takes the first collection label below it on its page.
  void DecideDatesFollowBlocks() {
    std::vector<bool> labelled(all_.size());
    for (size_t i = 0; i < all_.size(); ++i) labelled[i] = label_date_[i] || label_unread_[i];
    dates_follow_blocks_ = internal::LabelsCloseTheirBlocks(all_, labelled);
  }

  // A dated row of numbers read as no table's row (a header not understood, a history's titles
  // not read) is listed as unread, never dropped without a word.
  void NoteUnreadDatedRow(const Line& line) {
    if (!internal::DatedRowOfNumbers(line)) return;
    result_.unrecognised.push_back(ImportNote{
        line.page, line.Text(), "a dated row of results whose tests no table header names"});
  }

  DateContext DateBelowBlock(size_t i) const {
    for (size_t j = i; j < all_.size() && all_[j].page == all_[i].page; ++j) {
      if (label_unread_[j]) return UnreadDate();
      if (!label_date_[j]) continue;
      DateContext ctx;
      ctx.date = label_date_[j];
      ctx.source = SourceRef{all_[j].page, all_[j].Text(), all_[j].box};
      ctx.own_block = true;
      MarkSpecimenDates(specimen_dates_[j], &ctx);
      return ctx;
    }
    return CurrentDate(all_[i]);
  }

  // A label line that gives a second date: the urine's when so marked ("采样时间：2024-05-10
  // 07:32（血清）/ 2024-05-11 07:00（尿）": the urine rows took the serum's date, silently), else
  // not certain for any row.
  static void MarkSpecimenDates(const internal::SpecimenDates& sd, DateContext* ctx) {
    // The urine's date first on the line ("... 11/05 (urine) / 10/05 (serum)"): the rows that
    // are not the urine's take the other one.
    if (sd.urine && sd.other && ctx->date && ctx->date->date == sd.urine->date) {
      ctx->date = sd.other;
    }
    if (sd.urine && (!ctx->date || sd.urine->date != ctx->date->date)) ctx->urine_date = sd.urine;
    ctx->several |= sd.unmarked_differ;
  }

  DateContext CurrentDate(const Line& line) const {
    if (collection_.date) return collection_;
    return CurrentDateAt(line);
  }

  // True when line i's collection label is a urine specimen's alone: it names urine and marks
  // no date as the urine's beside another specimen's ("... 05/03 (serum) / 06/03 (urine)").
  bool NamesOnlyUrine(size_t i) const {
    return !specimen_dates_[i].urine && SpecimenOfHeading(all_[i].Text()) == Specimen::kUrine;
  }

  // Without a label above: the one explicit collection date of this page, or of the document
  // (none when only a urine section's label gives it: NamesOnlyUrine);
  // none in a report with a collection date a scan garbled (the rows may be of that date).
  DateContext CurrentDateAt(const Line& line) const {
    if (collection_.date) return collection_;
    DateContext ctx;
    ctx.unread = any_unread_label_;
    if (ctx.unread) return ctx;
    std::optional<LabDate> only;
    bool unique = true;
    bool urine = true;  // every label giving `only` is a urine section's
    const auto take = [&](bool this_page) {
      for (const ExplicitDate& e : explicit_dates_) {
        if (this_page && e.page != line.page) continue;
        if (only && only->date != e.date.date) unique = false;
        only = e.date;
        urine &= e.urine;
      }
    };
    take(true);
    if (!only) take(false);
    if (only && unique && !urine) {
      ctx.date = only;
      ctx.source = SourceRef{line.page, "", {}};
    }
    return ctx;
  }

  const Document& doc_;
  ImportResult result_;
  DateOrder order_ = DateOrder::kUnknown;
  struct EarlierBlock {
    LabDate date;
    int page;
    double x;  // the heading's left edge: the block's column
  };
  std::optional<EarlierBlock> earlier_block_;
  std::vector<Line> all_;
  // An explicit collection date and its page; `urine` when its label names the urine specimen
  // alone ("24-hour urine (collected 04/04/2024 08:00 to 05/04/2024 08:00)"): that date is the
  // urine's, and does not date a result that has no label above it.
  struct ExplicitDate {
    LabDate date;
    int page;
    bool urine;
  };
  std::vector<ExplicitDate> explicit_dates_;
  std::vector<std::optional<LabDate>> label_date_;       // per line of all_: PrescanCollectionDates
  std::vector<internal::SpecimenDates> specimen_dates_;  // per line of all_: its label's dates
  std::vector<bool> label_unread_;  // per line of all_: a collection label with a garbled date
  bool any_unread_label_ = false;
  std::vector<bool> earlier_;  // per line of all_: it speaks of an earlier result (Prescan...)
  std::unordered_map<const Line*, DateContext> narrative_date_;  // in force at each sentence
  DateContext collection_;
  Specimen collection_specimen_ = Specimen::kUnknown;  // named on collection_'s label line
  int collection_page_ = 0;                            // the page of the last label read
  bool rows_since_label_ = false;     // a line other than a date label read since the last one
  bool dates_follow_blocks_ = false;  // DecideDatesFollowBlocks
  int current_page_ = 0;
};

}  // namespace

ImportResult ExtractObservations(const Document& doc) { return Extractor(doc).Run(); }

}  // namespace oncoguide::import
