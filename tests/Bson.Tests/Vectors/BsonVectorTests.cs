namespace Serverless.Bson.Tests.Vectors;

public sealed class BsonVectorTests
{
    [Fact]
    public void Float32_vector_round_trips_through_binary()
    {
        var vector = BsonVector.FromFloat32([1.5f, -2f, float.PositiveInfinity]);

        var back = BsonVector.FromBinary(vector.ToBinary());

        back.ToFloat32Array().ShouldBe([1.5f, -2f, float.PositiveInfinity]);
        back.Count.ShouldBe(3);
    }

    [Fact]
    public void Packed_bits_count_excludes_padding()
    {
        BsonVector.FromPackedBits([0xFF, 0xF0], padding: 4).Count.ShouldBe(12);
    }

    [Fact]
    public void Packed_bits_with_set_padding_bits_are_rejected()
    {
        Should.Throw<BsonException>(() => BsonVector.FromPackedBits([0xFF, 0xF1], padding: 4)).Message.ShouldContain("padding bits");
    }

    [Fact]
    public void Reading_a_vector_from_another_subtype_is_rejected()
    {
        Should.Throw<BsonException>(() => BsonVector.FromBinary(new BsonBinary([3, 0, 1])));
    }

    [Fact]
    public void Asking_for_the_wrong_element_type_is_an_invalid_operation()
    {
        Should.Throw<InvalidOperationException>(() => BsonVector.FromInt8([1, 2]).ToFloat32Array());
    }
}
