using System.Text.Json;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Tests.Validation;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Differential;

/// <summary>
/// The validation-harness schema (<see cref="ValidationTestSchema"/>) made executable with the resolvers of
/// tests/Oracles/harness-schema.mjs: every field reads its name from the parent JSON object, a value
/// <c>{"$error": message}</c> throws that message, <c>name(surname: true)</c> reads <c>fullName</c>,
/// <c>human(id)</c> reads <c>humans[id ?? "default"]</c>, <c>doesKnowCommand</c> looks in <c>commands</c>,
/// <c>isHouseTrained</c> echoes <c>atOtherHomes</c>, <c>isAtLocation(x, y)</c> is <c>x &lt;= y</c> and each
/// ComplicatedArgs field returns its coerced arguments (<see cref="CanonicalValue"/>). Abstract types resolve by the
/// data's <c>__typename</c>, the default type resolver of both engines. The harness has no non-null output field, so
/// <see cref="Extension"/> adds some for null propagation (§6.4.4), plus a Float output field and deprecated fields,
/// arguments, enum values and input fields for introspection.
/// </summary>
internal static class HarnessExecution
{
    public const string Extension = """

        extend type QueryRoot {
          pets: [Pet!]
          petsWithHole: [Pet!]
          requiredDog: Dog!
          requiredPets: [Pet!]!
          missingDog: Dog!
          brokenDog: Dog!
        }

        extend type Dog {
          owner: Human!
          weight: Float
        }

        extend type Cat {
          oldName: String @deprecated(reason: "Use `name`.")
          purr(loud: Boolean @deprecated(reason: "Always loud."), times: Int = 1): String
        }

        extend enum FurColor {
          PLAID @deprecated
        }

        extend input ComplexInput {
          legacyField: Int @deprecated(reason: "Gone.")
        }
        """;

    public const string Sdl = ValidationTestSchema.Sdl + Extension;

    /// <summary>The root value both engines execute against; the oracle receives this text as is.</summary>
    public const string RootJson = """
        {
          "dog": {
            "__typename": "Dog", "name": "Rex", "fullName": "Rex Smith", "nickname": "Rexy", "barkVolume": 7, "barks": true, "weight": 12.5,
            "commands": ["SIT", "HEEL"], "owner": { "__typename": "Human", "name": "Alice" },
            "mother": {
              "__typename": "Dog", "name": "Lady", "nickname": { "$error": "Lady has no nickname." }, "barkVolume": 3, "barks": false,
              "commands": [], "mother": null, "father": null, "owner": null
            },
            "father": {
              "__typename": "Dog", "name": "Tramp", "barkVolume": "loud", "barks": "yes", "commands": ["DOWN"],
              "owner": { "$error": "Tramp is a stray." }
            }
          },
          "cat": {
            "__typename": "Cat", "name": "Tom", "fullName": "Tom Cat", "nickname": null, "meows": true, "meowsVolume": 2.5, "furColor": "TAN",
            "oldName": "Thomas", "purr": "purr"
          },
          "pet": { "__typename": "Cat", "name": "Felix", "meows": false, "meowsVolume": 11, "furColor": "PURPLE" },
          "catOrDog": {
            "__typename": "Dog", "name": "Odie", "nickname": "O", "barkVolume": 2147483647, "barks": true, "commands": ["DOWN", "SIT"],
            "owner": { "__typename": "Human", "name": "Jon", "pets": [{ "__typename": "Cat", "name": "Garfield", "furColor": "NO_FUR" }] }
          },
          "complicatedArgs": {},
          "humans": {
            "default": {
              "__typename": "Human", "name": "Nobody", "fullName": "Nobody Known",
              "pets": [
                { "__typename": "Dog", "name": "Spot", "barkVolume": 1, "commands": ["HEEL"] },
                { "__typename": "Human", "name": "Not a pet" },
                { "name": "No typename" },
                null,
                { "__typename": "Cat", "name": "Kitty", "meowsVolume": -3, "furColor": "SPOTTED" }
              ],
              "relatives": [{ "__typename": "Human", "name": "Cousin", "relatives": null, "pets": [] }]
            },
            "1": {
              "__typename": "Human", "name": "Ann", "fullName": "Ann Lee",
              "pets": [{ "__typename": "Cat", "name": "Mia", "meows": true, "furColor": "PLAID" }],
              "relatives": [
                { "__typename": "Human", "name": "Bob", "relatives": [{ "__typename": "Human", "name": { "$error": "Name lost." } }] },
                null
              ]
            },
            "2": { "__typename": "Human", "name": "Zed", "pets": null, "relatives": [] },
            "3": {
              "__typename": "Human", "name": 42, "fullName": 1.5, "pets": "not a list",
              "relatives": [
                { "name": true }, { "name": { "a": 1, "b": [1, "x"] } }, { "name": [1, 2] }, { "name": -0.0 }, { "name": 1e21 },
                { "name": "ok", "relatives": { "not": "a list" } }
              ]
            },
            "4": {
              "__typename": "Human", "name": "Weird pets",
              "pets": [
                { "__typename": "Dog", "name": "Numbers", "barks": 1, "barkVolume": "11", "nickname": false, "weight": 1e21 },
                { "__typename": "Dog", "name": "Zero", "barks": 0, "barkVolume": 1e20, "nickname": 0.5, "weight": -0.0 },
                { "__typename": "Dog", "name": "Big", "barks": "true", "barkVolume": 9007199254740993, "weight": 123456789012345680000 },
                { "__typename": "Dog", "name": "Neg", "barkVolume": -2147483649, "barks": null, "weight": 1e-7 },
                { "__typename": "Dog", "name": "Small", "weight": 0.000001, "nickname": 1e-7 },
                { "__typename": "Dog", "name": "Tiny", "weight": 0.00001234, "nickname": 1e15 },
                { "__typename": "Dog", "name": "Text", "weight": "3.5", "nickname": 123456789012345680000 },
                { "__typename": "Dog", "name": "Flag", "weight": true, "nickname": 0.0001234 },
                { "__typename": "Dog", "name": "Edge", "weight": 0.0001234, "nickname": 999999999999999.9 },
                { "__typename": "Dog", "name": "Edge2", "weight": 999999999999999.9, "nickname": 1e15 },
                { "__typename": "Dog", "name": "Word", "weight": "heavy" },
                { "__typename": "Cat", "name": "Color", "furColor": 1, "meowsVolume": 3.0, "meows": "false" },
                { "__typename": "Cat", "name": "Lower", "furColor": "tan", "meowsVolume": -0.0 },
                { "__typename": "Cat", "name": "Obj", "furColor": { "x": 1 }, "meowsVolume": [1] },
                { "__typename": "Unknown", "name": "Ghost" },
                { "__typename": 7, "name": "Seven" },
                "a string",
                42
              ]
            }
          },
          "pets": [
            { "__typename": "Dog", "name": "Rex", "barkVolume": 7, "commands": ["SIT"], "owner": { "__typename": "Human", "name": "Alice" } },
            { "__typename": "Cat", "name": "Tom", "meows": true, "furColor": "BROWN" }
          ],
          "petsWithHole": [
            { "__typename": "Cat", "name": "Tom", "nickname": { "$error": "Tom hides first." } },
            null,
            { "__typename": "Cat", "name": "Late", "nickname": { "$error": "Never reached in graphql-js." } }
          ],
          "requiredDog": {
            "__typename": "Dog", "name": "Buddy", "barkVolume": 5, "barks": true, "commands": [],
            "owner": null, "mother": { "__typename": "Dog", "name": "Molly", "owner": { "__typename": "Human", "name": "Sam" } }
          },
          "requiredPets": [
            { "__typename": "Dog", "name": "Buddy", "owner": { "__typename": "Human", "name": "Sam" } },
            { "__typename": "Cat", "name": "Tom", "nickname": { "$error": "Tom hides." } }
          ],
          "missingDog": null,
          "brokenDog": { "$error": "The dog ran away." }
        }
        """;

