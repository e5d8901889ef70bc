using System.Globalization;

namespace CryptoAiBot.Domain.Tests.Indicators;

/// <summary>Compares an indicator's outputs with a reference series to 1e-9 relative: |a − b| ≤ 1e-9 × max(1, |b|).</summary>
internal static class GoldenAssert
{
    public const double Tolerance = 1e-9;

    /// <summary>
    /// Every index where the reference has a value must match; where the reference is NaN (warm-up) the
    /// actual value must be NaN too, so the warm-up length is checked as well.
    /// </summary>
    public static void Matches(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        var compared = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                Assert.True(double.IsNaN(actual[i]), $"{what}[{i}] = {Text(actual[i])} during warm-up; expected NaN");
                continue;
            }

            if (!(Math.Abs(actual[i] - expected[i]) <= Tolerance * Math.Max(1d, Math.Abs(expected[i]))))
            {
                Assert.Fail($"{what}[{i}] = {Text(actual[i])}; reference {Text(expected[i])}");
            }

            compared++;
        }

        Assert.True(compared > expected.Length / 2, $"{what}: only {compared} of {expected.Length} values compared");
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
