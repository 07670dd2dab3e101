package grade

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"unsafe"
)

// maxFileSize bounds each file a notebook writes in its sandbox, so a
// loop that writes forever fills neither the disk nor the grader's time.
const maxFileSize = 256 << 20

// isolate prepares the worker process before any cell runs:
//
//   - the results channel moves from descriptor 1 to a new descriptor,
//     and descriptor 1 becomes a copy of 2, so that what a cell writes to
//     os.Stdout lands in the grader's log instead of among the results;
//   - standard input becomes /dev/null (the job has been read);
//   - files are capped at maxFileSize (RLIMIT_FSIZE, with SIGXFSZ ignored
//     so that the write fails instead of the process) and core dumps off;
//   - a seccomp filter (amd64 and arm64) refuses to run programs, signal
//     or trace other processes, or open sockets: os.StartProcess and
//     os.FindProcess(...).Kill are in the os package a restricted session
//     allows, and without the filter a cell could run a shell or kill
//     the grader.
//
// It returns the results channel and the names of the limits applied.
func isolate() (*os.File, []string, error) {
	fd, err := syscall.Dup(1)
	if err != nil {
		return nil, nil, fmt.Errorf("results channel: %w", err)
	}
	syscall.CloseOnExec(fd)
	results := os.NewFile(uintptr(fd), "results")
	if err := syscall.Dup3(2, 1, 0); err != nil {
		return nil, nil, fmt.Errorf("results channel: %w", err)
	}
	if null, err := os.Open(os.DevNull); err == nil {
		syscall.Dup3(int(null.Fd()), 0, 0)
		null.Close()
	}

	var limits []string
	signal.Ignore(syscall.SIGXFSZ)
	if syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: maxFileSize, Max: maxFileSize}) == nil {
		limits = append(limits, "rlimit-fsize")
	}
	syscall.Setrlimit(syscall.RLIMIT_CORE, &syscall.Rlimit{})
	if err := installSeccomp(); err == nil {
		limits = append(limits, "seccomp")
	} else {
		fmt.Fprintln(os.Stderr, "gobackprop grade worker: seccomp filter not installed:", err)
	}
	return results, limits, nil
}

// A classic BPF program over struct seccomp_data.
type sockFilter struct {
	code uint16
	jt   uint8
	jf   uint8
	k    uint32
}

type sockFprog struct {
	len    uint16
	filter *sockFilter
}

const (
	bpfLdWAbs  = 0x20 // BPF_LD | BPF_W | BPF_ABS
	bpfJeqK    = 0x15 // BPF_JMP | BPF_JEQ | BPF_K
	bpfRetK    = 0x06 // BPF_RET | BPF_K
	retAllow   = 0x7fff0000
	retErrno   = 0x00050000
	offNr      = 0
	offArch    = 4
	offArg0    = 16 // low 32 bits on little-endian machines
	prSetNoNew = 38 // PR_SET_NO_NEW_PRIVS
	modeFilter = 1  // SECCOMP_SET_MODE_FILTER
	flagTSync  = 1  // SECCOMP_FILTER_FLAG_TSYNC
)

// filterProgram returns the worker's filter: system calls in denied fail
// with EPERM, kill and tgkill are allowed only towards the worker itself
// (the Go runtime signals its own threads), everything else is allowed.
func filterProgram(arch uint32, denied []uint32, kill, tgkill uint32, pid uint32) []sockFilter {
	p := []sockFilter{
		{code: bpfLdWAbs, k: offArch},
		{code: bpfJeqK, k: arch, jt: 1},
		{code: bpfRetK, k: retAllow}, // another ABI: not one a cell can reach
		{code: bpfLdWAbs, k: offNr},
	}
	// Layout after the checks: [ret allow] [ld arg0] [jeq pid] [ret allow] [ret deny].
	checks := len(denied) + 2
	for i, nr := range denied {
		toDeny := checks - i - 1 + 4
		p = append(p, sockFilter{code: bpfJeqK, k: nr, jt: uint8(toDeny)})
	}
	p = append(p,
		sockFilter{code: bpfJeqK, k: kill, jt: 2},   // -> ld arg0
		sockFilter{code: bpfJeqK, k: tgkill, jt: 1}, // -> ld arg0
		sockFilter{code: bpfRetK, k: retAllow},
		sockFilter{code: bpfLdWAbs, k: offArg0},
		sockFilter{code: bpfJeqK, k: pid, jf: 1},
		sockFilter{code: bpfRetK, k: retAllow},
		sockFilter{code: bpfRetK, k: retErrno | uint32(syscall.EPERM)},
	)
	return p
}

// installSeccomp applies filterProgram to every thread of the process
// (SECCOMP_FILTER_FLAG_TSYNC: Go runs goroutines on many threads, and
// threads created later inherit the filter).
func installSeccomp() error {
	sys, ok := seccompNumbers()
	if !ok {
		return fmt.Errorf("no filter for %s", runtime.GOARCH)
	}
	prog := filterProgram(sys.arch, sys.denied, sys.kill, sys.tgkill, uint32(os.Getpid()))
	fprog := sockFprog{len: uint16(len(prog)), filter: &prog[0]}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if _, _, e := syscall.RawSyscall6(syscall.SYS_PRCTL, prSetNoNew, 1, 0, 0, 0, 0); e != 0 {
		return fmt.Errorf("prctl(PR_SET_NO_NEW_PRIVS): %w", e)
	}
	r, _, e := syscall.RawSyscall(sys.seccomp, modeFilter, flagTSync, uintptr(unsafe.Pointer(&fprog)))
	runtime.KeepAlive(prog)
	if e != 0 {
		return fmt.Errorf("seccomp: %w", e)
	}
	if r != 0 {
		return fmt.Errorf("seccomp: thread %d could not be synchronized", r)
	}
	return nil
}

// syscalls are the numbers the filter needs, which differ by architecture.
type syscalls struct {
	arch         uint32
	seccomp      uintptr
	kill, tgkill uint32
	denied       []uint32
}

// Numbers shared by every architecture (the unified table, Linux 5.1+).
const (
	sysPidfdSendSignal = 424
	sysPidfdOpen       = 434
	sysPidfdGetfd      = 438
)
