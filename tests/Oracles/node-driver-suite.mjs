// Conformance checks for the embedded server, driven by the official Node driver (mongodb 7.9.0, default
// options). Usage: node node-driver-suite.mjs <uri> <stepping-clock-uri>
//
// Every check runs on its own collection and reports what the driver ACTUALLY returned, nothing more: one JSON
// document on stdout, { checks: [{ name, value } | { name, error }] }. The expected results live in the C# test
// (NodeDriverSuiteTests), so this script holds no opinion on what is right. The second URI is a server whose
// clock advances one second per reading, so that maxTimeMS expires deterministically.
import {
  Binary, BSONRegExp, Decimal128, Double, Int32, Long, MaxKey, MinKey, MongoClient, ObjectId, Timestamp,
} from 'mongodb';

const [uri, steppingUri] = process.argv.slice(2);
if (!uri || !steppingUri) {
  console.error('usage: node node-driver-suite.mjs <mongodb-uri> <stepping-clock-uri>');
  process.exit(2);
}

// monitorCommands only adds events on the client side; what goes on the wire is the default.
const client = new MongoClient(uri, { monitorCommands: true });
const started = [];
const succeeded = [];
client.on('commandStarted', (e) => started.push(e));
client.on('commandSucceeded', (e) => succeeded.push(e));
const db = client.db('nodesuite');
const checks = [];
// One collection per check (each name is used once), so that checks cannot see each other's documents and
// error messages that name the collection are predictable.
function fresh(name) {
  return db.collection(name);
}

function describeError(e) {
  const error = { class: e.constructor.name, code: e.code, codeName: e.codeName, message: e.message };
  if (e.keyPattern) error.keyPattern = e.keyPattern;
  if (e.keyValue) error.keyValue = e.keyValue;
  if (e.result) {
    error.insertedCount = e.result.insertedCount;
    error.writeErrors = e.writeErrors ? [].concat(e.writeErrors).map((w) => ({ index: w.index, code: w.code })) : undefined;
  }
  return error;
}

async function check(name, body) {
  try {
    checks.push({ name, value: await body() });
  } catch (e) {
    checks.push({ name, error: describeError(e) });
  }
}

function commandsSince(mark, name) {
  return started.slice(mark).filter((e) => e.commandName === name);
}

// Describes a BSON value as { type, value } so the C# side can compare types as well as values.
function typed(v) {
  if (v === null) return { type: 'null' };
  if (v instanceof Date) return { type: 'Date', value: v.toISOString() };
  if (v instanceof RegExp) return { type: 'RegExp', value: v.toString() };
  if (Array.isArray(v)) return { type: 'Array', value: v.map(typed) };
  switch (v?._bsontype) {
    case 'Long': return { type: 'Long', value: v.toString() };
    case 'Int32': return { type: 'Int32', value: v.value };
    case 'Double': return { type: 'Double', value: v.value };
    case 'Decimal128': return { type: 'Decimal128', value: v.toString() };
    case 'Binary': return { type: 'Binary', subtype: v.sub_type, value: Buffer.from(v.buffer).toString('hex') };
    case 'BSONRegExp': return { type: 'BSONRegExp', value: `/${v.pattern}/${v.options}` };
    case 'Timestamp': return { type: 'Timestamp', value: { t: v.t, i: v.i } };
    case 'ObjectId': return { type: 'ObjectId', value: v.toHexString() };
    case 'MinKey': case 'MaxKey': return { type: v._bsontype };
    default: break;
  }
  if (typeof v === 'object') return { type: 'Object', value: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typed(x)])) };
  return { type: typeof v, value: v };
}

const movies = [
  { _id: 1, title: 'Alien', year: 1979, genres: ['Horror', 'Sci-Fi'], rating: 8.5 },
  { _id: 2, title: 'Heat', year: 1995, genres: ['Crime', 'Drama'], rating: 8.3 },
  { _id: 3, title: 'Up', year: 2009, genres: ['Animation'], rating: 8.3 },
  { _id: 4, title: 'Her', year: 2013, genres: ['Drama', 'Romance', 'Sci-Fi'], rating: 8.0 },
  { _id: 5, title: 'Jaws', year: 1975, genres: ['Thriller'], rating: 8.1 },
];

async function moviesCollection(name) {
  const c = fresh(name);
  await c.insertMany(movies);
  return c;
}

