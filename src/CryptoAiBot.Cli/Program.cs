using System.CommandLine;
using CryptoAiBot.Cli.Backtest;
using CryptoAiBot.Cli.Bench;
using CryptoAiBot.Cli.Smoke;

var root = new RootCommand("cab — crypto-ai-bot operator commands");
root.Subcommands.Add(SmokeCommand.Create());
root.Subcommands.Add(BacktestCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(CryptoAiBot.Cli.Sim.SimCommand.Create());
root.Subcommands.Add(CryptoAiBot.Cli.Maintenance.MaintenanceCommand.Create());
root.Subcommands.Add(CryptoAiBot.Cli.Data.DataCommand.Create());
root.Subcommands.Add(CryptoAiBot.Cli.Reconcile.ReconcileCommand.Create());
root.Subcommands.Add(CryptoAiBot.Cli.Health.HealthCommand.Create());
root.Subcommands.Add(CryptoAiBot.Cli.Perf.PerfCommand.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
