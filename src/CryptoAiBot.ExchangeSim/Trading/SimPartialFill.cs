namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>
/// What a PartialFill fault does to one market order: <see cref="Fraction"/> of its amount fills at once; the rest
/// rests open until a cancel or, when <see cref="RestFillAfter"/> is set, until that long after placement.
/// </summary>
internal sealed record SimPartialFill(decimal Fraction, TimeSpan? RestFillAfter);
