// Differential oracle for the GraphQL language layer: reads a JSON array of {name, source, maxTokens?} on stdin and writes a
// JSON array of {name, printed} (graphql-js print(parse(source))) or {name, error: {message, line, column}}.
import { parse, print, GraphQLError } from 'graphql';

let input = '';
for await (const chunk of process.stdin) {
  input += chunk;
}

const results = JSON.parse(input).map(({ name, source, maxTokens }) => {
  try {
    const options = maxTokens == null ? undefined : { maxTokens };
    return { name, printed: print(parse(source, options)) };
  } catch (error) {
    if (!(error instanceof GraphQLError)) {
      throw error;
    }
    const location = error.locations?.[0] ?? { line: 0, column: 0 };
    return { name, error: { message: error.message, line: location.line, column: location.column } };
  }
});

process.stdout.write(JSON.stringify(results));
