namespace CryptoAiBot.ExchangeSim.Faults;

/// <summary>
/// One injected fault. It applies to Gate API requests whose method and path (relative to <c>/api/v4</c>,
/// prefix match) match, to each with <see cref="Probability"/> (drawn from the plan's seeded random), and
/// at most <see cref="Count"/> times (null: until cleared).
/// </summary>
public sealed record SimFaultRule
{
    public required SimFaultKind Kind { get; init; }

    /// <summary>HTTP method to match (GET, POST…); null matches any.</summary>
    public string? Method { get; init; }

    /// <summary>Path prefix relative to <c>/api/v4</c>, e.g. <c>/spot/orders</c>; null matches any.</summary>
    public string? Path { get; init; }

    /// <summary>How many requests it hits before it is used up; null: unlimited.</summary>
    public int? Count { get; init; }

    /// <summary>Chance (0–1] that a matching request is hit; null: every one.</summary>
    public double? Probability { get; init; }

    /// <summary>Status for <see cref="SimFaultKind.Error"/> (default 503) and, when set, for <see cref="SimFaultKind.Malformed"/>.</summary>
    public int? Status { get; init; }

    /// <summary>
    /// Milliseconds for <see cref="SimFaultKind.Latency"/>, <see cref="SimFaultKind.DelayAfterProcess"/>, <see cref="SimFaultKind.ForgetText"/>
    /// and <see cref="SimFaultKind.LateTrades"/>; for <see cref="SimFaultKind.PartialFill"/>, when the rest fills (0: never, it waits for a cancel).
    /// </summary>
    public int DelayMs { get; init; }

    /// <summary>For <see cref="SimFaultKind.Malformed"/>.</summary>
    public SimMalformedBody Body { get; init; } = SimMalformedBody.Truncated;

    /// <summary>For <see cref="SimFaultKind.PartialFill"/>: the part of the order's amount that fills at once, in (0, 1).</summary>
    public decimal? FillFraction { get; init; }

    internal IEnumerable<string> Problems(int index)
    {
        var at = $"Faults[{index}] ({Kind})";
        if (Count is <= 0)
        {
            yield return $"{at}: Count must be positive or null; got {Count}.";
        }

        if (Probability is <= 0 or > 1 or double.NaN)
        {
            yield return $"{at}: Probability must be in (0, 1] or null; got {Probability}.";
        }

        if (DelayMs < 0 || (Kind is SimFaultKind.Latency or SimFaultKind.DelayAfterProcess or SimFaultKind.LateTrades && DelayMs == 0))
        {
            yield return $"{at}: DelayMs must be positive for {Kind} and never negative; got {DelayMs}.";
        }

        if (Kind == SimFaultKind.PartialFill && FillFraction is not (> 0m and < 1m))
        {
            yield return $"{at}: FillFraction must be in (0, 1) for {Kind}; got {FillFraction}.";
        }

        if (Status is { } status && (status < 400 || status > 599))
        {
            yield return $"{at}: Status must be a 4xx or 5xx code; got {status}.";
        }
    }
}
