package grade

import (
	"errors"
	"os"
	"os/exec"
	"sync/atomic"
	"syscall"
)

// nsCloneFlags are the namespaces each worker gets (see enterRoot): its
// own user (so that an unprivileged grader can make the others), mount,
// PID, network (no interface but a loopback that is down) and System V
// IPC namespace.
const nsCloneFlags = syscall.CLONE_NEWUSER | syscall.CLONE_NEWNS | syscall.CLONE_NEWPID |
	syscall.CLONE_NEWNET | syscall.CLONE_NEWIPC

// noNamespaces is set once starting a worker in namespaces failed: the
// machine does not allow them (no unprivileged user namespaces, a
// seccomp profile of the container), and later workers start without.
var noNamespaces atomic.Bool

// configure puts the worker in a process group of its own, so that kill
// reaches anything it started, has the kernel kill it if the grader dies
// first, and, if ns, starts it in new namespaces where the grader's user
// is root (of nothing but those namespaces). Without them, the worker
// starts as its own supervisor (supervise_linux.go): without a PID
// namespace nothing else ends what it leaves behind.
func configure(cmd *exec.Cmd, ns bool) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if !ns {
		cmd.Env = append(cmd.Env, superviseEnv+"=1")
	}
	if ns {
		cmd.SysProcAttr.Cloneflags = nsCloneFlags
		cmd.SysProcAttr.UidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}}
		cmd.SysProcAttr.GidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}}
		cmd.SysProcAttr.GidMappingsEnableSetgroups = false
	}
}

// startWorker starts a command made by newCmd in namespaces if ns and the
// machine allows them, and without if it does not. It returns the
// command.
func startWorker(newCmd func() *exec.Cmd, ns bool) (*exec.Cmd, error) {
	if ns && !noNamespaces.Load() {
		cmd := newCmd()
		configure(cmd, true)
		err := cmd.Start()
		if err == nil {
			return cmd, nil
		}
		if !errors.Is(err, syscall.EPERM) && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOSPC) &&
			!errors.Is(err, syscall.EACCES) && !errors.Is(err, syscall.EUSERS) && !errors.Is(err, syscall.ENOSYS) {
			return nil, err
		}
		noNamespaces.Store(true)
	}
	cmd := newCmd() // a Cmd that failed to start cannot be started again
	configure(cmd, false)
	return cmd, cmd.Start()
}

// stopWorker stops a worker at a limit. A supervised one (no namespaces)
// is asked to stop, with SIGTERM, so that its supervisor kills the worker
// and everything it left before exiting; the grader kills the supervisor
// itself only if it has not exited waitDelay later (exec.Cmd.WaitDelay).
// Any other is killed with its process group.
func stopWorker(cmd *exec.Cmd) {
	if cmd.Process != nil && cmd.SysProcAttr != nil && cmd.SysProcAttr.Cloneflags == 0 {
		cmd.Process.Signal(syscall.SIGTERM)
		return
	}
	kill(cmd)
}

// kill stops the worker and its process group.
func kill(cmd *exec.Cmd) {
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		cmd.Process.Kill()
	}
}
