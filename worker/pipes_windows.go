package worker

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
	"syscall"

	"golang.org/x/sys/windows"
)

// envPipes names the environment variable that tells a worker on Windows
// the handles of its request and event pipes ("REQUESTS,EVENTS", in
// decimal). Windows has no descriptors 3 and 4 to hand a child: the pipes
// are inherited as handles (SysProcAttr.AdditionalInheritedHandles), and
// their values travel in the environment.
const envPipes = "GOBACKPROP_WORKER_PIPES"

// handPipes has the worker inherit its request and event pipes; cmd's
// SysProcAttr and Env must be set.
func handPipes(cmd *exec.Cmd, requests, events *os.File) {
	for _, f := range []*os.File{requests, events} {
		h := windows.Handle(f.Fd())
		windows.SetHandleInformation(h, windows.HANDLE_FLAG_INHERIT, windows.HANDLE_FLAG_INHERIT)
		cmd.SysProcAttr.AdditionalInheritedHandles = append(cmd.SysProcAttr.AdditionalInheritedHandles, syscall.Handle(h))
	}
	cmd.Env = append(slices.Clip(cmd.Env), fmt.Sprintf("%s=%d,%d", envPipes, requests.Fd(), events.Fd()))
}

// childPipes returns the pipes handPipes gave this process, or
// errNoPipes. Programs a cell starts do not inherit them: os/exec hands a
// child only the handles it names, and the variable is removed.
func childPipes() (requests, events *os.File, err error) {
	var req, ev uintptr
	if _, err := fmt.Sscanf(os.Getenv(envPipes), "%d,%d", &req, &ev); err != nil {
		return nil, nil, errNoPipes
	}
	os.Unsetenv(envPipes)
	for _, h := range []uintptr{req, ev} {
		if _, err := windows.GetFileType(windows.Handle(h)); err != nil {
			return nil, nil, errNoPipes
		}
	}
	return os.NewFile(req, "requests"), os.NewFile(ev, "events"), nil
}

// noInherit does nothing: os/exec on Windows passes a child only the
// handles it names.
func noInherit(*os.File) {}
