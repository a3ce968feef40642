using Serverless.Bson;
using Serverless.Core.Definitions;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.Core.Tests.Definitions;

/// <summary>
/// One table of invalid app definitions, each with the exact message <see cref="AppDefinitionLoader.Load"/> must
/// give, covering every step of the ordered validation list in src/Core/README.md (reference §2.5, plus the
/// stricter [REC] checks). Cases that combine two faults pin the order: the earlier step must win.
/// </summary>
public sealed class InvalidDefinitionTableTests(ITestOutputHelper output)
{
    private const string Schema = "type User { name: String, posts: [Post] } type Post { text: String } type Query { users: [User] }";
    private const string EnumSchema = "enum Level { LOW, HIGH } type Query { level: Level }";
    private const string UnionSchema = "union Thing = A | B type A { a: String } type B { b: String } type Query { things: [Thing] }";
    private const string InterfaceSchema = "interface Named { name: String } type A implements Named { name: String } type B implements Named { name: String } type Query { named: [Named] }";
    private const string BothSchema = "union Thing = A | B interface Named { name: String } type A implements Named { name: String } type B { b: String } type Query { things: [Thing] }";
    private const string Users = """ "Query": {"users": {"db": "d", "collection": "c"}} """;
    private const string Things = """ "Query": {"things": {"db": "d", "collection": "c"}} """;
    private const string Named = """ "Query": {"named": {"db": "d", "collection": "c"}} """;
    private const string DescriptorError = "Error with GraphQL App Descriptor";
    private const string ArgShape = """Expected {"$arg": "name"} or {"$arg": ["name", <default>]}""";
    private const string IfargShape = """Expected {"$ifarg": [<argument name or array of names>, <stage>, <optional else stage>]}""";
    private const string CountShape = """Expected an Int32, {"$arg": "name"}, {"$arg": ["name", <default>]} or {"$fk": "path"}""";
    private const string QueryMissing = "Missing or empty mappings for type Query: please provide a mapping for at least one Query field.";

    private static readonly DefinitionOptions Restricted = DefinitionOptions.Default with { RestrictMappingDb = true, AppDefinitionDb = "apps" };

