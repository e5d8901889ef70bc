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
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || !IsAllowed(value))
        {
            throw new ArgumentException(
                $"Client order id '{value}' must be 1-{MaxLength} characters of [0-9A-Za-z_.-].", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    // A loop rather than LINQ: an id is made for every order, and this runs on the backtest's per-trade path.
    private static bool IsAllowed(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => Value;
}
