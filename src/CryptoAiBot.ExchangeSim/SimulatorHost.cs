using System.Net;
using CryptoAiBot.ExchangeSim.Auth;
using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.ExchangeSim.Http;
using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim;

/// <summary>
/// Builds the web application: Kestrel on 127.0.0.1 only; for <c>/api/v4</c> the pipeline is gateway headers →
/// rate limit → faults → signature → endpoint (so even a rejected or faulted call carries Gate's headers);
/// <c>/_sim</c> is loopback-only control.
/// </summary>
internal static class SimulatorHost
{
    public static WebApplication Build(GateSimulatorOptions options, TimeProvider time, Action<ILoggingBuilder>? logging)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SimulatorHost).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        logging?.Invoke(builder.Logging);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(sp => new SimExchange(options, time, sp.GetRequiredService<ILoggerFactory>().CreateLogger("CryptoAiBot.ExchangeSim")));
        builder.Services.AddSingleton(new FaultInjector(options.Faults, options.Seed));
        builder.Services.AddSingleton<SimControl>();

        var app = builder.Build();
        app.UseRouting();
        app.UseWhen(IsApi, api => api
            .UseMiddleware<GatewayTimeMiddleware>()
            .UseMiddleware<UnexpectedErrorMiddleware>()
            .UseMiddleware<RateLimitMiddleware>()
            .UseMiddleware<FaultMiddleware>()
            .UseMiddleware<GateAuthMiddleware>());
        app.UseWhen(context => !IsApi(context), control => control.Use(async (context, next) =>
        {
            if (context.Connection.RemoteIpAddress is { } peer && !IPAddress.IsLoopback(peer))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await next(context).ConfigureAwait(false);
        }));

        var spot = app.MapGroup(GateSimulator.ApiPrefix + "/spot");
        spot.MapGroup("").WithMetadata(new GateRoute(RateClass.Public, Signed: false)).MapPublicEndpoints();
        spot.MapGroup("").WithMetadata(new GateRoute(RateClass.Private, Signed: true))
            .MapOrderEndpoints()
            .MapAccountEndpoints()
            .MapPriceOrderEndpoints();
        app.MapFallback(GateSimulator.ApiPrefix + "/{**path}", () => GateJson.Error(new GateError(404, "NOT_FOUND", "Not found")))
            .WithMetadata(new GateRoute(RateClass.Public, Signed: false));
        app.MapControlEndpoints();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(GateSimulator.ApiPrefix, StringComparison.Ordinal);
}
