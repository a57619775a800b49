// The two sinks the assess JSON layout (json_layout.h) is written to. Both take the same SAX-like
// calls (the shape of rapidjson::Writer): StartObject/Key/EndObject, StartArray/EndArray, Null,
// Bool, Double, String.
//
//   StreamSink  writes compact JSON text straight into a reused buffer with RapidJSON's Writer,
//               with no tree in between: the jsonl path of a cohort run (>= 1 M rows/s).
//   DomSink     builds an nlohmann::json value: the `--format json` output, the server's API and
//               anything that edits the object afterwards.
//
// The text of StreamSink equals DomSink's value dump()ed, byte for byte for ordinary text
// (tests/report/jsonl_writer_test.cc): keys are written in the order nlohmann's sorted object
// would print them (json_layout.h keeps that order), numbers are formatted as nlohmann formats
// them, and the only difference is upper-case hex in control-character escapes. StreamSink
// validates UTF-8 and reports invalid text from Finish() instead of writing it.
#ifndef ONCOGUIDE_SRC_REPORT_JSON_SINKS_H_
#define ONCOGUIDE_SRC_REPORT_JSON_SINKS_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/common/utf8.h"

namespace oncoguide::report::internal {

class StreamSink {
 public:
  StreamSink() : writer_(buffer_) {}

  // Starts a new document, discarding the previous one (the buffer's memory is kept).
  void Reset();
  // The document written since Reset(), followed by '\n'; an error when a string was not UTF-8.
  Result<std::string_view> FinishLine();

  void StartObject() { ok_ = writer_.StartObject() && ok_; }
  void EndObject() { ok_ = writer_.EndObject() && ok_; }
  void StartArray() { ok_ = writer_.StartArray() && ok_; }
  void EndArray() { ok_ = writer_.EndArray() && ok_; }
  void Key(std::string_view k) { ok_ = writer_.Key(k.data(), Size(k)) && ok_; }
  // Checked with IsValidUtf8 here rather than by the Writer: RapidJSON's SSE2 string scan only
  // serves the Writer with default flags, and per-byte validation was a tenth of a cohort run.
  // Invalid text is replaced by "" so that the document stays well formed for the Writer (its
  // debug assertions check the structure); FinishLine() then refuses the whole line.
  void String(std::string_view s) {
    const bool valid = IsValidUtf8(s);
    ok_ = writer_.String(valid ? s.data() : "", valid ? Size(s) : 0) && valid && ok_;
  }
  void Null() { ok_ = writer_.Null() && ok_; }
  void Bool(bool b) { ok_ = writer_.Bool(b) && ok_; }
  void Double(double v);

 private:
  using Writer = rapidjson::Writer<rapidjson::StringBuffer>;  // SSE2 fast path (CMakeLists.txt)
  static rapidjson::SizeType Size(std::string_view s) {
    return static_cast<rapidjson::SizeType>(s.size());
  }

  rapidjson::StringBuffer buffer_;
  Writer writer_;
  std::string number_;
  bool ok_ = true;
};

class DomSink {
 public:
  void StartObject() { Open(nlohmann::json::object()); }
  void EndObject() { open_.pop_back(); }
  void StartArray() { Open(nlohmann::json::array()); }
  void EndArray() { open_.pop_back(); }
  void Key(std::string_view k) { key_.assign(k.data(), k.size()); }
  void String(std::string_view s) { Put(std::string(s)); }
  void Null() { Put(nullptr); }
  void Bool(bool b) { Put(b); }
  void Double(double v) { Put(v); }

  // The value written; the sink is empty afterwards.
  nlohmann::json Take() { return std::move(root_); }

 private:
  // Adds `v` to the innermost open container (under the last Key() in an object) and returns it.
  // Only the innermost container grows while it is open, so the pointers in `open_` stay valid.
  nlohmann::json* Put(nlohmann::json v);
  void Open(nlohmann::json v) { open_.push_back(Put(std::move(v))); }

  nlohmann::json root_;
  std::vector<nlohmann::json*> open_;
  std::string key_;
};

}  // namespace oncoguide::report::internal

#endif  // ONCOGUIDE_SRC_REPORT_JSON_SINKS_H_
