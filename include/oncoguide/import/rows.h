// Reading table rows (and card-style entries) of a lab report into observations; used by
// extract.h, which tracks the collection date and passes it in.
#ifndef ONCOGUIDE_IMPORT_ROWS_H_
#define ONCOGUIDE_IMPORT_ROWS_H_

#include <optional>
#include <string>
#include <vector>

#include "oncoguide/import/import_result.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/layout.h"
#include "oncoguide/import/test_names.h"

namespace oncoguide {

// The collection date in force for a row, and where it was read.
struct DateContext {
  std::optional<LabDate> date;
  SourceRef source;
  bool generic = false;  // read from a bare "Date:" label, not a collection label
};

class RowReader {
 public:
  enum class Outcome {
    kRow,     // a test row, header or heading: consumed
    kText,    // text that is none of these (for the narrative reader)
  };

  RowReader(DateOrder order, ImportResult* out) : order_(order), out_(out) {}

  // Reads lines[*i] (and continuation lines after it, advancing *i past them).
  Outcome Read(const std::vector<Line>& lines, size_t* i, const DateContext& date);

  void NewPage();  // a table header stays in force across pages until another one is read
  void Finish();   // ends a pending card entry

 private:
  enum class Col { kName, kValue, kFlag, kUnit, kRange, kPrevious, kDate, kOther };
  struct Column {
    Col kind;
    Box box;
    std::optional<LabDate> date;  // flowsheet date columns; dated result/previous headers
  };
  struct Name {
    TestName test;
    std::string text;
    Box box;
    float confidence = 1.0f;
    int page = 0;
    std::string line_text;
  };
  struct Piece {
    std::string text;
    Box box;
    float confidence = 1.0f;
  };
  struct RowCells {
    std::optional<Piece> value, flag, unit, range, previous;
    std::optional<LabDate> value_date, previous_date;
    std::vector<std::pair<LabDate, Piece>> dated;  // flowsheet cells
  };

  bool ReadHeader(const Line& line);
  std::optional<Col> HeaderKind(std::string_view text, std::optional<LabDate>* date) const;
  RowCells AssignCells(const std::vector<Cell>& cells, size_t from) const;
  RowCells ContentCells(const std::vector<Cell>& cells, size_t from) const;
  void JoinWrappedValue(const std::vector<Line>& lines, size_t* i, const Name& name,
                        RowCells* cells);
  void Emit(const Name& name, const RowCells& cells, const DateContext& date);
  void EmitOne(const Name& name, const Piece& value, const RowCells& cells, const LabDate& date,
               bool date_from_generic, bool previous);
  bool LooksLikeName(const Cell& c) const;

  DateOrder order_;
  ImportResult* out_;
  std::vector<Column> columns_;
  Specimen specimen_ = Specimen::kUnknown;
  std::optional<Name> pending_;
  int pending_age_ = 0;
};

}  // namespace oncoguide

#endif  // ONCOGUIDE_IMPORT_ROWS_H_
