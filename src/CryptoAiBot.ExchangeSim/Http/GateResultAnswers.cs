using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Turns a result into Gate's answer: the view as JSON, or the error body with its status.</summary>
internal static class GateResultAnswers
{
    public static IResult Answer<T, TView>(this GateResult<T> result, Func<T, TView> view, int status = StatusCodes.Status200OK) =>
        result.Failed ? GateJson.Error(result.Error) : GateJson.Ok(view(result.Value), status);
}
