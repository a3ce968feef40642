// Converts YAML to JSON for the .NET tests (no .NET YAML library is available). With file arguments it prints one JSON
// object mapping each given path to its parsed document; without arguments it converts the YAML read on stdin.
// Duplicate mapping keys are accepted with "last key wins": graphql-cats' execution/Executor.yaml repeats `c: Cookie`.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

const options = { uniqueKeys: false, merge: false };
const files = process.argv.slice(2);
if (files.length === 0) {
  let input = '';
  for await (const chunk of process.stdin) {
    input += chunk;
  }
  process.stdout.write(JSON.stringify(parse(input, options)));
} else {
  const documents = {};
  for (const file of files) {
    documents[file] = parse(await readFile(file, 'utf8'), options);
  }
  process.stdout.write(JSON.stringify(documents));
}
