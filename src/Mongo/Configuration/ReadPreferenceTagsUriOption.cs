using Serverless.Mongo.Topology;

namespace Serverless.Mongo;

/// <summary>
/// readPreferenceTags: each occurrence is one tag set ("dc:ny,rack:1"; "" is the empty tag set), and repeating
/// the key appends a tag set in order (URI Options spec; read-preference-options.json). A malformed tag set is
/// ignored with a warning.
/// </summary>
internal sealed class ReadPreferenceTagsUriOption(string name) : UriOption(name)
{
    public override bool RepeatIsExpected => true;

    public override object? Convert(string text, List<string> warnings, out string? problem)
    {
        problem = "it must be a list of name:value tags";
        if (text.Length == 0)
        {
            return new List<TagSet> { TagSet.Empty };
        }

        var tags = new List<KeyValuePair<string, string>>();
        foreach (var item in text.Split(','))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || tags.Any(tag => tag.Key == item[..colon]))
            {
                return null;
            }

            tags.Add(new(item[..colon], item[(colon + 1)..]));
        }

        return new List<TagSet> { new(tags) };
    }

    public override object Combine(object earlier, object later) =>
        ((List<TagSet>)earlier).Concat((List<TagSet>)later).ToList();
}
