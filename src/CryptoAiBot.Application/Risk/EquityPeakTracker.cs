namespace CryptoAiBot.Application.Risk;

/// <summary>Highest equity seen by this process, the reference for the drawdown rule.</summary>
public sealed class EquityPeakTracker
{
    private readonly Lock _gate = new();
    private decimal _peak;

    public decimal Observe(decimal equity)
    {
        lock (_gate)
        {
            _peak = Math.Max(_peak, equity);
            return _peak;
        }
    }
}
