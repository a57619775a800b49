// kb_check DIR: validates the knowledge base under DIR (topics, sources, synonym table, triage
// rules) and prints every problem as "file:line: cause. Hint: hint". Exit status 0 when valid,
// 1 when not, 2 on bad usage. Run by the `knowledge_check` build target.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "oncoguide/kb/knowledge_base.h"
#include "oncoguide/kb/synonyms.h"
#include "oncoguide/kb/triage.h"

int main(int argc, char** argv) {
  namespace kb = oncoguide::kb;
  if (argc != 2) {
    std::cerr << "usage: kb_check KNOWLEDGE_DIR\n";
    return 2;
  }
  const std::string dir = argv[1];
  auto loaded = kb::LoadKnowledgeBase(dir);
  if (!loaded.ok()) {
    std::cerr << "kb_check: " << loaded.status().ToString() << "\n";
    return 1;
  }
  std::vector<oncoguide::Status> problems = kb::ValidateKnowledgeBase(*loaded);
  auto syn = kb::SynonymTable::Load((std::filesystem::path(dir) / "synonyms.yaml").string());
  if (!syn.ok()) problems.push_back(syn.status());
  auto triage = kb::LoadTriage((std::filesystem::path(dir) / "triage").string());
  if (!triage.ok()) problems.push_back(triage.status());
  for (const oncoguide::Status& s : problems) std::cerr << "kb_check: " << s.ToString() << "\n";
  if (!problems.empty()) {
    std::cerr << fmt::format("kb_check: {} problem(s) in the knowledge base {}\n", problems.size(),
                             dir);
    return 1;
  }
  std::cout << fmt::format("kb_check: {} topics, {} sources: OK\n", loaded->topics.size(),
                           loaded->sources.size());
  return 0;
}
