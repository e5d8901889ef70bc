namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// One request, fully built before anything is sent: the query string and body bytes made here are the ones signed
/// and the ones sent, on every attempt. <see cref="Endpoint"/> names the rate-limit bucket (an endpoint template or a
/// pair), never a concrete id, so the number of buckets stays small.
/// </summary>
/// <remarks><c>Path</c> is relative to the base URL, e.g. <c>/spot/orders</c>. <c>IsSafeToRepeat</c>: reads, cancels and the
/// server time may be retried; order placement never is.</remarks>
internal sealed record GateRequest(
    HttpMethod Method,
    string Path,
    string Query,
    byte[]? Body,
    GateEndpointClass Class,
    string Endpoint,
    bool IsPrivate,
    bool IsSafeToRepeat)
{
    public string PathAndQuery => Query.Length == 0 ? Path : $"{Path}?{Query}";

    /// <summary>True for the requests whose failure after sending leaves unknown whether an order now exists.</summary>
    public bool IsPlacement => !IsSafeToRepeat && Class == GateEndpointClass.OrderPlacement;

    public static GateRequest PublicGet(string path, GateQuery query, string endpoint) =>
        new(HttpMethod.Get, path, query.ToString(), null, GateEndpointClass.Public, endpoint, IsPrivate: false, IsSafeToRepeat: true);

    public static GateRequest PrivateGet(string path, GateQuery query, string endpoint) =>
        new(HttpMethod.Get, path, query.ToString(), null, GateEndpointClass.PrivateRead, endpoint, IsPrivate: true, IsSafeToRepeat: true);

    /// <summary>A DELETE: cancelling twice is harmless (the second answers "not found" or the cancelled order).</summary>
    public static GateRequest Cancel(string path, GateQuery query) =>
        new(HttpMethod.Delete, path, query.ToString(), null, GateEndpointClass.Cancellation, "cancel", IsPrivate: true, IsSafeToRepeat: true);

    /// <summary>A POST that places an order: sent once, never retried; its bucket is the pair's.</summary>
    public static GateRequest Place(string path, byte[] body, string pair) =>
        new(HttpMethod.Post, path, "", body, GateEndpointClass.OrderPlacement, pair, IsPrivate: true, IsSafeToRepeat: false);

    public static GateRequest PrivatePost(string path, byte[] body, bool safeToRepeat) =>
        new(HttpMethod.Post, path, "", body, GateEndpointClass.Other, path, IsPrivate: true, IsSafeToRepeat: safeToRepeat);
}
