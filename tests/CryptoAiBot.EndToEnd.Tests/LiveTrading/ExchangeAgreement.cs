using System.Globalization;

namespace CryptoAiBot.EndToEnd.Tests.LiveTrading;

/// <summary>What <see cref="LedgerAgreement.StateEqualsTheExchangeAsync"/> found equal, for a one-line summary of a fault row.</summary>
/// <param name="ExchangeOrders">Spot orders on the exchange (each with its own client text, or fired by a stop).</param>
/// <param name="LocalOrders">Orders in the bot's books, every one terminal.</param>
/// <param name="Trades">Exchange trades, each one fill in the books.</param>
/// <param name="Statuses">The local orders' final statuses, oldest first.</param>
/// <param name="Position">The bot's base position, equal to the exchange's BTC balance.</param>
/// <param name="StopResting">Whether a protective stop rests on the exchange (the one the bot has on record).</param>
internal sealed record ExchangeAgreement(int ExchangeOrders, int LocalOrders, int Trades, IReadOnlyList<string> Statuses, decimal Position, bool StopResting)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"exchange orders {ExchangeOrders} (one per client text), local orders {LocalOrders} [{string.Join(", ", Statuses)}], trades {Trades} = fills {Trades}, position {Position} BTC = balance, stop {(StopResting ? "resting" : "none")}");
}
