namespace Serverless.GraphQL.Types;

/// <summary>Checks names against the Name production (§2.1.9) when the runtime model is built in code.</summary>
internal static class NameValidator
{
    public static void Require(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValid(name))
        {
            throw new ArgumentException($"Names must match /^[_a-zA-Z][_a-zA-Z0-9]*$/ but \"{name}\" does not.", nameof(name));
        }
    }

    public static bool IsValid(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c != '_' && !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
