// Differential oracle for the query corpus (tests/GraphQL.Tests/Differential): reads
//   {starwars: {sdl, data}, harness: {sdl, root}, cases: [{schema: "starwars"|"harness", query, variables?, operationName?}]}
// on stdin and writes, per case, graphql-js 17's verdict:
//   {errors: [message], result?: {hasData, data, errors: [{message, path}]}}
// where errors are the syntax error (one) or the validate() errors, and result (valid documents only) is the execution
// with the schema's resolvers (starwars-schema.mjs, harness-schema.mjs); data is JSON.stringify of the data (key order kept).
import { execute, parse, validate } from 'graphql';
import { buildStarWarsSchema } from './starwars-schema.mjs';
import { buildHarnessSchema } from './harness-schema.mjs';

let input = '';
for await (const chunk of process.stdin) {
  input += chunk;
}

const { starwars, harness, cases } = JSON.parse(input);
const schemas = {
  starwars: { schema: buildStarWarsSchema(starwars.sdl, starwars.data), rootValue: undefined },
  harness: { schema: buildHarnessSchema(harness.sdl), rootValue: harness.root },
};

const answers = [];
for (const { schema: schemaName, query, variables, operationName } of cases) {
  const { schema, rootValue } = schemas[schemaName];
  let document;
  try {
    document = parse(query);
  } catch (error) {
    answers.push({ errors: [error.message] });
    continue;
  }
  const errors = validate(schema, document);
  if (errors.length > 0) {
    answers.push({ errors: errors.map((error) => error.message) });
    continue;
  }
  const result = await execute({ schema, document, rootValue, variableValues: variables ?? undefined, operationName: operationName ?? undefined });
  answers.push({
    errors: [],
    result: {
      hasData: 'data' in result,
      data: 'data' in result ? JSON.stringify(result.data) : null,
      errors: (result.errors ?? []).map((error) => ({ message: error.message, path: error.path ?? null })),
    },
  });
}
process.stdout.write(JSON.stringify(answers));
