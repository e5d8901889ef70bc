namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>Invariant checks over values already read; each failure is added to the reader's problems.</summary>
internal static class VariableChecks
{
    private const decimal WeightTolerance = 0.000000001m;

    public static void NotNegative(this VariableReader r, string name, decimal value)
    {
        if (value < 0)
        {
            r.Problem($"{name} must not be negative; got {SettingText.Number(value)}");
        }
    }

    public static void Positive(this VariableReader r, string name, decimal value)
    {
        if (value <= 0)
        {
            r.Problem($"{name} must be > 0; got {SettingText.Number(value)}");
        }
    }

    public static void Between(this VariableReader r, string name, decimal value, decimal min, decimal max)
    {
        if (value < min || value > max)
        {
            r.Problem($"{name} must be between {SettingText.Number(min)} and {SettingText.Number(max)}; got {SettingText.Number(value)}");
        }
    }

    /// <summary>Weights that must add up to one; the error lists every term so the operator sees which to fix.</summary>
    public static void SumsToOne(this VariableReader r, string what, IReadOnlyList<(string Name, decimal Value)> terms)
    {
        var sum = terms.Sum(t => t.Value);
        if (Math.Abs(sum - 1m) > WeightTolerance)
        {
            r.Problem($"{what} must sum to 1.0 (±1e-9); got {SettingText.Terms(sum, terms)}");
        }
    }
}
