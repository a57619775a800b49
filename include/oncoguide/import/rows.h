// Reading table rows (and card-style entries) of a lab report into observations; used by
// extract.h, which tracks the collection date and passes it in.
#ifndef ONCOGUIDE_IMPORT_ROWS_H_
#define ONCOGUIDE_IMPORT_ROWS_H_

#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "oncoguide/import/import_result.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/layout.h"
#include "oncoguide/import/test_names.h"

namespace oncoguide::import {

// The collection date in force for a row, and where it was read.
struct DateContext {
  std::optional<LabDate> date;
  SourceRef source;
  bool generic = false;  // from a bare "Date:" label or a bare date line, not a collection label
  bool several = false;  // its line gave two or more different collection dates (side by side)
  // A urine specimen's own collection date, labelled under the blood specimen's: the date of
  // urine rows (urine tests, or rows under a urine heading).
  std::optional<LabDate> urine_date;
  bool own_block = false;  // the label that closes the result's own block, below it
  bool unread = false;     // no date: the report has a collection label whose date was garbled
};

class RowReader {
 public:
  enum class Outcome {
    kRow,   // a test row, header or heading: consumed
    kText,  // text that is none of these (for the narrative reader)
  };

  RowReader(DateOrder order, ImportResult* out) : order_(order), out_(out) {}

  // Reads lines[*i] (and continuation lines after it, advancing *i past them).
  Outcome Read(const std::vector<Line>& lines, size_t* i, const DateContext& date);

  // A line the date-label reader took ("SERUM PROTEIN ELECTROPHORESIS  Collected: ..."): kept as
  // a heading for the rows below.
  void NoteHeading(const Line& line);
  // Another report begins (a collection label with a new date on a later page): the specimen a
  // heading named for the last one no longer holds.
  void NewReport();
  // A collection label was read on `line`: a flowsheet header from an earlier page no longer
  // dates the cells below it.
  void CollectionLabelRead(const Line& line);

  void NewPage();  // a table header stays in force across pages until another one is read
  // Keeps `line` when it names a test used with a number beside it: called for lines a read
  // took as rows that recorded nothing, and for lines left to the narrative reader, so that no
  // result is dropped without a word.
  void NoteIfUnreadTestRow(const Line& line);
  // Lists the rows NoteIfUnreadTestRow kept that no result, ignored test or unread note
  // mentions and whose numbers are no result of their test read elsewhere: after the narrative
  // reader.
  void ListUnreadTestRows();
  // Ends a pending card entry, and checks each printed kappa/lambda ratio against the kappa
  // and lambda read for its date: when they disagree, both are marked needs_review.
  void Finish();

  // Gives the reader a way to read the collection date of a label line (nullopt when line i of
  // the lines passed to Read is not one). With it, a portal's result cards that print their
  // "Collected on <date>" under the value, not above the name, take that date.
  void SetCollectionLabelReader(std::function<std::optional<LabDate>(size_t)> reader) {
    label_date_ = std::move(reader);
  }

  // The report's key to its column abbreviations ("Abreviaturas: CM componente monoclonal
  // sérico; ..."; src/import/column_key.h), read before its rows: a table header's title that is
  // one of them is read as the words it stands for.
  void SetColumnKey(std::map<std::string, std::string> key) { column_key_ = std::move(key); }

  // True when `line` begins with a previous-result label ("Previous result:", "Resultado
  // anterior:"): the dates on it are the previous result's, never a collection date.
  bool IsPreviousLine(const Line& line) const;

  // True when `line` is a table header (so that a "Collected" column header is not read as a
  // collection-date label).
  bool IsHeader(const Line& line) const;
  // True when `line`, right under the header, holds only the dates of previous-result columns
  // whose titles have none ("Resultado anterior" / "(05/02/2024)"): the header's, not a
  // collection date (ExtendHeader reads them).
  bool DatesPreviousTitles(const Line& line) const;
  // True when a cell of `line` is a result after its title ("Your value: 24.1 g/L"): a line that
  // also holds a date label ("... | Resulted: Apr 19, 2024") is still read as a row.
  bool HoldsLabelledResult(const Line& line) const;

