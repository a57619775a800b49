#include "oncoguide/records/fhir_stream.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "oncoguide/common/utf8.h"

namespace oncoguide::records {
namespace {

using nlohmann::json;

// A read-only view of another stream buffer that counts the bytes and newlines handed out and
// reports the end of input once more than `limit` bytes have been read since Mark(), so that the
// JSON parser never holds more than one limited piece of the input.
class CountingBuf : public std::streambuf {
 public:
  explicit CountingBuf(std::streambuf* source) : source_(source), chunk_(new char[kChunk]) {}

  std::uint64_t consumed() const { return before_ + static_cast<std::uint64_t>(gptr() - eback()); }
  std::int64_t newlines() const { return newlines_before_ + std::count(eback(), gptr(), '\n'); }
  void Mark() { mark_ = consumed(); }
  void set_limit(std::uint64_t limit) { limit_ = limit; }
  bool over_limit() const { return over_limit_; }

  // Reads the rest of the current line into `*line` (the '\n' is consumed, not stored). False at
  // the end of the input with nothing read. Sets *too_long (and stops) past `max` bytes.
  bool ReadLine(std::string* line, std::size_t max, bool* too_long) {
    line->clear();
    *too_long = false;
    bool any = false;
    while (sgetc() != traits_type::eof()) {
      any = true;
      const char* begin = gptr();
      const char* end = egptr();
      const void* nl = std::memchr(begin, '\n', static_cast<std::size_t>(end - begin));
      const char* stop = nl != nullptr ? static_cast<const char*>(nl) : end;
      if (line->size() + static_cast<std::size_t>(stop - begin) > max) {
        *too_long = true;
        return true;
      }
      line->append(begin, stop);
      gbump(static_cast<int>(stop - begin) + (nl != nullptr ? 1 : 0));
      if (nl != nullptr) return true;
    }
    return any;
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    newlines_before_ += std::count(eback(), egptr(), '\n');
    before_ += static_cast<std::uint64_t>(egptr() - eback());
    setg(chunk_.get(), chunk_.get(), chunk_.get());
    const std::uint64_t used = before_ - mark_;
    if (used > limit_) {
      over_limit_ = true;
      return traits_type::eof();
    }
    // Read at most one byte past the limit, so that a piece of exactly `limit` bytes passes.
    const std::uint64_t room = limit_ - used + 1;
    const std::streamsize want =
        static_cast<std::streamsize>(std::min<std::uint64_t>(kChunk, room));
    const std::streamsize n = source_->sgetn(chunk_.get(), want);
    if (n <= 0) return traits_type::eof();
    setg(chunk_.get(), chunk_.get(), chunk_.get() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;
  std::streambuf* source_;
  std::unique_ptr<char[]> chunk_;
  std::uint64_t before_ = 0;  // bytes in the chunks before the current one
  std::int64_t newlines_before_ = 0;
  std::uint64_t mark_ = 0;
  std::uint64_t limit_ = std::numeric_limits<std::uint64_t>::max() - 1;
  bool over_limit_ = false;
};

// Builds the document as nlohmann's DOM parser does, except that the elements of a Bundle's
// top-level `entry` array go to the visitor one at a time and are freed (see fhir_stream.h).
class DocumentSax {
 public:
  DocumentSax(CountingBuf* buf, FhirJsonVisitor* visitor) : buf_(buf), visitor_(visitor) {}

  bool null() { return Value(json(nullptr)); }
  bool boolean(bool b) { return Value(json(b)); }
  bool number_integer(json::number_integer_t i) { return Value(json(i)); }
  bool number_unsigned(json::number_unsigned_t u) { return Value(json(u)); }
  bool number_float(json::number_float_t f, const std::string& /*text*/) { return Value(json(f)); }
  bool string(std::string& s) {
    if (stack_.size() == 1 && key_ == "resourceType") bundle_ = s == "Bundle";
    return Value(json(std::move(s)));
  }
  bool binary(json::binary_t& b) { return Value(json::binary(std::move(b))); }

  bool start_object(std::size_t /*size*/) { return Open(json::value_t::object); }
  bool start_array(std::size_t /*size*/) {
    // The root's entry array, when the root is a Bundle or does not say yet (keys may come in any
    // order: nlohmann, and so our own writer, sorts them, "entry" before "resourceType").
    const bool entries = stack_.size() == 1 && key_ == "entry" && !streamed_ &&
                         (bundle_ || !root_.contains("resourceType"));
    if (!Open(json::value_t::array)) return false;
    if (entries) {
      streaming_ = true;
      streamed_ = true;
    }
    return true;
  }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }

  bool key(std::string& k) {
    if (stack_.size() == 1) {
      if (streamed_ && (k == "entry" || k == "resourceType") && root_.contains(k)) {
        abort_ = Status::Invalid(fmt::format("the Bundle has a second '{}'", k),
                                 "give each member of the Bundle once", {{}, 0, "Bundle." + k});
        return false;
      }
      key_ = k;
    }
    element_ = &(*stack_.back())[k];
    return true;
  }

  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                   const json::exception& /*ex*/) {
    return false;
  }

