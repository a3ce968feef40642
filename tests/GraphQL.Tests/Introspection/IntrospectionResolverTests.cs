using Serverless.GraphQL.Introspection;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Introspection;

public sealed class IntrospectionResolverTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        "A date" scalar Date @specifiedBy(url: "https://example.com/date")
        enum Color { RED BLUE @deprecated(reason: "no") }
        input Pick @oneOf { id: ID name: String @deprecated }
        interface Node { id: ID! }
        type User implements Node { id: ID! name(upper: Boolean = false, old: Int @deprecated): String @deprecated(reason: "use id") }
        union Search = User
        type Query { user(id: ID! = 4, color: Color = RED, at: [Date!] = ["x"]): User search(pick: Pick): [Search] }
        """);

    /// <summary>Resolves <paramref name="fieldName"/> of introspection type <paramref name="type"/> on <paramref name="parent"/>.</summary>
    private static async Task<object?> Resolve(ObjectType type, string fieldName, object? parent, bool includeDeprecated = false)
    {
        var field = type.GetField(fieldName).ShouldNotBeNull();
        var arguments = new Dictionary<string, object?> { ["includeDeprecated"] = includeDeprecated };
        return await field.Resolver.ShouldNotBeNull()(new TestResolveContext(Schema, type, field, parent, arguments));
    }

    private static T Named<T>(string name)
        where T : NamedType => (T)Schema.GetType(name)!;

    [Fact]
    public async Task Schema_meta_field_and_root_types_resolve()
    {
        var query = Schema.QueryType!;
        var root = await IntrospectionFields.Schema.Resolver!(new TestResolveContext(Schema, query, IntrospectionFields.Schema, null));

        root.ShouldBe(Schema);
        (await Resolve(IntrospectionTypes.Schema, "queryType", Schema)).ShouldBe(query);
        (await Resolve(IntrospectionTypes.Schema, "mutationType", Schema)).ShouldBeNull();
        ((IEnumerable<NamedType>)(await Resolve(IntrospectionTypes.Schema, "types", Schema))!).ShouldContain(Named<NamedType>("Date"));
        ((IEnumerable<DirectiveDefinition>)(await Resolve(IntrospectionTypes.Schema, "directives", Schema))!).Select(d => d.Name).ShouldContain("oneOf");
    }

    [Fact]
    public async Task Type_meta_field_looks_up_by_name_and_typename_names_the_parent()
    {
        var query = Schema.QueryType!;
        var byName = new Dictionary<string, object?> { ["name"] = "User" };

        (await IntrospectionFields.Type.Resolver!(new TestResolveContext(Schema, query, IntrospectionFields.Type, null, byName))).ShouldBe(Named<ObjectType>("User"));
        (await IntrospectionFields.TypeName.Resolver!(new TestResolveContext(Schema, Named<ObjectType>("User"), IntrospectionFields.TypeName, null))).ShouldBe("User");
        IntrospectionFields.Find(Schema, query, "__schema").ShouldBe(IntrospectionFields.Schema);
        IntrospectionFields.Find(Schema, Named<ObjectType>("User"), "__schema").ShouldBeNull();
        IntrospectionFields.Find(Schema, Named<UnionType>("Search"), "__typename").ShouldBe(IntrospectionFields.TypeName);
    }

    [Fact]
    public async Task Type_kind_serializes_through_the_type_kind_enum()
    {
        var kind = await Resolve(IntrospectionTypes.Type, "kind", new NonNullType(ScalarType.Int));

        IntrospectionTypes.TypeKind.Serialize(kind).ShouldBe("NON_NULL");
        IntrospectionTypes.TypeKind.Serialize(await Resolve(IntrospectionTypes.Type, "kind", Named<InputObjectType>("Pick"))).ShouldBe("INPUT_OBJECT");
        (await Resolve(IntrospectionTypes.Type, "ofType", new NonNullType(ScalarType.Int))).ShouldBe(ScalarType.Int);
        (await Resolve(IntrospectionTypes.Type, "name", new ListType(ScalarType.Int))).ShouldBeNull();
    }

    [Fact]
    public async Task Scalar_exposes_description_and_specified_by_url()
    {
        (await Resolve(IntrospectionTypes.Type, "specifiedByURL", Named<ScalarType>("Date"))).ShouldBe("https://example.com/date");
        (await Resolve(IntrospectionTypes.Type, "description", Named<ScalarType>("Date"))).ShouldBe("A date");
        (await Resolve(IntrospectionTypes.Type, "fields", Named<ScalarType>("Date"))).ShouldBeNull();
    }

    [Fact]
    public async Task Deprecated_fields_arguments_values_and_input_fields_are_hidden_unless_requested()
    {
        var user = Named<ObjectType>("User");
        ((IEnumerable<Field>)(await Resolve(IntrospectionTypes.Type, "fields", user))!).Select(f => f.Name).ShouldBe(["id"]);
        ((IEnumerable<Field>)(await Resolve(IntrospectionTypes.Type, "fields", user, includeDeprecated: true))!).Select(f => f.Name).ShouldBe(["id", "name"]);
        ((IEnumerable<Argument>)(await Resolve(IntrospectionTypes.Field, "args", user.GetField("name")))!).Select(a => a.Name).ShouldBe(["upper"]);
        ((IEnumerable<EnumValue>)(await Resolve(IntrospectionTypes.Type, "enumValues", Named<EnumType>("Color")))!).Select(v => v.Name).ShouldBe(["RED"]);
        ((IEnumerable<InputField>)(await Resolve(IntrospectionTypes.Type, "inputFields", Named<InputObjectType>("Pick"), includeDeprecated: true))!).Count().ShouldBe(2);
        (await Resolve(IntrospectionTypes.Field, "deprecationReason", user.GetField("name"))).ShouldBe("use id");
        (await Resolve(IntrospectionTypes.Field, "isDeprecated", user.GetField("id"))).ShouldBe(false);
    }

    [Fact]
    public async Task Abstract_types_list_possible_types_and_objects_list_interfaces()
    {
        var user = Named<ObjectType>("User");

        ((IEnumerable<ObjectType>)(await Resolve(IntrospectionTypes.Type, "possibleTypes", Named<InterfaceType>("Node")))!).ShouldBe([user]);
        ((IEnumerable<ObjectType>)(await Resolve(IntrospectionTypes.Type, "possibleTypes", Named<UnionType>("Search")))!).ShouldBe([user]);
        ((IEnumerable<InterfaceType>)(await Resolve(IntrospectionTypes.Type, "interfaces", user))!).Single().Name.ShouldBe("Node");
        ((IEnumerable<InterfaceType>)(await Resolve(IntrospectionTypes.Type, "interfaces", Named<InterfaceType>("Node")))!).ShouldBeEmpty();
        (await Resolve(IntrospectionTypes.Type, "possibleTypes", user)).ShouldBeNull();
    }

    [Fact]
    public async Task Input_values_print_default_values_as_graphql()
    {
        var user = Schema.QueryType!.GetField("user")!;

        (await Resolve(IntrospectionTypes.InputValue, "defaultValue", user.GetArgument("id"))).ShouldBe("4");
        (await Resolve(IntrospectionTypes.InputValue, "defaultValue", user.GetArgument("color"))).ShouldBe("RED");
        (await Resolve(IntrospectionTypes.InputValue, "defaultValue", user.GetArgument("at"))).ShouldBe("[\"x\"]");
        (await Resolve(IntrospectionTypes.InputValue, "defaultValue", Named<ObjectType>("User").GetField("name")!.GetArgument("old"))).ShouldBeNull();
    }

    [Fact]
    public async Task One_of_is_true_only_for_one_of_input_objects()
    {
        (await Resolve(IntrospectionTypes.Type, "isOneOf", Named<InputObjectType>("Pick"))).ShouldBe(true);
        (await Resolve(IntrospectionTypes.Type, "isOneOf", Named<ObjectType>("User"))).ShouldBeNull();
    }

    [Fact]
    public async Task Directives_expose_locations_and_repeatability()
    {
        var skip = SpecifiedDirectives.Skip;
        var locations = (IEnumerable<DirectiveLocation>)(await Resolve(IntrospectionTypes.Directive, "locations", skip))!;

        locations.Select(location => IntrospectionTypes.DirectiveLocation.Serialize(location)).ShouldBe(["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"]);
        (await Resolve(IntrospectionTypes.Directive, "isRepeatable", skip)).ShouldBe(false);
        ((IEnumerable<Argument>)(await Resolve(IntrospectionTypes.Directive, "args", skip))!).Single().Type.ToString().ShouldBe("Boolean!");
    }

    [Fact]
    public async Task Resolver_rejects_a_parent_of_the_wrong_kind()
    {
        await Should.ThrowAsync<InvalidOperationException>(async () => await Resolve(IntrospectionTypes.Field, "name", Schema));
    }

    [Fact]
    public void Schema_and_type_meta_fields_are_unavailable_when_introspection_is_disabled()
    {
        var closed = SchemaBuilder.FromSdl("type Query { a: Int }", new SchemaBuildOptions { IsIntrospectionEnabled = false });

        IntrospectionFields.Find(closed, closed.QueryType!, "__schema").ShouldBeNull();
        IntrospectionFields.Find(closed, closed.QueryType!, "__type").ShouldBeNull();
        IntrospectionFields.Find(closed, closed.QueryType!, "__typename").ShouldBe(IntrospectionFields.TypeName);
    }

    [Fact]
    public void Introspection_types_are_recognised_by_identity_not_by_name()
    {
        IntrospectionTypes.All.ShouldAllBe(type => type.IsIntrospectionType);
        new EnumType("__Fake", [new EnumValue("A", "A")]).IsIntrospectionType.ShouldBeFalse();
    }

    [Fact]
    public void Introspection_types_pass_schema_validation_in_every_schema() =>
        Schema.Validate().ShouldBeEmpty();
}
