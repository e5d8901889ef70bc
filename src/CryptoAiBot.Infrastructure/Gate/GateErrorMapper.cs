using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Gate.io error answers as our <see cref="ErrorCode"/>s (facts.md §5). Callers branch on the code only; the message
/// is for people and names Gate's label so an operator can look it up. For order placement a server error is not a
/// refusal: it is <see cref="ErrorCode.Unknown"/>, outcome unknown (see <see cref="GateOutcome"/>).
/// </summary>
internal static class GateErrorMapper
{
    private static readonly Dictionary<string, ErrorCode> Labels = new(StringComparer.Ordinal)
    {
        ["BALANCE_NOT_ENOUGH"] = ErrorCode.InsufficientBalance,
        ["INVALID_PRECISION"] = ErrorCode.InvalidPrecision,
        ["AMOUNT_TOO_LITTLE"] = ErrorCode.BelowMinimum,
        ["TOO_MANY_REQUESTS"] = ErrorCode.RateLimited,
        ["TOO_FAST"] = ErrorCode.RateLimited,
        ["ORDER_NOT_FOUND"] = ErrorCode.NotFound,
        ["CLIENT_ID_NOT_FOUND"] = ErrorCode.NotFound,
        ["INVALID_SIGNATURE"] = ErrorCode.Unauthorized,
        ["REQUEST_EXPIRED"] = ErrorCode.Unauthorized,
        ["INVALID_KEY"] = ErrorCode.Unauthorized,
        ["MISSING_REQUIRED_HEADER"] = ErrorCode.Unauthorized,
        ["IP_FORBIDDEN"] = ErrorCode.Unauthorized,
        ["READ_ONLY"] = ErrorCode.Unauthorized,
        ["FORBIDDEN"] = ErrorCode.Unauthorized,
        ["ACCOUNT_LOCKED"] = ErrorCode.Unauthorized,
        ["INVALID_CREDENTIALS"] = ErrorCode.Unauthorized,
        ["INVALID_CURRENCY_PAIR"] = ErrorCode.InvalidSymbol,
        ["INVALID_CURRENCY"] = ErrorCode.InvalidSymbol,
        ["INTERNAL"] = ErrorCode.ExchangeUnavailable,
        ["SERVER_ERROR"] = ErrorCode.ExchangeUnavailable,
        ["TOO_BUSY"] = ErrorCode.ExchangeUnavailable,
        ["ORDER_CLOSED"] = ErrorCode.Conflict,
        ["ORDER_CANCELLED"] = ErrorCode.Conflict,
        ["DUPLICATE_REQUEST"] = ErrorCode.Duplicate,
        ["ORDER_EXISTS"] = ErrorCode.Duplicate,
        ["REPEATED_CREATION"] = ErrorCode.Duplicate,
    };

    /// <summary>The error of a non-2xx answer to <paramref name="request"/>.</summary>
    public static Error Map(GateRequest request, GateResponse response)
    {
        var label = response.Label;
        var code = Code(response.Status, label);
        var said = label is null
            ? $"HTTP {response.Status}"
            : response.Message is { Length: > 0 } message ? $"{label}: {Trim(message)}" : label;
        if (request.IsPlacement && code == ErrorCode.ExchangeUnavailable)
        {
            return OutcomeUnknown(request, $"Gate.io failed while handling it ({said})");
        }

        return new Error(code, $"Gate.io {request.Method} {request.Path}: {Describe(code)} ({said}).");
    }

    public static ErrorCode Code(int status, string? label) =>
        label is not null && Labels.TryGetValue(label, out var mapped) ? mapped
        : status == 429 ? ErrorCode.RateLimited
        : status >= 500 ? ErrorCode.ExchangeUnavailable
        : status is 401 or 403 ? ErrorCode.Unauthorized
        : status == 404 && label is null ? ErrorCode.NotFound
        : status >= 400 ? ErrorCode.Validation
        : ErrorCode.ExchangeUnavailable;

    /// <summary>
    /// A placing request that may or may not have created an order. Never resend it: look the order up by its client
    /// order id (or list the pair's price orders) first.
    /// </summary>
    public static Error OutcomeUnknown(GateRequest request, string why) => new(
        ErrorCode.Unknown,
        $"Gate.io {request.Method} {request.Path}: outcome unknown, {why}. The order may exist: look it up before placing again.");

    private static string Describe(ErrorCode code) => code switch
    {
        ErrorCode.InsufficientBalance => "not enough balance",
        ErrorCode.InvalidPrecision => "amount or price has too many decimals",
        ErrorCode.BelowMinimum => "order below the market's minimum",
        ErrorCode.RateLimited => "rate limited",
        ErrorCode.NotFound => "not found",
        ErrorCode.Unauthorized => "authentication or permission refused",
        ErrorCode.InvalidSymbol => "unknown market or currency",
        ErrorCode.ExchangeUnavailable => "exchange unavailable",
        ErrorCode.Conflict => "order already finished",
        ErrorCode.Duplicate => "duplicate request",
        _ => "request refused",
    };

    private static string Trim(string message) => message.Length > 200 ? message[..200] + "…" : message;
}
