// A card's value read under its waiting name (rows.h: RowReader::ReadBandFinding,
// ReadCardValue): "Hemoglobina" / "11,6 g/dL | Bajo", a coded card's finding as a band's name
// or as the first sentence under it, the range and date on the line after, and the card's own
// collection label above or below it.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "cell_text.h"
#include "label_dates.h"
#include "oncoguide/import/rows.h"

namespace oncoguide::import {

using internal::IsIsotypeResult;
using internal::IsSentence;
using records::ValueKind;

bool RowReader::ReadBandFinding(const Line& line, const DateContext& date) {
  const bool band_finding = pending_ && Info(pending_->test.analyte).kind == ValueKind::kCoded &&
                            line.cells.size() == 1 && ParseLightChainBand(line.cells[0].text) &&
                            line.cells[0].box.XOverlap(pending_->box) > 0;
  if (!band_finding) return false;
  Name name = *pending_;
  name.line_text += " / " + line.Text();
  RowCells cells;
  cells.value = Piece{line.cells[0].text, line.cells[0].box, line.cells[0].confidence};
  pending_.reset();
  card_read_ = name;
  Emit(name, cells, date);
  return true;
}

RowReader::Outcome RowReader::ReadCardValue(const std::vector<Line>& lines, size_t* i,
                                            const Line& whole, const DateContext& date) {
  // Of a card with another beside it, only the cells under its own side of the line (none, when
  // only the other card's value stands on it: this card's value is still to come).
  const bool beside = pending_ && std::isfinite(pending_->beside_x);
  Line own_side;
  if (beside) {
    own_side = whole;
    std::erase_if(own_side.cells, [&](const Cell& c) { return c.box.x0 >= pending_->beside_x; });
  }
  const Line& line = beside ? own_side : whole;
  // A coded test's finding as the first of several sentences under its name ("Immunofissazione
  // sierica" / "Presenza di catene leggere libere kappa monoclonali. Assenza di componente
  // monoclonale IgG, IgA, IgM."): that sentence is the result, for review.
  if (pending_ && Info(pending_->test.analyte).kind == ValueKind::kCoded &&
      IsSentence(line.Text()) && !IsIsotypeResult(line.Text()) && line.cells.size() == 1) {
    const std::string text = line.Text();
    const size_t stop = text.find(". ");
    if (stop != std::string::npos && IsIsotypeResult(text.substr(0, stop))) {
      Name name = *pending_;
      name.line_text += " / " + text;
      RowCells cells;
      cells.value = Piece{text.substr(0, stop), line.cells[0].box, line.cells[0].confidence};
      cells.from_sentence = true;
      pending_.reset();
      Emit(name, cells, date);
      return Outcome::kRow;
    }
  }
  if (pending_ && Info(pending_->test.analyte).kind == ValueKind::kCoded &&
      IsSentence(line.Text()) && !IsIsotypeResult(line.Text())) {
    // Prose after a coded test's name without a value ("Antisera: IgG, IgA ... band not
    // identified.") is not that test's result: its words would be read as one. A sentence
    // naming the band it found ("Monoclonal IgG kappa band identified.") is.
    pending_.reset();
    return Outcome::kText;
  }
  if (pending_ && ReadDatedCardLine(line, date)) return Outcome::kRow;
  if (pending_) {
    RowCells cells = ContentCells(line.cells, 0);
    if (cells.value) {
      Name name = *pending_;
      name.line_text += " / " + line.Text();
      // The range may be on the following line of the card, and the card's date beside it
      // ("Normal range: 3.3 - 19.4 mg/L   Mar 4, 2024").
      if (!cells.range && *i + 1 < lines.size() && lines[*i + 1].page == line.page) {
        const Line& next = lines[*i + 1];
        RowCells more = ContentCells(next.cells, 0);
        if (!more.value && more.range) {
          cells.range = more.range;
          for (const Cell& c : next.cells) {
            if (!cells.value_date && IsDateCell(c.text)) {
              cells.value_date = FindLabDate(c.text, order_);
            }
          }
          ++*i;
        }
      }
      pending_.reset();
      card_read_ = name;
      earlier_headings_ = 0;
      // An undated value of a card not headed by a heading of earlier results is the card's
      // current result: such a heading above was the card before's ("Resultados anteriores" over
      // that card's dated history, then "Calcio" / "Último resultado" / "9,6 mg/dL").
      if (!card_under_heading_) {
        std::erase_if(recent_headings_,
                      [](const std::string& h) { return internal::IsEarlierResultsHeading(h); });
      }
      // The card's own label between its name and its value ("Albumina" / "Colheita:
      // 07/05/2024 08:21" / "3,7 g/dL"): the cards are dated above their values, never by a
      // label further down (the next card's, when its name was one we do not know).
      if (!date.source.text.empty() && date.source.page == name.page &&
          date.source.box.y0 >= name.box.y1 - 1 && date.source.box.y1 <= line.box.y0 + 1) {
        cards_dated_below_ = false;
      }
      // The card's own label under it: its date in a document whose cards are dated below
      // them; elsewhere, when it gives another date than the one in force ("Collected:
      // 2024/04/08 08:31" under one card of a 2024/05/06 episode), for review.
      const std::optional<LabDate> under =
          cells.value_date
              ? std::nullopt
              : LabelDateUnderCard(lines, *i, cells.value ? cells.value->box : name.box);
      if (cards_dated_below_.value_or(false)) {
        if (under) cells.value_date = under;
      } else if (under && date.date && under->date != date.date->date) {
        cells.other_date_under = true;
      }
      Emit(name, cells, date);
      // "Previous result: 9.8 g/dL on 13-Feb-2024" a line or two below the card's value.
      RememberRow(name, *i, cells);
      return Outcome::kRow;
    }
    if (!cells.range) return Outcome::kRow;  // e.g. "Your value   Standard range"
  }
  return Outcome::kText;
}

}  // namespace oncoguide::import
