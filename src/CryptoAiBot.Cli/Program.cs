using System.CommandLine;
using CryptoAiBot.Cli.Smoke;

var root = new RootCommand("cab — crypto-ai-bot operator commands");
root.Subcommands.Add(SmokeCommand.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
