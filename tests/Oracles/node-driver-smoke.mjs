// Wire-faithfulness check for the embedded server: the official Node driver, default options, against the
// URI in argv[2]. Prints one JSON summary on stdout; any driver error exits non-zero with the message.
import { MongoClient } from 'mongodb';

const uri = process.argv[2];
if (!uri) {
  console.error('usage: node node-driver-smoke.mjs <mongodb-uri>');
  process.exit(2);
}

const client = new MongoClient(uri);
try {
  await client.connect();
  const db = client.db('smoke');
  const movies = db.collection('movies');
  const ping = await db.command({ ping: 1 });
  const build = await client.db('admin').command({ buildInfo: 1 });
  const insertMany = await movies.insertMany([
    { _id: 1, title: 'Alien', year: 1979 },
    { _id: 2, title: 'Heat', year: 1995 },
    { _id: 3, title: 'Up', year: 2009 },
    { _id: 4, title: 'Her', year: 2013 },
    { _id: 5, title: 'Jaws', year: 1975 },
  ]);
  const insertOne = await movies.insertOne({ title: 'Generated id' });
  let duplicate = null;
  try {
    await movies.insertOne({ _id: 1, title: 'again' });
  } catch (e) {
    duplicate = { code: e.code, message: e.message };
  }
  const all = await movies.find({}).toArray();
  const first = await movies.findOne({ _id: 2 });
  const estimated = await movies.estimatedDocumentCount();
  const indexName = await movies.createIndex({ year: 1 }, { unique: true });
  const indexes = (await movies.listIndexes().toArray()).map((i) => i.name);
  const collections = (await db.listCollections().toArray()).map((c) => c.name);
  const batches = [];
  const cursor = movies.find({}, { batchSize: 2 });
  let iterated = 0;
  for await (const doc of cursor) {
    iterated += 1;
    batches.push(doc.title);
  }
  const distinctYears = await movies.distinct('year', { _id: { $lte: 3 } });
  const updated = await movies.updateOne({ _id: 3 }, { $set: { seen: true } });
  const modified = await movies.findOneAndUpdate({ _id: 4 }, { $inc: { year: 1 } }, { returnDocument: 'after' });
  const counted = await movies.countDocuments({ year: { $gte: 1990 } });
  const grouped = await movies
    .aggregate([{ $match: { _id: { $lte: 5 } } }, { $group: { _id: null, total: { $sum: '$year' } } }])
    .toArray();
  const deleted = await movies.deleteOne({ _id: 5 });
  const after = await movies.estimatedDocumentCount();
  console.log(JSON.stringify({
    ping: ping.ok,
    version: build.version,
    inserted: insertMany.insertedCount,
    generatedIdType: typeof insertOne.insertedId?.toHexString,
    duplicate,
    found: all.length,
    firstTitle: first?.title,
    estimated,
    indexName,
    indexes,
    collections,
    iterated,
    distinctYears,
    updated: [updated.matchedCount, updated.modifiedCount],
    modifiedYear: modified?.year,
    counted,
    total: grouped[0]?.total,
    deleted: deleted.deletedCount,
    after,
  }));
} finally {
  await client.close();
}
