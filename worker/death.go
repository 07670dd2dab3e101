package worker

import (
	"fmt"
	"os"
	"strings"
	"syscall"
)

// The error a cell gets when the worker died under it.

const (
	reportLines = 40  // lines of the runtime's report shown
	lineLimit   = 300 // bytes of one such line
	deathEname  = "WorkerDied"
	restarted   = "The Go session's process died and gobackprop restarted it: the variables, functions and imports of earlier cells are gone. Run the cells you need again."
)

// deathError describes the death of a worker: Go's own first words as
// the error value, a hint, the restart, and the head of the report.
// limit is the worker's GOBACKPROP_MEMORY_LIMIT, for the hint.
func deathError(report string, state *os.ProcessState, why, limit string) *cellError {
	lines := strings.Split(strings.TrimRight(report, "\n"), "\n")
	if report == "" {
		lines = nil
	}
	evalue := ""
	for _, l := range lines {
		if strings.HasPrefix(l, "fatal error:") {
			evalue = l
			break
		}
	}
	if evalue == "" && len(lines) > 0 {
		evalue = lines[0]
	}
	if why != "" {
		evalue = why
	}
	if evalue == "" {
		evalue = "the Go session's process ended: " + exitText(state)
	}
	evalue = clip(evalue, lineLimit)
	tb := []string{"\x1b[0;31m" + deathEname + "\x1b[0m: " + evalue}
	if h := hint(report+" "+evalue, limit); h != "" {
		tb = append(tb, h)
	}
	tb = append(tb, "", restarted)
	if len(lines) > 0 {
		tb = append(tb, "", "What Go printed ("+exitText(state)+"):")
		for i, l := range lines {
			if i == reportLines {
				tb = append(tb, fmt.Sprintf("... (%d more lines)", len(lines)-i))
				break
			}
			tb = append(tb, "    "+clip(l, lineLimit))
		}
	}
	return &cellError{Ename: deathEname, Evalue: evalue, TB: tb}
}

// hint says what usually causes a fatal error, in a student's words.
func hint(report, limit string) string {
	switch {
	case strings.Contains(report, "concurrent map"):
		return "Goroutines used one map at the same time: guard it with a sync.Mutex."
	case strings.Contains(report, "stack overflow"), strings.Contains(report, "stack exceeds"):
		return "A recursion without end: a function or method that calls itself without a base case, or printing a value that contains itself."
	case strings.Contains(report, "out of memory"), strings.Contains(report, "memory limit"):
		if limit == "" {
			return "The cell asked for more memory than the machine would give."
		}
		return "The cell asked for more memory than the session may use: " + EnvMemoryLimit + "=" + limit + " (set in the kernelspec's env)."
	}
	return ""
}

func exitText(state *os.ProcessState) string {
	if state == nil {
		return "it did not start"
	}
	if ws, ok := state.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		if ws.Signal() == syscall.SIGKILL {
			return "killed by SIGKILL"
		}
		return "killed by " + ws.Signal().String()
	}
	return fmt.Sprintf("exit status %d", state.ExitCode())
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + " ..."
}
