// The validation-harness schema made executable for the differential corpus, with the same resolvers as
// tests/GraphQL.Tests/Differential/HarnessExecution.cs. Every field reads its own name from the parent object (a JSON
// value sent by the test), except that a value {"$error": message} throws that message, and a few fields compute from
// their arguments so argument coercion shows in the data:
//   name(surname: true) reads "fullName"; human(id) reads humans[id ?? "default"]; doesKnowCommand(dogCommand) says
//   whether "commands" holds it; isHouseTrained echoes atOtherHomes; isAtLocation(x, y) is x <= y (null when one is
//   missing); every ComplicatedArgs field returns its coerced arguments in canonical form (see canonical below).
// Abstract types resolve by the data's "__typename" (graphql-js's default type resolver).
import { buildSchema } from 'graphql';

/** Arguments as text: keys sorted, numbers as JavaScript prints them (Infinity included), absent vs null kept apart. */
export function canonical(value) {
  if (value === null || value === undefined) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

const read = (source, key) => {
  const value = Object.hasOwn(source, key) ? source[key] : null;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.$error === 'string') {
    throw new Error(value.$error);
  }
  return value;
};

export function buildHarnessSchema(sdl) {
  const schema = buildSchema(sdl);
  const special = {
    name: (source, args) => read(source, args.surname === true ? 'fullName' : 'name'),
    human: (source, args) => read(read(source, 'humans'), args.id ?? 'default'),
    doesKnowCommand: (source, args) => (args.dogCommand == null ? null : (read(source, 'commands') ?? []).includes(args.dogCommand)),
    isHouseTrained: (_, args) => args.atOtherHomes,
    isAtLocation: (_, args) => (args.x == null || args.y == null ? null : args.x <= args.y),
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || type.constructor.name !== 'GraphQLObjectType') {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      field.resolve =
        type.name === 'ComplicatedArgs'
          ? (_, args) => `${field.name}${canonical(args)}`
          : (special[field.name] ?? ((source, _, __, info) => read(source, info.fieldName)));
    }
  }
  return schema;
}
