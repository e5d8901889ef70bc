using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>What a <c>--config</c> file makes of a backtest: its settings, the parameters it implies and its strategies.</summary>
internal sealed record BacktestConfiguration(BacktestSettings Settings, BacktestParameters Parameters, StrategyFactory Strategies);
