using CryptoAiBot.Application.Backtesting;

namespace CryptoAiBot.Infrastructure.Reporting;

/// <summary>The drawdown at each point of an equity curve: (running peak − equity) / running peak, 0 at a new peak.</summary>
internal static class EquityDrawdown
{
    public static double[] From(IReadOnlyList<EquityPoint> curve)
    {
        var drawdown = new double[curve.Count];
        var peak = 0m;
        for (var i = 0; i < curve.Count; i++)
        {
            peak = Math.Max(peak, curve[i].Equity);
            drawdown[i] = peak > 0m ? (double)((peak - curve[i].Equity) / peak) : 0d;
        }

        return drawdown;
    }
}
