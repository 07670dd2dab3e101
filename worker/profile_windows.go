package worker

import "os"

// profileSignal is nil: Windows has no SIGUSR1, and heap profiles on
// signal are for the Linux soak benchmark.
var profileSignal os.Signal
