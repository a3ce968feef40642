// Differential oracle for document validation: reads {schema, rules?, maxErrors?, hideSuggestions?, queries: [string]} on stdin (rules: graphql-js rule
// names without the "Rule" suffix, applied in specifiedRules order; default all specified rules) and writes a JSON array
// with, per query, the list of {message, locations: [{line, column}]} that graphql-js 17 validate() reports.
import * as graphql from 'graphql';

let input = '';
for await (const chunk of process.stdin) {
  input += chunk;
}

const { schema: sdl, rules: ruleNames, queries, maxErrors, hideSuggestions } = JSON.parse(input);
const schema = graphql.buildSchema(sdl);
let rules = graphql.specifiedRules;
if (ruleNames != null) {
  const wanted = new Set(ruleNames.map((name) => graphql[name + 'Rule']));
  for (const name of ruleNames) {
    if (graphql[name + 'Rule'] == null) {
      throw new Error(`Unknown rule ${name}`);
    }
  }
  rules = graphql.specifiedRules.filter((rule) => wanted.has(rule));
}

const results = queries.map((query) =>
  graphql.validate(schema, graphql.parse(query), rules, { maxErrors: maxErrors ?? 100, hideSuggestions: hideSuggestions ?? false }).map((error) => ({
    message: error.message,
    locations: error.locations ?? [],
  })),
);

process.stdout.write(JSON.stringify(results));
