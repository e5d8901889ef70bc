using System.Globalization;
using System.Text.RegularExpressions;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Cli.Tests;

/// <summary>
/// <c>cab bench</c> run as a child process on a small stream: it reports every measurement it promises. Speeds are
/// machine facts, never asserted; what is checked is what the numbers must be whatever the machine.
/// </summary>
public sealed partial class BenchCommandTests
{
    [Fact]
    public async Task A_small_bench_reports_the_pipeline_the_sweep_the_memory_and_the_csv_load()
    {
        using var temp = new TempDirectory();
        await using var cab = BotProcess.Start(
            BotAssemblies.Cli, new Dictionary<string, string?> { ["COLUMNS"] = "400" }, temp.Path, ["bench", "--candles", "20000", "--warm-up", "20000"]);
        var exitCode = await cab.WaitForExitAsync(TimeSpan.FromSeconds(120));
        var output = cab.OutputText;

        Assert.True(exitCode == 0, output + cab.ErrorText);
        var plain = Row().Match(output);
        Assert.True(plain.Success, output);
        Assert.True(double.Parse(plain.Groups["rate"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) > 0, output);
        Assert.True(int.Parse(plain.Groups["trades"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) > 0, output);

        // The decision path without trades allocates nothing per candle: what it allocates at all is the run's set-up.
        var quiet = QuietRow().Match(output);
        Assert.True(quiet.Success, output);
        Assert.True(double.Parse(quiet.Groups["bytes"].Value, CultureInfo.InvariantCulture) < 50, output);

        Assert.Contains("sweep of 8 runs x 20,000 candles", output, StringComparison.Ordinal);
        Assert.Contains("garbage collector: server", output, StringComparison.Ordinal);
        Assert.Contains("CSV load: 20,000 rows", output, StringComparison.Ordinal);
        Assert.Matches(@"peak working set: \d+\.\d MB", output);
    }

    [GeneratedRegex(@"plain configuration\s*│\s*(?<rate>[\d,]+)\s*│\s*(?<bytes>[\d.]+)\s*│\s*(?<trades>[\d,]+)")]
    private static partial Regex Row();

    [GeneratedRegex(@"decision path, no trades\s*│\s*[\d,]+\s*│\s*(?<bytes>[\d.]+)\s*│\s*0\s*│")]
    private static partial Regex QuietRow();
}
