using System.Diagnostics.CodeAnalysis;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>Either a value or the Gate error the request earned; expected rejections are values, not exceptions.</summary>
internal readonly record struct GateResult<T>
{
    private GateResult(T? value, GateError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public GateError? Error { get; }

    [MemberNotNullWhen(true, nameof(Error))]
    [MemberNotNullWhen(false, nameof(Value))]
    public bool Failed => Error is not null;

    /// <summary>A success; for interface-typed values, which implicit conversions cannot take.</summary>
    public static GateResult<T> Success(T value) => new(value, null);

    public GateResult<TOut> Map<TOut>(Func<T, TOut> map) => Failed ? Error : map(Value);

    public static implicit operator GateResult<T>(T value) => new(value, null);

    public static implicit operator GateResult<T>(GateError error) => new(default, error);
}
