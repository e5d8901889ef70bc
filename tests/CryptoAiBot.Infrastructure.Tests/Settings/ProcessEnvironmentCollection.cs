namespace CryptoAiBot.Infrastructure.Tests.Settings;

/// <summary>Tests that set real process environment variables: they run alone, never beside another test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}
