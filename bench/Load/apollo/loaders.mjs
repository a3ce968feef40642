// Per-request DataLoaders for the MFlix relations, with the batching, caching and maxBatchSize that the app
// definition's `dataLoader` settings give each mapping (reference §9.1). A new set per request, as RESTHeart makes
// a new registry per request (§9.3), so nothing is cached across requests.
import DataLoader from 'dataloader';
import { BSON, ObjectId } from 'mongodb';

const { EJSON } = BSON;

// A key for grouping equal BSON values in JS maps. ObjectIds and strings are by far the common foreign keys.
function valueKey(value) {
  if (value instanceof ObjectId) return `o${value.toHexString()}`;
  if (typeof value === 'string') return `s${value}`;
  return `j${EJSON.stringify(value, { relaxed: false })}`;
}

/**
 * A loader for a `$fk` relation: keys are `{ value, options, optionsKey }` where `value` is the parent's foreign
 * key, `options` the rest of the interpolated query (extra filter, sort, skip, limit) and `optionsKey` a string
 * equal for equal options (made once by the resolver, which knows the argument types). One batch runs one
 * `find({field: {$in: values}, ...filter}).sort(sort)` per distinct `options` (in practice one), then hands each
 * key its own documents, skipped and limited per key: the same documents as RESTHeart's per-key
 * `$match/$sort/$skip/$limit` facets (§9.4), which is what a DataLoader user would write.
 * `$in` equals per-key equality for the scalar foreign keys of this app (ObjectIds and e-mail strings).
 */
export function foreignKeyLoader(collection, field, { caching, maxBatchSize }) {
  return new DataLoader(
    async (keys) => {
      const groups = new Map();
      for (const key of keys) {
        let group = groups.get(key.optionsKey);
        if (!group) groups.set(key.optionsKey, (group = { options: key.options, values: new Map() }));
        group.values.set(valueKey(key.value), key.value);
      }
      const byGroup = new Map();
      await Promise.all(
        [...groups].map(async ([groupKey, { options, values }]) => {
          const filter = { [field]: { $in: [...values.values()] }, ...options.filter };
          let cursor = collection.find(filter);
          if (options.sort) cursor = cursor.sort(options.sort);
          const documents = new Map();
          for (const document of await cursor.toArray()) {
            const owner = valueKey(document[field] ?? null);
            let list = documents.get(owner);
            if (!list) documents.set(owner, (list = []));
            list.push(document);
          }
          byGroup.set(groupKey, documents);
        }),
      );
      return keys.map((key) => {
        const documents = byGroup.get(key.optionsKey).get(valueKey(key.value)) ?? [];
        return documents.slice(key.options.skip, key.options.skip + key.options.limit);
      });
    },
    {
      cache: caching,
      maxBatchSize: maxBatchSize > 0 ? maxBatchSize : Infinity,
      cacheKeyFn: (key) => `${valueKey(key.value)}|${key.optionsKey}`,
    },
  );
}

/** The loaders of one request, named `<Type>_<field>` as RESTHeart's registry names them (§9.3). */
export function createLoaders(db) {
  const movies = db.collection('movies');
  const comments = db.collection('comments');
  const users = db.collection('users');
  return {
    Comment_user: foreignKeyLoader(users, 'email', { caching: true, maxBatchSize: 0 }),
    Comment_movie: foreignKeyLoader(movies, '_id', { caching: false, maxBatchSize: 30 }),
    Movie_comments: foreignKeyLoader(comments, 'movie_id', { caching: false, maxBatchSize: 30 }),
    // The mapping names the collection `user` (not `users`), so sessions' users resolve to null, as in RESTHeart.
    Session_user: foreignKeyLoader(db.collection('user'), 'email', { caching: false, maxBatchSize: 30 }),
    User_comments: foreignKeyLoader(comments, 'email', { caching: false, maxBatchSize: 30 }),
  };
}
