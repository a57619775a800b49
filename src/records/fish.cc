#include "oncoguide/records/fish.h"

#include <fmt/format.h>

#include <charconv>
#include <string>

#include "oncoguide/common/text.h"

namespace oncoguide::records {
namespace {

struct Spelling {
  std::string_view text;  // lower case, spaces and separators removed (see Squash)
  FishAbnormality abnormality;
};

constexpr Spelling kSpellings[] = {
    {"nonedetected", FishAbnormality::kNoneDetected},
    {"none", FishAbnormality::kNoneDetected},
    {"normal", FishAbnormality::kNoneDetected},
    {"negative", FishAbnormality::kNoneDetected},
    {"noabnormalitydetected", FishAbnormality::kNoneDetected},
    {"noabnormalitiesdetected", FishAbnormality::kNoneDetected},
    {"nootherabnormalitydetected", FishAbnormality::kNoneDetected},
    {"nootherabnormalitiesdetected", FishAbnormality::kNoneDetected},
    {"nootherabnormality", FishAbnormality::kNoneDetected},
    {"nootherabnormalities", FishAbnormality::kNoneDetected},
    {"del(17p)", FishAbnormality::kDel17p},
    {"del17p", FishAbnormality::kDel17p},
    {"del(17p13)", FishAbnormality::kDel17p},
    {"del(17p13.1)", FishAbnormality::kDel17p},
    {"del17p13", FishAbnormality::kDel17p},
    {"del17p13.1", FishAbnormality::kDel17p},
    {"17pdeletion", FishAbnormality::kDel17p},
    {"17p", FishAbnormality::kDel17p},
    {"tp53deletion", FishAbnormality::kDel17p},
    {"t(4;14)", FishAbnormality::kT4_14},
    {"t(4,14)", FishAbnormality::kT4_14},
    {"t4;14", FishAbnormality::kT4_14},
    {"t(14;16)", FishAbnormality::kT14_16},
    {"t(14,16)", FishAbnormality::kT14_16},
    {"t14;16", FishAbnormality::kT14_16},
    {"t(14;20)", FishAbnormality::kT14_20},
    {"t(14,20)", FishAbnormality::kT14_20},
    {"t14;20", FishAbnormality::kT14_20},
    {"t(11;14)", FishAbnormality::kT11_14},
    {"t(11,14)", FishAbnormality::kT11_14},
    {"t11;14", FishAbnormality::kT11_14},
    {"gain(1q)", FishAbnormality::kGain1q},
    {"1qgain", FishAbnormality::kGain1q},
    {"gain1q", FishAbnormality::kGain1q},
    {"+1q", FishAbnormality::kGain1q},
    {"gain(1q21)", FishAbnormality::kGain1q},
    {"amp(1q)", FishAbnormality::kAmp1q},
    {"1qamplification", FishAbnormality::kAmp1q},
    {"amp1q", FishAbnormality::kAmp1q},
    {"amp(1q21)", FishAbnormality::kAmp1q},
    {"del(1p32)", FishAbnormality::kDel1p32},
    {"del1p32", FishAbnormality::kDel1p32},
    {"1p32deletion", FishAbnormality::kDel1p32},
    {"del(1p)", FishAbnormality::kDel1p32},
    {"monoallelicdel(1p32)", FishAbnormality::kDel1p32},
    {"biallelicdel(1p32)", FishAbnormality::kDel1p32Biallelic},
    {"del(1p32)biallelic", FishAbnormality::kDel1p32Biallelic},
};

std::string Squash(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '_' || c == '-' || c == '\t') continue;
    out.push_back(AsciiLower(c));
  }
  return out;
}

// Words around an abnormality that report it tested and not found, on the squashed text.
constexpr std::string_view kNegativePrefixes[] = {"negativefor", "no", "without"};
constexpr std::string_view kNegativeSuffixes[] = {"notdetected", "notseen", ":negative", "negative",
                                                  "(negative)",  "absent",  ":neg"};

const Spelling* FindSpelling(std::string_view key) {
  for (const Spelling& s : kSpellings) {
    if (s.text == key) return &s;
  }
  return nullptr;
}

