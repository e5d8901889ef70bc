using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Tests.Indicators;

public sealed class IndicatorParameterTests
{
    public static TheoryData<string, Func<object>, string, string> Invalid => new()
    {
        { "SMA period 0", () => new Sma(0), "period", "SMA period must be at least 1" },
        { "EMA period -1", () => new Ema(-1), "period", "EMA period must be at least 1" },
        { "RSI period 0", () => new Rsi(0), "period", "RSI period must be at least 1" },
        { "ATR period 0", () => new Atr(0), "period", "ATR period must be at least 1" },
        { "Bollinger period 1", () => new BollingerBands(1), "period", "Bollinger period must be at least 2" },
        { "Bollinger k 0", () => new BollingerBands(20, 0d), "k", "Bollinger k (standard deviations) must be a finite number > 0" },
        { "Bollinger k NaN", () => new BollingerBands(20, double.NaN), "k", "must be a finite number > 0" },
        { "MACD fast 0", () => new Macd(0, 26, 9), "fast", "MACD fast period must be at least 1" },
        { "MACD slow = fast", () => new Macd(12, 12, 9), "slow", "MACD slow period must be greater than the fast period (12)" },
        { "MACD signal 0", () => new Macd(12, 26, 0), "signal", "MACD signal period must be at least 1" },
        { "rolling max 0", () => new RollingMaximum(0), "period", "Rolling window period must be at least 1" },
        { "rolling min 0", () => new RollingMinimum(0), "period", "Rolling window period must be at least 1" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Refuses_an_invalid_parameter_naming_it(string because, Func<object> create, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(because);
    }

    [Fact]
    public void Uses_the_conventional_defaults()
    {
        Assert.Equal(14, new Rsi().Period);
        Assert.Equal(14, new Atr().Period);
        Assert.Equal((20, 2d), (new BollingerBands().Period, new BollingerBands().K));
        Assert.Equal((12, 26, 9, 34), (new Macd().FastPeriod, new Macd().SlowPeriod, new Macd().SignalPeriod, new Macd().WarmupPeriod));
    }
}
