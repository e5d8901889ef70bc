namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>Gate's <c>from</c>/<c>to</c> (unix seconds, inclusive at both ends, compared at whole seconds).</summary>
internal readonly record struct TimeRange(DateTimeOffset? From, DateTimeOffset? To)
{
    public bool IsOpen => From is null && To is null;

    public bool Contains(DateTimeOffset? time) =>
        time is { } t
        && (From is not { } from || t.ToUnixTimeSeconds() >= from.ToUnixTimeSeconds())
        && (To is not { } to || t.ToUnixTimeSeconds() <= to.ToUnixTimeSeconds());
}
