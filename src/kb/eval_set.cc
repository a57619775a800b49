#include "oncoguide/kb/eval_set.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>

namespace oncoguide::kb {

Result<std::vector<EvalRow>> LoadEvalSet(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(fmt::format("cannot read eval set '{}'", path));
  std::vector<EvalRow> rows;
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (lineno == 1 || line.empty()) continue;  // header
    std::vector<std::string> f;
    size_t start = 0;
    for (int i = 0; i < 3; ++i) {
      size_t tab = line.find('\t', start);
      if (tab == std::string::npos) break;
      f.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    if (f.size() != 3) {
      return Status::Invalid("eval row does not have 4 tab-separated fields",
                             "split<TAB>kind<TAB>topic<TAB>question", {path, lineno, ""});
    }
    rows.push_back({f[0], f[1], f[2], line.substr(start), lineno});
  }
  return rows;
}

EvalScores Score(const Asker& asker, const std::vector<EvalRow>& rows, const std::string& split) {
  EvalScores s;
  for (const EvalRow& row : rows) {
    if (!split.empty() && row.split != split) continue;
    const Reply r = asker.Ask(row.question);
    const std::string kind(KindName(r.kind));
    const std::string topic = r.topic.value_or("-");
    bool ok = kind == row.kind;
    if (row.kind == "answer") {
      // "a|b": either topic is right (rows written before a more specific topic existed).
      bool topic_ok = false;
      for (size_t start = 0; start <= row.topic.size();) {
        const size_t bar = row.topic.find('|', start);
        const size_t end = bar == std::string::npos ? row.topic.size() : bar;
        topic_ok = topic_ok || row.topic.compare(start, end - start, topic) == 0;
        start = end + 1;
      }
      ok = ok && topic_ok;
      ++s.over_triage.total;
      s.over_triage.hits += kind == "emergency" || kind == "crisis";
      ++s.answer_top1.total;
      s.answer_top1.hits += ok;
      if (ok) s.min_correct_confidence = std::min(s.min_correct_confidence, r.confidence);
    } else if (row.kind == "not_covered") {
      ++s.refusal_recall.total;
      s.refusal_recall.hits += ok;
    } else if (row.kind == "emergency") {
      ++s.emergency_recall.total;
      s.emergency_recall.hits += ok;
    } else if (row.kind == "crisis") {
      ++s.crisis_recall.total;
      s.crisis_recall.hits += ok;
    } else if (row.kind == "personal_decision") {
      ++s.decision_accuracy.total;
      s.decision_accuracy.hits += ok;
    }
    if (kind == "not_covered") {
      ++s.refusal_precision.total;
      s.refusal_precision.hits += row.kind == "not_covered";
    }
    if (!ok) {
      std::string notes;
      for (const std::string& n : r.notes) {
        if (n.starts_with("read as")) notes += " {" + n + "}";
      }
      s.misses.push_back(fmt::format("line {} [{}] expected {}/{}, got {}/{} ({:.2f}): {}{}",
                                     row.line, row.split, row.kind, row.topic, kind, topic,
                                     r.confidence, row.question, notes));
    }
  }
  return s;
}

}  // namespace oncoguide::kb