// The abnormality named by `key` with a negation word removed, or nullptr when `key` is not a
// negated abnormality. "none detected" is not negated ("no none" means nothing).
const Spelling* FindNegated(std::string_view key) {
  auto abnormality = [](std::string_view rest) -> const Spelling* {
    const Spelling* s = FindSpelling(rest);
    return s != nullptr && s->abnormality != FishAbnormality::kNoneDetected ? s : nullptr;
  };
  for (std::string_view p : kNegativePrefixes) {
    if (key.size() > p.size() && key.substr(0, p.size()) == p) {
      if (const Spelling* s = abnormality(key.substr(p.size()))) return s;
    }
  }
  for (std::string_view x : kNegativeSuffixes) {
    if (key.size() > x.size() && key.substr(key.size() - x.size()) == x) {
      if (const Spelling* s = abnormality(key.substr(0, key.size() - x.size()))) return s;
    }
  }
  return nullptr;
}

}  // namespace

std::string FishText(const FishFinding& f) {
  std::string text = f.detected ? "" : "no ";
  text += FishName(f.abnormality);
  return text;
}

std::string_view FishName(FishAbnormality a) {
  switch (a) {
    case FishAbnormality::kNoneDetected:
      return "none detected";
    case FishAbnormality::kDel17p:
      return "del(17p)";
    case FishAbnormality::kT4_14:
      return "t(4;14)";
    case FishAbnormality::kT14_16:
      return "t(14;16)";
    case FishAbnormality::kT14_20:
      return "t(14;20)";
    case FishAbnormality::kT11_14:
      return "t(11;14)";
    case FishAbnormality::kGain1q:
      return "gain(1q)";
    case FishAbnormality::kAmp1q:
      return "amp(1q)";
    case FishAbnormality::kDel1p32:
      return "del(1p32)";
    case FishAbnormality::kDel1p32Biallelic:
      return "biallelic del(1p32)";
  }
  return "";
}

Result<FishFinding> ParseFish(std::string_view text) {
  FishFinding finding;
  std::string_view body = text;
  // Optional trailing clonal fraction: "<abnormality> <number>%".
  while (!body.empty() && body.back() == ' ') body.remove_suffix(1);
  if (!body.empty() && body.back() == '%') {
    size_t end = body.size() - 1;
    while (end > 0 && body[end - 1] == ' ') --end;  // "45 %"
    size_t start = end;
    while (start > 0 &&
           (std::isdigit(static_cast<unsigned char>(body[start - 1])) || body[start - 1] == '.')) {
      --start;
    }
    double pct = 0;
    auto [p, ec] = std::from_chars(body.data() + start, body.data() + end, pct);
    if (start == end || ec != std::errc() || p != body.data() + end || pct < 0 || pct > 100) {
      return Status::Invalid(fmt::format("FISH clonal fraction in '{}' is not a percentage", text),
                             "write it as e.g. 'del(17p) 45%'");
    }
    finding.clonal_fraction_percent = pct;
    body = body.substr(0, start);
  }
  const std::string key = Squash(body);
  if (const Spelling* s = FindSpelling(key)) {
    finding.abnormality = s->abnormality;
    return finding;
  }
  if (const Spelling* s = FindNegated(key)) {
    if (finding.clonal_fraction_percent) {
      return Status::Invalid(
          fmt::format("FISH result '{}' reports an abnormality as not found and gives a clonal "
                      "fraction",
                      text),
          "give the fraction only for an abnormality that was found, e.g. 'del(17p) 45%'");
    }
    finding.abnormality = s->abnormality;
    finding.detected = false;
    return finding;
  }
  return Status::Invalid(
      fmt::format("FISH result '{}' is not an abnormality oncoguide knows", text),
      "use one of: del(17p), t(4;14), t(14;16), t(14;20), t(11;14), gain(1q), amp(1q), "
      "del(1p32), biallelic del(1p32), none detected (one abnormality per row); a tested "
      "abnormality that was not found as e.g. 'no del(17p)'");
}

}  // namespace oncoguide::records
