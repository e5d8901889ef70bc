namespace CryptoAiBot.Cli.Health;

/// <summary>
/// What <c>cab health</c> exits with. The numbers follow the Nagios plugin convention (OK, WARNING, CRITICAL, UNKNOWN)
/// that monitoring schedulers (Nagios, Icinga, Sensu, Zabbix agents, systemd <c>ExecCondition</c> wrappers) already
/// understand, so the command can be dropped into one without a mapping table.
/// </summary>
internal static class HealthExitCodes
{
    /// <summary><c>/health</c> is ok and <c>/ready</c> answers 200.</summary>
    public const int Healthy = 0;

    /// <summary>Ready, but some component is degraded (stale heartbeat, clock drift, DMS off...).</summary>
    public const int Degraded = 1;

    /// <summary>A component is down, or <c>/ready</c> answers 503 (starting, start-up reconciliation not done).</summary>
    public const int Down = 2;

    /// <summary>No usable answer: connection refused, timeout, not the bot's JSON; also a usage error (nothing was checked).</summary>
    public const int Unknown = 3;

    public static int Worst(int a, int b) => Math.Max(a, b);
}
