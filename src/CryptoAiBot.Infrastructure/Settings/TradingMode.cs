namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>Whether orders go to the paper broker or to the exchange (MODE).</summary>
public enum TradingMode
{
    Paper,
    Live,
}
