// The reference side of the load benchmark: the MFlix app of seed 002 served by Apollo Server (standalone, Node
// http) over graphql-js, DataLoader and the official Node driver.
//
//   node server.mjs --uri mongodb://127.0.0.1:27017/ --port 4000 [--app ../mflix-app.json]
//
// The type definitions are the app definition's own SDL (plus the BSON scalars RESTHeart predeclares), so the two
// servers cannot drift apart; the mappings are written out by hand in resolvers.mjs. Prints one line,
// `ready http://127.0.0.1:<port>/`, once it accepts requests; stops on SIGINT or SIGTERM.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { MongoClient } from 'mongodb';
import { createLoaders } from './loaders.mjs';
import { resolvers } from './resolvers.mjs';

function parseArgs(argv) {
  const parsed = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) throw new Error(`usage: node server.mjs --uri <mongodb uri> --port <n> [--app <definition.json>]`);
    parsed[argv[i].slice(2)] = argv[i + 1];
  }
  return parsed;
}

const args = parseArgs(process.argv.slice(2));
const uri = args.uri ?? process.env.MONGODB_URI;
if (!uri) throw new Error('--uri or MONGODB_URI is required');
const port = Number(args.port ?? 4000);
const appPath = args.app ?? fileURLToPath(new URL('../mflix-app.json', import.meta.url));
const definition = JSON.parse(await readFile(appPath, 'utf8'));

const client = new MongoClient(uri);
await client.connect();
const db = client.db('sample_mflix');

const server = new ApolloServer({
  typeDefs: `scalar ObjectId\nscalar DateTime\nscalar BsonDocument\n${definition.schema}`,
  resolvers,
});
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port },
  context: async () => ({ db, loaders: createLoaders(db) }),
});
console.log(`ready ${url}`);

async function shutdown() {
  await server.stop();
  await client.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
