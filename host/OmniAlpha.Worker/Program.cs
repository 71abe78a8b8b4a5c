using OmniAlpha.Worker;

// omnialpha-worker: started by the host with the protocol on stdin/stdout; diagnostics go to stderr.
// The frames own stdout: anything else written to Console goes to stderr instead, so it can never corrupt a frame.
var input = Console.OpenStandardInput();
var output = Console.OpenStandardOutput();
Console.SetOut(Console.Error);
return new WorkerSession(input, output, Console.Error).Run();
