using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Domain.Risk;

/// <summary>The trade the orchestrator intends to place, as the risk manager sees it.</summary>
/// <param name="Symbol">The pair to trade.</param>
/// <param name="Side">Buy opens or adds to the long position; sell reduces or closes it.</param>
/// <param name="QuoteAmount">Notional in the quote asset.</param>
/// <param name="BaseAmount">Estimated quantity in the base asset.</param>
/// <param name="ReferencePrice">The price the decision was made at.</param>
public sealed record ProposedTrade(
    Symbol Symbol,
    OrderSide Side,
    decimal QuoteAmount,
    decimal BaseAmount,
    decimal ReferencePrice);
