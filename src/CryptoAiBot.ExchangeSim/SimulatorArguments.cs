using System.Globalization;

namespace CryptoAiBot.ExchangeSim;

/// <summary>The standalone process's command line, turned into options; every problem is listed.</summary>
internal sealed record SimulatorArguments(GateSimulatorOptions Options, IReadOnlyList<string> Problems)
{
    public const string Usage =
        "usage: CryptoAiBot.ExchangeSim [--port 8089] [--candles file.csv] [--candles-pair PAIR] [--seed N] [--key KEY --secret SECRET]";

    public static SimulatorArguments Parse(IReadOnlyList<string> args)
    {
        var options = new GateSimulatorOptions { Port = 8089 };
        var problems = new List<string>();
        string? key = null, secret = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : null;
            if (value is null)
            {
                problems.Add($"{name} needs a value.");
                break;
            }

            switch (name)
            {
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port):
                    options = options with { Port = port };
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--candles":
                    options = options with { CandlesFile = value };
                    break;
                case "--candles-pair":
                    options = options with { CandlesPair = value };
                    break;
                case "--key":
                    key = value;
                    break;
                case "--secret":
                    secret = value;
                    break;
                default:
                    problems.Add($"{name} {value}: unknown option or bad value.");
                    break;
            }
        }

        if (key is not null || secret is not null)
        {
            options = options with { Accounts = [options.Accounts[0] with { Key = key ?? options.Accounts[0].Key, Secret = secret ?? options.Accounts[0].Secret }] };
        }

        problems.AddRange(options.Validate());
        return new SimulatorArguments(options, problems);
    }
}
