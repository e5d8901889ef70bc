using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Telemetry;

/// <summary>Error codes as label values (<c>insufficient_balance</c>), made once so that recording a failure allocates no string.</summary>
public static class ErrorCodeLabels
{
    private static readonly Dictionary<ErrorCode, string> Names = Enum.GetValues<ErrorCode>().ToDictionary(code => code, SnakeCase);

    public static string Of(ErrorCode code) => Names.TryGetValue(code, out var name) ? name : "other";

    private static string SnakeCase(ErrorCode code)
    {
        var name = code.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
