namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>How the size of a buy is chosen (POSITION_SIZER).</summary>
public enum PositionSizerKind
{
    Fixed,
    Kelly,
    TargetVol,
}
