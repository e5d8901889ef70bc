using System.Text;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.Gate;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>Gate's labels and statuses as our error codes; placement turns server failures into "outcome unknown".</summary>
public sealed class GateErrorMapperTests
{
    private static readonly GateRequest Read = GateRequest.PrivateGet("/spot/orders/1", new GateQuery().Add("currency_pair", "BTC_USDT"), "/spot/orders/{id}");
    private static readonly GateRequest Place = GateRequest.Place("/spot/orders", "{}"u8.ToArray(), "BTC_USDT");

    [Theory]
    [InlineData(400, "BALANCE_NOT_ENOUGH", ErrorCode.InsufficientBalance)]
    [InlineData(400, "INVALID_PRECISION", ErrorCode.InvalidPrecision)]
    [InlineData(400, "AMOUNT_TOO_LITTLE", ErrorCode.BelowMinimum)]
    [InlineData(429, "TOO_MANY_REQUESTS", ErrorCode.RateLimited)]
    [InlineData(429, null, ErrorCode.RateLimited)]
    [InlineData(404, "ORDER_NOT_FOUND", ErrorCode.NotFound)]
    [InlineData(404, "CLIENT_ID_NOT_FOUND", ErrorCode.NotFound)]
    [InlineData(404, null, ErrorCode.NotFound)]
    [InlineData(401, "INVALID_SIGNATURE", ErrorCode.Unauthorized)]
    [InlineData(401, "REQUEST_EXPIRED", ErrorCode.Unauthorized)]
    [InlineData(401, "INVALID_KEY", ErrorCode.Unauthorized)]
    [InlineData(401, "MISSING_REQUIRED_HEADER", ErrorCode.Unauthorized)]
    [InlineData(403, "IP_FORBIDDEN", ErrorCode.Unauthorized)]
    [InlineData(403, "READ_ONLY", ErrorCode.Unauthorized)]
    [InlineData(403, "FORBIDDEN", ErrorCode.Unauthorized)]
    [InlineData(403, "ACCOUNT_LOCKED", ErrorCode.Unauthorized)]
    [InlineData(401, "INVALID_CREDENTIALS", ErrorCode.Unauthorized)]
    [InlineData(403, null, ErrorCode.Unauthorized)]
    [InlineData(400, "INVALID_CURRENCY_PAIR", ErrorCode.InvalidSymbol)]
    [InlineData(400, "INVALID_CURRENCY", ErrorCode.InvalidSymbol)]
    [InlineData(500, "INTERNAL", ErrorCode.ExchangeUnavailable)]
    [InlineData(500, "SERVER_ERROR", ErrorCode.ExchangeUnavailable)]
    [InlineData(503, "TOO_BUSY", ErrorCode.ExchangeUnavailable)]
    [InlineData(502, null, ErrorCode.ExchangeUnavailable)]
    [InlineData(400, "ORDER_CLOSED", ErrorCode.Conflict)]
    [InlineData(400, "REPEATED_CREATION", ErrorCode.Duplicate)]
    [InlineData(400, "INVALID_PARAM_VALUE", ErrorCode.Validation)]
    [InlineData(400, "POC_FILL_IMMEDIATELY", ErrorCode.Validation)]
    [InlineData(404, "NOT_FOUND", ErrorCode.Validation)]
    [InlineData(400, "SOME_FUTURE_LABEL", ErrorCode.Validation)]
    public void A_label_or_status_maps_to_one_code(int status, string? label, ErrorCode code)
    {
        var error = GateErrorMapper.Map(Read, Answer(status, label, "details from Gate"));

        Assert.Equal(code, error.Code);
        Assert.StartsWith("Gate.io GET /spot/orders/1: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(label ?? $"HTTP {status}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, "INTERNAL")]
    [InlineData(503, null)]
    [InlineData(504, "TOO_BUSY")]
    public void A_server_failure_on_placement_is_outcome_unknown(int status, string? label)
    {
        var error = GateErrorMapper.Map(Place, Answer(status, label, "oops"));

        Assert.Equal(ErrorCode.Unknown, error.Code);
        Assert.True(GateOutcome.IsUnknown(error));
        Assert.Contains("look it up before placing again", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, "BALANCE_NOT_ENOUGH", ErrorCode.InsufficientBalance)]
    [InlineData(429, "TOO_MANY_REQUESTS", ErrorCode.RateLimited)]
    [InlineData(401, "INVALID_SIGNATURE", ErrorCode.Unauthorized)]
    public void A_refusal_of_a_placement_is_definite(int status, string label, ErrorCode code)
    {
        Assert.Equal(code, GateErrorMapper.Map(Place, Answer(status, label, "no")).Code);
    }

    [Fact]
    public void A_body_that_is_not_json_still_maps_by_status()
    {
        var response = new GateResponse(503, Encoding.UTF8.GetBytes("<html>busy</html>"), default, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        var error = GateErrorMapper.Map(Read, response);

        Assert.Equal(ErrorCode.ExchangeUnavailable, error.Code);
        Assert.Equal("Gate.io GET /spot/orders/1: exchange unavailable (HTTP 503).", error.Message);
    }

    private static GateResponse Answer(int status, string? label, string message) => new(
        status,
        Encoding.UTF8.GetBytes(label is null ? "{}" : $$"""{"label":"{{label}}","message":"{{message}}"}"""),
        default,
        DateTimeOffset.UnixEpoch,
        DateTimeOffset.UnixEpoch);
}
