using System.Globalization;
using OmniAlpha.Worker;

// omnialpha-worker [--host-pid N]: started by the host with the protocol on stdin/stdout; diagnostics go to stderr.
// The frames own stdout: anything else written to Console goes to stderr instead, so it can never corrupt a frame.
if (args is ["--host-pid", var pid] && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out int hostPid)) HostWatch.Start(hostPid);
var input = Console.OpenStandardInput();
var output = Console.OpenStandardOutput();
Console.SetOut(Console.Error);
return new WorkerSession(input, output, Console.Error).Run();
