using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Storage;

/// <summary>
/// The last successful reconciliation of a symbol: the next pass reads the exchange's trades from shortly before
/// <see cref="ReconciledAt"/>, so a long-running bot reads minutes of history rather than days.
/// </summary>
/// <param name="Symbol">The market.</param>
/// <param name="ReconciledAt">When the pass that found the books in agreement ran.</param>
/// <param name="AcceptedOffset">Base coin on the account an operator accepted as not the bot's (resuming after a drift pause).</param>
public sealed record ReconciliationCheckpoint(Symbol Symbol, DateTimeOffset ReconciledAt, decimal AcceptedOffset);
