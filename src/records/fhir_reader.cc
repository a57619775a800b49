#include "oncoguide/records/fhir_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <istream>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "fhir_index.h"
#include "oncoguide/common/text.h"
#include "oncoguide/common/utf8.h"
#include "oncoguide/records/duplicates.h"
#include "oncoguide/records/fhir_codes.h"
#include "oncoguide/records/fhir_input.h"
#include "oncoguide/records/fhir_stream.h"
#include "oncoguide/records/fish.h"
#include "oncoguide/records/units.h"
#include "oncoguide/records/values.h"

namespace oncoguide::records {
namespace {

using nlohmann::json;

// Results oncoguide computes: mCODE CancerDiseaseStatus (97509-4), ISS (21908-9 is not used:
// see fhir_writer.cc for the staging codes), kappa/lambda ratio (computed from kappa and lambda).
constexpr std::string_view kComputedCodes[] = {kDiseaseStatusLoinc};

// Drugs that support care but do not treat the myeloma itself, in lower case.
constexpr std::string_view kSupportiveDrugs[] = {
    "acyclovir",    "valacyclovir",    "aspirin",         "zoledronic",    "zometa",
    "denosumab",    "xgeva",           "pamidronate",     "ondansetron",   "allopurinol",
    "trimethoprim", "bactrim",         "enoxaparin",      "apixaban",      "rivaroxaban",
    "warfarin",     "heparin",         "famotidine",      "omeprazole",    "pantoprazole",
    "filgrastim",   "pegfilgrastim",   "epoetin",         "darbepoetin",   "calcium",
    "vitamin d",    "cholecalciferol", "immune globulin", "ivig",          "fluconazole",
    "levofloxacin", "posaconazole",    "tocilizumab",     "acetaminophen", "diphenhydramine",
    "montelukast",  "loperamide",      "prochlorperazine"};

bool IsSupportive(std::string_view name) {
  const std::string lower = AsciiLower(name);
  for (std::string_view d : kSupportiveDrugs) {
    if (lower.find(d) != std::string::npos) return true;
  }
  return false;
}

std::string StringAt(const json& j, std::string_view key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

// Text of a CodeableConcept: its text, else the first coding display.
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

struct Therapy {
  Date start;
  std::string name;
  std::string path;
  std::string id;
};

// A read-only stream over text in memory, so that text and files take the same (streaming) path.
class ViewBuf : public std::streambuf {
 public:
  explicit ViewBuf(std::string_view text) {
    char* p = const_cast<char*>(text.data());  // only read: no put area is set
    setg(p, p, p + text.size());
  }
};

using internal::FhirIndex;
using internal::FhirSubject;
using internal::ResourceRef;

class Reader : public FhirJsonVisitor {
 public:
  explicit Reader(ReadOptions options) : options_(options) {}

  // Adds the resources of one JSON input (the first pass): a Bundle (streamed entry by entry, see
  // fhir_stream.h), a single resource, or NDJSON (one resource per line, as a FHIR bulk export
  // writes them). Every resource is read and checked now, so that errors are found in input order
  // as before; what is kept is only where each resource lies, by subject.
  Status AddText(std::string_view text, const std::string& source, bool copy) {
    input_ = copy ? inputs_.AddCopy(std::string(text), source) : inputs_.AddView(text, source);
    ViewBuf buf(inputs_.Text(input_));
    std::istream in(&buf);
    return Scan(in, source);
  }

  // `in` is positioned where the JSON starts; `path` names a file to read again in the second
  // pass when it is a regular file whose position is known, else `in` is copied into a spool.
  Status AddStream(std::istream& in, const std::string& source, const std::string& path) {
    std::error_code ec;
    const std::streampos start = path.empty() ? std::streampos(-1) : in.tellg();
    if (start != std::streampos(-1) && std::filesystem::is_regular_file(path, ec)) {
      OG_ASSIGN_OR_RETURN(input_, inputs_.AddFile(path, static_cast<std::uint64_t>(start), source));
      return Scan(in, source);
    }
    in.clear();
    OG_ASSIGN_OR_RETURN(input_, inputs_.AddSpooled(in, source));
    std::istream spooled(inputs_.SpoolingBuf(input_));
    Status s = Scan(spooled, source);
    Status spool = inputs_.SpoolStatus(input_);  // a failed copy cut the input short
    return spool.ok() ? s : spool;
  }

  Status OnEntry(const json& e, size_t i, FhirByteRange bytes) override {
    ref_ = Ref(bytes, ResourceRef::kEntry, i);
    return Entry(e, i);
  }
  Status OnRoot(const json& root, std::int64_t line, FhirByteRange bytes) override {
    line_ = line;
    root_bytes_ = bytes;
    return AddRoot(root);
  }

  // Memory and size of the index (for tests and the README's figures).
  std::size_t index_memory_bytes() const { return index_ ? index_->memory_bytes() : 0; }
  std::uint64_t indexed_resources() const { return index_ ? index_->refs() : 0; }

  // The second pass: one record per Patient (or per subject when the input has no Patient
  // resources), in order, each read again from its resources' byte ranges and handed to `sink`
  // before the next is read.
  Status Finish(const std::function<Status(PatientRecord&&)>& sink) {
    OG_ASSIGN_OR_RETURN(FhirIndex * index, TheIndex());
    OG_RETURN_IF_ERROR(index->Seal());
    OG_ASSIGN_OR_RETURN(std::optional<FhirSubject> unknown, index->FirstUnknownSubject());
    if (unknown) {
      return Status::Invalid(
          fmt::format("{} refers to subject '{}', which is not a Patient in the input",
                      unknown->first_id, EchoForMessage(unknown->key)),
          "include the Patient resource, or correct subject.reference",
          Where(unknown->first_path + ".subject"));
    }
    OG_ASSIGN_OR_RETURN(std::int64_t patients, index->PatientCount());
    OG_ASSIGN_OR_RETURN(std::optional<FhirSubject> none, index->NoSubject());
    if (none && none->used && patients > 1) {
      OG_ASSIGN_OR_RETURN(std::vector<std::string> first, index->PatientKeys(5));
      return Status::Invalid(fmt::format("{} has no subject, but the input holds {} patients ({})",
                                         none->first_id, patients, PatientList(first, patients)),
                             "give each result a subject.reference to its Patient",
                             Where(none->first_path));
    }
    if (patients == 0) return ReadPatient("", /*anonymous=*/true, sink);
    return index->ForEachPatient(
        [&](const std::string& key) { return ReadPatient(key, /*anonymous=*/false, sink); });
  }

 private:
  // What was read: in the first pass, one resource's results (checked, then dropped); in the
  // second, one patient's results.
  struct Bucket {
    std::vector<Observation> observations;
    std::vector<Therapy> therapies;
    std::vector<std::string> ignored;
  };

  // The index, opened at its first use.
  Result<FhirIndex*> TheIndex() {
    if (index_ == nullptr) {
      OG_ASSIGN_OR_RETURN(index_, FhirIndex::Open());
    }
    return index_.get();
  }

  // The second pass for one patient (`key`, "" when the input names none): reads the resources
  // of each of its subjects again, in input order, and hands the record to `sink`.
  Status ReadPatient(const std::string& key, bool anonymous,
                     const std::function<Status(PatientRecord&&)>& sink) {
    PatientRecord record;
    record.source = first_source_;
    record.from_fhir = true;
    record.patient_id = PatientId(key);
    Bucket merged;
    OG_RETURN_IF_ERROR(index_->ForEachSubjectOf(key, [&](const FhirSubject& subject) {
      if (subject.key.empty() && subject.used && !anonymous) {
        record.notes.push_back(fmt::format(
            "{} has no subject; it is read as {}'s, the only patient in the input",
            subject.first_id, record.patient_id.empty() ? "the patient" : record.patient_id));
      }
      return ReadAgain(subject.id, &merged);
    }));
    record.observations = std::move(merged.observations);
    record.ignored = std::move(merged.ignored);
    OG_RETURN_IF_ERROR(BuildLines(merged.therapies, &record));
    record.SortByDate();
    OG_RETURN_IF_ERROR(ResolveSameDate(&record));
    return sink(std::move(record));
  }

  ResourceRef Ref(FhirByteRange bytes, ResourceRef::Kind kind, std::size_t entry) const {
    ResourceRef ref;
    ref.offset = bytes.offset;
    ref.length = bytes.length;
    ref.input = static_cast<std::uint32_t>(input_);
    ref.entry = entry;
    ref.kind = kind;
    return ref;
  }

  // Reads the first pass through `in`.
  Status Scan(std::istream& in, const std::string& source) {
    source_ = source;
    line_ = 0;
    if (first_source_.empty()) first_source_ = source_;
    return ReadFhirJsonStream(in, source, this, options_.max_fhir_resource_bytes);
  }

  // The second pass for one subject: reads its resources again, in input order, into `out`.
  Status ReadAgain(std::int64_t subject, Bucket* out) {
    replay_ = out;
    const std::string source = source_;
    const std::int64_t line = line_;
    Status s =
        index_->ForEachRef(subject, [this](const ResourceRef& ref) { return ReadOneAgain(ref); });
    replay_ = nullptr;
    source_ = source;
    line_ = line;
    return s;
  }

  Status ReadOneAgain(const ResourceRef& ref) {
    source_ = inputs_.Source(ref.input);
    if (!parsed_ || parsed_input_ != ref.input || parsed_offset_ != ref.offset) {
      OG_ASSIGN_OR_RETURN(std::string_view text, inputs_.Read(ref.input, ref.offset, ref.length));
      parsed_value_ = json::parse(text, nullptr, /*allow_exceptions=*/false);
      parsed_ = true;
      parsed_input_ = ref.input;
      parsed_offset_ = ref.offset;
      if (parsed_value_.is_discarded()) {
        parsed_ = false;
        return Status::IoError(fmt::format("{} changed while it was being read", source_),
                               "read a copy of the file that no other program writes to");
      }
    }
    const json& value = parsed_value_;
    switch (static_cast<ResourceRef::Kind>(ref.kind)) {
      case ResourceRef::kEntry:
        return Entry(value, ref.entry);
      case ResourceRef::kRootEntry: {
        auto entries = value.find("entry");
        if (entries == value.end() || !entries->is_array() || ref.entry >= entries->size()) {
          return Status::IoError(fmt::format("{} changed while it was being read", source_),
                                 "read a copy of the file that no other program writes to");
        }
        return Entry((*entries)[ref.entry], ref.entry);
      }
      case ResourceRef::kResource:
        return Resource(value, StringAt(value, "resourceType"), "");
    }
    return Status::Ok();
  }

  Status AddRoot(const json& root) {
    if (!root.is_object() || StringAt(root, "resourceType").empty()) {
      return Status::Invalid("the JSON has no resourceType",
                             "a FHIR Bundle or resource is expected", Where("$"));
    }
    const std::string type = StringAt(root, "resourceType");
    if (type == "Bundle") {
      auto entries = root.find("entry");
      if (entries != root.end()) {
        if (!entries->is_array()) {
          return Status::Invalid("entry is not an array", "", Where("Bundle.entry"));
        }
        for (size_t i = 0; i < entries->size(); ++i) {
          const json& e = (*entries)[i];
          ref_ = Ref(root_bytes_, ResourceRef::kRootEntry, i);
          OG_RETURN_IF_ERROR(Entry(e, i));
        }
      }
      return Status::Ok();
    }
    ref_ = Ref(root_bytes_, ResourceRef::kResource, 0);
    return Resource(root, type, "");
  }

  Status Entry(const json& e, size_t i) {
    const std::string path = fmt::format("Bundle.entry[{}].resource", i);
    if (!e.is_object() || !e.contains("resource") || !e["resource"].is_object()) {
      return Status::Invalid("entry has no resource", "",
                             Where(fmt::format("Bundle.entry[{}]", i)));
    }
    return Resource(e["resource"], path, StringAt(e, "fullUrl"));
  }

  // "Patient/x" for "Patient/x", "http://host/fhir/Patient/x" and "Patient/x/_history/2";
  // other references (urn:uuid:...) as they are.
  static std::string ReferenceKey(std::string_view ref) {
    size_t at = ref.find("Patient/");
    if (at == std::string_view::npos) return std::string(ref);
    std::string_view rest = ref.substr(at);
    size_t hist = rest.find("/_history");
    if (hist != std::string_view::npos) rest = rest.substr(0, hist);
    return std::string(rest);
  }

  static std::string PatientId(const std::string& key) {
    return key.rfind("Patient/", 0) == 0 ? key.substr(8) : key;
  }

  // The first patients' ids and how many more there are, for a message.
  static std::string PatientList(const std::vector<std::string>& first, std::int64_t count) {
    std::vector<std::string> ids;
    for (const std::string& k : first) ids.push_back(EchoForMessage(PatientId(k), 40));
    if (count > static_cast<std::int64_t>(first.size())) {
      ids.push_back(fmt::format("and {} more", count - static_cast<std::int64_t>(first.size())));
    }
    return fmt::format("{}", fmt::join(ids, ", "));
  }

  // Selects the bucket of the resource's subject (or patient) reference.
  Status SelectBucket(const json& r, const std::string& path, const std::string& id) {
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

  // Resources written by `oncoguide assess --format fhir` carry meta.tag urn:oncoguide:tag
  // "computed" (see report/fhir_writer.h); reading them back must not turn results into inputs.
  static bool IsOurOutput(const json& r) {
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

  SourceLocation Where(std::string path) const {
    return SourceLocation{source_, line_, std::move(path)};
  }

  // Reads one resource. In the first pass its results are checked and dropped, and its place is
  // added to its subject's index; in the second they go to the patient being read.
  Status Resource(const json& r, std::string path, const std::string& full_url) {
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

  Status Convert(const json& r, std::string path, const std::string& full_url) {
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

  // A stem-cell transplant is a phase of the current line of therapy (IMWG line definition:
  // Rajkumar et al., Blood 2015); other procedures are listed as not used.
  Status ProcedureResource(const json& r, const std::string& path, const std::string& id) {
    const std::string status = StringAt(r, "status");
    std::string name;
    if (auto c = r.find("code"); c != r.end()) name = ConceptText(*c);
    const std::string lower = AsciiLower(name);
    const bool transplant = (lower.find("transplant") != std::string::npos &&
                             (lower.find("stem") != std::string::npos ||
                              lower.find("hematopoietic") != std::string::npos ||
                              lower.find("haematopoietic") != std::string::npos ||
                              lower.find("autologous") != std::string::npos ||
                              lower.find("bone marrow") != std::string::npos)) ||
                            lower == "asct" || lower == "hsct" || lower == "auto-sct" ||
                            lower == "autologous sct";
    if (!transplant) {
      cur_->ignored.push_back(
          fmt::format("{}: procedure '{}' is not used", id, EchoForMessage(name, 60)));
      return Status::Ok();
    }
    if (status == "not-done" || status == "entered-in-error" || status == "preparation" ||
        status == "stopped") {
      cur_->ignored.push_back(fmt::format("{}: status {}", id, status));
      return Status::Ok();
    }
    OG_ASSIGN_OR_RETURN(Date date,
                        EffectiveDate(r, path, {"performedDateTime", "performedPeriod"}));
    Observation obs;
    obs.date = date;
    obs.analyte = Analyte::kTherapyPhase;
    obs.has_value = false;
    obs.text = "transplant";
    obs.note = name;
    obs.fhir_id = id;
    cur_->observations.push_back(std::move(obs));
    return Status::Ok();
  }

  Result<Date> EffectiveDate(const json& r, const std::string& path,
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

  Status ObservationResource(const json& r, const std::string& path, const std::string& id) {
    const std::string status = StringAt(r, "status");
    if (status == "entered-in-error" || status == "cancelled") {
      cur_->ignored.push_back(fmt::format("{}: status {}", id, status));
      return Status::Ok();
    }
    // Identify the analyte.
    const json* code = r.contains("code") && r["code"].is_object() ? &r["code"] : nullptr;
    if (code == nullptr) {
      return Status::Invalid("Observation has no code", "give code.coding (LOINC) or code.text",
                             Where(path + ".code"));
    }
    std::optional<Analyte> analyte;
    std::string loinc;
    if (auto it = code->find("coding"); it != code->end() && it->is_array()) {
      for (const json& c : *it) {
        if (!c.is_object() || StringAt(c, "system") != kLoincSystem) continue;
        loinc = StringAt(c, "code");
        if (IsComputedResultCode(loinc)) {
          cur_->ignored.push_back(
              fmt::format("{}: computed result (LOINC {}), not an input", id, loinc));
          return Status::Ok();
        }
        if (std::find(std::begin(kFlcRatioLoincs), std::end(kFlcRatioLoincs), loinc) !=
            std::end(kFlcRatioLoincs)) {
          cur_->ignored.push_back(fmt::format(
              "{}: kappa/lambda ratio (LOINC {}) is computed from the kappa and lambda values", id,
              loinc));
          return Status::Ok();
        }
        analyte = AnalyteFromLoinc(loinc);
        if (analyte) break;
      }
    }
    if (!analyte) {
      std::string text = StringAt(*code, "text");
      if (!text.empty()) analyte = AnalyteFromName(text);
      if (auto it = code->find("coding"); !analyte && it != code->end() && it->is_array()) {
        for (const json& c : *it) {
          if (c.is_object() && (analyte = AnalyteFromName(StringAt(c, "display")))) break;
        }
      }
    }
    if (!analyte || *analyte == Analyte::kTherapyStart) {
      cur_->ignored.push_back(fmt::format("{}: '{}'{} is not a test oncoguide uses", id,
                                          ConceptText(*code),
                                          loinc.empty() ? "" : " (LOINC " + loinc + ")"));
      return Status::Ok();
    }
    OG_ASSIGN_OR_RETURN(Date date,
                        EffectiveDate(r, path, {"effectiveDateTime", "effectivePeriod"}));

    Observation obs;
    obs.date = date;
    obs.analyte = *analyte;
    obs.fhir_id = id;
    obs.corrected = status == "corrected" || status == "amended";
    OG_RETURN_IF_ERROR(ObservationValue(r, path, &obs));
    // Reference range.
    if (auto rr = r.find("referenceRange"); rr != r.end() && rr->is_array() && !rr->empty()) {
      const json& range = (*rr)[0];
      for (const char* bound : {"low", "high"}) {
        if (!range.is_object() || !range.contains(bound)) continue;
        const json& q = range[bound];
        const std::string bpath = fmt::format("{}.referenceRange[0].{}", path, bound);
        if (!q.is_object() || !q.contains("value") || !q["value"].is_number()) {
          return Status::Invalid("reference range bound has no numeric value", "", Where(bpath));
        }
        std::string unit = StringAt(q, "code");
        if (unit.empty()) unit = StringAt(q, "unit");
        Result<double> v = ParseRefBound(*analyte, fmt::format("{}", q["value"].get<double>()),
                                         unit, std::string("referenceRange.") + bound);
        if (!v.ok()) return v.status().WithLocation(Where(bpath));
        (std::string_view(bound) == "low" ? obs.ref_low : obs.ref_high) = *v;
      }
    }
    if (auto notes = r.find("note"); notes != r.end() && notes->is_array()) {
      for (const json& n : *notes) {
        std::string t = n.is_object() ? StringAt(n, "text") : "";
        if (t.empty()) continue;
        if (!obs.note.empty()) obs.note += "; ";
        obs.note += t;
        const std::string lower = AsciiLower(t);
        if (lower.find("spurious") != std::string::npos ||
            lower.find("lab error") != std::string::npos ||
            lower.find("laboratory error") != std::string::npos) {
          obs.spurious = true;
        }
      }
    }
    if (obs.analyte == Analyte::kFish) {
      return AddFish(obs, path + (r.contains("valueCodeableConcept") ? ".valueCodeableConcept"
                                                                     : ".valueString"));
    }
    cur_->observations.push_back(std::move(obs));
    return Status::Ok();
  }

  Status ObservationValue(const json& r, const std::string& path, Observation* obs) {
    const AnalyteInfo& info = Info(obs->analyte);
    if (auto q = r.find("valueQuantity"); q != r.end()) {
      const std::string qpath = path + ".valueQuantity";
      if (!q->is_object() || !q->contains("value") || !(*q)["value"].is_number()) {
        return Status::Invalid("valueQuantity has no numeric value", "give valueQuantity.value",
                               Where(qpath + ".value"));
      }
      std::string unit_field = "code";
      std::string unit = StringAt(*q, "system") == kUcumSystem ? StringAt(*q, "code") : "";
      if (unit.empty()) {
        unit = StringAt(*q, "unit");
        unit_field = "unit";
      }
      if (unit.empty()) {
        unit = StringAt(*q, "code");
        unit_field = unit.empty() ? "unit" : "code";
      }
      std::string value = fmt::format("{}", (*q)["value"].get<double>());
      if (auto cmp = q->find("comparator"); cmp != q->end()) {
        const std::string c = cmp->is_string() ? cmp->get<std::string>() : "";
        if (c != "<" && c != "<=" && c != ">" && c != ">=") {
          return Status::Invalid(
              fmt::format("comparator '{}' is not a limit oncoguide can read",
                          EchoForMessage(cmp->is_string() ? c : cmp->dump())),
              "use <, <=, > or >= (\"ad\", sufficient to achieve, is not a lab result)",
              Where(qpath + ".comparator"));
        }
        value = c + value;
      }
      Status s = ParseValue(value, unit, obs);
      if (!s.ok()) {
        // Point at the unit when it is the unit that is missing or wrong, else at the value.
        const bool bad_unit = unit.empty() || (info.kind == ValueKind::kQuantity &&
                                               !UnitFactor(obs->analyte, unit).ok());
        return s.WithLocation(Where(qpath + "." + (bad_unit ? unit_field : "value")));
      }
      return Status::Ok();
    }
    if (auto v = r.find("valueInteger"); v != r.end() && v->is_number_integer()) {
      Status s = ParseValue(fmt::format("{}", v->get<long long>()), "", obs);
      return s.ok() ? s : s.WithLocation(Where(path + ".valueInteger"));
    }
    if (auto v = r.find("valueBoolean"); v != r.end() && v->is_boolean()) {
      Status s = ParseValue(v->get<bool>() ? "yes" : "no", "", obs);
      return s.ok() ? s : s.WithLocation(Where(path + ".valueBoolean"));
    }
    std::string text;
    std::string vpath;
    if (auto v = r.find("valueCodeableConcept"); v != r.end()) {
      vpath = path + ".valueCodeableConcept";
      // SNOMED CT qualifier values for coded results. The code decides when present: its display
      // is often the fully specified name ("Positive (qualifier value)"), which is not a word
      // ParseCoded knows.
      if (auto coding = v->find("coding");
          info.kind == ValueKind::kCoded && coding != v->end() && coding->is_array()) {
        for (const json& c : *coding) {
          const std::string code = c.is_object() ? StringAt(c, "code") : "";
          if (code == kSnomedPositive || code == kSnomedPresent) text = "positive";
          if (code == kSnomedNegative || code == kSnomedAbsent) text = "negative";
        }
      }
      if (text.empty()) text = ConceptText(*v);
    } else if (auto s = r.find("valueString"); s != r.end() && s->is_string()) {
      text = s->get<std::string>();
      vpath = path + ".valueString";
    }
    if (vpath.empty()) {
      return Status::Invalid(fmt::format("Observation for {} has no value", info.name),
                             info.kind == ValueKind::kQuantity
                                 ? "give valueQuantity with a value and a UCUM unit"
                                 : "give valueCodeableConcept or valueString",
                             Where(path));
    }
    if (info.kind == ValueKind::kQuantity) {
      return Status::Invalid(
          fmt::format("{} is given as text '{}', without a unit", info.name, text),
          "give valueQuantity with a value and a UCUM unit", Where(vpath));
    }
    std::string unit;
    if ((obs->analyte == Analyte::kMrdNgf || obs->analyte == Analyte::kMrdNgs)) {
      unit = SensitivityFromMethod(r);
    }
    if (obs->analyte == Analyte::kFish) {
      obs->text = text;  // split and parsed in AddFish
      return Status::Ok();
    }
    Status s = ParseValue(text, unit, obs);
    return s.ok() ? s : s.WithLocation(Where(vpath));
  }

  static std::string SensitivityFromMethod(const json& r) {
    auto m = r.find("method");
    if (m == r.end()) return {};
    std::string text = ConceptText(*m);
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find_first_of(" ,;()", pos);
      if (end == std::string::npos) end = text.size();
      std::string token = text.substr(pos, end - pos);
      if (!token.empty() && ParseSensitivity(token).ok()) return token;
      pos = end + 1;
    }
    return {};
  }

  // Splits a FISH narrative into findings at ',' or ';' outside parentheses.
  // `vpath` is the FHIR path of the narrative, for messages.
  Status AddFish(const Observation& obs, const std::string& vpath) {
    const std::string text = obs.text;
    int depth = 0;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      const char c = i < text.size() ? text[i] : ',';
      if (c == '(') ++depth;
      if (c == ')') --depth;
      if ((c == ',' || c == ';') && depth == 0) {
        std::string part = text.substr(start, i - start);
        start = i + 1;
        if (part.find_first_not_of(' ') == std::string::npos) continue;
        Observation one = obs;
        Status s = ParseValue(part, "", &one);
        if (!s.ok()) return s.WithLocation(Where(vpath));
        cur_->observations.push_back(std::move(one));
      }
    }
    return Status::Ok();
  }

  Status MedicationResource(const json& r, const std::string& path, const std::string& id,
                            const std::string& type) {
    const std::string status = StringAt(r, "status");
    if (status == "entered-in-error" || status == "not-taken" || status == "cancelled") {
      cur_->ignored.push_back(fmt::format("{}: status {}", id, status));
      return Status::Ok();
    }
    std::string name;
    if (auto m = r.find("medicationCodeableConcept"); m != r.end()) name = ConceptText(*m);
    if (auto m = r.find("medicationReference"); name.empty() && m != r.end() && m->is_object()) {
      name = StringAt(*m, "display");
    }
    if (name.empty()) {
      return Status::Invalid("the medication has no name",
                             "give medicationCodeableConcept.text or medicationReference.display",
                             Where(path));
    }
    Result<Date> start = type == "MedicationRequest"
                             ? EffectiveDate(r, path, {"authoredOn"})
                             : EffectiveDate(r, path, {"effectiveDateTime", "effectivePeriod"});
    if (!start.ok()) return start.status();
    if (IsSupportive(name)) {
      cur_->ignored.push_back(
          fmt::format("{}: {} is supportive care, not a line of therapy", id, name));
      return Status::Ok();
    }
    if (std::string_view phase = MarkedPhase(r, name); !phase.empty()) {
      Observation obs;
      obs.date = *start;
      obs.analyte = Analyte::kTherapyPhase;
      obs.has_value = false;
      obs.text = std::string(phase);
      obs.note = name;
      obs.fhir_id = id;
      cur_->observations.push_back(std::move(obs));
      return Status::Ok();
    }
    cur_->therapies.push_back(Therapy{*start, name, path, id});
    return Status::Ok();
  }

  // "maintenance" or "consolidation" when the medication resource marks itself as that phase of
  // the running line: in its name, category, dosage text or note; "" otherwise.
  static std::string_view MarkedPhase(const json& r, const std::string& name) {
    std::string text = name;
    if (auto c = r.find("category"); c != r.end()) {
      if (c->is_array()) {
        for (const json& x : *c) text += " " + ConceptText(x);
      } else {
        text += " " + ConceptText(*c);
      }
    }
    for (const char* field : {"dosage", "dosageInstruction", "note"}) {
      auto it = r.find(field);
      if (it == r.end() || !it->is_array()) continue;
      for (const json& d : *it) {
        if (d.is_object()) text += " " + StringAt(d, "text");
      }
    }
    const std::string lower = AsciiLower(text);
    if (lower.find("maintenance") != std::string::npos) return "maintenance";
    if (lower.find("consolidation") != std::string::npos) return "consolidation";
    return {};
  }

  // Resources that start on the same date form one line; a date whose drugs all belong to the
  // line already running continues it.
  Status BuildLines(const std::vector<Therapy>& therapies, PatientRecord* record) {
    std::map<Date, std::vector<const Therapy*>> by_date;
    for (const Therapy& t : therapies) by_date[t.start].push_back(&t);
    std::set<std::string> current;
    for (auto& [date, list] : by_date) {
      std::set<std::string> names;
      for (const Therapy* t : list) names.insert(AsciiLower(t->name));
      const bool continues = !current.empty() && std::includes(current.begin(), current.end(),
                                                               names.begin(), names.end());
      if (continues) {
        for (const Therapy* t : list) {
          record->ignored.push_back(
              fmt::format("{}: {} continues the line already running", t->id, t->name));
        }
        continue;
      }
      current = names;
      Observation obs;
      obs.date = date;
      obs.analyte = Analyte::kTherapyStart;
      obs.has_value = false;
      std::vector<std::string> display;
      for (const Therapy* t : list) {
        if (std::find(display.begin(), display.end(), t->name) == display.end()) {
          display.push_back(t->name);
        }
      }
      obs.text = fmt::format("{}", fmt::join(display, " + "));
      obs.fhir_id = list.front()->id;
      record->observations.push_back(std::move(obs));
    }
    return Status::Ok();
  }

  ReadOptions options_;
  FhirInputs inputs_;
  std::size_t input_ = 0;             // the input being read (first pass)
  FhirByteRange root_bytes_;          // of the value passed to OnRoot
  ResourceRef ref_;                   // where the resource being read lies (first pass)
  std::unique_ptr<FhirIndex> index_;  // the first pass's index (fhir_index.h)
  std::int64_t subject_ = 0;          // in index_, the subject of the resource being read
  Bucket scratch_;                    // the first pass's results of one resource
  Bucket* replay_ = nullptr;          // the second pass's patient, while it is read
  // The value last parsed in the second pass (an NDJSON line holding a Bundle is parsed once
  // for all its entries).
  json parsed_value_;
  bool parsed_ = false;
  std::uint32_t parsed_input_ = 0;
  std::uint64_t parsed_offset_ = 0;
  std::string source_;
  std::string first_source_;
  std::int64_t line_ = 0;  // NDJSON line, 0 otherwise
  Bucket* cur_ = nullptr;
};

}  // namespace

bool IsComputedResultCode(std::string_view loinc) {
  return std::find(std::begin(kComputedCodes), std::end(kComputedCodes), loinc) !=
         std::end(kComputedCodes);
}

namespace {

Result<std::vector<PatientRecord>> Collect(Reader* reader) {
  std::vector<PatientRecord> out;
  OG_RETURN_IF_ERROR(reader->Finish([&out](PatientRecord&& p) {
    out.push_back(std::move(p));
    return Status::Ok();
  }));
  return out;
}

}  // namespace

Result<std::vector<PatientRecord>> ReadFhirCohort(std::string_view json_text,
                                                  const std::string& source,
                                                  const ReadOptions& options) {
  Reader reader(options);
  OG_RETURN_IF_ERROR(reader.AddText(json_text, source, /*copy=*/false));
  return Collect(&reader);
}

Result<PatientRecord> ReadFhir(std::string_view json_text, const std::string& source,
                               const ReadOptions& options) {
  OG_ASSIGN_OR_RETURN(std::vector<PatientRecord> patients,
                      ReadFhirCohort(json_text, source, options));
  OG_RETURN_IF_ERROR(RequireOnePatient(patients, source));
  return std::move(patients.front());
}

struct FhirCohortReader::Impl {
  explicit Impl(const ReadOptions& options) : reader(options) {}
  Reader reader;
};

FhirCohortReader::FhirCohortReader(const ReadOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}
FhirCohortReader::~FhirCohortReader() = default;
Status FhirCohortReader::Add(std::string_view json_text, const std::string& source) {
  return impl_->reader.AddText(json_text, source, /*copy=*/true);
}
Status FhirCohortReader::AddStream(std::istream& in, const std::string& source) {
  return impl_->reader.AddStream(in, source, "");
}
Status FhirCohortReader::AddFile(std::istream& in, const std::string& path,
                                 const std::string& source) {
  return impl_->reader.AddStream(in, source, path);
}
Status FhirCohortReader::Finish(const std::function<Status(PatientRecord&&)>& sink) {
  return impl_->reader.Finish(sink);
}
Result<std::vector<PatientRecord>> FhirCohortReader::Finish() { return Collect(&impl_->reader); }
std::size_t FhirCohortReader::index_memory_bytes() const {
  return impl_->reader.index_memory_bytes();
}
std::uint64_t FhirCohortReader::indexed_resources() const {
  return impl_->reader.indexed_resources();
}

Status RequireOnePatient(const std::vector<PatientRecord>& patients, const std::string& source) {
  if (patients.size() == 1) return Status::Ok();
  std::vector<std::string> ids;
  for (const PatientRecord& p : patients) {
    if (ids.size() == 5) {
      ids.push_back(fmt::format("and {} more", patients.size() - 5));
      break;
    }
    ids.push_back(p.patient_id.empty() ? "(no id)" : EchoForMessage(p.patient_id, 40));
  }
  return Status::Invalid(
      patients.empty() ? fmt::format("{} holds no patient", source)
                       : fmt::format("{} holds {} patients ({}); this answers for one person",
                                     source, patients.size(), fmt::join(ids, ", ")),
      "pass a file with one patient's results (export one patient, or split the cohort)");
}

}  // namespace oncoguide::records
