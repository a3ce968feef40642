// Differential oracle for the executor: reads {sdl, data, cases: [{name, query, variables?, operationName?}]} on stdin,
// executes each case with graphql-js on the Star Wars schema with resolvers over the shared data (the same rules as
// tests/GraphQL.Tests/Execution/StarWars.cs, see starwars-schema.mjs) and
// writes a JSON array of {name, response}, where response is JSON.stringify of graphql-js's result.
import { graphql } from 'graphql';
import { buildStarWarsSchema } from './starwars-schema.mjs';

let input = '';
for await (const chunk of process.stdin) {
  input += chunk;
}

const { sdl, data, cases } = JSON.parse(input);
const schema = buildStarWarsSchema(sdl, data);

const results = [];
for (const { name, query, variables, operationName } of cases) {
  const result = await graphql({ schema, source: query, variableValues: variables, operationName });
  results.push({ name, response: JSON.stringify(result) });
}
process.stdout.write(JSON.stringify(results));