    private static readonly IReadOnlyList<InvalidDefinition> Table =
    [
        // 1. Descriptor.
        new("1 descriptor not a document", Raw("""{"_id": "a", "descriptor": 5, "schema": "x", "mappings": {}}"""), "'Descriptor' field must be an Object but was INT32"),
        new("1 descriptor a string", Raw("""{"_id": "a", "descriptor": "x", "schema": "x", "mappings": {}}"""), "'Descriptor' field must be an Object but was STRING"),
        new("1 uri not a string", Raw($$"""{"descriptor": {"uri": 1}, "schema": "{{Schema}}", "mappings": { {{Users}} } }"""), DescriptorError),
        new("1 uri only slashes", Raw($$"""{"descriptor": {"uri": "//"}, "schema": "{{Schema}}", "mappings": { {{Users}} } }"""), DescriptorError),
        new("1 enabled not a boolean", Raw($$"""{"_id": "a", "descriptor": {"enabled": "yes"}, "schema": "{{Schema}}", "mappings": { {{Users}} } }"""), DescriptorError),
        new("1 description not a string", Raw($$"""{"_id": "a", "descriptor": {"description": 1}, "schema": "{{Schema}}", "mappings": { {{Users}} } }"""), DescriptorError),
        new("1 no uri and a numeric _id", Raw($$"""{"_id": 5, "schema": "{{Schema}}", "mappings": { {{Users}} } }"""), DescriptorError),
        new("1 empty descriptor and an ObjectId _id", Raw($$"""{"_id": {"$oid": "5f1e1c2b3a4d5e6f70819203"}, "descriptor": {}, "schema": "{{Schema}}", "mappings": { {{Users}} } }"""), DescriptorError),
        new("1 descriptor wins over schema and mappings", Raw("""{"_id": "a", "descriptor": [], "schema": 5, "mappings": 5}"""), "'Descriptor' field must be an Object but was ARRAY"),

        // 2. Schema.
        new("2 schema not a string", Raw($$"""{"_id": "a", "schema": 42, "mappings": { {{Users}} } }"""), "'Schema' field must be a String but was INT32"),
        new("2 schema a document", Raw($$"""{"_id": "a", "schema": {}, "mappings": { {{Users}} } }"""), "'Schema' field must be a String but was DOCUMENT"),
        new("2 schema missing", Raw($$"""{"_id": "a", "mappings": { {{Users}} } }"""), "Invalid GraphQL schema: Syntax Error: Unexpected Name \"null\"."),
        new("2 schema syntax error", Def("type Query { users: [User] ", Users), "Invalid GraphQL schema: Syntax Error: Expected Name, found <EOF>."),
        new("2 schema unknown type", Def("type Query { users: [Nope] }", Users), "Invalid GraphQL schema: Unknown type \"Nope\"."),
        new("2 redeclared BSON scalar", Def("scalar ObjectId " + Schema, Users), "Invalid GraphQL schema: There can be only one type named \"ObjectId\"."),
        new("2 schema wins over mappings", Raw("""{"_id": "a", "schema": 1, "mappings": 1}"""), "'Schema' field must be a String but was INT32"),

        // 3. mappings.
        new("3 mappings missing", Raw($$"""{"_id": "a", "schema": "{{Schema}}"}"""), "Missing mappings: please provide a mapping for at least one Query."),
        new("3 mappings an array", Def(Schema, null, "[]"), "'mappings' field must be an Object but was ARRAY"),
        new("3 mappings a string", Def(Schema, null, "\"m\""), "'mappings' field must be an Object but was STRING"),

        // 4. Object-type mappings.
        new("4 type mapping not a document", Def(Schema, Users + """, "User": 5"""), "Error with mappings of type: User. Type mappings must be of type Object but was INT32"),
        new("4 type mappings in key order", Def(Schema, """ "User": [], "Query": 1 """), "Error with mappings of type: User. Type mappings must be of type Object but was ARRAY"),
        new("4 field mapping a number", Field("1"), "The mapping for Query.users must be a String or a Document, but it is a INT32"),
        new("4 field mapping a boolean", Field("true"), "The mapping for Query.users must be a String or a Document, but it is a BOOLEAN"),
        new("4 field mapping null", Field("null"), "The mapping for Query.users must be a String or a Document, but it is a NULL"),
        new("4 db missing", Field("{}"), "The mapping for Query.users does not specify the property 'db'"),
        new("4 collection missing", Field("""{"db": "d"}"""), "The mapping for Query.users does not specify the property 'collection'"),
        new("4 presence before type", Field("""{"db": 1}"""), "The mapping for Query.users does not specify the property 'collection'"),
        new("4 db not a string", Field("""{"db": 1, "collection": "c"}"""), "The mapping for Query.users requires the property 'db' to be a string but it is a INT32"),
        new("4 collection not a string", Field("""{"db": "d", "collection": ["c"]}"""), "The mapping for Query.users requires the property 'collection' to be a string but it is a ARRAY"),
        new("4 nested type field", Def(Schema, Users + """, "User": {"posts": {"db": "d"}}"""), "The mapping for User.posts does not specify the property 'collection'"),
        new("4 restrict-mapping-db", Field("""{"db": "d", "collection": "c"}""") with { Options = Restricted },
            "The mapping for Query.users uses db 'd' but the GraphQL app definition is stored in db 'apps'. When 'restrict-mapping-db' is enabled, all mappings must use the same database as the app definition."),
        new("4 stages not an array", Field("""{"db": "d", "collection": "c", "stages": {}}"""), "The mapping for Query.users requires the property 'stages' to be a ARRAY but it is a DOCUMENT"),
        new("4 stage not a document", Field("""{"db": "d", "collection": "c", "stages": [{"$match": {}}, 1]}"""), "The mapping for Query.users requires every element of 'stages' to be a Object but one is a INT32"),
        new("4 allowDiskUse not a boolean", Field("""{"db": "d", "collection": "c", "stages": [], "allowDiskUse": "yes"}"""), "The mapping for Query.users requires the property 'allowDiskUse' to be a Boolean but it is a STRING"),
        new("4 aggregation dataLoader not a document", Field("""{"db": "d", "collection": "c", "stages": [], "dataLoader": 1}"""), "The mapping for Query.users requires the property 'dataLoader' to be a Object but it is a INT32"),
        new("4 find not a document", Field("""{"db": "d", "collection": "c", "find": []}"""), "The mapping for Query.users requires the property 'find' to be a Object but it is a ARRAY"),
        new("4 sort not a document", Field("""{"db": "d", "collection": "c", "sort": "name"}"""), "The mapping for Query.users requires the property 'sort' to be a Object but it is a STRING"),
        new("4 limit above max-limit", Field("""{"db": "d", "collection": "c", "limit": 1001}"""), "Error with field 'limit' of type Query, value cannot be grater than 1000"),
        new("4 limit above a configured max-limit", Field("""{"db": "d", "collection": "c", "limit": 21}""") with { Options = DefinitionOptions.Default with { MaxLimit = 20 } },
            "Error with field 'limit' of type Query, value cannot be grater than 20"),
        new("4 limit negative", Field("""{"db": "d", "collection": "c", "limit": -1}"""), "Error with field 'limit' of type Query, value cannot be negative"),
        new("4 limit an Int64", Field("""{"db": "d", "collection": "c", "limit": {"$numberLong": "5"}}"""), "The mapping for Query.users requires the property 'limit' to be a Object but it is a INT64"),
        new("4 limit a Double", Field("""{"db": "d", "collection": "c", "limit": 2.5}"""), "The mapping for Query.users requires the property 'limit' to be a Object but it is a DOUBLE"),
        new("4 limit a string", Field("""{"db": "d", "collection": "c", "limit": "10"}"""), "The mapping for Query.users requires the property 'limit' to be a Object but it is a STRING"),
        new("4 limit a literal document", Field("""{"db": "d", "collection": "c", "limit": {"n": 1}}"""), "The mapping for Query.users has an invalid limit: {\"n\":1}. " + CountShape),
        new("4 limit default above max-limit", Field("""{"db": "d", "collection": "c", "limit": {"$arg": ["n", 5000]}}"""), "Error with field 'limit' of type Query, value cannot be grater than 1000"),
        new("4 limit default negative", Field("""{"db": "d", "collection": "c", "limit": {"$arg": ["n", -5]}}"""), "Error with field 'limit' of type Query, value cannot be negative"),
        new("4 limit default not an Int32", Field("""{"db": "d", "collection": "c", "limit": {"$arg": ["n", "ten"]}}"""), "The mapping for Query.users requires the default of 'limit' to be a Int32 but it is a STRING"),
        new("4 limit default null", Field("""{"db": "d", "collection": "c", "limit": {"$arg": ["n", null]}}"""), "The mapping for Query.users requires the default of 'limit' to be a Int32 but it is a NULL"),
        new("4 skip negative", Field("""{"db": "d", "collection": "c", "skip": -1}"""), "Error with field 'skip' of type Query, value cannot be negative"),
        new("4 skip a Double", Field("""{"db": "d", "collection": "c", "skip": 1.5}"""), "The mapping for Query.users requires the property 'skip' to be a Int32 but it is a DOUBLE"),
        new("4 skip an Int64", Field("""{"db": "d", "collection": "c", "skip": {"$numberLong": "1"}}"""), "The mapping for Query.users requires the property 'skip' to be a Int32 but it is a INT64"),
        new("4 skip a string", Field("""{"db": "d", "collection": "c", "skip": "1"}"""), "The mapping for Query.users requires the property 'skip' to be a Object but it is a STRING"),
        new("4 skip a literal document", Field("""{"db": "d", "collection": "c", "skip": {"$arg": "s", "x": 1}}"""), "The mapping for Query.users has an invalid skip: {\"$arg\":\"s\",\"x\":1}. " + CountShape),
        new("4 skip default negative", Field("""{"db": "d", "collection": "c", "skip": {"$arg": ["s", -2]}}"""), "Error with field 'skip' of type Query, value cannot be negative"),
        new("4 query dataLoader not a document", Field("""{"db": "d", "collection": "c", "dataLoader": true}"""), "The mapping for Query.users requires the property 'dataLoader' to be a Object but it is a BOOLEAN"),
        new("4 $arg a number", Field("""{"db": "d", "collection": "c", "find": {"a": {"$arg": 5}}}"""), "The mapping for Query.users has an invalid $arg: {\"$arg\":5}. " + ArgShape),
        new("4 $arg three elements", Field("""{"db": "d", "collection": "c", "find": {"a": [{"$arg": ["x", 1, 2]}]}}"""), "The mapping for Query.users has an invalid $arg: {\"$arg\":[\"x\",1,2]}. " + ArgShape),
        new("4 $arg name not a string", Field("""{"db": "d", "collection": "c", "sort": {"a": {"$arg": [1, 2]}}}"""), "The mapping for Query.users has an invalid $arg: {\"$arg\":[1,2]}. " + ArgShape),
        new("4 $arg in limit", Field("""{"db": "d", "collection": "c", "limit": {"$arg": {}}}"""), "The mapping for Query.users has an invalid $arg: {\"$arg\":{}}. " + ArgShape),
        new("4 escaped $arg", Field("""{"db": "d", "collection": "c", "find": {"a": {"_$arg": true}}}"""), "The mapping for Query.users has an invalid $arg: {\"$arg\":true}. " + ArgShape),
        new("4 $arg in a stage", Field("""{"db": "d", "collection": "c", "stages": [{"$match": {"a": {"$arg": null}}}]}"""), "The mapping for Query.users has an invalid $arg: {\"$arg\":null}. " + ArgShape),
        new("4 $fk not a string", Field("""{"db": "d", "collection": "c", "find": {"_id": {"$fk": 1}}}"""), "The mapping for Query.users has an invalid $fk: {\"$fk\":1}. Expected {\"$fk\": \"path\"}"),
        new("4 $fk with other keys not a string", Field("""{"db": "d", "collection": "c", "stages": [{"$match": {"_id": {"$fk": ["a"], "x": 1}}}]}"""), "The mapping for Query.users has an invalid $fk: {\"$fk\":[\"a\"],\"x\":1}. Expected {\"$fk\": \"path\"}"),
        new("4 $ifarg not an array", Field("""{"db": "d", "collection": "c", "stages": [{"$ifarg": "a"}]}"""), "The mapping for Query.users has an invalid $ifarg stage: {\"$ifarg\":\"a\"}. " + IfargShape),
        new("4 $ifarg one element", Field("""{"db": "d", "collection": "c", "stages": [{"$ifarg": ["a"]}]}"""), "The mapping for Query.users has an invalid $ifarg stage: {\"$ifarg\":[\"a\"]}. " + IfargShape),
        new("4 $ifarg four elements", Field("""{"db": "d", "collection": "c", "stages": [{"$ifarg": ["a", {}, {}, {}]}]}"""), "The mapping for Query.users has an invalid $ifarg stage: {\"$ifarg\":[\"a\",{},{},{}]}. " + IfargShape),
        new("4 $ifarg condition a number", Field("""{"db": "d", "collection": "c", "stages": [{"$ifarg": [1, {}]}]}"""), "The mapping for Query.users has an invalid $ifarg stage: {\"$ifarg\":[1,{}]}. " + IfargShape),
        new("4 $ifarg condition empty", Field("""{"db": "d", "collection": "c", "stages": [{"$ifarg": [[], {}]}]}"""), "The mapping for Query.users has an invalid $ifarg stage: {\"$ifarg\":[[],{}]}. " + IfargShape),
        new("4 $ifarg condition mixed", Field("""{"db": "d", "collection": "c", "stages": [{"$ifarg": [["a", 1], {}]}]}"""), "The mapping for Query.users has an invalid $ifarg stage: {\"$ifarg\":[[\"a\",1],{}]}. " + IfargShape),
        new("4 $ifarg then not a document", Field("""{"db": "d", "collection": "c", "stages": [{"$ifarg": ["a", "stage"]}]}"""), "The mapping for Query.users has an invalid $ifarg stage: {\"$ifarg\":[\"a\",\"stage\"]}. " + IfargShape),
        new("4 $ifarg else not a document", Field("""{"db": "d", "collection": "c", "stages": [{"$ifarg": ["a", {}, [1]]}]}"""), "The mapping for Query.users has an invalid $ifarg stage: {\"$ifarg\":[\"a\",{},[1]]}. " + IfargShape),
        new("4 escaped $ifarg", Field("""{"db": "d", "collection": "c", "stages": [{"_$ifarg": 1}]}"""), "The mapping for Query.users has an invalid $ifarg stage: {\"$ifarg\":1}. " + IfargShape),
        new("4 bad $arg inside an else stage", Field("""{"db": "d", "collection": "c", "stages": [{"$ifarg": ["a", {}, {"$limit": {"$arg": 1}}]}]}"""), "The mapping for Query.users has an invalid $arg: {\"$arg\":1}. " + ArgShape),
        new("4 object mappings before enums", Def(EnumSchema, """ "Level": 1, "Query": {"level": 2} """), "The mapping for Query.level must be a String or a Document, but it is a INT32"),

        // 5. Enum mappings.
        new("5 enum mapping an array", Def(EnumSchema, """ "Level": [0, 1], "Query": {"level": "l"} """), "Error with mappings of enum: 'Level'. Enum mappings must be of type 'DOCUMENT' but was ARRAY"),
        new("5 enum mapping a string", Def(EnumSchema, """ "Level": "LOW", "Query": {"level": "l"} """), "Error with mappings of enum: 'Level'. Enum mappings must be of type 'DOCUMENT' but was STRING"),
        new("5 enums before unions", Def("enum Level { LOW } " + UnionSchema, """ "Level": 1, """ + Things), "Error with mappings of enum: 'Level'. Enum mappings must be of type 'DOCUMENT' but was INT32"),

        // 6. Unions.
        new("6 union unmapped", Def(UnionSchema, Things), "Missing mappings for union Thing"),
        new("6 union mapping a string", Def(UnionSchema, """ "Thing": "x", """ + Things), "Missing mappings for union Thing"),
        new("6 union without $typeResolver", Def(UnionSchema, """ "Thing": {}, """ + Things), "Missing $typeResolver for union Thing"),
        new("6 union $typeResolver not a document", Def(UnionSchema, """ "Thing": {"$typeResolver": []}, """ + Things), "Wrong mappings for union Thing: the $typeResolver is not an Object"),
        new("6 null predicate", Def(UnionSchema, """ "Thing": {"$typeResolver": {"A": null, "B": "true"}}, """ + Things), "null $typeResolver predicate"),
        new("6 predicate not a string", Def(UnionSchema, """ "Thing": {"$typeResolver": {"A": {"p": 1}, "B": "true"}}, """ + Things), "$typeResolver predicate is not a String: {\"p\":1}"),
        new("6 predicate does not parse", Def(UnionSchema, """ "Thing": {"$typeResolver": {"A": "field-exists(a", "B": "true"}}, """ + Things), "error parsing $typeResolver predicate: field-exists(a"),
        new("6 unknown predicate name", Def(UnionSchema, """ "Thing": {"$typeResolver": {"A": "field-equals(field=a, value=1)", "B": "true"}}, """ + Things), "error parsing $typeResolver predicate: field-equals(field=a, value=1)"),
        new("6 predicate with a dangling operator", Def(UnionSchema, """ "Thing": {"$typeResolver": {"A": "field-exists(a) and", "B": "true"}}, """ + Things), "error parsing $typeResolver predicate: field-exists(a) and"),
        new("6 member unmapped", Def(UnionSchema, """ "Thing": {"$typeResolver": {"A": "true", "C": "true"}}, """ + Things), "$typeResolver for union Thing does not map all union members"),
        new("6 escaped $typeResolver member unmapped", Def(UnionSchema, """ "Thing": {"_$typeResolver": {"B": "true"}}, """ + Things), "$typeResolver for union Thing does not map all union members"),
        new("6 union before Query check", Def(UnionSchema, """ "Thing": {} """), "Missing $typeResolver for union Thing"),

        // 7. Interfaces.
        new("7 interface unmapped", Def(InterfaceSchema, Named), "Missing mappings for interface Named"),
        new("7 interface without $typeResolver", Def(InterfaceSchema, """ "Named": {"x": 1}, """ + Named), "Missing $typeResolver for interface Named"),
        new("7 interface $typeResolver not a document", Def(InterfaceSchema, """ "Named": {"$typeResolver": "A"}, """ + Named), "Wrong mappings for interface Named: the $typeResolver is not an Object"),
        new("7 interface predicate does not parse", Def(InterfaceSchema, """ "Named": {"$typeResolver": {"A": "value-eq(", "B": "true"}}, """ + Named), "error parsing $typeResolver predicate: value-eq("),
        new("7 implementation unmapped", Def(InterfaceSchema, """ "Named": {"$typeResolver": {"A": "true"}}, """ + Named), "$typeResolver for interface Named does not map all objects implementing it"),
        new("7 unions before interfaces", Def(BothSchema, Things), "Missing mappings for union Thing"),

        // 8. Query mapping.
        new("8 no mappings at all", Def(Schema, null, "{}"), QueryMissing),
        new("8 empty Query mapping", Def(Schema, """ "Query": {} """), QueryMissing),
        new("8 only other types mapped", Def(Schema, """ "User": {"name": "n"} """), QueryMissing),
        new("8 mapping keys naming no type", Def(Schema, """ "Querry": {"users": "u"} """), QueryMissing),

        // 9. Buildability.
        new("9 custom scalar", Def("scalar Money type Query { price: Money }", """ "Query": {"price": "p"} """), "Invalid GraphQL schema: There is no scalar implementation for the named 'Money' scalar type"),
        new("9 Query check before buildability", Def("scalar Money type Query { price: Money }", """ "Query": {} """), QueryMissing),
    ];

