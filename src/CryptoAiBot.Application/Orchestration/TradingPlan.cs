using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Risk;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>What a cycle trades with: timeframe, entry size, risk limits and the fee it expects to pay.</summary>
public sealed record TradingPlan(
    Timeframe Timeframe,
    decimal EntryQuoteAmount,
    RiskLimits Limits,
    decimal ExpectedFeePct,
    int CandleLookback = 200,
    decimal DustQuantity = 0.000001m);
