namespace CryptoAiBot.Cli.Bench;

internal static class GarbageCollection
{
    /// <summary>
    /// Each measured run starts from a collected heap, as a backtest in its own process would, rather than inheriting
    /// the garbage (and the collections it causes) of the run before it.
    /// </summary>
    public static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
