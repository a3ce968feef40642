// The Star Wars schema with resolvers over the shared data, as tests/GraphQL.Tests/Execution/StarWars.cs builds it:
// hero of EMPIRE is Luke, otherwise R2-D2; human/droid find by id and type; friends map ids (unknown ids give null);
// secretBackstory throws. Shared by execute-starwars.mjs and differential.mjs so both oracles run the same resolvers.
import { buildSchema } from 'graphql';

export function buildStarWarsSchema(sdl, data) {
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
  return schema;
}