 private:
  enum class Col {
    kName,
    kValue,
    kFlag,
    kUnit,
    kRange,
    kPrevious,
    kDate,       // a flowsheet date column
    kRowDate,    // the collection date of each row
    kUnitValue,  // results in the unit the header names ("%", "g/dL")
    kTest,       // a history table's test column ("Kappa (mg/dL)"), one row per date
    kOther,      // a column that is never read ("Site", "Resulted", "Comment")
  };
  // The right edge of a kOther column that marks where a section's narrow table ends (cells
  // beyond it belong to another table, run into its lines by a scan): read by content, and
  // their numbers count as several (SeveralUndatedNumbers).
  static constexpr double kBeyondTable = 1e6;
  struct Column {
    Col kind;
    Box box;
    std::optional<LabDate> date;  // flowsheet date columns; dated result/previous headers
    std::string unit;             // kUnitValue
    TestName test;                // kTest
    // A kOther column whose title was not understood: that title ("" for every other column).
    std::string unknown_title = {};
  };
  struct Name {
    TestName test;
    std::string text;
    Box box;
    float confidence = 1.0f;
    int page = 0;
    std::string line_text;
    // Where another test's name starts beside this one on its line ("Calcemia | Kappa libre",
    // two cards whose values stand on the next line): cells from there on are that card's.
    double beside_x = std::numeric_limits<double>::infinity();
  };
  struct Piece {
    std::string text;
    Box box;
    float confidence = 1.0f;
  };
  struct RowCells {
    std::optional<Piece> value, flag, unit, range, previous;
    // A second result column with its own unit (SI and conventional units side by side:
    // "Result | SI unit | ... | Result | Conv. unit"); ChooseUnitValue keeps the one in the
    // test's own unit.
    std::optional<Piece> second_value, second_unit;
    bool pair_agrees = false;  // the two results are the same amount once converted
    std::optional<LabDate> value_date;
    std::vector<std::pair<LabDate, Piece>> dated;            // flowsheet cells
    std::vector<std::pair<LabDate, Piece>> previous_dated;   // cells of dated previous columns
    std::vector<std::pair<std::string, Piece>> unit_values;  // (header unit, cell)
    std::string value_unit;         // the unit of `value` when it came from a unit-headed column
    bool coded_conflict = false;    // two different result words in a header-less row
    bool from_comment = false;      // the result was read from the comment a "See comment" names
    bool from_sentence = false;     // the first sentence of prose under the test's name
    bool several_numbers = false;   // undated numbers beside the result (SeveralUndatedNumbers)
    bool unread_before = false;     // an unreadable scanned cell before the result
    bool other_date_under = false;  // a card's own label under it gives another date
    bool under_other_name = false;  // another test's name stands over the result (a card's)
    // The first number under a column whose title was not understood, and that title: the row
    // is listed, so that an earlier result there is not lost without a word.
    std::optional<Piece> unknown_column;
    std::string unknown_title;
  };

