namespace CryptoAiBot.Host.Tests.Support;

/// <summary>Host processes started by tests run one class at a time, so two cores are not swamped by start-ups.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessCollection
{
    public const string Name = "host processes";
}
