using BenchmarkDotNet.Running;

namespace PlanGen.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --job short --filter '*'</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
