namespace CryptoAiBot.ExchangeSim;

/// <summary>
/// One currency pair the simulator lists, with Gate's trading rules (<c>precision</c> and
/// <c>amount_precision</c> are decimal places) and the market model behind it.
/// </summary>
public sealed record SimPairOptions
{
    /// <summary>Gate's pair id, <c>BASE_QUOTE</c> upper case, e.g. <c>BTC_USDT</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Decimal places of a price (Gate <c>precision</c>).</summary>
    public int Precision { get; init; } = 1;

    /// <summary>Decimal places of a base amount (Gate <c>amount_precision</c>).</summary>
    public int AmountPrecision { get; init; } = 6;

    public decimal MinBaseAmount { get; init; } = 0.00001m;

    public decimal MinQuoteAmount { get; init; } = 3m;

    /// <summary>Null means no limit (Gate answers <c>null</c>).</summary>
    public decimal? MaxBaseAmount { get; init; }

    public decimal? MaxQuoteAmount { get; init; }

    /// <summary>The last price at start (for a candle replay: ignored, the file decides).</summary>
    public decimal StartPrice { get; init; } = 60_000m;

    /// <summary>Standard deviation of one random-walk step as a fraction of the price (0.0002 = 0.02 %).</summary>
    public double StepVolatility { get; init; } = 0.0002;

    /// <summary>Base amount offered at every order book level.</summary>
    public decimal LevelSize { get; init; } = 0.05m;

    public string Base => Id.Split('_')[0];

    public string Quote => Id.Split('_') is [_, var quote] ? quote : "";
}
