// Differential oracle for the executor: reads {sdl, data, cases: [{name, query, variables?, operationName?}]} on stdin,
// executes each case with graphql-js on the Star Wars schema with resolvers over the shared data (the same rules as
// tests/GraphQL.Tests/Execution/StarWars.cs: hero of EMPIRE is Luke, otherwise R2-D2; secretBackstory throws) and
// writes a JSON array of {name, response}, where response is JSON.stringify of graphql-js's result.
import { buildSchema, graphql } from 'graphql';

let input = '';
for await (const chunk of process.stdin) {
  input += chunk;
}

const { sdl, data, cases } = JSON.parse(input);
const episodes = { 4: 'NEW_HOPE', 5: 'EMPIRE', 6: 'JEDI' };
const characters = new Map(data.characters.map((c) => [c.id, { ...c, appearsIn: c.appearsIn.map((e) => episodes[e]) }]));
const schema = buildSchema(sdl);

const byType = (type) => (_, args) => {
  const found = characters.get(args.id);
  return found && found.type === type ? found : null;
};
const characterFields = {
  friends: (c) => c.friends.map((id) => characters.get(id) ?? null),
  secretBackstory: () => {
    throw new Error('secretBackstory is secret.');
  },
};
const resolvers = {
  Query: {
    hero: (_, args) => characters.get(args.episode === 'EMPIRE' ? '1000' : '2001'),
    human: byType('Human'),
    droid: byType('Droid'),
  },
  Human: characterFields,
  Droid: characterFields,
};
for (const [typeName, fields] of Object.entries(resolvers)) {
  const type = schema.getType(typeName);
  for (const [fieldName, resolve] of Object.entries(fields)) {
    type.getFields()[fieldName].resolve = resolve;
  }
}
schema.getType('Character').resolveType = (value) => value.type;

const results = [];
for (const { name, query, variables, operationName } of cases) {
  const result = await graphql({ schema, source: query, variableValues: variables, operationName });
  results.push({ name, response: JSON.stringify(result) });
}
process.stdout.write(JSON.stringify(results));
