// One FHIR resource as the reader (fhir_reader_internal.h) meets it: whose it is (its subject
// reference, the Patients), what it is (dispatched by resourceType to the Observation,
// medication and procedure readers), and the dates it gives.
#include <fmt/format.h>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fhir_index.h"
#include "fhir_reader_internal.h"
#include "oncoguide/common/date.h"
#include "oncoguide/common/utf8.h"
#include "oncoguide/records/fhir_codes.h"
#include "oncoguide/records/lab_date.h"

namespace oncoguide::records::internal {

using nlohmann::json;

std::string StringAt(const json& j, std::string_view key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

std::string ConceptText(const json& cc) {
  if (!cc.is_object()) return {};
  std::string text = StringAt(cc, "text");
  if (!text.empty()) return text;
  if (auto it = cc.find("coding"); it != cc.end() && it->is_array()) {
    for (const json& c : *it) {
      if (c.is_object() && !StringAt(c, "display").empty()) return StringAt(c, "display");
    }
  }
  return {};
}

std::string Reader::ReferenceKey(std::string_view ref) {
  size_t at = ref.find("Patient/");
  if (at == std::string_view::npos) return std::string(ref);
  std::string_view rest = ref.substr(at);
  size_t hist = rest.find("/_history");
  if (hist != std::string_view::npos) rest = rest.substr(0, hist);
  return std::string(rest);
}

std::string Reader::PatientId(const std::string& key) {
  return key.rfind("Patient/", 0) == 0 ? key.substr(8) : key;
}

std::string Reader::PatientList(const std::vector<std::string>& first, std::int64_t count) {
  std::vector<std::string> ids;
  for (const std::string& k : first) ids.push_back(EchoForMessage(PatientId(k), 40));
  if (count > static_cast<std::int64_t>(first.size())) {
    ids.push_back(fmt::format("and {} more", count - static_cast<std::int64_t>(first.size())));
  }
  return fmt::format("{}", fmt::join(ids, ", "));
}

Status Reader::SelectBucket(const json& r, const std::string& path, const std::string& id) {
  std::string key;
  for (const char* field : {"subject", "patient"}) {
    auto it = r.find(field);
    if (it != r.end() && it->is_object()) {
      key = ReferenceKey(StringAt(*it, "reference"));
      if (!key.empty()) break;
    }
  }
  if (replay_ != nullptr) {
    cur_ = replay_;
    return Status::Ok();
  }
  OG_ASSIGN_OR_RETURN(FhirIndex * index, TheIndex());
  OG_ASSIGN_OR_RETURN(
      subject_,
      index->Subject(key, id, path.empty() ? std::string(StringAt(r, "resourceType")) : path));
  cur_ = &scratch_;
  return Status::Ok();
}

bool Reader::IsOurOutput(const json& r) {
  auto meta = r.find("meta");
  if (meta == r.end() || !meta->is_object()) return false;
  auto tags = meta->find("tag");
  if (tags == meta->end() || !tags->is_array()) return false;
  for (const json& t : *tags) {
    if (t.is_object() && StringAt(t, "system") == kOncoguideTagSystem &&
        StringAt(t, "code") == kOncoguideComputedTag) {
      return true;
    }
  }
  return false;
}

SourceLocation Reader::Where(std::string path) const {
  return SourceLocation{source_, line_, std::move(path)};
}

Status Reader::Resource(const json& r, std::string path, const std::string& full_url) {
  cur_ = nullptr;
  OG_RETURN_IF_ERROR(Convert(r, std::move(path), full_url));
  if (replay_ != nullptr || cur_ == nullptr) return Status::Ok();  // a Patient has no bucket
  const bool used = !scratch_.observations.empty() || !scratch_.therapies.empty();
  scratch_.observations.clear();
  scratch_.therapies.clear();
  scratch_.ignored.clear();
  if (used) OG_RETURN_IF_ERROR(index_->MarkUsed(subject_));
  return index_->AddRef(subject_, ref_);
}

Status Reader::Convert(const json& r, std::string path, const std::string& full_url) {
  const std::string type = StringAt(r, "resourceType");
  if (path.empty()) path = line_ > 0 ? type : type;
  const std::string id = type + "/" + StringAt(r, "id");
  if (type == "Patient") {
    if (replay_ != nullptr) return Status::Ok();  // Patients are not read again
    OG_ASSIGN_OR_RETURN(FhirIndex * index, TheIndex());
    return index->AddPatient("Patient/" + StringAt(r, "id"), full_url);
  }
  OG_RETURN_IF_ERROR(SelectBucket(r, path, id));
  if (IsOurOutput(r)) {
    cur_->ignored.push_back(fmt::format("{}: computed by oncoguide, not an input", id));
    return Status::Ok();
  }
  if (type == "Observation") return ObservationResource(r, path, id);
  if (type == "MedicationStatement" || type == "MedicationRequest" ||
      type == "MedicationAdministration") {
    return MedicationResource(r, path, id, type);
  }
  if (type == "Procedure") return ProcedureResource(r, path, id);
  if (type.empty()) return Status::Invalid("resource has no resourceType", "", Where(path));
  cur_->ignored.push_back(fmt::format("{}: {} is not used", id, type));
  return Status::Ok();
}

Result<Date> Reader::EffectiveDate(const json& r, const std::string& path,
                                   std::initializer_list<std::string_view> fields) {
  for (std::string_view f : fields) {
    std::string text;
    std::string fpath = path + "." + std::string(f);
    if (f == "effectivePeriod" || f == "performedPeriod") {
      auto it = r.find(f);
      if (it == r.end()) continue;
      text = it->is_object() ? StringAt(*it, "start") : "";
      fpath += ".start";
      if (text.empty()) {
        return Status::Invalid(fmt::format("{} has no start", f), fmt::format("give {}.start", f),
                               Where(fpath));
      }
    } else {
      auto it = r.find(f);
      if (it == r.end()) continue;
      if (!it->is_string()) return Status::Invalid("date is not a string", "", Where(fpath));
      text = it->get<std::string>();
    }
    std::optional<Date> d = Date::Parse(text);
    if (!d) {
      return Status::Invalid(fmt::format("date '{}' is not a valid date", EchoForMessage(text)),
                             "use a FHIR dateTime such as 2024-03-05 or 2024-03-05T08:30:00Z",
                             Where(fpath));
    }
    Status future = CheckNotFuture(*d, options_);
    if (!future.ok()) return future.WithLocation(Where(fpath));
    return *d;
  }
  return Status::Invalid("the resource has no date",
                         fmt::format("give {}", fmt::join(fields, " or ")), Where(path));
}

}  // namespace oncoguide::records::internal
