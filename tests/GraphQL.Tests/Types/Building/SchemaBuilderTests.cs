using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void Default_root_names_are_used_without_a_schema_definition()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");

        schema.QueryType!.Name.ShouldBe("Query");
        schema.MutationType!.Name.ShouldBe("Mutation");
        schema.SubscriptionType!.Name.ShouldBe("Subscription");
        schema.GetRootType(OperationType.Mutation).ShouldBe(schema.MutationType);
    }

    [Fact]
    public void Schema_definition_names_the_roots_and_disables_default_names()
    {
        var schema = SchemaBuilder.FromSdl("\"The API\" schema { query: Root } type Root { a: Int } type Mutation { b: Int }");

        schema.QueryType!.Name.ShouldBe("Root");
        schema.MutationType.ShouldBeNull();
        schema.Description.ShouldBe("The API");
    }

    [Fact]
    public void Extensions_add_fields_interfaces_members_values_and_directives()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            extend type Query { b: String }
            interface Named { name: String }
            type Dog { name: String }
            extend type Dog implements Named
            type Cat { name: String }
            union Pet = Dog
            extend union Pet = Cat
            enum Size { S }
            extend enum Size { M L }
            input Filter { a: Int }
            extend input Filter @oneOf { b: Int }
            scalar Date
            extend scalar Date @specifiedBy(url: "https://example.com/date")
            type Mutation { m: Int }
            extend schema { subscription: Sub }
            type Sub { s: Int }
            """);

        schema.QueryType!.Fields.Select(f => f.Name).ShouldBe(["a", "b"]);
        schema.GetType("Dog").ShouldBeOfType<ObjectType>().Interfaces.Single().Name.ShouldBe("Named");
        schema.GetType("Pet").ShouldBeOfType<UnionType>().Types.Select(t => t.Name).ShouldBe(["Dog", "Cat"]);
        schema.GetType("Size").ShouldBeOfType<EnumType>().Values.Select(v => v.Name).ShouldBe(["S", "M", "L"]);
        schema.GetType("Filter").ShouldBeOfType<InputObjectType>().IsOneOf.ShouldBeTrue();
        schema.GetType("Date").ShouldBeOfType<ScalarType>().SpecifiedByUrl.ShouldBe("https://example.com/date");
        schema.MutationType!.Name.ShouldBe("Mutation");
        schema.SubscriptionType!.Name.ShouldBe("Sub");
    }

    [Fact]
    public void Deprecation_reasons_default_and_apply_to_fields_arguments_input_fields_and_enum_values()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { old: Int @deprecated, f(a: Int @deprecated(reason: "use b"), b: Int): Int }
            input I { x: Int @deprecated }
            enum E { A @deprecated(reason: "gone") B }
            """);

        schema.QueryType!.GetField("old")!.DeprecationReason.ShouldBe("No longer supported");
        schema.QueryType.GetField("f")!.GetArgument("a")!.DeprecationReason.ShouldBe("use b");
        schema.QueryType.GetField("f")!.GetArgument("b")!.IsDeprecated.ShouldBeFalse();
        schema.GetType("I").ShouldBeOfType<InputObjectType>().GetField("x")!.IsDeprecated.ShouldBeTrue();
        schema.GetType("E").ShouldBeOfType<EnumType>().GetValue("A")!.DeprecationReason.ShouldBe("gone");
    }

    [Fact]
    public void Custom_directives_are_defined_after_sdl_ones_and_applied_directives_are_kept()
    {
        var schema = SchemaBuilder.FromSdl("""
            "Cache hint" directive @cache(ttl: Int = 60) repeatable on FIELD_DEFINITION | OBJECT
            type Query @cache { a: Int @cache(ttl: 5) @cache }
            """);

        schema.Directives.Select(d => d.Name).ShouldBe(["cache", "include", "skip", "deprecated", "specifiedBy", "oneOf"]);
        var cache = schema.GetDirective("cache")!;
        cache.IsRepeatable.ShouldBeTrue();
        cache.Description.ShouldBe("Cache hint");
        cache.Locations.ShouldBe([DirectiveLocation.FieldDefinition, DirectiveLocation.Object]);
        cache.GetArgument("ttl")!.DefaultValue.ShouldBe(60);
        schema.QueryType!.AppliedDirectives.Single().Name.Value.ShouldBe("cache");
        schema.QueryType.GetField("a")!.AppliedDirectives.Count.ShouldBe(2);
    }

    [Fact]
    public void Type_map_lists_sdl_types_then_reachable_built_ins_and_introspection_types()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int b: Foo } type Foo { c: ID }");

        schema.OrderedTypes.Select(t => t.Name).ShouldBe(
            ["Query", "Int", "Foo", "ID", "Boolean", "String", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"]);
    }

    [Fact]
    public void Interfaces_implementing_interfaces_report_possible_and_sub_types()
    {
        var schema = SchemaBuilder.FromSdl("""
            interface Node { id: ID! }
            interface Resource implements Node { id: ID! url: String }
            type Image implements Resource & Node { id: ID! url: String }
            type Query { node: Node }
            """);
        var node = (InterfaceType)schema.GetType("Node")!;
        var resource = (InterfaceType)schema.GetType("Resource")!;

        schema.GetPossibleTypes(node).Select(t => t.Name).ShouldBe(["Image"]);
        schema.GetImplementations(node).Select(t => t.Name).ShouldBe(["Resource", "Image"]);
        schema.IsSubType(node, resource).ShouldBeTrue();
        TypeComparators.IsTypeSubTypeOf(schema, new NonNullType(schema.GetType("Image")!), node).ShouldBeTrue();
        TypeComparators.IsTypeSubTypeOf(schema, node, resource).ShouldBeFalse();
    }

    [Fact]
    public void Wrapped_types_print_in_sdl_notation_and_compare_structurally()
    {
        var type = new NonNullType(new ListType(new NonNullType(ScalarType.String)));

        type.ToString().ShouldBe("[String!]!");
        type.IsEqualTo(new NonNullType(new ListType(new NonNullType(ScalarType.String)))).ShouldBeTrue();
        type.IsEqualTo(new NonNullType(new ListType(ScalarType.String))).ShouldBeFalse();
        type.Named.ShouldBe(ScalarType.String);
        Should.Throw<ArgumentException>(() => new NonNullType(type));
    }

    [Fact]
    public void Sdl_syntax_errors_surface_as_syntax_exceptions() =>
        Should.Throw<GraphQLSyntaxException>(() => SchemaBuilder.FromSdl("type Query {"));

    [Fact]
    public void Introspection_can_be_switched_off()
    {
        SchemaBuilder.FromSdl("type Query { a: Int }", new SchemaBuildOptions { IsIntrospectionEnabled = false })
            .IsIntrospectionEnabled.ShouldBeFalse();
    }
}
