namespace Serverless.Mongo;

/// <summary>
/// One write of a bulkWrite (CRUD spec, "Bulk Write Models"): an insert, update, replacement or delete. The
/// concrete models are the six the spec names.
/// </summary>
public abstract record WriteModel
{
    private protected WriteModel()
    {
    }

    /// <summary>The write command that carries this model: insert, update or delete.</summary>
    internal abstract WriteCommandKind Kind { get; }
}
