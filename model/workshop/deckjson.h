// The deck as JSON, for the scenario file: {"slides": [{"title", "notes", "page", "inputs",
// "flowchartAnswers", "followInputs", "failed", "zoom", "centre"}, ...]}. Reading never throws:
// every problem becomes a Diagnostic with the JSON pointer of the value, and the slide keeps what
// could be read.
#pragma once

#include "deck.h"
#include "diagnostic.h"

#include <nlohmann/json.hpp>

namespace archscape {

struct Catalog;

nlohmann::ordered_json deckToJson(const Deck &deck);
// `pointer` is where `json` sits in its file (e.g. "/deck"), prefixed to every diagnostic. With a
// catalog, slide inputs are checked against the model's ranges and options (ScenarioInputs::set).
Deck deckFromJson(const nlohmann::ordered_json &json, const QString &pointer, Diagnostics &diagnostics,
                  const Catalog *catalog = nullptr);

// The inputs object alone, with the ids of `archscape evaluate --set` as keys (the format
// `archscape evaluate` prints and `--scenario` reads). read_volume is written only when set.
nlohmann::ordered_json inputsToJson(const ScenarioInputs &inputs);
// Starts from `base` (the model's defaults, usually) and applies every key present.
ScenarioInputs inputsFromJson(const nlohmann::ordered_json &json, const QString &pointer, Diagnostics &diagnostics,
                              const ScenarioInputs &base = {}, const Catalog *catalog = nullptr);

} // namespace archscape
