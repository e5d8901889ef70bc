using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

public sealed class DotEnvLoadingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Reads_values_from_a_dotenv_file()
    {
        var path = _temp.Write(".env", """
            # comment line
            MODE=paper
            SYMBOLS="eth_usdt,btc_usdt"
            export FIXED_AMOUNT=25.5
            SIM_SEED='7'   # trailing comment
            API_TOKEN=
            """);

        var settings = SettingsLoader.LoadFromSources(path, Variables.Empty).GetOrThrow();

        Assert.Equal(["ETH/USDT", "BTC/USDT"], settings.Trading.Symbols.Select(s => s.ToString()));
        Assert.Equal(25.5m, settings.Trading.FixedAmount);
        Assert.Equal(7, settings.Paper.SimSeed);
        Assert.False(settings.Service.ApiToken.IsSet);
    }

    [Fact]
    public void Environment_variables_win_over_the_file()
    {
        var path = _temp.Write(".env", "SIM_SEED=1\nPAPER_START_QUOTE=123\n");

        var settings = SettingsLoader.LoadFromSources(path, Variables.Of(("SIM_SEED", "99"))).GetOrThrow();

        Assert.Equal(99, settings.Paper.SimSeed);
        Assert.Equal(123m, settings.Paper.StartQuote);
    }

    [Fact]
    public void A_blank_environment_variable_does_not_hide_the_file_value()
    {
        var path = _temp.Write(".env", "SIM_SEED=5\n");

        var settings = SettingsLoader.LoadFromSources(path, Variables.Of(("SIM_SEED", ""))).GetOrThrow();

        Assert.Equal(5, settings.Paper.SimSeed);
    }

    [Fact]
    public void A_missing_file_is_skipped()
    {
        var result = SettingsLoader.LoadFromSources(_temp.File(".env"), Variables.Of(("SIM_SEED", "3")));

        Assert.Equal(3, result.GetOrThrow().Paper.SimSeed);
    }

    [Fact]
    public void Warns_about_unknown_names_in_the_file()
    {
        var path = _temp.Write(".env", "RISK_COOLDOWN_SECS=10\n");

        var result = SettingsLoader.LoadFromSources(path, Variables.Empty);

        Assert.True(result.IsValid);
        Assert.Equal([$"{path}: unknown variable RISK_COOLDOWN_SECS is ignored"], result.Warnings);
    }

    [Fact]
    public void File_problems_are_reported_with_the_others()
    {
        var path = _temp.Write(".env", "MODE=foo\nEVAL_INTERVAL_SEC=0\n");

        var result = SettingsLoader.LoadFromSources(path, Variables.Of(("RISK_MAX_SPREAD_PCT", "-1")));

        Assert.Equal(3, result.Problems.Count);
    }

    [Fact]
    public void A_malformed_file_is_a_problem_that_does_not_quote_its_content()
    {
        var path = _temp.Write(".env", "API_KEY=leaky-value\nthis line is not an assignment\n");

        var problem = Assert.Single(SettingsLoader.LoadFromSources(path, Variables.Empty).Problems);

        Assert.Equal($"{path}: line 2 is not valid .env syntax", problem);
    }

    [Fact]
    public void Loading_a_file_leaves_the_process_environment_alone()
    {
        var name = "CRYPTOAIBOT_SETTINGS_PROBE_" + Guid.NewGuid().ToString("N");
        var path = _temp.Write(".env", $"{name}=1\n");

        SettingsLoader.LoadFromSources(path, Variables.Empty);

        Assert.Null(Environment.GetEnvironmentVariable(name));
    }
}
