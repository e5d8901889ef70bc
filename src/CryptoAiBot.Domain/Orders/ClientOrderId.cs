namespace CryptoAiBot.Domain.Orders;

/// <summary>
/// Our id for an order, made locally before anything is sent. It is the idempotency and correlation
/// key: the exchange echoes it, so an order whose acknowledgement was lost can still be found.
/// Gate.io allows at most 28 characters after its <c>t-</c> prefix, from <c>[0-9A-Za-z_.-]</c>.
/// </summary>
public readonly record struct ClientOrderId
{
    public const int MaxLength = 28;

    public ClientOrderId(string value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength ||
            !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
        {
            throw new ArgumentException(
                $"Client order id '{value}' must be 1-{MaxLength} characters of [0-9A-Za-z_.-].", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public override string ToString() => Value;
}
