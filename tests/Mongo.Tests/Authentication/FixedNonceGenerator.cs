namespace Serverless.Mongo.Tests.Authentication;

/// <summary>Hands out a recorded nonce, so a conversation replays byte for byte.</summary>
internal sealed class FixedNonceGenerator(string nonce) : IScramNonceGenerator
{
    public int Calls { get; private set; }

    public string Generate()
    {
        Calls++;
        return nonce;
    }
}
