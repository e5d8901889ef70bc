namespace CryptoAiBot.Domain.Regime;

public enum RegimeState
{
    /// <summary>No watched indicator objects: entries go ahead.</summary>
    RiskOn,

    /// <summary>An indicator crossed its limit or an FOMC decision is near.</summary>
    RiskOff,

    /// <summary>A watched indicator has no usable data (never read, read failed, or stale): treated as risk-off, with the reason.</summary>
    Unknown,
}
