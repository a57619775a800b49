// The source registry: one YAML file per cited source under knowledge/sources/.
//
// Contract (see knowledge/FORMAT.md):
//   - Each file `sources/<id>.yaml` holds the keys id, authors, title, container, year, url and
//     kind; `id` equals the file name without ".yaml".
//   - kind is one of paper, patient-guideline, statistics, drug-label, organisation.
// LoadSources() refuses the registry whole at the first bad file: the Status names the file,
// the line (when yaml-cpp reports one), the cause and a hint.
#ifndef ONCOGUIDE_KB_SOURCE_H_
#define ONCOGUIDE_KB_SOURCE_H_

#include <map>
#include <string>

#include "oncoguide/common/status.h"

namespace oncoguide::kb {

struct Source {
  std::string id;
  std::string authors;
  std::string title;
  std::string container;
  int year = 0;
  std::string url;
  std::string kind;
  std::string file;  // path it was read from
};

// Parses one source file's content. `file` is used in error locations only.
Result<Source> ParseSource(const std::string& content, const std::string& file);

// Reads every *.yaml under `dir` (non-recursive), keyed by id. A missing directory is an error.
Result<std::map<std::string, Source>> LoadSources(const std::string& dir);

// The full citation string: "Authors. Title. Container. Year. Locator." — parts that are empty
// are left out; `locator` is the marker's locator ("Table 3"), may be empty.
std::string FormatCitation(const Source& source, const std::string& locator);

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_SOURCE_H_
