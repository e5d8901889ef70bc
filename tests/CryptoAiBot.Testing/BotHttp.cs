using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.Testing;

/// <summary>HTTP clients for tests, made by <see cref="IHttpClientFactory"/> (constructing HttpClient directly is banned).</summary>
public static class BotHttp
{
    private static readonly ServiceProvider Provider = new ServiceCollection().AddHttpClient().BuildServiceProvider();

    /// <summary>A loopback port nobody listens on right now, for a child process's <c>HTTP_PORT</c>.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    public static HttpClient CreateClient(Uri baseAddress, TimeSpan? timeout = null)
    {
        var client = Provider.GetRequiredService<IHttpClientFactory>().CreateClient();
        client.BaseAddress = baseAddress;
        client.Timeout = timeout ?? TimeSpan.FromSeconds(10);
        return client;
    }

    /// <summary>Status code and body of a GET.</summary>
    public static async Task<(int Status, string Body)> GetTextAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative)).ConfigureAwait(false);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
    }

    /// <summary>Status code and body of a POST without content, with an optional bearer token and other headers.</summary>
    public static async Task<(int Status, string Body)> PostTextAsync(
        this HttpClient client, string path, string? bearer = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request).ConfigureAwait(false);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
    }

    /// <summary>A GET that must answer 200 with JSON; the parsed document's root (cloned).</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        var (status, body) = await client.GetTextAsync(path).ConfigureAwait(false);
        if (status != 200)
        {
            throw new InvalidOperationException($"GET {path} answered {status}: {body}");
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
