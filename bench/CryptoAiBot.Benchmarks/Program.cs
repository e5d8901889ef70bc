using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/CryptoAiBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(CryptoAiBot.Benchmarks.IndicatorBenchmarks).Assembly).Run(args);
