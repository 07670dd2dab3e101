//go:build !windows

package grade

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWorkerDescendantsCannotHoldTheGrader starts, as the worker, a shell
// script whose child leaves the process group (setsid) and keeps the
// results pipe open: the grader must return once the worker is gone (or
// killed at the total limit) plus waitDelay, not when the child ends.
func TestWorkerDescendantsCannotHoldTheGrader(t *testing.T) {
	if _, err := exec.LookPath("setsid"); err != nil {
		t.Skip("no setsid command")
	}
	tests := []struct {
		name  string
		after string // what the worker does once the child runs
	}{
		{"the worker exits at once", "exit 0"},
		{"the worker hangs past its total limit", "exec sleep 1000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pidFile := filepath.Join(t.TempDir(), "pid")
			script := "setsid sleep 1000 & echo $! > " + pidFile + "; " + tt.after
			t.Cleanup(func() {
				b, _ := os.ReadFile(pidFile)
				if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil && pid > 1 {
					syscall.Kill(pid, syscall.SIGKILL)
				}
			})
			opts := testOptions(t)
			opts.Worker = []string{"sh", "-c", script}
			opts.TotalTimeout = time.Second
			done := make(chan error, 1)
			go func() {
				_, err := Grade(context.Background(), fixtureSource(), submission(t, nil), "held.ipynb", opts)
				done <- err
			}()
			// A bound far above TotalTimeout + waitDelay, far below the
			// child's 1000 s: the test proves liveness, not speed.
			select {
			case <-done:
			case <-time.After(60 * time.Second):
				t.Fatal("the grader is still waiting for the worker's descendant")
			}
		})
	}
}