    [Fact]
    public void Every_invalid_definition_gets_its_exact_message()
    {
        var report = new SuiteReport("definition-validation");
        foreach (var (name, definition, expected, options) in Table)
        {
            var error = AppDefinitionLoader.Load(ExtendedJson.ParseDocument(definition), options).Error;
            if (error == expected)
            {
                report.Pass();
            }
            else
            {
                report.Fail(name, $"expected «{expected}», got «{error ?? "valid"}»");
            }
        }

        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join(Environment.NewLine, report.Failures));
        report.Passed.ShouldBe(Table.Count);
    }

    [Fact]
    public void The_table_has_distinct_cases_for_every_validation_step()
    {
        Table.Select(row => row.Definition + row.Options).Distinct().Count().ShouldBe(Table.Count);
        Table.Select(row => row.Name[0]).Distinct().Order().ShouldBe(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
        Table.Count.ShouldBeGreaterThanOrEqualTo(40);
    }

    private static string Raw(string json) => json;

    private static string Def(string schema, string? mappingsBody, string? mappings = null) =>
        $$"""{"_id": "app", "schema": {{ExtendedJson.Serialize(new BsonString(schema))}}, "mappings": {{mappings ?? "{" + mappingsBody + "}"}}}""";

    private static InvalidDefinition Field(string mapping) => new(string.Empty, Def(Schema, $$""" "Query": {"users": {{mapping}} } """), string.Empty);

    private sealed record InvalidDefinition(string Name, string Definition, string Expected, DefinitionOptions? Options = null)
    {
        public InvalidDefinition(string name, InvalidDefinition field, string expected)
            : this(name, field.Definition, expected, field.Options)
        {
        }
    }
}
