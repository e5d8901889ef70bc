namespace CryptoAiBot.Application.Orchestration;

/// <summary>The JSON body of <c>risk.blocked</c> and <c>budget.exceeded</c>.</summary>
public sealed record RiskBlockedPayload(string Symbol, string Side, decimal QuoteAmount, IReadOnlyList<string> Rules, IReadOnlyList<string> Reasons);
