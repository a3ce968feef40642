namespace Serverless.GraphQL.Tests.Validation;

/// <summary>
/// Field-merging edge cases over a schema of boxes with same-named fields of different types (modelled on the
/// graphql-js OverlappingFieldsCanBeMerged tests): overlapping abstract types, nullability and list differences,
/// memoised fragment pairs, and conflicts several levels deep.
/// </summary>
internal static class OverlapCorpus
{
    public const string Sdl = """
        interface SomeBox { deepBox: SomeBox unrelatedField: String }
        type StringBox implements SomeBox { scalar: String deepBox: StringBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
        type IntBox implements SomeBox { scalar: Int deepBox: IntBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
        interface NonNullStringBox1 { scalar: String! }
        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 { scalar: String! unrelatedField: String deepBox: SomeBox }
        interface NonNullStringBox2 { scalar: String! }
        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 { scalar: String! unrelatedField: String deepBox: SomeBox }
        type Connection { edges: [Edge] }
        type Edge { node: Node }
        type Node { id: ID name: String }
        type Query { someBox: SomeBox connection: Connection a: String b: String }
        """;

    /// <summary>Custom scalars (pass-through coercion) accept any literal, including ones holding variables.</summary>
    public const string CustomScalarSdl = "scalar JSON scalar Date type Query { f(a: JSON, d: Date!, l: [JSON!]): Int }";

    public static IReadOnlyList<string> CustomScalarDocuments { get; } =
    [
        "{ f(a: 1, d: \"2020-01-01\") }",
        "{ f(a: { x: [1, \"a\", null, ENUM] }, d: 3.5, l: [{}, []]) }",
        "query ($v: Int) { f(a: { x: $v }, d: $v, l: [$v, { y: $v }]) }",
        "{ f(d: null, l: [null]) }",
        "{ f(a: null) }",
    ];

    public static IReadOnlyList<string> Documents { get; } =
    [
        "{ someBox { ...on IntBox { scalar } ...on NonNullStringBox1 { scalar } } }",
        "{ someBox { ... on SomeBox { deepBox { unrelatedField } } ... on StringBox { deepBox { unrelatedField } } } }",
        "{ someBox { ... on NonNullStringBox1 { scalar } ... on StringBox { scalar } } }",
        "{ someBox { ... on IntBox { box: listStringBox { scalar } } ... on StringBox { box: stringBox { scalar } } } }",
        "{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: listStringBox { scalar } } } }",
        "{ someBox { ... on IntBox { box: stringBox { val: scalar val: unrelatedField } } ... on StringBox { box: stringBox { val: scalar } } } }",
        "{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: intBox { scalar } } } }",
        "{ someBox { ... on IntBox { scalar } ... on StringBox { scalar } } }",
        "{ someBox { ... on IntBox { deepBox { ...X } } } someBox { ... on StringBox { deepBox { ...Y } } } memoed: someBox { ... on IntBox { deepBox { ...X } } } memoed: someBox { ... on StringBox { deepBox { ...Y } } } other: someBox { ...X } other: someBox { ...Y } } fragment X on SomeBox { scalar } fragment Y on SomeBox { scalar: unrelatedField }",
        "{ someBox { ...on NonNullStringBox1 { scalar } ...on NonNullStringBox2 { scalar } } }",
        "{ a ... { a } }",
        "{ a ... { a: b } }",
        "{ connection { ...edgeID edges { node { id: name } } } } fragment edgeID on Connection { edges { node { id } } }",
        "{ someBox { ...on UnknownType { scalar } ...on NonNullStringBox2 { scalar } } }",
        "{ someBox { ... on IntBox { __typename } ... on StringBox { __typename: scalar } } }",
        "{ someBox { ... on IntBox { deepBox { deepBox { scalar } } } ... on SomeBox { deepBox { deepBox { scalar: unrelatedField } } } } }",
        "{ someBox { deepBox { ... on IntBox { x: scalar } } } someBox { deepBox { ... on StringBox { x: scalar } } } }",
        "{ x: someBox { unrelatedField } x: connection { edges { node { id } } } }",
        "{ connection { edges { node { id } } } connection { edges { node { id: name } } edges: __typename } }",
        "{ someBox { ...A ...B } } fragment A on SomeBox { ... on IntBox { s: scalar } } fragment B on SomeBox { ... on IntBox { s: unrelatedField } ... on StringBox { s: scalar } }",
        "{ ...Q1 ...Q2 } fragment Q1 on Query { a: b } fragment Q2 on Query { a ...Q1 }",
        "{ someBox { ... on StringBox { stringBox { scalar } stringBox { scalar: unrelatedField } } } }",

        // Around graphql-js's comparison budget: 700 equal fields fit, 1000 (or 800 with arguments) abort validation.
        "{ " + string.Concat(Enumerable.Repeat("a ", 700)) + "}",
        "{ " + string.Concat(Enumerable.Repeat("a ", 1000)) + "}",
        "{ " + string.Concat(Enumerable.Repeat("a(x: 1) ", 800)) + "}",
        "{ someBox { ...F1 } } " + string.Concat(Enumerable.Range(1, 60).Select(i => $"fragment F{i} on SomeBox {{ unrelatedField ...F{i + 1} ...F{i + 2} }} ")) + "fragment F61 on SomeBox { x: unrelatedField } fragment F62 on SomeBox { x: deepBox { unrelatedField } }",
    ];
}
