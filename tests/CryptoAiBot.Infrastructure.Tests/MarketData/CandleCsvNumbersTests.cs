using System.Globalization;
using CryptoAiBot.Infrastructure.MarketData;

namespace CryptoAiBot.Infrastructure.Tests.MarketData;

/// <summary>The fast number path agrees with <see cref="decimal.TryParse(string, NumberStyles, IFormatProvider, out decimal)"/> bit for bit, scale included.</summary>
public sealed class CandleCsvNumbersTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.0")]
    [InlineData("00.10")]
    [InlineData("58720.45")]
    [InlineData("58632")]
    [InlineData("61.685675")]
    [InlineData("1.50")]
    [InlineData("0.0000000000000000001")]
    [InlineData("9999999999999999999")]
    [InlineData("99999999999999999999")]
    [InlineData("123456789.0123456789")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("1.2.3")]
    [InlineData("")]
    [InlineData("-1.5")]
    [InlineData("+2")]
    [InlineData("1e3")]
    [InlineData("1E-2")]
    [InlineData(" 7 ")]
    [InlineData("1,5")]
    [InlineData("abc")]
    [InlineData("79228162514264337593543950336")]
    public void Parses_exactly_like_the_framework(string text) => AssertSameAsFramework(text);

    [Fact]
    public void Random_plain_numbers_parse_exactly_like_the_framework()
    {
        var random = new Random(42);
        for (var i = 0; i < 20_000; i++)
        {
            var integer = random.Next(0, 4) == 0 ? "0" : random.NextInt64(0, long.MaxValue).ToString(CultureInfo.InvariantCulture)[..random.Next(1, 12)];
            var fraction = random.Next(0, 3) == 0 ? "" : "." + random.NextInt64(0, long.MaxValue).ToString(CultureInfo.InvariantCulture)[..random.Next(1, 12)];
            AssertSameAsFramework(integer + fraction);
        }
    }

    private static void AssertSameAsFramework(string text)
    {
        var expectedOk = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);

        var ok = CandleCsvNumbers.TryParse(text, out var actual);

        Assert.Equal(expectedOk, ok);
        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(actual));
        if (CandleCsvNumbers.TryParsePlain(text, out var plain))
        {
            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(plain));
        }
    }
}
