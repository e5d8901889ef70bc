namespace CryptoAiBot.Application.Storage;

/// <summary>
/// The JSON body of an outbox message, either given as text or serialized on first read (and then kept).
/// Deferring costs nothing where the text is needed — a database store reads it inside its commit, a
/// publisher before it hands the event to a bus — and saves the serialization where nobody ever reads it
/// (a backtest's outbox drains to a bus that drops events unread). Two payloads are equal when their text is.
/// </summary>
public abstract class EventPayload : IEquatable<EventPayload>
{
    private string? _text;

    /// <summary>The JSON; null only for a message made without one (which a store rejects).</summary>
    public string? Text => _text ??= Serialize();

    /// <summary>True when there is no JSON (a message made without one); answered without serializing.</summary>
    public virtual bool IsMissing => Text is null;

    /// <summary>A payload already in JSON.</summary>
    public static EventPayload Json(string? json) => new Given(json);

    public bool Equals(EventPayload? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as EventPayload);

    public override int GetHashCode() => Text is { } text ? StringComparer.Ordinal.GetHashCode(text) : 0;

    public override string? ToString() => Text;

    /// <summary>Makes the text, once; concurrent first reads may both call it and must get the same text.</summary>
    protected abstract string? Serialize();

    private sealed class Given(string? json) : EventPayload
    {
        protected override string? Serialize() => json;
    }
}
