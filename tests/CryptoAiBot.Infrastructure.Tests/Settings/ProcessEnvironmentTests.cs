using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ProcessEnvironmentTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string? _previous = Environment.GetEnvironmentVariable("SIM_SEED");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("SIM_SEED", _previous);
        _temp.Dispose();
    }

    [Fact]
    public void Real_environment_variables_win_over_the_dotenv_file()
    {
        var path = _temp.Write(".env", "SIM_SEED=1\nPAPER_START_QUOTE=321\n");
        Environment.SetEnvironmentVariable("SIM_SEED", "77");

        var settings = SettingsLoader.LoadFromEnvironment(path).GetOrThrow();

        Assert.Equal(77, settings.Paper.SimSeed);
        Assert.Equal(321m, settings.Paper.StartQuote);
    }
}
