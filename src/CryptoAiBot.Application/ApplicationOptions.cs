using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application;

/// <summary>Everything the application layer needs from configuration, already validated and typed.</summary>
public sealed record ApplicationOptions(
    string Mode,
    IReadOnlyList<Symbol> Symbols,
    TradingPlan Plan,
    OrchestratorSchedule Schedule,
    ExecutionPolicy Execution,
    ExitPolicy Exits,
    int EmaFast = 12,
    int EmaSlow = 26);
