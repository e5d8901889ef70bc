namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>A rejection as Gate sends it: HTTP status plus <c>{"label","message"}</c>.</summary>
internal sealed record GateError(int Status, string Label, string Message)
{
    public static readonly GateError BalanceNotEnough = new(400, "BALANCE_NOT_ENOUGH", "Not enough balance");

    public static GateError InvalidParam(string name, string? value) =>
        new(400, "INVALID_PARAM_VALUE", $"Invalid parameter `{name}` with value: {value}");

    public static GateError MissingParam(string name) => new(400, "MISSING_REQUIRED_PARAM", $"Missing required parameter: {name}");

    public static GateError InvalidPair(string? pair) => new(400, "INVALID_CURRENCY_PAIR", $"Invalid currency pair {pair}");

    public static GateError OrderNotFound(string id) => new(404, "ORDER_NOT_FOUND", $"Order with ID {id} not found");

    public static GateError ClientIdNotFound(string text) => new(404, "CLIENT_ID_NOT_FOUND", $"Order with text {text} not found");
}
