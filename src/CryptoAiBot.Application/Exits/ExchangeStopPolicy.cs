namespace CryptoAiBot.Application.Exits;

/// <summary>
/// How the exchange-side stop follows the bot's stops (<c>EXCHANGE_STOPS</c>, <c>EXCHANGE_STOP_REPLACE_SEC</c>,
/// <c>EXCHANGE_STOP_STEP_PCT</c>): it is moved up (cancel and replace) only when the trigger would rise by at least
/// <see cref="MinStepPct"/> percent and <see cref="MinReplaceInterval"/> has passed since it was placed, so a trailing
/// stop does not spend the exchange's order rate limit on every tick. The bot-side check keeps watching in between.
/// </summary>
public sealed record ExchangeStopPolicy(bool Enabled, TimeSpan MinReplaceInterval, decimal MinStepPct)
{
    public static ExchangeStopPolicy Default { get; } = new(true, TimeSpan.FromSeconds(30), 0.1m);

    public static ExchangeStopPolicy Off { get; } = Default with { Enabled = false };
}
