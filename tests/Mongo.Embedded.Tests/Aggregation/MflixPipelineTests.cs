using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Aggregation;

/// <summary>Pipelines shaped like the product's GraphQL mappings over an MFlix-like data set.</summary>
public class MflixPipelineTests
{
    private const string Movies = """
        [
          {_id: {$oid: '573a1390f29313caabcd4135'}, title: 'Blacksmith Scene', year: 1893, genres: ['Short'], imdb: {rating: 6.2, votes: 1189}},
          {_id: {$oid: '573a1390f29313caabcd42e8'}, title: 'The Great Train Robbery', year: 1903, genres: ['Short', 'Western'], imdb: {rating: 7.4, votes: 9847}},
          {_id: {$oid: '573a1390f29313caabcd4323'}, title: 'The Land Beyond the Sunset', year: 1912, genres: ['Short', 'Drama'], imdb: {rating: 7.1, votes: 448}},
          {_id: {$oid: '573a1390f29313caabcd446f'}, title: 'A Corner in Wheat', year: 1909, genres: ['Short', 'Drama'], imdb: {rating: 6.6, votes: 1375}},
          {_id: {$oid: '573a1390f29313caabcd4803'}, title: 'Winsor McCay', year: 1911, genres: ['Animation', 'Short', 'Comedy'], imdb: {rating: 7.3, votes: 1034}},
          {_id: {$oid: '573a1390f29313caabcd4eaf'}, title: 'Traffic in Souls', year: 1913, genres: ['Crime', 'Drama'], imdb: {rating: 6.0, votes: 371}}
        ]
        """;

    private static InMemoryCollections Comments() => new InMemoryCollections().Add("test", "comments", """
        [
          {_id: 1, movie_id: {$oid: '573a1390f29313caabcd42e8'}, name: 'Ned', text: 'Classic', date: {$date: '2012-03-26T23:20:16Z'}},
          {_id: 2, movie_id: {$oid: '573a1390f29313caabcd42e8'}, name: 'Ann', text: 'Loved it', date: {$date: '2014-01-01T00:00:00Z'}},
          {_id: 3, movie_id: {$oid: '573a1390f29313caabcd4323'}, name: 'Bob', text: 'Slow', date: {$date: '2001-05-05T10:00:00Z'}},
          {_id: 4, movie_id: {$oid: '573a1390f29313caabcd4eaf'}, name: 'Cy', text: 'Gritty', date: {$date: '2019-09-09T09:09:09Z'}}
        ]
        """);

    [Fact]
    public void Movies_of_a_decade_with_their_comment_counts()
    {
        const string pipeline = """
            [
              {$match: {year: {$gte: 1900, $lt: 1913}}},
              {$lookup: {from: 'comments', localField: '_id', foreignField: 'movie_id', as: 'comments'}},
              {$project: {_id: 0, title: 1, comments: {$size: '$comments'}, latest: {$max: '$comments.date'}}},
              {$sort: {comments: -1, title: 1}},
              {$limit: 3}
            ]
            """;
        Shell.Canonical(new BsonArray(Aggregate.Run(pipeline, Movies, Comments()))).ShouldBe(Shell.Canonical(Shell.Array("""
            [
              {title: 'The Great Train Robbery', comments: 2, latest: {$date: '2014-01-01T00:00:00Z'}},
              {title: 'The Land Beyond the Sunset', comments: 1, latest: {$date: '2001-05-05T10:00:00Z'}},
              {title: 'A Corner in Wheat', comments: 0, latest: null}
            ]
            """)));
    }

    [Fact]
    public void Average_rating_per_genre()
    {
        const string pipeline = """
            [
              {$unwind: '$genres'},
              {$group: {_id: '$genres', avgRating: {$avg: '$imdb.rating'}, movies: {$sum: 1}, titles: {$push: '$title'}}},
              {$match: {movies: {$gte: 2}}},
              {$project: {genre: '$_id', _id: 0, avgRating: {$round: ['$avgRating', 2]}, movies: 1}},
              {$sort: {avgRating: -1}}
            ]
            """;
        Aggregate.RunCanonical(pipeline, Movies).ShouldBe(Shell.Canonical(Shell.Array("""
            [
              {movies: 5, genre: 'Short', avgRating: 6.92},
              {movies: 3, genre: 'Drama', avgRating: 6.57}
            ]
            """)));
    }

    [Fact]
    public void Batched_graphql_lookups_in_one_facet()
    {
        // The product batches several GraphQL field resolutions: one $match with $or, then a facet per request.
        const string pipeline = """
            [
              {$match: {$or: [{genres: 'Western'}, {year: {$lt: 1910}}, {'imdb.votes': {$lt: 500}}]}},
              {$facet: {
                westerns: [{$match: {genres: 'Western'}}, {$project: {_id: 0, title: 1}}],
                early: [{$match: {year: {$lt: 1910}}}, {$sort: {year: -1}}, {$skip: 1}, {$limit: 1}, {$project: {_id: 0, title: 1, year: 1}}],
                obscure: [{$match: {'imdb.votes': {$lt: 500}}}, {$sort: {'imdb.votes': 1}}, {$project: {_id: 0, title: 1}}],
                count: [{$count: 'n'}]
              }}
            ]
            """;
        Aggregate.RunCanonical(pipeline, Movies).ShouldBe(Shell.Canonical(Shell.Array("""
            [{
              westerns: [{title: 'The Great Train Robbery'}],
              early: [{title: 'The Great Train Robbery', year: 1903}],
              obscure: [{title: 'Traffic in Souls'}, {title: 'The Land Beyond the Sunset'}],
              count: [{n: 5}]
            }]
            """)));
    }

    [Fact]
    public void Comments_with_their_movie_via_pipeline_lookup()
    {
        const string pipeline = """
            [
              {$sort: {date: -1}},
              {$limit: 2},
              {$lookup: {
                from: 'movies',
                let: {movie: '$movie_id'},
                pipeline: [{$match: {$expr: {$eq: ['$_id', '$$movie']}}}, {$project: {_id: 0, title: 1}}],
                as: 'movie'
              }},
              {$replaceWith: {name: '$name', title: {$first: '$movie.title'}, when: {$dateToString: {date: '$date', format: '%Y-%m-%d'}}}}
            ]
            """;
        var collections = new InMemoryCollections().Add("test", "movies", Movies);
        var comments = Comments();
        var input = comments.Scan("test", "comments").ToList();
        Shell.Canonical(new BsonArray(Aggregate.Run(pipeline, Shell.Canonical(new BsonArray(input)), collections))).ShouldBe(Shell.Canonical(Shell.Array("""
            [
              {name: 'Cy', title: 'Traffic in Souls', when: '2019-09-09'},
              {name: 'Ann', title: 'The Great Train Robbery', when: '2014-01-01'}
            ]
            """)));
    }

    [Fact]
    public void Rating_buckets_and_top_genres()
    {
        const string pipeline = """
            [
              {$facet: {
                ratings: [{$bucket: {groupBy: '$imdb.rating', boundaries: [0, 6.5, 7, 10], output: {n: {$sum: 1}}}}],
                genres: [{$unwind: '$genres'}, {$sortByCount: '$genres'}, {$limit: 2}]
              }}
            ]
            """;
        Aggregate.RunCanonical(pipeline, Movies).ShouldBe(Shell.Canonical(Shell.Array("""
            [{
              ratings: [{_id: 0, n: 2}, {_id: 6.5, n: 1}, {_id: 7, n: 3}],
              genres: [{_id: 'Short', count: 5}, {_id: 'Drama', count: 3}]
            }]
            """)));
    }
}
