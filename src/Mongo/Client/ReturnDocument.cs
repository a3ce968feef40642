namespace Serverless.Mongo;

/// <summary>Which version of the document findOneAndUpdate/findOneAndReplace returns (CRUD spec).</summary>
public enum ReturnDocument
{
    /// <summary>The document as it was before the change (the default).</summary>
    Before,

    /// <summary>The document after the change (findAndModify's new: true).</summary>
    After,
}
