//go:build !linux

package grade

import "os"

// isolate applies no operating-system limits outside Linux: the results
// channel stays on standard output, and the interpreter's sandbox, the
// time limits and the heap watchdog are what contain a notebook.
func isolate() (*os.File, []string, error) { return os.Stdout, nil, nil }
