namespace Serverless.Mongo.Embedded.Tests.Aggregation.Stages;

public class UnwindStageTests
{
    private const string Input = "[{_id: 1, t: ['a', 'b']}, {_id: 2, t: []}, {_id: 3, t: null}, {_id: 4}, {_id: 5, t: 'solo'}, {_id: 6, n: {t: [1, 2]}}]";

    [Theory]
    [InlineData("[{$unwind: '$t'}]", "[{_id: 1, t: 'a'}, {_id: 1, t: 'b'}, {_id: 5, t: 'solo'}]")]
    [InlineData("[{$unwind: {path: '$t'}}]", "[{_id: 1, t: 'a'}, {_id: 1, t: 'b'}, {_id: 5, t: 'solo'}]")]
    [InlineData("[{$unwind: {path: '$t', preserveNullAndEmptyArrays: true}}, {$match: {_id: {$lte: 4}}}]", "[{_id: 1, t: 'a'}, {_id: 1, t: 'b'}, {_id: 2}, {_id: 3, t: null}, {_id: 4}]")]
    [InlineData("[{$unwind: {path: '$t', includeArrayIndex: 'i'}}]", "[{_id: 1, t: 'a', i: {$numberLong: '0'}}, {_id: 1, t: 'b', i: {$numberLong: '1'}}, {_id: 5, t: 'solo', i: null}]")]
    [InlineData("[{$unwind: {path: '$t', includeArrayIndex: 'i', preserveNullAndEmptyArrays: true}}, {$match: {_id: {$in: [2, 4]}}}]", "[{_id: 2, i: null}, {_id: 4, i: null}]")]
    [InlineData("[{$unwind: '$n.t'}]", "[{_id: 6, n: {t: 1}}, {_id: 6, n: {t: 2}}]")]
    public void Unwind_emits_one_document_per_element(string pipeline, string expected) =>
        Aggregate.RunCanonical(pipeline, Input).ShouldBe(Shell.Canonical(Shell.Array(expected)));

    [Theory]
    [InlineData("[{$unwind: 't'}]", 28818)]
    [InlineData("[{$unwind: 5}]", 15981)]
    [InlineData("[{$unwind: {}}]", 28812)]
    [InlineData("[{$unwind: {path: '$t', other: 1}}]", 28811)]
    [InlineData("[{$unwind: {path: '$t', includeArrayIndex: '$i'}}]", 28822)]
    [InlineData("[{$unwind: {path: '$t', preserveNullAndEmptyArrays: 1}}]", 28809)]
    public void Unwind_rejects_bad_specifications(string pipeline, int code) =>
        Aggregate.Fails(() => Aggregate.Run(pipeline, Input)).Code.ShouldBe(code);
}
