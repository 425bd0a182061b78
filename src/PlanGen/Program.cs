using System.Text;
using PlanGen.Cli;
using PlanGen.Core;

StageClock.Mark("main entered");
Console.OutputEncoding = new UTF8Encoding(false);
var exitCode = PlanGenCli.Run(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
StageClock.Mark("run finished");
StageClock.WriteTo(Console.Error);
return exitCode;
