namespace CryptoAiBot.Application.Outbox;

/// <summary>
/// An event bus whose events nobody reads: a backtest's, since nobody watches a replay of history. The outbox
/// publisher hands it only how many committed messages it published, instead of a bus event per message, so a
/// deferred payload is never serialized for nobody. Everything else — which messages are published, in what
/// order, marked published afterwards — is as with any bus. A bus that can have subscribers never implements it.
/// </summary>
public interface IUnreadEventSink
{
    /// <summary>Takes <paramref name="count"/> published events, unread.</summary>
    void Take(int count);
}