  json& root() { return root_; }
  bool streamed() const { return streamed_; }
  const Status& first_error() const { return first_error_; }
  const Status& abort_status() const { return abort_; }
  std::int64_t root_start_newlines() const { return root_start_newlines_; }
  FhirByteRange root_bytes() const {
    return root_end_ > root_start_ ? FhirByteRange{root_start_, root_end_ - root_start_}
                                   : FhirByteRange{};
  }
  // The entry being read when the parse stopped (for the size-limit message), or -1.
  std::int64_t open_entry() const {
    return streaming_ && stack_.size() > 2 ? static_cast<std::int64_t>(index_) : -1;
  }

 private:
  bool InStreamedArray() const { return streaming_ && stack_.size() == 2; }

  // Offset of the byte the parser read last: the '{' or '[' that opens a container (the lexer
  // reads no further before the SAX call), or the '}' or ']' that closes one (the lexer may have
  // read it ahead after a number, but reads nothing more before the SAX call).
  std::uint64_t LastByte() const { return buf_->consumed() - 1; }

  // Inserts a completed scalar (or a new container) where the parser is; returns it.
  json* Insert(json&& v) {
    if (stack_.empty()) {
      root_start_newlines_ = buf_->newlines();
      root_start_ = v.is_structured() ? LastByte() : 0;
      root_ = std::move(v);
      return &root_;
    }
    json& top = *stack_.back();
    if (top.is_array()) {
      top.push_back(std::move(v));
      return &top.back();
    }
    *element_ = std::move(v);
    return element_;
  }

  bool Value(json&& v) {
    if (InStreamedArray()) {
      HandEntry(v, FhirByteRange{});
      return true;
    }
    Insert(std::move(v));
    return true;
  }

  bool Open(json::value_t type) {
    if (InStreamedArray()) {
      buf_->Mark();  // one entry's bytes count against the limit
      entry_start_ = LastByte();
    }
    stack_.push_back(Insert(json(type)));
    return true;
  }

  bool Close() {
    stack_.pop_back();
    if (stack_.empty()) root_end_ = LastByte() + 1;
    if (streaming_ && stack_.size() == 2) {  // an entry is complete
      json& entries = *stack_.back();
      HandEntry(entries.back(), FhirByteRange{entry_start_, LastByte() + 1 - entry_start_});
      entries.clear();
    } else if (streaming_ && stack_.size() == 1) {  // the entry array is complete
      streaming_ = false;
      buf_->Mark();
    }
    return true;
  }

  void HandEntry(const json& entry, FhirByteRange bytes) {
    if (first_error_.ok()) first_error_ = visitor_->OnEntry(entry, index_, bytes);
    ++index_;
  }

