// The official Node driver against an embedded server with users. Arguments: four URIs (credentials with the
// default mechanism, credentials with SCRAM-SHA-1, a wrong password, no credentials). Prints one line per attempt,
// "label: <what happened>"; the C# test (ServerAuthenticationTests) decides whether that is right.
import { MongoClient } from 'mongodb';

const [withDefault, withSha1, wrongPassword, anonymous] = process.argv.slice(2);
if (!anonymous) {
  console.error('usage: node node-driver-auth.mjs <uri> <sha1-uri> <wrong-password-uri> <anonymous-uri>');
  process.exit(2);
}

function describe(e) {
  return `${e.constructor.name} ${e.code} ${e.codeName} ${e.message}`;
}

async function attempt(label, uri, body) {
  // Short server selection: a failed authentication otherwise retries until the 30 s default.
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 2000 });
  try {
    console.log(`${label}: ${await body(client)}`);
  } catch (e) {
    console.log(`${label}: ${describe(e.cause ?? e)}`);
  } finally {
    await client.close();
  }
}

async function pingAndInsert(client) {
  const ping = await client.db('admin').command({ ping: 1 });
  const r = await client.db('films').collection('auth').insertOne({ at: new Date() });
  return `ok ${ping.ok}, inserted ${r.acknowledged ? 1 : 0}`;
}

await attempt('default', withDefault, pingAndInsert);
await attempt('SCRAM-SHA-1', withSha1, pingAndInsert);
await attempt('wrong password', wrongPassword, (client) => client.connect().then(() => 'connected'));
await attempt('no credentials, ping', anonymous, async (client) => `ok ${(await client.db('admin').command({ ping: 1 })).ok}`);
await attempt('no credentials, find', anonymous, async (client) => `${(await client.db('films').collection('auth').find({}).toArray()).length} documents`);
