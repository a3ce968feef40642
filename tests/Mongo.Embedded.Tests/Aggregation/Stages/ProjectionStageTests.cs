namespace Serverless.Mongo.Embedded.Tests.Aggregation.Stages;

public class ProjectionStageTests
{
    private const string Input = "[{_id: 1, a: 1, b: {c: 2, d: 3}, e: [{f: 1, g: 2}, {f: 3}, 5], s: 'x'}]";

    [Theory]
    [InlineData("[{$project: {a: 1}}]", "[{_id: 1, a: 1}]")]
    [InlineData("[{$project: {a: true, _id: 0}}]", "[{a: 1}]")]
    [InlineData("[{$project: {_id: 0}}]", "[{a: 1, b: {c: 2, d: 3}, e: [{f: 1, g: 2}, {f: 3}, 5], s: 'x'}]")]
    [InlineData("[{$project: {'b.c': 1}}]", "[{_id: 1, b: {c: 2}}]")]
    [InlineData("[{$project: {b: {d: 1}}}]", "[{_id: 1, b: {d: 3}}]")]
    [InlineData("[{$project: {'e.f': 1}}]", "[{_id: 1, e: [{f: 1}, {f: 3}]}]")]
    [InlineData("[{$project: {b: 0, e: 0}}]", "[{_id: 1, a: 1, s: 'x'}]")]
    [InlineData("[{$project: {b: 0, e: 0, _id: 1}}]", "[{_id: 1, a: 1, s: 'x'}]")]
    [InlineData("[{$project: {_id: 0, x: '$a'}}]", "[{x: 1}]")]
    [InlineData("[{$project: {'b.c': 0, 'e.g': 0}}]", "[{_id: 1, a: 1, b: {d: 3}, e: [{f: 1}, {f: 3}, 5], s: 'x'}]")]
    [InlineData("[{$project: {total: {$add: ['$a', '$b.c']}, s: 1}}]", "[{_id: 1, s: 'x', total: 3}]")]
    [InlineData("[{$project: {label: 'fixed', a: 1}}]", "[{_id: 1, a: 1, label: 'fixed'}]")]
    [InlineData("[{$project: {'b.sum': {$add: ['$b.c', '$b.d']}}}]", "[{_id: 1, b: {sum: 5}}]")]
    [InlineData("[{$project: {x: '$missing', a: 1}}]", "[{_id: 1, a: 1}]")]
    [InlineData("[{$project: {a: 1, gone: '$$REMOVE'}}]", "[{_id: 1, a: 1}]")]
    [InlineData("[{$unset: 'b'}]", "[{_id: 1, a: 1, e: [{f: 1, g: 2}, {f: 3}, 5], s: 'x'}]")]
    [InlineData("[{$unset: ['a', 'b.d', 'e', 's']}]", "[{_id: 1, b: {c: 2}}]")]
    [InlineData("[{$addFields: {t: {$multiply: ['$a', 10]}}}]", "[{_id: 1, a: 1, b: {c: 2, d: 3}, e: [{f: 1, g: 2}, {f: 3}, 5], s: 'x', t: 10}]")]
    [InlineData("[{$set: {a: 'replaced'}}, {$project: {a: 1, _id: 0}}]", "[{a: 'replaced'}]")]
    [InlineData("[{$set: {'b.z': 9}}, {$project: {b: 1, _id: 0}}]", "[{b: {c: 2, d: 3, z: 9}}]")]
    [InlineData("[{$set: {b: {z: 9}}}, {$project: {b: 1, _id: 0}}]", "[{b: {c: 2, d: 3, z: 9}}]")]
    [InlineData("[{$set: {'e.h': 0}}, {$project: {e: 1, _id: 0}}]", "[{e: [{f: 1, g: 2, h: 0}, {f: 3, h: 0}, {h: 0}]}]")]
    [InlineData("[{$set: {a: '$$REMOVE', s: '$missing'}}, {$project: {_id: 0, b: 0, e: 0}}]", "[{}]")]
    [InlineData("[{$set: {a: 1}}, {$set: {a: {$add: ['$a', 1]}}}, {$project: {a: 1}}]", "[{_id: 1, a: 2}]")]
    [InlineData("[{$replaceRoot: {newRoot: '$b'}}]", "[{c: 2, d: 3}]")]
    [InlineData("[{$replaceWith: {$mergeObjects: [{k: 0}, '$b']}}]", "[{k: 0, c: 2, d: 3}]")]
    [InlineData("[{$replaceWith: {x: '$a'}}]", "[{x: 1}]")]
    public void Projection_stages_shape_documents(string pipeline, string expected) =>
        Aggregate.RunCanonical(pipeline, Input).ShouldBe(Shell.Canonical(Shell.Array(expected)));

    [Theory]
    [InlineData("[{$project: {}}]", 51272)]
    [InlineData("[{$project: 1}]", 15969)]
    [InlineData("[{$project: {a: 1, b: 0}}]", 31254)]
    [InlineData("[{$project: {a: 0, t: {$literal: 1}}}]", 31254)]
    [InlineData("[{$project: {'b.c': 1, b: 1}}]", 31250)]
    [InlineData("[{$project: {$bad: 1}}]", 16410)]
    [InlineData("[{$unset: []}]", 31119)]
    [InlineData("[{$unset: [1]}]", 31120)]
    [InlineData("[{$addFields: 1}]", 40272)]
    [InlineData("[{$replaceRoot: {newRoot: '$a'}}]", 40228)]
    [InlineData("[{$replaceRoot: {newRoot: '$missing'}}]", 40228)]
    [InlineData("[{$replaceRoot: {}}]", 40414)]
    [InlineData("[{$replaceRoot: {newRoot: '$b', extra: 1}}]", 40415)]
    public void Projection_stages_reject_bad_specifications(string pipeline, int code) =>
        Aggregate.Fails(() => Aggregate.Run(pipeline, Input)).Code.ShouldBe(code);
}
