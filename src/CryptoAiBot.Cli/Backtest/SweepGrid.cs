using System.Globalization;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// A parameter grid from <c>--sweep "ema-fast=5,8,12;ema-slow=20,26,50;stop-loss-pct=2,3"</c>: axes separated
/// by <c>;</c>, values by <c>,</c>, numbers in invariant culture. <see cref="Combinations"/> is the cartesian
/// product in the order written (the last axis varies fastest), each applied to the baseline parameters.
/// </summary>
internal sealed class SweepGrid
{
    /// <summary>Upper bound on the grid size, so a typo cannot start a night-long run.</summary>
    public const int MaxCombinations = 10_000;

    private readonly IReadOnlyList<(string Name, decimal[] Values)> _axes;

    private SweepGrid(IReadOnlyList<(string Name, decimal[] Values)> axes)
    {
        _axes = axes;
    }

    /// <summary>The grid, or null and every problem with <paramref name="spec"/>.</summary>
    public static SweepGrid? Parse(string spec, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var axes = new List<(string Name, decimal[] Values)>();
        foreach (var part in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = (equals < 0 ? part : part[..equals]).Trim().ToLowerInvariant();
            if (equals < 0 || !BacktestParameters.Names.Contains(name))
            {
                found.Add(equals < 0
                    ? $"--sweep: '{part}' is not name=value,value,…"
                    : $"--sweep: '{name}' is not a sweepable parameter; use {string.Join(", ", BacktestParameters.Names)}");
                continue;
            }

            if (axes.Any(a => a.Name == name))
            {
                found.Add($"--sweep: {name} is listed twice");
                continue;
            }

            var values = Values(name, part[(equals + 1)..], found);
            if (values.Length > 0)
            {
                axes.Add((name, values));
            }
        }

        if (axes.Count == 0 && found.Count == 0)
        {
            found.Add("--sweep: no parameter given; e.g. \"ema-fast=5,8;ema-slow=20,26\"");
        }

        var size = axes.Aggregate(1L, (product, axis) => Math.Min(product * axis.Values.Length, MaxCombinations + 1L));
        if (size > MaxCombinations)
        {
            found.Add($"--sweep: the grid has more than {MaxCombinations:N0} combinations; narrow it");
        }

        problems = found;
        return found.Count == 0 ? new SweepGrid(axes) : null;
    }

    public IReadOnlyList<SweepCombination> Combinations(BacktestParameters baseline)
    {
        IEnumerable<IReadOnlyList<(string Name, decimal Value)>> points = [[]];
        foreach (var (name, values) in _axes)
        {
            points = points.SelectMany(point => values.Select(v => (IReadOnlyList<(string, decimal)>)[.. point, (name, v)])).ToArray();
        }

        return points.Select(point =>
        {
            var parameters = point.Aggregate(baseline, (p, axis) => p.With(axis.Name, axis.Value));
            var key = string.Join(" ", point.Select(axis => $"{axis.Name}={axis.Value.ToString(CultureInfo.InvariantCulture)}"));
            var values = point.ToDictionary(axis => axis.Name, axis => axis.Value, StringComparer.Ordinal);
            return new SweepCombination(key, values, parameters, [.. parameters.Problems()]);
        }).ToArray();
    }

    private static decimal[] Values(string name, string list, List<string> problems)
    {
        var values = new List<decimal>();
        foreach (var text in list.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add($"--sweep: {name} value '{text}' is not a number");
            }
            else if (BacktestParameters.IsWholeNumber(name) && (value != decimal.Truncate(value) || value is > int.MaxValue or < int.MinValue))
            {
                problems.Add($"--sweep: {name} value '{text}' is not a whole number");
            }
            else if (values.Contains(value))
            {
                problems.Add($"--sweep: {name} value {text} is listed twice");
            }
            else
            {
                values.Add(value);
            }
        }

        return [.. values];
    }
}
