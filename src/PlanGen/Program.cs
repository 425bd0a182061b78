using System.Text;
using PlanGen.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return PlanGenCli.Run(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
