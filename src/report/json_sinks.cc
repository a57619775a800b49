#include "json_sinks.h"

namespace oncoguide::report::internal {

void StreamSink::Reset() {
  buffer_.Clear();
  writer_.Reset(buffer_);
  ok_ = true;
}

Result<std::string_view> StreamSink::FinishLine() {
  if (!ok_) {
    return Status::Invalid("a text value is not valid UTF-8", "save the input file as UTF-8");
  }
  buffer_.Put('\n');
  return std::string_view(buffer_.GetString(), buffer_.GetSize());
}

// Numbers are written as nlohmann writes them (shortest round-trip digits, "1.0" for integral
// values, "null" for NaN), so that both sinks give the same text.
void StreamSink::Double(double v) {
  number_ = nlohmann::json(v).dump();
  ok_ = writer_.RawValue(number_.data(), number_.size(), rapidjson::kNumberType) && ok_;
}

nlohmann::json* DomSink::Put(nlohmann::json v) {
  if (open_.empty()) {
    root_ = std::move(v);
    return &root_;
  }
  nlohmann::json& parent = *open_.back();
  if (parent.is_array()) {
    parent.push_back(std::move(v));
    return &parent.back();
  }
  auto& members = parent.get_ref<nlohmann::json::object_t&>();
  auto it = members.insert_or_assign(members.end(), key_, std::move(v));
  return &it->second;
}

}  // namespace oncoguide::report::internal
