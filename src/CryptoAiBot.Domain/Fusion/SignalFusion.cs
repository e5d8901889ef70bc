namespace CryptoAiBot.Domain.Fusion;

/// <summary>
/// Blends the technical score of the strategies with the score of an AI model
/// (<c>FUSION_W_TECHNICAL</c>, <c>FUSION_W_AI</c>): <c>wt × technical + wa × ai</c>, clamped to [-1, 1].
/// <para>
/// When there is no AI score (no model loaded, or the model has no opinion yet: null or NaN) the AI weight
/// is 0 and the result is the technical score itself — not <c>wt × technical</c>, which would silently
/// shrink every signal by the missing model's share. Switched off (<see cref="Enabled"/> false), the result
/// is always the technical score. Pure, allocation-free, thread-safe.
/// </para>
/// </summary>
public sealed class SignalFusion
{
    private readonly double _technical;
    private readonly double _ai;

    /// <param name="technicalWeight">Weight of the technical score, not negative.</param>
    /// <param name="aiWeight">Weight of the AI score, not negative. Settings check that the two sum to 1.</param>
    /// <param name="enabled">False to use the technical score alone whatever the model says.</param>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, or both are 0.</exception>
    public SignalFusion(decimal technicalWeight, decimal aiWeight, bool enabled = true)
    {
        if (technicalWeight < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(technicalWeight), technicalWeight, "The technical weight must not be negative.");
        }

        if (aiWeight < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(aiWeight), aiWeight, "The AI weight must not be negative.");
        }

        if (technicalWeight + aiWeight == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(aiWeight), aiWeight, "At least one fusion weight must be positive.");
        }

        TechnicalWeight = technicalWeight;
        AiWeight = aiWeight;
        Enabled = enabled;
        _technical = (double)technicalWeight;
        _ai = (double)aiWeight;
    }

    /// <summary>Technical score only, for when fusion is switched off.</summary>
    public static SignalFusion Disabled { get; } = new(1m, 0m, enabled: false);

    public decimal TechnicalWeight { get; }

    public decimal AiWeight { get; }

    /// <summary>False when fusion is switched off: <see cref="Fuse"/> returns the technical score.</summary>
    public bool Enabled { get; }

    /// <summary>The fused score in [-1, 1]; the technical score (clamped) when <paramref name="ai"/> is null or NaN or fusion is off.</summary>
    public double Fuse(double technical, double? ai)
    {
        if (!Enabled || ai is not { } model || double.IsNaN(model))
        {
            return Math.Clamp(technical, -1d, 1d);
        }

        return Math.Clamp((_technical * technical) + (_ai * model), -1d, 1d);
    }
}
