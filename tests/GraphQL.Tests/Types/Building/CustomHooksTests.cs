using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Types;

public sealed class CustomHooksTests
{
    private const string Sdl = """
        scalar ObjectId @specifiedBy(url: "https://www.mongodb.com/docs/manual/reference/bson-types/#objectid")
        scalar Json
        enum Color { RED GREEN @deprecated(reason: "use RED") }
        interface Node { id: ObjectId! }
        type Item implements Node { id: ObjectId! color(pick: Color = GREEN): Color }
        union Found = Item
        type Query { node(id: ObjectId!): Node find(c: [Color!]): [Found] echo(value: Json): Json }
        """;

    private static readonly TypeResolver ItemResolver = (_, context) => ValueTask.FromResult(context.Schema.GetType("Item") as ObjectType);

    private static Schema Build() => SchemaBuilder.FromSdl(Sdl, new SchemaBuildOptions
    {
        Scalars = new Dictionary<string, IScalarCoercion> { ["ObjectId"] = new HexIdCoercion() },
        EnumValues = new Dictionary<string, IReadOnlyDictionary<string, object?>>
        {
            ["Color"] = new Dictionary<string, object?> { ["RED"] = 1, ["GREEN"] = 2 },
        },
        TypeResolvers = new Dictionary<string, TypeResolver> { ["Node"] = ItemResolver, ["Found"] = ItemResolver },
        ResolveField = (type, field) => type == "Query" && field == "node" ? _ => ValueTask.FromResult<object?>("resolved") : null,
    });

    [Fact]
    public void Custom_scalar_uses_the_host_implementation_and_specified_by_url()
    {
        var scalar = Build().GetType("ObjectId").ShouldBeOfType<ScalarType>();

        scalar.SpecifiedByUrl.ShouldBe("https://www.mongodb.com/docs/manual/reference/bson-types/#objectid");
        scalar.ParseLiteral(Parser.ParseValue("\"0a\"")).ShouldBe(10);
        scalar.Serialize(255).ShouldBe("ff");
        Should.Throw<CoercionException>(() => scalar.ParseValue("zz")).Message.ShouldBe("ObjectId must be hexadecimal: \"zz\"");
    }

    [Fact]
    public void Custom_scalar_without_implementation_passes_structured_literals_through()
    {
        var json = Build().GetType("Json").ShouldBeOfType<ScalarType>();

        var value = json.ParseLiteral(Parser.ParseValue("{ a: [1, \"x\", $v] }"), new Dictionary<string, object?> { ["v"] = true });

        var map = value.ShouldBeAssignableTo<IReadOnlyDictionary<string, object?>>()!;
        map["a"].ShouldBe(new List<object?> { 1L, "x", true });
    }

    [Fact]
    public void Enum_uses_host_internal_values_in_both_directions()
    {
        var color = Build().GetType("Color").ShouldBeOfType<EnumType>();

        color.Serialize(2).ShouldBe("GREEN");
        color.ParseValue("RED").ShouldBe(1);
        color.ParseLiteral(Parser.ParseValue("GREEN")).ShouldBe(2);
        color.GetValue("GREEN")!.DeprecationReason.ShouldBe("use RED");
        Should.Throw<CoercionException>(() => color.Serialize(3)).Message.ShouldBe("Enum \"Color\" cannot represent value: 3");
        Should.Throw<CoercionException>(() => color.ParseLiteral(Parser.ParseValue("\"RED\""))).Message.ShouldBe("Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?");
        Should.Throw<CoercionException>(() => color.ParseValue("BLUE")).Message.ShouldBe("Value \"BLUE\" does not exist in \"Color\" enum.");
    }

    [Fact]
    public void Argument_default_is_coerced_to_the_enum_internal_value()
    {
        var argument = Build().GetType("Item").ShouldBeOfType<ObjectType>().GetField("color")!.GetArgument("pick")!;

        argument.DefaultValue.ShouldBe(2);
        argument.ToString().ShouldBe("Item.color(pick:)");
    }

    [Fact]
    public void Resolvers_and_type_resolvers_are_attached_by_name()
    {
        var schema = Build();

        schema.QueryType!.GetField("node")!.Resolver.ShouldNotBeNull();
        schema.QueryType.GetField("find")!.Resolver.ShouldBeNull();
        schema.GetType("Node").ShouldBeOfType<InterfaceType>().ResolveType.ShouldBe(ItemResolver);
        schema.GetType("Found").ShouldBeOfType<UnionType>().ResolveType.ShouldBe(ItemResolver);
    }

    [Fact]
    public void Hooks_naming_nothing_in_the_sdl_are_rejected()
    {
        var error = Should.Throw<SchemaValidationException>(() => SchemaBuilder.FromSdl(Sdl, new SchemaBuildOptions
        {
            Scalars = new Dictionary<string, IScalarCoercion> { ["Long"] = new HexIdCoercion(), ["Int"] = new HexIdCoercion() },
            EnumValues = new Dictionary<string, IReadOnlyDictionary<string, object?>> { ["Color"] = new Dictionary<string, object?> { ["BLUE"] = 3 } },
            TypeResolvers = new Dictionary<string, TypeResolver> { ["Item"] = ItemResolver },
        }));

        error.Errors.Select(e => e.Message).ShouldBe(
        [
            "A scalar implementation is given for \"Long\", but the SDL defines no custom scalar of that name.",
            "A scalar implementation is given for \"Int\", but the SDL defines no custom scalar of that name.",
            "An internal value is given for \"Color.BLUE\", but enum Color has no such value.",
            "A type resolver is given for \"Item\", but the SDL defines no interface or union of that name.",
        ]);
    }

    /// <summary>A host scalar: integers on the inside, hexadecimal strings on the wire.</summary>
    private sealed class HexIdCoercion : IScalarCoercion
    {
        public object? Serialize(object? value) => value is int i ? i.ToString("x", System.Globalization.CultureInfo.InvariantCulture) : throw new CoercionException("ObjectId cannot represent " + value);

        public object? ParseValue(object? value) =>
            value is string s && int.TryParse(s, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var i)
                ? i
                : throw new CoercionException($"ObjectId must be hexadecimal: {ValueInspector.Inspect(value)}");

        public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
            literal is StringValueNode s ? ParseValue(s.Value) : throw new CoercionException("ObjectId must be a string literal");

        public ValueNode? ValueToLiteral(object? value) => Serialize(value) is string s ? new StringValueNode(default, s, block: false) : null;
    }
}
