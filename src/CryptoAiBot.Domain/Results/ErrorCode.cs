namespace CryptoAiBot.Domain.Results;

/// <summary>
/// Expected failures, named in trading terms. Adapters map exchange labels and HTTP statuses onto
/// these so that callers never see a transport detail.
/// </summary>
public enum ErrorCode
{
    None = 0,
    Validation,
    InvalidSymbol,
    BelowMinimum,
    InvalidPrecision,
    InsufficientBalance,
    IllegalTransition,
    NotFound,
    RateLimited,
    Unauthorized,
    ExchangeUnavailable,
    MalformedResponse,
    RiskBlocked,
    Duplicate,
    Conflict,
    Unknown,
}
