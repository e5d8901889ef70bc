using System.Diagnostics.CodeAnalysis;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Our client order id on the wire: Gate's <c>text</c> is <c>t-</c> followed by at most 28 characters of
/// <c>[0-9A-Za-z_.-]</c>. The prefix is always added (and removed once when reading), so any id round-trips.
/// </summary>
public static class GateClientOrderText
{
    public const string Prefix = "t-";

    /// <summary>The <c>text</c> for <paramref name="id"/>, or a Validation error when Gate would refuse it.</summary>
    public static Result<string> From(ClientOrderId id) =>
        Problem(id.Value) is { } problem ? new Error(ErrorCode.Validation, problem) : Prefix + id.Value;

    /// <summary>Our id from a <c>text</c> that starts with <c>t-</c>; false for Gate's source tags (<c>apiv4</c>, <c>web</c>, …).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ClientOrderId? id)
    {
        id = null;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || Problem(text[Prefix.Length..]) is not null)
        {
            return false;
        }

        id = new ClientOrderId(text[Prefix.Length..]);
        return true;
    }

    private static string? Problem(string? value)
    {
        // default(ClientOrderId) carries no value; the domain type's constructor never lets one through otherwise.
        if (string.IsNullOrEmpty(value) || value.Length > ClientOrderId.MaxLength)
        {
            return $"Client order id '{value}' must be 1-{ClientOrderId.MaxLength} characters for Gate.io.";
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return $"Client order id '{value}' may only hold 0-9 A-Z a-z _ - . for Gate.io.";
            }
        }

        return null;
    }
}
