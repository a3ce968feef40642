using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Validation;

/// <summary>
/// The graphql-js validation harness schema (shared fixture validation-harness-schema.graphql) plus a subscription root and
/// directives for every executable location, so directive and operation rules have something to find. Embedded so the
/// rule tables run without the shared folder; validate.mjs builds the same SDL.
/// </summary>
internal static class ValidationTestSchema
{
    public const string Sdl = """
        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        type Human {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]
        }

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          complicatedArgs: ComplicatedArgs
        }

        schema {
          query: QueryRoot
          subscription: SubscriptionRoot
        }

        directive @onField on FIELD

        type SubscriptionRoot {
          dogEvents: Dog
          catEvents(since: Int): Cat
        }

        directive @onQuery on QUERY
        directive @onSubscription on SUBSCRIPTION
        directive @onVariable on VARIABLE_DEFINITION
        directive @onFragment on FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @repeatable(n: Int) repeatable on FIELD | FRAGMENT_SPREAD
        directive @withArgs(req: Int!, opt: String = "x", list: [String!]) on FIELD | QUERY
        """;

    private static readonly Lazy<Schema> Built = new(() => SchemaBuilder.FromSdl(Sdl));

    public static Schema Schema => Built.Value;
}
