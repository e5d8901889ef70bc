using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// What one try at a request came to: an HTTP answer, a transport failure after the request may have left (timeout,
/// broken connection), or a refusal before anything was sent (no rate-limit slot, no server time).
/// </summary>
internal sealed record GateAttempt(GateResponse? Response, string? TransportFailure, Error? Refused)
{
    public static GateAttempt Answered(GateResponse response) => new(response, null, null);

    public static GateAttempt Failed(string failure) => new(null, failure, null);

    public static GateAttempt NotSent(Error error) => new(null, null, error);

    /// <summary>Worth another try for a request that is safe to repeat.</summary>
    public bool IsTransient =>
        TransportFailure is not null
        || Response is { Status: >= 500 or 429 }
        || Response?.Label is "TOO_MANY_REQUESTS" or "REQUEST_EXPIRED" or "INTERNAL" or "SERVER_ERROR" or "TOO_BUSY";

    /// <summary>Counts toward opening the circuit: the exchange failed, as opposed to refusing us.</summary>
    public bool IsExchangeFailure => TransportFailure is not null || Response is { Status: >= 500 };
}
