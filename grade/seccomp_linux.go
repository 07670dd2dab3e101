package grade

import (
	"fmt"
	"os"
	"slices"

	seccomp "github.com/elastic/go-seccomp-bpf"
	"github.com/elastic/go-seccomp-bpf/arch"
	"golang.org/x/sys/unix"
)

// deniedSyscalls are what a cell never needs and a dishonest one would
// use: running programs, reaching other processes (signals, tracing,
// their memory), sockets, and changing the worker's view of the system
// (mounts, namespaces, kernel keys and modules, BPF, io_uring, which
// bypasses seccomp). The filter allows every other system call of the
// machine's own ABI and refuses all others, so a foreign ABI (i386's int
// 0x80 or x32 on amd64) cannot call what this list denies by another
// number.
var deniedSyscalls = []string{
	"execve", "execveat", "fork", "vfork",
	"ptrace", "process_vm_readv", "process_vm_writev", "process_madvise",
	"tkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo",
	"pidfd_open", "pidfd_send_signal", "pidfd_getfd",
	"socket", "socketpair",
	"mount", "umount2", "pivot_root", "chroot", "unshare", "setns",
	"mount_setattr", "open_tree", "move_mount", "fsopen", "fsconfig", "fsmount", "fspick",
	"open_by_handle_at", "name_to_handle_at",
	"keyctl", "add_key", "request_key", "bpf", "perf_event_open", "userfaultfd",
	"io_uring_setup", "io_uring_enter", "io_uring_register",
	"init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load",
	"reboot", "swapon", "swapoff", "acct", "quotactl", "syslog",
}

// nsFlags are the clone flags that make new namespaces: the worker's
// threads are created with clone, never with these.
const nsFlags = unix.CLONE_NEWNS | unix.CLONE_NEWUSER | unix.CLONE_NEWPID | unix.CLONE_NEWNET |
	unix.CLONE_NEWIPC | unix.CLONE_NEWUTS | unix.CLONE_NEWCGROUP | unix.CLONE_NEWTIME

// seccompPolicy is the worker's filter: see deniedSyscalls. kill and
// tgkill are allowed only towards the worker itself (the Go runtime
// signals its own threads), clone only without namespace flags; clone3,
// whose flags the filter cannot read, fails with ENOSYS so that the C
// library falls back to clone.
func seccompPolicy() (seccomp.Policy, error) {
	info, err := arch.GetInfo("")
	if err != nil {
		return seccomp.Policy{}, err
	}
	special := []string{"kill", "tgkill", "clone", "clone3"}
	var allow []string
	for name := range info.SyscallNames {
		if !slices.Contains(deniedSyscalls, name) && !slices.Contains(special, name) {
			allow = append(allow, name)
		}
	}
	slices.Sort(allow)
	self := uint64(os.Getpid())
	onlySelf := seccomp.ArgumentConditions{{Argument: 0, Operation: seccomp.Equal, Value: self}}
	return seccomp.Policy{
		DefaultAction: seccomp.ActionErrno, // EPERM
		Syscalls: []seccomp.SyscallGroup{
			{Action: seccomp.ActionAllow, Names: allow},
			{Action: seccomp.ActionAllow, NamesWithCondtions: []seccomp.NameWithConditions{
				{Name: "kill", Conditions: onlySelf},
				{Name: "tgkill", Conditions: onlySelf},
				{Name: "clone", Conditions: seccomp.ArgumentConditions{{Argument: 0, Operation: seccomp.BitsNotSet, Value: nsFlags}}},
			}},
			{Action: seccomp.ActionErrno | seccomp.Action(unix.ENOSYS), Names: []string{"clone3"}},
		},
	}, nil
}

// installSeccomp applies seccompPolicy to every thread of the process
// (TSYNC: Go runs goroutines on many threads, and threads created later
// inherit the filter), with no_new_privs set.
func installSeccomp() error {
	if !seccomp.Supported() {
		return fmt.Errorf("seccomp is not supported by this kernel")
	}
	policy, err := seccompPolicy()
	if err != nil {
		return err
	}
	return seccomp.LoadFilter(seccomp.Filter{NoNewPrivs: true, Flag: seccomp.FilterFlagTSync, Policy: policy})
}