    private static readonly Lazy<Schema> Built = new(Build);

    private static readonly Lazy<IReadOnlyDictionary<string, object?>> Root = new(() =>
    {
        using var document = JsonDocument.Parse(RootJson);
        return (IReadOnlyDictionary<string, object?>)ToValue(document.RootElement)!;
    });

    public static Schema Schema => Built.Value;

    public static IReadOnlyDictionary<string, object?> RootValue => Root.Value;

    private static Schema Build()
    {
        FieldResolver? Resolve(string type, string field) => (type, field) switch
        {
            ("ComplicatedArgs", _) => context => ValueTask.FromResult<object?>(field + CanonicalValue.Format(context.Arguments)),
            (_, "name") => context => ValueTask.FromResult(Read(context.Parent, context.Arguments.GetValueOrDefault("surname") is true ? "fullName" : "name")),
            ("QueryRoot", "human") => context => ValueTask.FromResult(Read(Read(context.Parent, "humans"), context.Arguments.GetValueOrDefault("id") as string ?? "default")),
            ("Dog", "doesKnowCommand") => context => ValueTask.FromResult<object?>(context.Arguments.GetValueOrDefault("dogCommand") is string command
                ? (Read(context.Parent, "commands") as IEnumerable<object?> ?? []).Contains(command)
                : null),
            ("Dog", "isHouseTrained") => context => ValueTask.FromResult(context.Arguments.GetValueOrDefault("atOtherHomes")),
            ("Dog", "isAtLocation") => context => ValueTask.FromResult<object?>(
                context.Arguments.GetValueOrDefault("x") is int x && context.Arguments.GetValueOrDefault("y") is int y ? x <= y : null),
            _ => context => ValueTask.FromResult(Read(context.Parent, field)),
        };

        return SchemaBuilder.FromSdl(Sdl, new SchemaBuildOptions { ResolveField = Resolve });
    }

    /// <summary>The parent's entry (null when absent); an entry <c>{"$error": message}</c> throws the message.</summary>
    private static object? Read(object? parent, string key)
    {
        var value = ((IReadOnlyDictionary<string, object?>)parent!).GetValueOrDefault(key);
        return value is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault("$error") is string message
            ? throw new GraphQLException(message)
            : value;
    }

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value), StringComparer.Ordinal),
        _ => null,
    };
}
