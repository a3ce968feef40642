// The MFlix app's mappings (bench/Load/mflix-app.json) written out as resolvers, with RESTHeart's semantics
// (reference §5, §6, §9) and our limit rule (§6.5 [REC]: a limit of 0 or none means default-limit, above max-limit
// is an error), so that this server answers exactly what ours does.
import { GraphQLError } from 'graphql';
import { BsonDocument, DateTime, ObjectIdScalar } from './scalars.mjs';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

function limitOf(limit) {
  if (limit > MAX_LIMIT) throw new GraphQLError(`Query variable cannot be greater than ${MAX_LIMIT}`);
  if (limit < 0) throw new GraphQLError('limit cannot be negative');
  return limit === 0 ? DEFAULT_LIMIT : limit;
}

function skipOf(skip) {
  if (skip < 0) throw new GraphQLError('skip cannot be negative');
  return skip;
}

// §6.2: an argument the mapping names must be present (an explicit null is present); it is never dropped.
function bound(args, name) {
  if (!(name in args)) throw new GraphQLError(`variable ${name} not bound`);
  return args[name];
}

// §5 / §6.3 path walk: document keys, integer indexes into arrays, and a non-integer segment on an array maps the
// rest of the path over its elements. Anything missing is null.
export function walkPath(value, path, from = 0) {
  const segments = typeof path === 'string' ? path.split('.') : path;
  let current = value;
  for (let i = from; i < segments.length; i++) {
    if (current === null || current === undefined) return null;
    const segment = segments[i];
    if (Array.isArray(current)) {
      if (/^-?\d+$/.test(segment)) {
        current = current[Number(segment)];
        continue;
      }
      return current.map((element) => walkPath(element, segments, i));
    }
    if (typeof current !== 'object' || !(segment in current)) return null;
    current = current[segment];
  }
  return current ?? null;
}

// A Query-level query mapping (§6.1): find, then sort, skip and limit; list fields get every document.
function find(collection, filter, { sort, skip = 0, limit = 0 }) {
  let cursor = collection.find(filter);
  if (sort) cursor = cursor.sort(sort);
  return cursor.skip(skipOf(skip)).limit(limitOf(limit)).toArray();
}

const path = (fieldPath) => (parent) => walkPath(parent, fieldPath);

// A `$fk` query mapping without sort, skip or limit (so default-limit), resolved through its loader; single-object
// fields take the first document (§6.1 step 6).
const DEFAULT_OPTIONS = Object.freeze({ filter: {}, skip: 0, limit: DEFAULT_LIMIT });
function firstOf(loader, value) {
  return loader.load({ value, options: DEFAULT_OPTIONS, optionsKey: '' }).then((documents) => documents[0] ?? null);
}

function commentsOptions(args, sortField) {
  const skip = skipOf(args.skip);
  const limit = limitOf(args.limit);
  const filter = sortField === 'date' ? { date: { $gte: args.startDate, $lt: args.endDate } } : {};
  return {
    options: { filter, sort: { [sortField]: args.sort }, skip, limit },
    optionsKey: `${args.startDate.getTime()}|${args.endDate.getTime()}|${args.sort}|${skip}|${limit}`,
  };
}

export const resolvers = {
  DateTime,
  ObjectId: ObjectIdScalar,
  BsonDocument,
  Query: {
    MoviesByTitle: (_, args, { db }) => find(db.collection('movies'), { title: bound(args, 'title') }, {}),
    MoviesByYear: (_, args, { db }) =>
      find(db.collection('movies'), { year: bound(args, 'year') }, { sort: { _id: args.sort }, skip: args.skip, limit: args.limit }),
    UserByEmail: (_, args, { db }) => find(db.collection('users'), { email: bound(args, 'email') }, {}),
    MoviesByTomatoesRateRange: (_, args, { db }) =>
      find(
        db.collection('movies'),
        { 'tomatoes.viewer.rating': { $gte: bound(args, 'min'), $lt: bound(args, 'max') } },
        { sort: { 'tomatoes.viewer.rating': args.sort }, skip: args.skip, limit: args.limit },
      ),
    TheatersByCity: (_, args, { db }) =>
      find(
        db.collection('theaters'),
        { 'location.address.city': bound(args, 'city') },
        { sort: { 'location.address.city': args.sort }, skip: args.skip, limit: args.limit },
      ),
  },
  Movie: {
    imdbRate: path('imdb.rating'),
    imdbVotes: path('imdb.votes'),
    tomatoesRate: path('tomatoes.viewer.rating'),
    tomatoesReviewsNum: path('tomatoes.viewer.numReviews'),
    lastUpdate: path('lastupdated'),
    fullPlot: path('fullplot'),
    filmType: path('type'),
    // find {$and: [{movie_id: $fk _id}, {date: {$gte: startDate, $lt: endDate}}]}, sort {date: sort}.
    comments: (movie, args, { loaders }) => {
      const { options, optionsKey } = commentsOptions(args, 'date');
      return loaders.Movie_comments.load({ value: walkPath(movie, '_id'), options, optionsKey });
    },
  },
  Comment: {
    user: (comment, _, { loaders }) => firstOf(loaders.Comment_user, walkPath(comment, 'email')),
    movie: (comment, _, { loaders }) => firstOf(loaders.Comment_movie, walkPath(comment, 'movie_id')),
  },
  User: {
    // find {email: $fk email}, sort {_id: sort}.
    comments: (user, args, { loaders }) => {
      const { options, optionsKey } = commentsOptions(args, '_id');
      return loaders.User_comments.load({ value: walkPath(user, 'email'), options, optionsKey });
    },
  },
  Session: {
    user: (session, _, { loaders }) => firstOf(loaders.Session_user, walkPath(session, 'user_id')),
  },
};
