using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Tests.Markets;

/// <summary>Candle periods parse from their short codes; anything else is refused.</summary>
public sealed class TimeframeTests
{
    public static TheoryData<string, int> CodesAndMinutes => new()
    {
        { "1m", 1 },
        { "5m", 5 },
        { "15m", 15 },
        { "30m", 30 },
        { "1h", 60 },
        { "4h", 240 },
        { "1d", 1_440 },
        { "1w", 10_080 },
        { " 1H ", 60 },
    };

    [Theory]
    [MemberData(nameof(CodesAndMinutes))]
    public void Parses_each_known_code_to_its_duration(string code, int minutes)
    {
        var timeframe = Timeframe.Parse(code);

        Assert.Equal(TimeSpan.FromMinutes(minutes), timeframe.Duration);
        Assert.Equal(code.Trim().ToLowerInvariant(), timeframe.ToString());
    }

    [Theory]
    [InlineData("2h")]
    [InlineData("15")]
    [InlineData("m15")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_an_unknown_code(string? code)
    {
        Assert.False(Timeframe.TryParse(code, out var timeframe));
        Assert.Equal(default, timeframe);
    }

    [Fact]
    public void Parse_of_an_unknown_code_lists_the_known_ones()
    {
        var error = Assert.Throws<FormatException>(() => Timeframe.Parse("2h"));

        Assert.Contains("1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_every_timeframe_shortest_first()
    {
        Assert.Equal(8, Timeframe.All.Count);
        Assert.Equal(Timeframe.All.OrderBy(t => t.Duration), Timeframe.All);
    }
}