  CountingBuf* buf_;
  FhirJsonVisitor* visitor_;
  json root_;
  std::vector<json*> stack_;
  json* element_ = nullptr;  // where the value of the last key goes
  std::string key_;          // the last key of the root object
  bool bundle_ = false;      // the root's resourceType is "Bundle"
  bool streaming_ = false;   // inside the streamed entry array
  bool streamed_ = false;    // the entry array was streamed
  std::size_t index_ = 0;    // entries handed over
  std::int64_t root_start_newlines_ = 0;
  std::uint64_t root_start_ = 0;   // the root's '{'
  std::uint64_t root_end_ = 0;     // just past the root's '}'
  std::uint64_t entry_start_ = 0;  // the '{' of the entry being read
  Status first_error_;
  Status abort_;
};

std::string MiB(std::size_t bytes) {
  return bytes >= (std::size_t{1} << 20) ? fmt::format("{} MiB", bytes >> 20)
                                         : fmt::format("{} bytes", bytes);
}

Status NotJson(const std::string& source) {
  return Status::Invalid(fmt::format("{} is not valid JSON", source),
                         "check the file with a JSON validator; FHIR R4 JSON (a Bundle, a "
                         "resource, or NDJSON with one resource per line) is expected");
}

// Entries were handed over before the root's resourceType was known: it must be "Bundle". (A
// document without resourceType is refused as the reader refuses it; another resource type with
// an entry array is refused rather than read with entries it does not have.)
Status CheckStreamedRoot(DocumentSax& sax, const std::string& source, std::int64_t line) {
  if (!sax.streamed()) return Status::Ok();
  const json& root = sax.root();
  auto type = root.find("resourceType");
  if (type != root.end() && type->is_string() && *type == "Bundle") return Status::Ok();
  if (type == root.end() || !type->is_string() || type->get<std::string>().empty()) {
    return Status::Invalid("the JSON has no resourceType", "a FHIR Bundle or resource is expected",
                           SourceLocation{source, line, "$"});
  }
  return Status::Invalid(fmt::format("a {} resource has an entry array; only a Bundle has entries",
                                     EchoForMessage(type->get<std::string>(), 40)),
                         "give resourceType \"Bundle\", or remove the entry array",
                         SourceLocation{source, line, "$"});
}

// Reads the NDJSON lines after the first one; `line` is the number of the line to read next.
Status ReadNdjsonLines(CountingBuf* buf, const std::string& source, std::int64_t line,
                       FhirJsonVisitor* visitor, std::size_t max_bytes) {
  buf->set_limit(std::numeric_limits<std::uint64_t>::max() - 1);  // ReadLine limits each line
  std::string text;
  bool too_long = false;
  for (std::uint64_t start = buf->consumed(); buf->ReadLine(&text, max_bytes, &too_long);
       ++line, start = buf->consumed()) {
    if (too_long) {
      return Status::Invalid(fmt::format("the line is longer than {}", MiB(max_bytes)),
                             "an NDJSON line holds one FHIR resource; oncoguide reads resources "
                             "up to this size (leave attachments out of the export)",
                             SourceLocation{source, line, {}});
    }
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    json r = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (r.is_discarded()) {
      return Status::Invalid("the line is not valid JSON",
                             "an NDJSON file holds one complete FHIR resource per line",
                             SourceLocation{source, line, {}});
    }
    OG_RETURN_IF_ERROR(visitor->OnRoot(r, line, FhirByteRange{start, text.size()}));
  }
  return Status::Ok();
}

}  // namespace

Status ReadFhirJsonStream(std::istream& in, const std::string& source, FhirJsonVisitor* visitor,
                          std::size_t max_resource_bytes) {
  CountingBuf buf(in.rdbuf());
  buf.set_limit(max_resource_bytes);
  std::istream counted(&buf);
  DocumentSax sax(&buf, visitor);
  // strict = false: stop after the first value, which may be the first line of NDJSON.
  const bool parsed = json::sax_parse(counted, &sax, json::input_format_t::json, /*strict=*/false);
  if (!parsed) {
    if (!sax.abort_status().ok()) return sax.abort_status().WithLocation({source, 0, {}});
    if (buf.over_limit()) {
      const std::int64_t entry = sax.open_entry();
      return Status::Invalid(
          entry >= 0 ? fmt::format("the entry is larger than {}", MiB(max_resource_bytes))
                     : fmt::format("{} is larger than {} outside the entries of a Bundle", source,
                                   MiB(max_resource_bytes)),
          "oncoguide reads one resource of at most this size; leave attachments (such as "
          "DiagnosticReport.presentedForm or Binary resources) out of the export",
          SourceLocation{source, 0, entry >= 0 ? fmt::format("Bundle.entry[{}]", entry) : ""});
    }
    return NotJson(source);
  }
  const bool one_line = buf.newlines() == sax.root_start_newlines();
  // What follows the first value: nothing (a document), or the next NDJSON line.
  bool newline = false;
  std::int64_t next_line = 1 + sax.root_start_newlines();
  int c;
  while ((c = buf.sgetc()) != std::char_traits<char>::eof()) {
    if (c == '\n') {
      newline = true;
      ++next_line;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      break;
    }
    buf.sbumpc();
  }
  const bool document = c == std::char_traits<char>::eof();
  if (!document && (c != '{' || !newline || !one_line || !sax.root().is_object())) {
    return NotJson(source);
  }
  const std::int64_t line = document ? 0 : 1 + sax.root_start_newlines();
  OG_RETURN_IF_ERROR(CheckStreamedRoot(sax, source, line));
  if (!sax.first_error().ok()) {
    return line == 0 ? sax.first_error()
                     : sax.first_error().WithLocation(SourceLocation{{}, line, {}});
  }
  OG_RETURN_IF_ERROR(visitor->OnRoot(sax.root(), line, sax.root_bytes()));
  if (document) return Status::Ok();
  return ReadNdjsonLines(&buf, source, next_line, visitor, max_resource_bytes);
}

}  // namespace oncoguide::records
