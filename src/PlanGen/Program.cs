using System.Runtime.InteropServices;
using System.Text;
using PlanGen.Cli;
using PlanGen.Core;

// First, so that the record replays while the rest of start-up runs.
StartupProfile.Start(args);
var run = PlanGenCli.NewRun();
run.Clock.Mark("main entered");
Console.OutputEncoding = new UTF8Encoding(false);
// An interrupted run leaves no half-written temporary file behind; the signal then ends it as usual.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => run.InFlight.DeleteAll());
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => run.InFlight.DeleteAll());
var exitCode = PlanGenCli.Run(run, args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
run.Clock.Mark("run finished");
run.Clock.WriteTo(Console.Error);
return exitCode;
