namespace CryptoAiBot.Cli.Smoke;

/// <summary>One step of the smoke run and what it showed.</summary>
public sealed record SmokeStep(string Name, bool Passed, string Detail);
