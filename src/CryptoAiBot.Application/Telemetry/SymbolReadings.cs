namespace CryptoAiBot.Application.Telemetry;

/// <summary>
/// The last known state of one symbol for the observable gauges. Each field has one writer at a time (the symbol's
/// cycle) and is read at scrape time; a double is written atomically on 64-bit, and a scrape that sees a quantity one
/// trade older than the price is harmless.
/// </summary>
internal sealed class SymbolReadings
{
    public double Quantity { get; set; }

    public double RealizedPnl { get; set; }

    public double LastPrice { get; set; }

    public double Drift { get; set; }
}
