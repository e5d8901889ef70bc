namespace CryptoAiBot.Domain.Sizing;

/// <summary>The sizers by their <c>POSITION_SIZER</c> name: <c>fixed</c>, <c>kelly</c>, <c>target_vol</c>.</summary>
public static class PositionSizers
{
    public const string Fixed = "fixed";

    public const string Kelly = "kelly";

    public const string TargetVol = "target_vol";

    /// <summary>Every name <see cref="Create"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = [Fixed, Kelly, TargetVol];

    /// <summary>Builds the sizer named <paramref name="name"/> (case-insensitive) from its values in <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentException">The name is unknown, or one of the sizer's values is out of range.</exception>
    public static IPositionSizer Create(string name, PositionSizerParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return name?.Trim().ToLowerInvariant() switch
        {
            Fixed => new FixedQuoteSizer(parameters.FixedAmount),
            Kelly => new FractionalKellySizer(parameters.KellyWinRate, parameters.KellyPayoffRatio, parameters.KellyFraction),
            TargetVol => new TargetVolatilitySizer(parameters.TargetVolPct, parameters.TargetVolMaxQuote),
            _ => throw new ArgumentException($"'{name}' is not a position sizer; expected one of {string.Join(", ", Names)}.", nameof(name)),
        };
    }
}
