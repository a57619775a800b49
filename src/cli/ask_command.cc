// `oncoguide ask`: grounded, cited answers from the knowledge base (logic in oncoguide/kb).
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <optional>
#include <string>

#include "commands.h"
#include "oncoguide/common/date.h"
#include "oncoguide/kb/asker.h"
#include "oncoguide/kb/knowledge_base.h"
#include "oncoguide/kb/reply.h"
#include "oncoguide/kb/text.h"
#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/lab_date.h"
#include "oncoguide/records/load.h"
#include "oncoguide/report/patient_summary.h"

namespace oncoguide::cli {
namespace {

struct AskOptions {
  std::string question;
  std::string records;
  std::string format = "text";
  std::string knowledge = kb::DefaultKnowledgeDir();
  std::string today;
  std::string date_order;  // "", "dmy" or "mdy" (records/lab_date.h), as for assess
};

Date Today() {
  using namespace std::chrono;
  return Date::FromDays(
      static_cast<int>(floor<days>(system_clock::now()).time_since_epoch().count()));
}

int RunAsk(const AskOptions& o) {
  if (kb::Trim(o.question).empty()) {
    return PrintError(
        "ask", Status::Invalid("the question is empty", "oncoguide ask \"What is VGPR?\""), 2);
  }
  Date today = Today();
  if (!o.today.empty()) {
    std::optional<Date> d = Date::Parse(o.today);
    if (!d) {
      return PrintError(
          "ask", Status::Invalid(fmt::format("--today '{}' is not a date", o.today), "YYYY-MM-DD"),
          2);
    }
    today = *d;
  }
  Result<std::unique_ptr<kb::Asker>> asker = kb::Asker::Create(o.knowledge);
  if (!asker.ok()) {
    return PrintError("ask", asker.status());
  }
  // A records file that fails to load never hides the reply (issue 9): crisis and emergency
  // triage and the general answer come first, the records error after them, and the exit
  // code still says the input was bad.
  // The person's summary is computed (pipeline) and presented (report) here, then joined to
  // the knowledge-base reply: kb knows nothing of records.
  std::optional<kb::PersonalBlock> personal;
  std::optional<report::PersonalSection> summary;
  std::string records_error;
  if (!o.records.empty()) {
    Result<pipeline::PatientResult> result = pipeline::LoadOnePatientResult(
        o.records, response::Imwg2016(), ReadOptionsFor(o.date_order));
    if (result.ok()) {
      summary = report::Summarize(*result, today);
      personal = kb::PersonalBlock{ToJson(*summary), report::ToLines(*summary), ""};
    } else {
      records_error = result.status().ToString();
    }
  }
  kb::Reply reply = (*asker)->Ask(o.question, personal ? &*personal : nullptr);
  // A personal topic leads with the person's own answer, from their numbers.
  if (reply.personal && summary && reply.topic) {
    reply.personal->lead = report::PersonalLead(*summary, *reply.topic);
    if (summary->progression_date &&
        (*reply.topic == "my-response" || *reply.topic == "my-labs-trend")) {
      // Confirmed progression: the questions for what comes next first, then two of the topic's.
      std::vector<std::string> q = {
          "What do my latest results mean, and do you read them as a relapse?",
          "What are my options now, and what would each one involve for me?",
          "Is a clinical trial something I could consider?"};
      for (size_t i = 0; i < reply.questions_to_ask.size() && i < 2; ++i) {
        q.push_back(reply.questions_to_ask[i]);
      }
      reply.questions_to_ask = std::move(q);
    }
  }
  const bool general =
      reply.kind == kb::ReplyKind::kAnswer || reply.kind == kb::ReplyKind::kPersonalDecision;
  const bool invited = std::any_of(reply.notes.begin(), reply.notes.end(), [](const auto& n) {
    return n.find("--records") != std::string::npos;
  });
  if (general && o.records.empty() && !invited) {
    reply.notes.push_back(
        "To see how this applies to you, add your lab records: oncoguide ask --records FILE "
        "\"...\" (CSV or FHIR; nothing leaves your machine).");
  }
  if (o.format == "json") {
    std::cout << kb::ToJson(reply).dump(2) << "\n";
  } else {
    std::cout << kb::ToText(reply);
  }
  std::cout.flush();
  if (!records_error.empty()) {
    std::cerr << "oncoguide ask: your records could not be read, so the reply above does not "
                 "use them: "
              << records_error << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void RegisterAsk(CLI::App& app, int* exit_code) {
  auto opts = std::make_shared<AskOptions>();
  CLI::App* cmd =
      app.add_subcommand("ask", "Answer a question about myeloma from the cited knowledge base");
  cmd->add_option("question", opts->question, "The question, in quotes")->required();
  cmd->add_option("--records", opts->records,
                  "Your lab records (CSV or FHIR JSON) for a personal section");
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  AddDateOrderOption(cmd, &opts->date_order, "the records file");
  cmd->add_option("--knowledge", opts->knowledge, "Knowledge base directory")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--today", opts->today,
                  "Date used to decide whether follow-up is overdue (YYYY-MM-DD; default today)");
  cmd->callback([opts, exit_code]() { *exit_code = RunAsk(*opts); });
}

}  // namespace oncoguide::cli