  Outcome ReadLine(const std::vector<Line>& lines, size_t* i, const DateContext& date);
  std::optional<std::vector<Column>> ParseHeader(const Line& line) const;
  // A heading names the specimen of the rows below it ("ORINA DE 24 HORAS"). A table header with
  // a test per column read under another specimen ("Fecha | Hb | Creat." of the blood) no longer
  // holds: its columns would read a urine row's volume as haemoglobin.
  void SpecimenHeading(Specimen s);
  // A specimen heading set in a column of its own (the right column of a two-column page,
  // "Urine de 24 heures" with its rows under it) names the specimen of that column only: a line
  // starting left of the column (a full-width table below both columns) ends it. A heading not
  // aligned with the rows under it (centred over the table) names them all.
  void SpecimenScope(const Line& line);
  // A "Specimen:" label among a line's cells ("标本类型: | 血清" in a sheet's banner, read as a
  // row of no test): the specimen of the rows below.
  void NoteLabelledSpecimen(const Line& line);
  // The line's cells with merged column headers split apart (header_split.h).
  std::vector<Cell> HeaderCells(const Line& line) const;
  // A column title that is a test's exact name with its unit after it ("BJ ORINA g/24h"): that
  // test, its `unit` set; nullopt otherwise.
  std::optional<TestName> TitleWithUnit(std::string_view title) const;
  // `dated`, a header cell cut after each of its dates, with a title that never carries a date
  // run into the first one ("Ref.-interval 19.06.2024") cut off as a column of its own. With
  // `name_title` false a test-name title stays with its date.
  std::vector<Cell> TitleApartFromDates(std::vector<Cell> dated, bool name_title = true) const;
  // A flowsheet's last date run into the title after it ("2023/12/21 Units", "05.03.2024
  // Ref. range"), or its first date run into the title before it ("Normal range 07/01/2024"),
  // as those two columns; empty otherwise.
  std::vector<Cell> DateApartFromTitle(const Cell& c) const;
  // A dated result title run into the next column's title ("Previous (12-09-2024) Reference
  // Value") as those two columns; empty otherwise. DateApartFromTitle tries it first.
  std::vector<Cell> DatedTitleApartFromNext(const Cell& c) const;
  // An ignored title that is a test's beside a whole ratio's, in either order ("Lambda K/L
  // ratio", "K/L-ratio β2-mikrogl."), as those two columns; empty otherwise ("Albumin Globulin
  // ratio" is one title).
  std::vector<Cell> TestBesideRatio(const Cell& c,
                                    const std::function<bool(std::string_view)>& recognised) const;
  // A title read as one test's name that names two tests ("Free kappa (mg/L) Free lambda
  // (mg/L)", read as lambda's), as those two columns; empty otherwise.
  std::vector<Cell> TwoTestsInOne(const Cell& c,
                                  const std::function<bool(std::string_view)>& recognised) const;
  bool ReadHeader(const std::vector<Line>& lines, size_t i);
  // Back to the header a smaller table's header replaced on this page ("Fraction | % | g/L"
  // inside a report's "Résultats | Unités | ... | Antériorités"), when a row has a cell outside
  // every current column and all its cells lie under that header's columns.
  void RestoreOuterHeader(const Line& line);
  // Line i with a previous-result title printed over one of its dates ("Vorwert" over
  // "21.03.2024" at the end of "Untersuchung | Ergebnis | ... | 21.03.2024") joined into that
  // cell, and into the dates right of it when it heads a group ("Antériorités" over "10/01/2024
  // | 08/11/2023"), so that they read as dated previous columns; nullopt when there is no such
  // title.
  std::optional<Line> WithTitleAbove(const std::vector<Line>& lines, size_t i) const;
  // A history's header whose result columns are titled by a specimen alone ("Data prelievo |
  // Siero | Urine" under the heading "Immunofissazione (siero e urine del mattino)"), with each
  // such title read as the heading's test in that specimen ("Immunofissazione Siero"); nullopt
  // for any other line.
  std::optional<Line> WithSpecimenTitles(const Line& line) const;
  // Line i, a history table's collection-date title and units ("Data prelievo | g/dL | mg/L"),
  // with the test titles set over its units on the one or two lines above ("Emoglobina",
  // "β2-micro-" / "globulina") joined into its cells: "Emoglobina (g/dL)".
  std::optional<Line> WithStackedTitles(const std::vector<Line>& lines, size_t i) const;
  // True when `line` heads another table with dates as rows ("Data prelievo | IgG (g/L) | IgA
  // (g/L)": tests oncoguide does not use) below a history table: that table ends, so that its
  // columns never read the other table's rows (the IgA level taken as a creatinine).
  bool EndsHistoryTable(const Line& line);
  // Line i with the words of the line right above set before the one cell each stands over
  // ("Numune Alma" over "Zamanı": "Numune Alma Zamanı", the collection time's title), for a
  // header whose titles begin on the line above; nullopt when a word is over no cell or two.
  std::optional<Line> WithTitleWordsAbove(const std::vector<Line>& lines, size_t i) const;
  // Line i with a collection-date title put over its rows' dates when it titles three or more
  // tests and none of it the dates that start the rows below, left of every title (a scan lost
  // "채혈일시" over them, or the report never printed one).
  std::optional<Line> WithRowDateTitle(const std::vector<Line>& lines, size_t i) const;
  // Titles on the line above a flowsheet's dates ("Parameter | Units | Ref range | C1D1 | C2D1"
  // over "01/08/24 | 02/05/24"): when every cell left of the dates is a test-name, unit, range
  // or flag title, and one names the test, they become columns of the flowsheet, and so do the
  // unit, range and flag titles right of the dates ("... | Day +100 | Unit"). The labels over
  // the dates ("C1D1") are not read.
  void TakeTitlesAbove(const Line& above, const Line& line, std::vector<Column>* cols) const;
  // A previous result's title set just above the header, right of its last title, its date on
  // the line below ("Antériorité" / "Analyse | Résultat | ... | Valeurs de référence" / "du
  // 21/06/2024"): a previous column appended to `cols` (ExtendHeader then dates it).
  void TakePreviousTitleAbove(const Line& above, const Line& line, std::vector<Column>* cols) const;
  // Takes a header line right under the current header as its second line: units under a
  // history table's test names ("(g/dL) (mg/L)"), or the dates of its current and previous
  // result columns. False (nothing changed) when `sub` is not such a line.
  bool AttachSubHeader(const Line& line, const std::vector<Column>& sub);
  // A line of titles a few lines under a flowsheet's dates, all left of them ("Collected | 06/10/23
  // | 21/10/23", then "Time" and "Lab No." rows, then "Units | Ref. Range"): its unit, range and
  // name titles join the dated header instead of replacing it. False when `sub` is not so.
  bool JoinTitlesUnderDates(const Line& line, const std::vector<Column>& sub);
  // True when lines[i] is a row of received, printed or other non-collection dates right under
  // a flowsheet's dated columns ("COLL DATE 02/08/24 ..." / "RECD DATE 02/09/24 ...", or the
  // label alone on the line above): it is passed over, and the columns keep their collection
  // dates and their other titles.
  bool OtherDatesUnderDates(const std::vector<Line>& lines, size_t i) const;
  // Two or more dates under one undated previous column ("Antériorités" / "12/06/2024
  // 15/03/2024"): that column becomes one previous column per date. False when `sub` is not so.
  bool SplitPreviousByDates(const std::vector<Column>& sub);
  // A flowsheet date's result with the unit run into it, when the cell starts under that date's
  // column and its last word, a unit, lies under the unit column right of the dates ("109 H
  // µmol/L" under "21.05.24 | Einheit"): the date's column and the unit's cell; {} otherwise.
  std::pair<const Column*, std::optional<Cell>> UnitRunIntoDate(const Cell& c) const;
  // The results of a cell that runs over two or more date columns, each a number with its flag
  // ("612,4 * 1 486,0 *": "612,4 *" and "1 486,0 *"), each under a date column of its own; empty
  // when the cell is no such run.
  std::vector<Cell> FlaggedValuesAcrossDates(const Cell& c) const;
  // Adds `c` as the result under `date`; a second cell for a date already read joins the first
  // (the row is then read whole or said as unread, never half dropped).
  static void AddDated(const LabDate& date, const Cell& c, RowCells* row);
  static std::optional<std::string> TrailingUnit(std::string_view text);
  static std::string_view DateAfterConnector(std::string_view text);
  // True when `c`, under the header column `over`, is the date of that previous column's title,
  // which has none ("Vorwert" / "27.02.2024"): DatesPreviousTitles and ExtendHeader agree on it.
  static bool DatesUndatedPrevious(const Column* over, const Cell& c);
  // A line right under the header that carries titles the header line lacks ("Time | 08:05 |
  // 08:40 | Units | Reference" under "Date | 12/11/24 | 10/12/24", or "27.02.2024" under
  // "Vorbefund"): its unit, reference and flag titles that lie beside every column become
  // columns, a date under an undated previous column dates it, and its other cells (times, a row
  // label) are passed over. False (nothing changed) when `line` is not such a line.
  bool ExtendHeader(const Line& line);
  // Titles set over two lines whose second words make columns an earlier result's ("Resultado |
  // Fecha" over "anterior | anterior", blind60's Cobán report), right under the header: those
  // columns become previous ones, the line joins the header, and true. False (nothing changed)
  // when `line` is not such a line: a cell with a digit, one under no title, or one that makes
  // no title with the title over it.
  bool TitlesTurnPrevious(const Line& line);
  // A title's last word on the line under it names the test of a column read as not used
  // ("Compoñente" / "monoclonal", "Proteínas" / "totais"): that column is the test's.
  void NameTestsOfContinuedTitles(const Line& line);
  // The columns `col` (titled `title`, never read) becomes with the words `under` it: one
  // per word, when each word of the title with the one under it names a test and one is
  // used; empty otherwise.
  std::vector<Column> TestsOfContinuedTitle(const Column& col, const std::string& title,
                                            const std::vector<const Cell*>& under) const;
  // `cells` with a cell that lies under two or more columns and whose words, one space apart,
  // are each `accepted` cut into one cell per word: a monospace printout's units ("10^9
  // mmol/L umol/L" under "PLT Urea Creat") or values ("10.1L 5.7" under "Hb WBC").
  std::vector<Cell> CellsApart(const std::vector<Cell>& cells,
                               const std::function<bool(std::string_view)>& accepted) const;
  // A method or reference line under a result (previous_lines.cc).
  bool DescribesRowAbove(const Line& line) const;
  // True when lines[i] is one cell of words, no digit, whose box overlaps the next line's in
  // height and starts right of that line's first cell: a tag beside a card's value ("Bioquímica"
  // beside "1,18 mg/dL"), printed a little above it, not a heading over what follows.
  static bool TagBesideNextLine(const std::vector<Line>& lines, size_t i);
  // A line that gives a test's method ("Método: inmunofijación en gel de agarosa", "Method:").
  bool MethodLine(const Line& line) const;
  // `line` without the cells of an analysis code left of the header's name column, when the cell
  // under the column is a test's name ("S -KapV | Fria kappakedjor | 4,4", on a scan "P | -Krea
  // | Kreatinin | 100"); nullopt otherwise.
  std::optional<Line> WithoutCodeBeforeName(const Line& line) const;
  // A specimen's short name set apart from the test's name, as a scan cuts it
  // ("IMMUNOFIXATION, | UR"): joined to the name when that names another test (the urine
  // immunofixation, not the serum one); nullopt when `line` is not so.
  std::optional<Line> WithSpecimenAfterName(const Line& line) const;
  // WithoutCodeBeforeName, then WithSpecimenAfterName: the line with its name cell first and
  // whole, or nullopt when neither changes it.
  std::optional<Line> NamedFirst(const Line& line) const;
  // True when `line` continues the titles of a history table's test columns ("Ca", "FLC",
  // "ratio" under "Corr", "κ", "κ/λ"): short words under test or unread columns only.
  bool TitlesContinue(const Line& line) const;
  bool UnitsUnderTestTitles(const Line& line, const std::vector<Column>& cols) const;
  // True when `line` is on the header's page, at most one and a half of its heights below it.
  bool RightUnderHeader(const Line& line) const;
  // True when a header is in force and `line` is on its page, with room for at most
  // `lines_between` lines (1.6 of its heights each) between them.
  bool WithinLinesOfHeader(const Line& line, int lines_between) const;
  bool ReadHistoryRow(const std::vector<Line>& lines, size_t i, const DateContext& date);
  // True when a column we do not read follows the row-date column and `first`, a row's first
  // cell, runs into it (a flowsheet's "Collected | Tx / visit").
  bool VisitColumnAfterRowDate(const Cell& first) const;
  // A row of three or more test names over a row with one number under each ("WBC | RBC | HGB"
  // / "3.8 K/uL | 3.02 M/uL | 9.6 g/dL"): each test's result; *i advances past the values.
  bool ReadNamesOverValues(const std::vector<Line>& lines, size_t* i, const DateContext& date);
  // A dated row of a table that has no test column, for the test its heading named.
  bool ReadSectionRow(const std::vector<Line>& lines, size_t i, const DateContext& date);
  // A "Previous result: <value> on <date>" line under a test's row, as that test's previous result.
  bool ReadDatedCardLine(const Line& line, const DateContext& date);
  // A name wrapped onto the next line ("Free kappa light" / "chains"), or a known name whose
  // unit wraps onto an indented next line: `*test` and `*name` become the joined name's, and
  // *i advances past a continuation line of one cell (row_neighbours.cc).
  void JoinWrappedName(const std::vector<Line>& lines, size_t* i, const Line& line,
                       const std::string& name_text, TestName* test, Name* name) const;
  // A coded card's finding that names a band under its waiting name ("Immunfixation Urin (24h)"
  // / "freie Lambda-Leichtketten"): the card's value, never a row of the free light chain test.
  bool ReadBandFinding(const Line& line, const DateContext& date);
  // The previous result's label and what follows it in a cell that starts with the row's
  // reference range ("VR: 13,0 – 17,5   Anterior: 11,2 (13/03/2024)"); nullopt for others.
  std::optional<Cell> PreviousAfterRange(const Cell& c) const;
  // `line` (lines[*i], perhaps with its name split off) under a card's waiting name: its value,
  // a coded card's finding in a sentence, or text; *i advances past a range line it consumes
  // (card_values.cc).
  Outcome ReadCardValue(const std::vector<Line>& lines, size_t* i, const Line& line,
                        const DateContext& date);
  // Remembers the row just read (its test, line and result unit) for the previous-result lines
  // under it (ReadPreviousLine): a table's row, or a card's value line.
  void RememberRow(const Name& name, size_t line, const RowCells& cells);
  // A dated line under an earlier-results heading below a card whose value was read ("Eerdere
  // uitslagen" / "6 feb. 2024 | 6,8 | mmol/L"), as that card's earlier result.
  bool ReadCardHistoryLine(const Line& line, const DateContext& date);
  // The part of `line` from its third cell on that starts with a known test's name followed by a
  // number ("Metamyelocytes | 9% | Plasma cells | 6%" -> "Plasma cells | 6%"), if any.
  std::optional<Line> KnownPairAfter(const Line& line) const;
  bool ReadPreviousLine(const std::vector<Line>& lines, size_t* next, const DateContext& date);
  // A row that leaves the test's name blank under a results list with a name and a collection
  // date column ("Albumin | 2024-03-19 08:17 | 38" / "| 2024-01-23 07:55 | 36"): the test of the
  // row above.
  bool ReadContinuationRow(const std::vector<Line>& lines, size_t i, const DateContext& date);
  const Column* ColumnOf(const Cell& c) const;
  // True when a date column starts right of x.
  bool DateColumnRightOf(double x) const;
  const Column* NameColumn() const;  // the header's test-name column, or null
  bool HasColumn(Col kind) const;    // the header has a column of this kind
  void ChooseUnitValue(records::Analyte analyte, RowCells* cells) const;
  void KeepRatio(const RowCells& cells, const DateContext& date, const Line& line);
  void CheckRatios();
  void TakeIsotypeFromNote(const std::vector<Line>& lines, size_t i, records::Analyte analyte,
                           RowCells* cells);
  // An immunofixation row whose result is "See comment" ("See note", "See below"): the sentence
  // naming immunofixation in the lines that follow on the page ("Immunofixation identifies this
  // as an IgG lambda paraprotein") becomes its result, for review.
  static void ReadPointedComment(const std::vector<Line>& lines, size_t i, RowCells* cells);
  // True when a quantity row read without dated or previous columns holds two or more plain
  // numbers past its name, outside the header's flag, unit, range and unread columns ("Creatinine |
  // 118 H | 105 | 99 | umol/L" under a header that lost its date columns to OCR): which one is this
  // date's result is not certain.
  bool SeveralUndatedNumbers(const Line& line, const RowCells& cells) const;
  // True when, on a scanned line or on any `coded` row (an immunofixation's), a cell between the
  // test's name and its result is neither a value, flag, unit, range, date nor placeholder
  // ("M-proteine | aires | 19 | g/L": OCR garbled the current result, and the number read may be
  // the previous one; "Immunofixation | IgG kapppa | Negative": the finding was not understood
  // and the reference was taken for it).
  static bool UnreadCellBeforeValue(const Line& line, const RowCells& cells, bool coded);
  // True when, on the line just above row `i` of its page, another test's name stands over the
  // row's result ("Kappa libre" over "Calcemia | ... | 92,8 | mg/L"): two cards side by side
  // whose lines were read as one, the result perhaps that other test's.
  bool ResultUnderOtherName(const std::vector<Line>& lines, size_t i, const Name& name,
                            const RowCells& cells) const;
  std::optional<Col> HeaderKind(std::string_view text, std::optional<LabDate>* date) const;
  static std::optional<Col> EuropeanHeaderKind(const std::string& folded);
  // A cell that gives an earlier result with its date under its own label, whatever column it
  // stands in ("Antériorité (11/12/2023) : 28,5 g/L"): added to `row`'s dated earlier results;
  // false for any other cell.
  bool TakeDatedPrevious(const Cell& c, RowCells* row) const;
  // A card's unit on a line of its own under its name ("Haemoglobin" / "Unit: g/dL Normal
  // range: 13.0 - 17.0" / "Collection date | Result | Flag"): kept as the unit of its value, or
  // of its history's rows; true when `line` is that line.
  bool ReadCardUnitLine(const Line& line);
  // True for a card's result title alone on a line under a waiting name ("Último resultado"),
  // or for its department, method or specimen line ("Chimie · plasma hépariné", "Urines de 24
  // heures"), which is skipped: the card's value follows. A urine specimen line makes the
  // waiting name its urine test.
  bool CardResultTitle(const Line& line);
  // A flowsheet row whose results sit a little below its name, on a line of their own
  // ("Immunofixation, Serum" / "| IgA lambda | IgA lambda"): the name and those results as one
  // line, when every result lies under a date column; nullopt otherwise.
  std::optional<Line> NameOverDatedCells(const std::vector<Line>& lines, size_t i) const;
  // A row with its date and more beside a known name whose result was not read ("U -IF |
  // <unread> | 12.2.2024 klo 8.05"): not a card's name waiting for its value; said as
  // unrecognised, and true.
  bool SaidUnreadDatedRow(const Line& line);
  // The first cell after the name of a row under a table's header, and not under its name or
  // test column, that is a wording of two or more words we do not read (not a number, unit,
  // range, date, flag, placeholder, specimen, label or bracketed method): a coded test's finding we
  // could not read, to be said as unread rather than left waiting as a card's name. A card's status
  // ("Final") is one word.
  const Cell* UnreadWordingAfterName(const Line& line) const;
  // True when a unit column lies between x0 and x1 (two results, each with its unit).
  bool UnitColumnBetween(double x0, double x1) const;
  // True when `c` starts under an undated result column's title (a long result run on past it).
  bool StartsUnderValue(const Cell& c) const;
  // The date of an earlier result written in its cell ("0.9 (12/01/2024)", "Ant: 11,4
  // (16/01/24)"), taken out of `prev` with its brackets, connector and label; nullopt if none.
  std::optional<LabDate> TakeDateOfPrevious(Piece* prev) const;
  // The results of one cell, each followed by its own date, cut at " — ", " – " or "; " ("24,8
  // g/L (13/03/2024) — 31,5 g/L (10/01/2024)"); empty unless every part is a result with a date.
  std::vector<std::pair<LabDate, Piece>> DatedResultsInOne(const Piece& value) const;
  // A line of dates alone right under a row, each date under one of the row's earlier results
  // in a dated previous column ("Bêta-2 microglobuline | 2,90 | ... | 3,40" / "| 12/03/24"):
  // each takes the date under it, not the date its column took from the rows before. (The line is
  // still read as it was: as a header's dates it dates the columns of the rows below.) An
  // undated earlier result with a date alone right under it takes that date.
  void DatesUnderPreviousCells(const Line& line, const Line& next, RowCells* cells) const;
  RowCells AssignCells(const std::vector<Cell>& cells, size_t from) const;
  RowCells ContentCells(const std::vector<Cell>& cells, size_t from, bool coded = false) const;
  // A row's cells after its name: by content (`by_content`, or no header), else under the
  // header's columns, or by content when the header does not fit the row.
  RowCells CellsOf(const Line& line, bool by_content, bool coded) const;
  void JoinWrappedValue(const std::vector<Line>& lines, size_t* i, const Name& name,
                        RowCells* cells);
  // The date of a collection label printed under a card's value line i, before the next
  // test's name, or nullopt. Of two cards side by side with different dates, the label under
  // `card` (its value's box). It dates the card only in a document whose first card came before
  // any collection label (cards_dated_below_).
  std::optional<LabDate> LabelDateUnderCard(const std::vector<Line>& lines, size_t i,
                                            const Box& card) const;
  void Emit(const Name& name, const RowCells& cells, const DateContext& date);
  static bool PerDayUnit(const Piece& value, const RowCells& cells, const Name& name,
                         std::string* unit);
  // The texts of the row's value cells other than `value` (its result, dated cells, previous
  // results), for the checks that compare a cell with its row (value_checks.h).
  static std::vector<std::string_view> OtherValueTexts(const RowCells& cells, const Piece& value);
  // True when a dated cell of a scanned row is no value at all ("Fd" where "7.2" was printed):
  // OCR struggled on that line, so the row's other cells, read without complaint, may be misread
  // too ("13.1" read as "13.4", silently), and are reviewed.
  static bool GarbledScannedCell(const Name& name, const RowCells& cells);
  void EmitOne(const Name& name, const Piece& value, const RowCells& cells, const LabDate& date,
               bool date_from_generic, bool previous, bool date_side_by_side = false,
               bool own_block_date = false);
  // The value of one result by the kind of test, into `io`; the reason when it is not usable.
  static std::optional<std::string> ReadQuantity(const Name& name, const LabValue& v,
                                                 const Piece& value, const RowCells& cells,
                                                 ImportedObservation* io);
  std::optional<std::string> ReadCoded(const LabValue& v, const Piece& value, const RowCells& cells,
                                       ImportedObservation* io) const;
  // Adds `io`, or keeps one of two equal results (a current one over a previous one).
  void Keep(ImportedObservation io);
  bool LooksLikeName(const Cell& c) const;
  // True when `line` is a numbered row naming its own test, then its value ("2 | Số lượng bạch cầu
  // (WBC) | 3.8 L"): never the value of a name waiting above it.
  bool NumberedRowWithItsName(const Line& line) const;
  // True when `text` is only a result column's title ("Result", "Resultado:", "Ergebnis").
  bool IsResultTitle(std::string_view text) const;
  // The specimen `text` names alone ("Suero", "Orina") under a heading that named a coded test
  // ("INMUNOFIJACIÓN"): that test's result for the specimen follows; nullopt otherwise.
  std::optional<Specimen> SpecimenTitle(std::string_view text) const;
  // The specimen a word alone names, in any language the importer reads ("Serum", "Urin",
  // "Harn", "尿"), or nullopt.
  static std::optional<Specimen> SpecimenWord(std::string_view text);
  // A one-cell line "Result: <wording>" under a heading that named a test (heading_test_), as
  // the title and the wording in two cells; nullopt otherwise.
  std::optional<Line> SplitResultLine(const Line& line) const;
  // True when a row named `name` is in a protein electrophoresis (its name, the headings above
  // the table, or a table of fractions as % and as a concentration).
  bool InElectrophoresis(const std::string& name) const;
  // True when one of the last headings names earlier results ("PREVIOUS RESULTS").
  bool UnderEarlierResultsHeading() const;

