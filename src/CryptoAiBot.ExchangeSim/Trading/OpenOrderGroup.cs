using CryptoAiBot.ExchangeSim.Ledger;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>One element of <c>GET /spot/open_orders</c>: a pair, how many orders it has open, and a page of them.</summary>
internal sealed record OpenOrderGroup(string CurrencyPair, int Total, IReadOnlyList<SimOrder> Orders);