try {
  // --- connection and handshake ---
  await check('connect with default options and ping', async () => {
    const plain = new MongoClient(uri);
    try {
      await plain.connect();
      return await plain.db('admin').command({ ping: 1 });
    } finally {
      await plain.close();
    }
  });
  await client.connect();
  await check('ping', () => db.command({ ping: 1 }));
  await check('hello', async () => {
    const r = await client.db('admin').command({ hello: 1 });
    return {
      isWritablePrimary: r.isWritablePrimary, minWireVersion: r.minWireVersion, maxWireVersion: r.maxWireVersion,
      maxBsonObjectSize: r.maxBsonObjectSize, localTimeIsDate: r.localTime instanceof Date,
      connectionIdIsNumber: typeof r.connectionId === 'number', ok: r.ok,
    };
  });
  await check('buildInfo', async () => {
    const r = await client.db('admin').command({ buildInfo: 1 });
    return { version: r.version, versionArray: r.versionArray, ok: r.ok };
  });

  // --- inserts ---
  await check('insertOne generates an ObjectId', async () => {
    const c = fresh('insertOne');
    const r = await c.insertOne({ title: 'generated' });
    const back = await c.findOne({ _id: r.insertedId });
    return { acknowledged: r.acknowledged, idType: r.insertedId?._bsontype, foundTitle: back?.title };
  });
  await check('insertMany generates distinct ObjectIds', async () => {
    const c = fresh('insertMany');
    const r = await c.insertMany([{ n: 1 }, { n: 2 }, { n: 3 }]);
    const ids = Object.values(r.insertedIds);
    return { insertedCount: r.insertedCount, allObjectIds: ids.every((i) => i instanceof ObjectId), distinct: new Set(ids.map(String)).size };
  });
  await check('insertMany with explicit ids', async () => {
    const c = fresh('insertManyIds');
    const r = await c.insertMany(movies);
    return { insertedCount: r.insertedCount, insertedIds: r.insertedIds };
  });
  await check('duplicate _id is E11000 with keyPattern and keyValue', async () => {
    const c = await moviesCollection('dup');
    await c.insertOne({ _id: 2, title: 'again' });
  });

  // --- find and cursors ---
  await check('find with filter, sort and projection', async () => {
    const c = await moviesCollection('find');
    return c.find({ year: { $gte: 1979 } }, { sort: { year: -1 }, projection: { _id: 0, title: 1, year: 1 } }).toArray();
  });
  await check('find with skip and limit', async () => {
    const c = await moviesCollection('skipLimit');
    return (await c.find({}).sort({ _id: 1 }).skip(1).limit(2).toArray()).map((d) => d._id);
  });
  await check('find with exclusion projection', async () => {
    const c = await moviesCollection('exclude');
    return c.findOne({ _id: 3 }, { projection: { genres: 0, rating: 0 } });
  });
  await check('find with $elemMatch and $in', async () => {
    const c = await moviesCollection('operators');
    return (await c.find({ genres: { $in: ['Sci-Fi', 'Crime'] }, year: { $ne: 2013 } }).sort({ _id: 1 }).toArray()).map((d) => d._id);
  });
  await check('findOne of a missing document is null', async () => (await moviesCollection('missing')).findOne({ _id: 99 }));
  await check('cursor iterates many small batches with getMore', async () => {
    const c = fresh('batches');
    await c.insertMany(Array.from({ length: 25 }, (_, i) => ({ _id: i })));
    const mark = started.length;
    let seen = 0;
    for await (const doc of c.find({}, { batchSize: 3, sort: { _id: 1 } })) {
      if (doc._id === seen) seen += 1;
    }
    return { inOrder: seen, getMores: commandsSince(mark, 'getMore').length, killCursors: commandsSince(mark, 'killCursors').length };
  });
  await check('closing an open cursor sends killCursors', async () => {
    const c = fresh('kill');
    await c.insertMany(Array.from({ length: 10 }, (_, i) => ({ _id: i })));
    const mark = succeeded.length;
    const cursor = c.find({}, { batchSize: 2 });
    const first = await cursor.next();
    await cursor.close();
    const kill = succeeded.slice(mark).find((e) => e.commandName === 'killCursors');
    return { first: first?._id, killed: kill?.reply?.cursorsKilled?.length, notFound: kill?.reply?.cursorsNotFound?.length };
  });
  await check('getMore on a killed cursor is CursorNotFound', async () => {
    const c = fresh('killed');
    await c.insertMany(Array.from({ length: 10 }, (_, i) => ({ _id: i })));
    const r = await db.command({ find: c.collectionName, batchSize: 2 });
    await db.command({ killCursors: c.collectionName, cursors: [r.cursor.id] });
    await db.command({ getMore: r.cursor.id, collection: c.collectionName });
  });
  await check('toArray with limit across batches', async () => {
    const c = fresh('toArray');
    await c.insertMany(Array.from({ length: 30 }, (_, i) => ({ _id: i })));
    return (await c.find({}, { batchSize: 4, limit: 10, sort: { _id: -1 } }).toArray()).map((d) => d._id);
  });
  await check('countDocuments with filter, skip and limit', async () => {
    const c = await moviesCollection('count');
    return [await c.countDocuments({ year: { $gt: 1990 } }), await c.countDocuments({}, { skip: 1, limit: 3 })];
  });
  await check('estimatedDocumentCount', async () => (await moviesCollection('estimated')).estimatedDocumentCount());
  await check('distinct unwinds arrays and honours the filter', async () => {
    const c = await moviesCollection('distinct');
    return [(await c.distinct('genres')).sort(), await c.distinct('year', { _id: { $lte: 2 } })];
  });

  // --- updates and deletes ---
  await check('updateOne and updateMany report matched and modified', async () => {
    const c = await moviesCollection('update');
    const one = await c.updateOne({ _id: 1 }, { $set: { seen: true } });
    const same = await c.updateOne({ _id: 1 }, { $set: { seen: true } });
    const many = await c.updateMany({ year: { $lt: 2000 } }, { $inc: { year: 1 } });
    return [one, same, many].map((r) => [r.matchedCount, r.modifiedCount, r.upsertedCount]);
  });
  await check('updateOne with upsert returns the upserted id', async () => {
    const c = await moviesCollection('upsert');
    const r = await c.updateOne({ _id: 10 }, { $set: { title: 'New' }, $setOnInsert: { year: 2020 } }, { upsert: true });
    return { matched: r.matchedCount, upsertedCount: r.upsertedCount, upsertedId: r.upsertedId, doc: await c.findOne({ _id: 10 }) };
  });
  await check('updateMany upsert seeds the document from the filter', async () => {
    const c = await moviesCollection('upsertMany');
    const r = await c.updateMany({ title: 'Nope', year: 1900 }, { $set: { rating: 1 } }, { upsert: true });
    const doc = await c.findOne({ _id: r.upsertedId }, { projection: { _id: 0 } });
    return { upsertedIdType: r.upsertedId?._bsontype, doc };
  });
  await check('replaceOne replaces the whole document', async () => {
    const c = await moviesCollection('replace');
    const r = await c.replaceOne({ _id: 2 }, { title: 'Heat (1995)' });
    return { matched: r.matchedCount, modified: r.modifiedCount, doc: await c.findOne({ _id: 2 }) };
  });
  await check('replaceOne with upsert', async () => {
    const c = await moviesCollection('replaceUpsert');
    const r = await c.replaceOne({ _id: 42 }, { title: 'Answer' }, { upsert: true });
    return { upsertedId: r.upsertedId, doc: await c.findOne({ _id: 42 }) };
  });
  await check('updateOne with arrayFilters', async () => {
    const c = fresh('arrayFilters');
    await c.insertOne({ _id: 1, grades: [80, 95, 100, 70] });
    await c.updateOne({ _id: 1 }, { $set: { 'grades.$[high]': 0 } }, { arrayFilters: [{ high: { $gte: 95 } }] });
    return c.findOne({ _id: 1 });
  });
  await check('updateOne with an aggregation pipeline', async () => {
    const c = await moviesCollection('pipelineUpdate');
    await c.updateOne({ _id: 3 }, [{ $set: { label: { $concat: ['$title', '!'] } } }]);
    return c.findOne({ _id: 3 }, { projection: { label: 1 } });
  });
  await check('findOneAndUpdate returns the document before by default', async () => {
    const c = await moviesCollection('fauBefore');
    return c.findOneAndUpdate({ _id: 4 }, { $inc: { year: 1 } }, { projection: { year: 1 } });
  });
  await check('findOneAndUpdate with returnDocument after and upsert', async () => {
    const c = await moviesCollection('fauAfter');
    return c.findOneAndUpdate({ _id: 7 }, { $set: { title: 'Seven' } }, { returnDocument: 'after', upsert: true });
  });
  await check('findOneAndUpdate with includeResultMetadata', async () => {
    const c = await moviesCollection('fauMeta');
    const r = await c.findOneAndUpdate({ _id: 1 }, { $set: { x: 1 } }, { includeResultMetadata: true, projection: { x: 1 } });
    return { ok: r.ok, value: r.value, n: r.lastErrorObject?.n, updatedExisting: r.lastErrorObject?.updatedExisting };
  });
  await check('findOneAndReplace with returnDocument after', async () => {
    const c = await moviesCollection('far');
    return c.findOneAndReplace({ title: 'Up' }, { title: 'Up (2009)', year: 2009 }, { returnDocument: 'after' });
  });
  await check('findOneAndDelete picks by sort', async () => {
    const c = await moviesCollection('fad');
    const deleted = await c.findOneAndDelete({ rating: 8.3 }, { sort: { year: -1 } });
    return { deleted: deleted?._id, left: await c.countDocuments() };
  });
  await check('deleteOne and deleteMany', async () => {
    const c = await moviesCollection('delete');
    const one = await c.deleteOne({ year: { $gt: 1900 } });
    const many = await c.deleteMany({ genres: 'Drama' });
    const none = await c.deleteMany({ _id: 99 });
    return [one.deletedCount, many.deletedCount, none.deletedCount, await c.countDocuments()];
  });

  // --- bulk writes ---
  await check('bulkWrite mixed operations', async () => {
    const c = await moviesCollection('bulk');
    const r = await c.bulkWrite([
      { insertOne: { document: { _id: 6, title: 'Six' } } },
      { updateOne: { filter: { _id: 1 }, update: { $set: { x: 1 } } } },
      { updateMany: { filter: { year: { $lt: 1990 } }, update: { $set: { old: true } } } },
      { replaceOne: { filter: { _id: 8 }, replacement: { title: 'Eight' }, upsert: true } },
      { deleteOne: { filter: { _id: 2 } } },
      { deleteMany: { filter: { _id: { $in: [3, 4] } } } },
    ]);
    return {
      inserted: r.insertedCount, matched: r.matchedCount, modified: r.modifiedCount,
      deleted: r.deletedCount, upserted: r.upsertedCount, upsertedIds: r.upsertedIds,
    };
  });
  await check('ordered bulkWrite stops at the failing operation', async () => {
    const c = await moviesCollection('bulkOrdered');
    try {
      await c.bulkWrite([{ insertOne: { document: { _id: 20 } } }, { insertOne: { document: { _id: 1 } } }, { insertOne: { document: { _id: 21 } } }]);
    } finally {
      checks.push({ name: 'ordered bulkWrite leaves later operations undone', value: await c.countDocuments() });
    }
  });
  await check('unordered bulkWrite carries on after the failing operation', async () => {
    const c = await moviesCollection('bulkUnordered');
    try {
      await c.bulkWrite([{ insertOne: { document: { _id: 20 } } }, { insertOne: { document: { _id: 1 } } }, { insertOne: { document: { _id: 21 } } }], { ordered: false });
    } finally {
      checks.push({ name: 'unordered bulkWrite applies the other operations', value: await c.countDocuments() });
    }
  });

  // --- aggregation ---
  await check('aggregate $match $group $sort', async () => {
    const c = await moviesCollection('group');
    return c.aggregate([
      { $match: { year: { $gte: 1979 } } },
      { $group: { _id: '$rating', titles: { $push: '$title' }, n: { $sum: 1 } } },
      { $sort: { _id: -1 } },
    ]).toArray();
  });
  await check('aggregate $unwind $project', async () => {
    const c = await moviesCollection('unwind');
    return c.aggregate([
      { $match: { _id: { $in: [1, 4] } } }, { $unwind: '$genres' },
      { $project: { _id: 0, title: 1, genre: '$genres', upper: { $toUpper: '$genres' } } },
    ]).toArray();
  });
  await check('aggregate $lookup', async () => {
    const c = await moviesCollection('lookup');
    const comments = fresh('comments');
    await comments.insertMany([{ _id: 'a', movie: 1, text: 'scary' }, { _id: 'b', movie: 1, text: 'classic' }, { _id: 'c', movie: 2, text: 'long' }]);
    return c.aggregate([
      { $match: { _id: { $lte: 3 } } },
      { $lookup: { from: comments.collectionName, localField: '_id', foreignField: 'movie', as: 'comments' } },
      { $project: { _id: 1, texts: '$comments.text' } }, { $sort: { _id: 1 } },
    ]).toArray();
  });
  await check('aggregate $facet', async () => {
    const c = await moviesCollection('facet');
    return c.aggregate([{
      $facet: {
        byDecade: [{ $group: { _id: { $subtract: ['$year', { $mod: ['$year', 10] }] }, n: { $sum: 1 } } }, { $sort: { _id: 1 } }],
        best: [{ $sort: { rating: -1 } }, { $limit: 1 }, { $project: { _id: 0, title: 1 } }],
        total: [{ $count: 'n' }],
      },
    }]).toArray();
  });
  await check('aggregate with allowDiskUse and small batches', async () => {
    const c = fresh('aggBatches');
    await c.insertMany(Array.from({ length: 20 }, (_, i) => ({ _id: i, even: i % 2 === 0 })));
    const mark = started.length;
    const docs = await c.aggregate([{ $match: { even: true } }, { $sort: { _id: -1 } }], { allowDiskUse: true, batchSize: 3 }).toArray();
    return { ids: docs.map((d) => d._id), getMores: commandsSince(mark, 'getMore').length };
  });

  // --- indexes ---
  await check('createIndex returns the generated name', async () => {
    const c = await moviesCollection('createIndex');
    return [await c.createIndex({ year: 1 }), await c.createIndex({ title: 1, year: -1 }), await c.createIndex({ rating: 1 }, { name: 'by_rating' })];
  });
  await check('listIndexes describes each index', async () => {
    const c = await moviesCollection('listIndexes');
    await c.createIndex({ title: 1 }, { unique: true });
    return (await c.listIndexes().toArray()).map((i) => ({ name: i.name, key: i.key, unique: i.unique ?? false, v: i.v }));
  });
  await check('dropIndex removes one index', async () => {
    const c = await moviesCollection('dropIndex');
    await c.createIndexes([{ key: { year: 1 } }, { key: { title: 1 } }]);
    await c.dropIndex('year_1');
    return (await c.indexes()).map((i) => i.name);
  });
  await check('dropIndex of a missing index is IndexNotFound', async () => (await moviesCollection('dropMissing')).dropIndex('nope_1'));
  await check('unique index violation is E11000 with keyPattern and keyValue', async () => {
    const c = await moviesCollection('unique');
    await c.createIndex({ year: 1 }, { unique: true });
    await c.insertOne({ _id: 9, year: 1995 });
  });
  await check('unique index cannot be built over duplicates', async () => {
    const c = await moviesCollection('uniqueBuild');
    await c.createIndex({ rating: 1 }, { unique: true });
  });

  // --- catalog ---
  await check('listCollections and createCollection', async () => {
    const scratch = client.db('nodesuite_catalog');
    await scratch.createCollection('b');
    await scratch.createCollection('a');
    await scratch.collection('c').insertOne({ x: 1 });
    return (await scratch.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
  });
  await check('createCollection again with the same options succeeds', async () => {
    return (await client.db('nodesuite_catalog').createCollection('a')).collectionName;
  });
  await check('createCollection again with other options is NamespaceExists', async () => {
    await client.db('nodesuite_catalog').createCollection('a', { validator: { x: { $exists: true } } });
  });
  await check('listDatabases includes databases with data', async () => {
    const r = await client.db('admin').admin().listDatabases();
    return { hasSuite: r.databases.some((d) => d.name === 'nodesuite'), hasCatalog: r.databases.some((d) => d.name === 'nodesuite_catalog'), ok: r.ok };
  });
  await check('drop and dropDatabase', async () => {
    const scratch = client.db('nodesuite_catalog');
    const dropped = await scratch.collection('c').drop();
    const left = (await scratch.listCollections().toArray()).map((c) => c.name).sort();
    const droppedDb = await scratch.dropDatabase();
    const after = await scratch.listCollections().toArray();
    return { dropped, left, droppedDb, after: after.length };
  });

  // --- errors ---
  await check('maxTimeMS expiry is MaxTimeMSExpired', async () => {
    const stepping = new MongoClient(steppingUri);
    try {
      const c = stepping.db('nodesuite').collection('slow');
      await c.insertMany(Array.from({ length: 50 }, (_, i) => ({ _id: i })));
      return await c.find({}).maxTimeMS(1).toArray();
    } finally {
      await stepping.close();
    }
  });
  await check('unknown command is CommandNotFound', () => db.command({ frobnicate: 1 }));

  // --- BSON types ---
  await check('BSON types round-trip', async () => {
    const c = fresh('bson');
    const doc = {
      _id: new ObjectId('64b7f0c2a1b2c3d4e5f60718'),
      long: Long.fromString('9007199254740993'), int: new Int32(7), double: new Double(2),
      decimal: Decimal128.fromString('1234.5678901234567890'), date: new Date('2024-02-29T12:34:56.789Z'),
      binary: new Binary(Buffer.from([0, 1, 2, 255]), 0), uuid: new Binary(Buffer.from('0123456789abcdef0123456789abcdef', 'hex'), 4),
      regex: new BSONRegExp('^a.c$', 'im'), timestamp: new Timestamp({ t: 1700000000, i: 7 }),
      nil: null, min: new MinKey(), max: new MaxKey(), nested: { arr: [1, 'two', { three: 3n }] },
    };
    await c.insertOne(doc);
    const back = await c.findOne({ _id: doc._id }, { promoteValues: false, promoteLongs: false, useBigInt64: false });
    return typed(back);
  });
  await check('BSON Long and Decimal128 compare numerically in queries', async () => {
    const c = fresh('numeric');
    await c.insertMany([{ _id: 1, v: Long.fromNumber(5) }, { _id: 2, v: 5.5 }, { _id: 3, v: Decimal128.fromString('6') }, { _id: 4, v: new Int32(7) }]);
    return {
      gt5: (await c.find({ v: { $gt: 5 } }).sort({ _id: 1 }).toArray()).map((d) => d._id),
      typeLong: (await c.find({ v: { $type: 'long' } }).toArray()).map((d) => d._id),
      typeDecimal: (await c.find({ v: { $type: 'decimal' } }).toArray()).map((d) => d._id),
    };
  });
  await check('default read promotes values to JS numbers', async () => {
    const c = fresh('promote');
    await c.insertOne({ _id: 1, long: Long.fromNumber(42), int: new Int32(3), regex: /ab+c/i });
    const back = await c.findOne({ _id: 1 });
    return { long: typeof back.long, int: typeof back.int, regex: typed(back.regex) };
  });

  // --- diagnostics (admin database only) ---
  await check('serverStatus', async () => {
    const s = await client.db('admin').admin().serverStatus();
    return {
      process: s.process, version: s.version, pidIsNumber: typeof s.pid === 'number',
      uptimeMillisIsNumber: typeof s.uptimeMillis === 'number', localTimeIsDate: s.localTime instanceof Date,
      currentConnectionsAtLeastOne: s.connections.current >= 1,
      openCursorsIsNumber: typeof s.metrics.cursor.open.total === 'number', ok: s.ok,
    };
  });
  await check('currentOp lists itself', async () => {
    const { inprog, ok } = await client.db('admin').command({ currentOp: 1, $ownOps: true });
    const self = inprog.find((op) => op.command && op.command.currentOp === 1);
    return { listsItself: self !== undefined, active: self?.active, op: self?.op, ns: self?.ns, ok };
  });
  await check('currentOp outside admin is Unauthorized', async () => db.command({ currentOp: 1 }));
  await check('killOp of an unknown opid confirms the attempt', async () => client.db('admin').command({ killOp: 1, op: 987654 }));

  // --- concurrency ---
  await check('parallel operations on one client', async () => {
    const c = fresh('parallel');
    await Promise.all(Array.from({ length: 16 }, (_, i) => c.insertOne({ _id: i, square: i * i })));
    const found = await Promise.all(Array.from({ length: 16 }, (_, i) => c.findOne({ _id: i })));
    const counts = await Promise.all([c.countDocuments(), c.estimatedDocumentCount(), c.countDocuments({ square: { $gt: 100 } })]);
    return { squaresOk: found.every((d, i) => d?.square === i * i), counts };
  });
  await check('explicit session', async () => {
    const session = client.startSession();
    try {
      const c = await moviesCollection('session');
      const mark = started.length;
      const n = await c.countDocuments({}, { session });
      const sentLsid = commandsSince(mark, 'aggregate').every((e) => e.command.lsid !== undefined);
      return { n, sentLsid };
    } finally {
      await session.endSession();
    }
  });
} finally {
  await client.close();
}

console.log(JSON.stringify({ driver: 'mongodb 7.9.0', checks }));
