package grade

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// Without a PID namespace, a process a worker started can leave the
// worker's process group (setsid) and outlive it: the grader's kill of the
// group misses it, and it keeps whatever it holds (a pipe to the grader,
// CPU, files). So a worker started outside namespaces is started twice:
// the first process supervises, the second is the worker. The supervisor
// is a child subreaper (PR_SET_CHILD_SUBREAPER), so every orphan among the
// worker's descendants - a setsid child whose parent exited, anything left
// once the worker is gone - becomes its child instead of init's, where it
// can be found (its parent is the supervisor) and killed. It runs no cell
// and applies no layer; the worker below it does both, as before.

// supervisedWork runs the supervisor if the grader asked for one
// (superviseEnv), and reports whether it did, with the exit status.
func supervisedWork() (int, bool) {
	if os.Getenv(superviseEnv) == "" {
		return 0, false
	}
	return supervise(), true
}

// supervise starts this program again as the worker, with the same
// arguments, standard streams and environment (but superviseEnv), in a
// process group of its own, and waits for it. On SIGTERM (the grader's
// stopWorker, at a time limit) it kills the worker's group first. Then it
// kills every process left to it, and exits as the worker did.
func supervise() int {
	os.Unsetenv(superviseEnv)
	if err := unix.Prctl(unix.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0); err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade worker: subreaper:", err)
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade worker:", err)
		return 1
	}
	term := make(chan os.Signal, 1)
	signal.Notify(term, syscall.SIGTERM)
	cmd := exec.Command(exe, os.Args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade worker:", err)
		return 1
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-term:
		unix.Kill(-cmd.Process.Pid, unix.SIGKILL)
		err = <-done
	}
	sweep()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case !errors.As(err, &exit):
		fmt.Fprintln(os.Stderr, "gobackprop grade worker:", err)
		return 1
	}
	// A worker killed by a signal (the kernel's OOM killer, say) must
	// look killed to the grader, which words its message by it.
	if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		signal.Reset(ws.Signal())
		unix.Kill(os.Getpid(), ws.Signal())
		time.Sleep(100 * time.Millisecond) // a signal that does not end us
		return 128 + int(ws.Signal())
	}
	return exit.ExitCode()
}

// sweep kills the processes whose parent is this one, again until there
// are none: a process that forks while being killed leaves its child to
// the subreaper, found on the next round. The worker has been waited for,
// so every child left is an orphan of its descendants.
func sweep() {
	self := os.Getpid()
	for range 1000 {
		kids := children(self)
		if len(kids) == 0 {
			return
		}
		for _, pid := range kids {
			unix.Kill(pid, unix.SIGKILL)
		}
		for _, pid := range kids {
			var ws unix.WaitStatus
			unix.Wait4(pid, &ws, 0, nil)
		}
	}
}

// children lists the processes whose parent is pid, from /proc/*/stat.
func children(pid int) []int {
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var out []int
	for _, e := range ents {
		child, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if parent, ok := parentOf(child); ok && parent == pid {
			out = append(out, child)
		}
	}
	return out
}

// parentOf returns a process's parent from /proc/PID/stat: the fourth
// field, after the command name in parentheses (which may hold spaces and
// parentheses itself, so the last ")" ends it).
func parentOf(pid int) (int, bool) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, false
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 2 {
		return 0, false
	}
	ppid, err := strconv.Atoi(f[1])
	return ppid, err == nil
}
