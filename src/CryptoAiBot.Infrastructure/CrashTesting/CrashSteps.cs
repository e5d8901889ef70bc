namespace CryptoAiBot.Infrastructure.CrashTesting;

/// <summary>The names of <see cref="CrashStep"/> as CRASH_AT and the crash test spell them.</summary>
public static class CrashSteps
{
    private static readonly (string Name, CrashStep Step)[] All =
    [
        ("intent_stored", CrashStep.IntentStored),
        ("request_sent", CrashStep.RequestSent),
        ("response_received", CrashStep.ResponseReceived),
        ("fills_recorded", CrashStep.FillsRecorded),
        ("event_published", CrashStep.EventPublished),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(s => s.Name)];

    public static CrashStep? Parse(string name)
    {
        foreach (var (known, step) in All)
        {
            if (string.Equals(known, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return step;
            }
        }

        return null;
    }

    public static string Name(CrashStep step) => All.First(s => s.Step == step).Name;
}
