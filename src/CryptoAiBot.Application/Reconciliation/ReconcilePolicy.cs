namespace CryptoAiBot.Application.Reconciliation;

/// <summary>How a reconciliation judges.</summary>
/// <param name="Tolerance">A position difference at or below this is no drift: the lot step or the dust the bot leaves behind.</param>
/// <param name="Now">The time of the pass.</param>
/// <param name="VisibilityDelay">An order younger than this may not be listed by the exchange yet, so its absence proves nothing.</param>
/// <param name="AcceptedOffset">
/// Base coin the account holds that an operator accepted as not the bot's (taken off the exchange balance before comparing);
/// zero unless an operator resumed a symbol paused for drift.
/// </param>
public sealed record ReconcilePolicy(decimal Tolerance, DateTimeOffset Now, TimeSpan VisibilityDelay, decimal AcceptedOffset = 0m);
