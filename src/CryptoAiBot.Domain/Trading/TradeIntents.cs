namespace CryptoAiBot.Domain.Trading;

/// <summary>Why an order is placed; part of its idempotency key.</summary>
public static class TradeIntents
{
    public const string Entry = "entry";
    public const string ExitSignal = "exit_signal";
    public const string StopLoss = "stop_loss";
    public const string TrailingStop = "trailing_stop";
    public const string Manual = "manual";

    /// <summary>A sell the exchange placed itself when our resting stop's trigger was reached.</summary>
    public const string ExchangeStop = "exchange_stop";

    /// <summary>The sell of the dead man's switch, when the bot's loops fell silent.</summary>
    public const string DeadMansSwitch = "dead_mans_switch";
}
