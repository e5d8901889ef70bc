using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Paper;

/// <summary>What a paper order will execute as, computed before the ledger applies it.</summary>
internal readonly record struct PaperFill(
    ClientOrderId ClientOrderId,
    Symbol Symbol,
    OrderSide Side,
    decimal Price,
    decimal Quantity,
    decimal Fee,
    string FeeAsset);