  DateOrder order_;
  ImportResult* out_;
  std::function<std::optional<LabDate>(size_t)> label_date_;
  std::map<std::string, std::string> column_key_;
  std::optional<bool> cards_dated_below_;  // decided at the first card
  std::vector<Column> columns_;
  std::vector<Column> outer_columns_;  // the header columns_ replaced on the same page
  Box header_box_;                     // the line columns_ were read from
  struct UnreadRow {
    ImportNote note;
    records::Analyte analyte;
    std::vector<double> numbers;  // the numbers beside its name, as written
  };
  std::vector<UnreadRow> unread_rows_;  // NoteIfUnreadTestRow's, until Finish
  std::vector<Cell> header_titles_;     // that line's cells, the columns' titles
  int header_page_ = 0;
  // The specimen in force when the header was read: a heading that names another one ends a
  // table with a test per column (SpecimenHeading).
  Specimen header_specimen_ = Specimen::kUnknown;
  int lines_under_header_ = 0;  // lines read since the header (the header itself counts)
  Specimen specimen_ = Specimen::kUnknown;
  // Where the heading that named specimen_ starts, and, once the first line under it starts
  // there too, the left edge of its column (SpecimenScope): a line starting left of that column
  // is outside the section.
  std::optional<double> specimen_heading_x_, specimen_column_x_;
  std::optional<Name> pending_;
  bool card_under_heading_ = false;  // pending_'s name set right under the last heading
  std::optional<Name> section_test_;
  std::optional<Name> heading_test_;
  std::optional<Name> continued_;  // the last row's test, for rows below that leave it blank  //
                                   // the last test named without a value, until a row or header
  std::optional<Name> last_row_;   // the last test row read with a value, and its line
  size_t last_row_line_ = 0;       // the test a heading named, for a table without a name column
  std::string last_row_unit_;      // the unit of that row's result, for its previous results
  int pending_age_ = 0;
  std::optional<Name> card_read_;  // the last card whose value was read, for its earlier results
  int earlier_headings_ = 0;       // earlier-results headings seen since card_read_ was read
  std::vector<std::string> recent_headings_;  // the last few text lines (table titles)
  bool history_previous_ = false;             // the history table is titled "previous results"
  bool row_read_poorly_ = false;  // OCR read two or more other cells of the row being read poorly
  std::string isotype_note_;      // an isotype read from the note line under an IFE row
  // Printed kappa/lambda ratios, checked against the extracted kappa and lambda at Finish().
  struct PrintedRatio {
    Date date;
    double value;
    int decimals;
    bool previous;
    int page;
  };
  std::vector<PrintedRatio> ratios_;
};

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_ROWS_H_
