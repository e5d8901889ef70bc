namespace CryptoAiBot.Cli.Backtest;

/// <summary>A grid point that was not run, and why.</summary>
internal sealed record SweepSkip(string Parameters, string Reason);
