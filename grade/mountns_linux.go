package grade

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/sys/unix"
)

// workDir is the sandbox inside the worker's own root.
const workDir = "/work"

// enterRoot gives the worker a root of its own, in the mount namespace
// the grader started it in (see configure): a read-only tmpfs holding
// only
//
//	/work        a tmpfs of at most disk bytes, the sandbox and working directory
//	/proc        this PID namespace's processes (see lockdown)
//	readOnly...  bound read-only at their own paths (the data sets)
//
// The old root is detached: the source notebook, other submissions, the
// grader's binary and the CI job's files are not in reach by any path.
// The tmpfs is mounted over the grader's temporary directory, the
// current directory, which is only a mount point here. It returns the
// new sandbox directory.
func enterRoot(disk int64, readOnly []string) (string, error) {
	// Load the time zone while /etc is there: time.Local is read once, on
	// its first use.
	_ = time.Local.String()
	mnt := func(src, dst, fstype string, flags uintptr, data string) error {
		if err := unix.Mount(src, dst, fstype, flags, data); err != nil {
			return fmt.Errorf("mount %s on %s: %w", fstype+src, dst, err)
		}
		return nil
	}
	root, err := os.Getwd()
	if err != nil {
		return "", err
	}
	const hard = unix.MS_NOSUID | unix.MS_NODEV | unix.MS_NOEXEC
	if err := mnt("", "/", "", unix.MS_REC|unix.MS_PRIVATE, ""); err != nil {
		return "", err
	}
	if err := mnt("gobackprop-root", root, "tmpfs", hard, "size=1m,mode=0755"); err != nil {
		return "", err
	}
	for _, d := range []string{workDir, "/proc", "/.old"} {
		if err := os.Mkdir(root+d, 0o755); err != nil {
			return "", err
		}
	}
	if err := mnt("gobackprop-work", root+workDir, "tmpfs", hard, fmt.Sprintf("size=%d,mode=0777", disk)); err != nil {
		return "", err
	}
	for _, d := range readOnly {
		if err := bindReadOnly(d, root+d); err != nil {
			return "", err
		}
	}
	// A PID namespace's proc can be mounted only while a full /proc is
	// visible in the mount namespace, so before the old root goes. It
	// holds the processes' directories only (subset=pid, Linux 5.8): none
	// of the kernel's own files (kallsyms, sys, sysrq-trigger, kcore).
	// Not none at all: the memory limit reads /proc/self/status, and
	// go-landlock's thread broadcast (libpsx, in a cgo build) lists
	// /proc/1/task while it restricts, after which Landlock allows no
	// unmount; Landlock then refuses every file in it (lockdown).
	if err := mnt("proc", root+"/proc", "proc", hard, "subset=pid"); err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade worker: all of /proc, not only its processes:", err)
		if err := mnt("proc", root+"/proc", "proc", hard, ""); err != nil {
			return "", err
		}
	}
	if err := unix.PivotRoot(root, root+"/.old"); err != nil {
		return "", fmt.Errorf("pivot_root: %w", err)
	}
	if err := unix.Chdir("/"); err != nil {
		return "", err
	}
	if err := unix.Unmount("/.old", unix.MNT_DETACH); err != nil {
		return "", fmt.Errorf("detach the old root: %w", err)
	}
	os.Remove("/.old")
	if err := mnt("", "/", "", unix.MS_REMOUNT|unix.MS_RDONLY|hard, ""); err != nil {
		return "", err
	}
	if err := unix.Chdir(workDir); err != nil {
		return "", err
	}
	for k, v := range map[string]string{"PWD": workDir, "TMPDIR": workDir, "HOME": workDir} {
		os.Setenv(k, v)
	}
	return workDir, nil
}

// bindReadOnly binds the directory src read-only at dst, creating dst.
// Remounting a bind read-only inside a user namespace must keep the
// flags the original mount is locked with (nosuid, nodev, noexec, atime),
// or the kernel refuses.
func bindReadOnly(src, dst string) error {
	var st unix.Statfs_t
	if err := unix.Statfs(src, &st); err != nil {
		return fmt.Errorf("read-only %s: %w", src, err)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	if err := unix.Mount(src, dst, "", unix.MS_BIND|unix.MS_REC, ""); err != nil {
		return fmt.Errorf("bind %s: %w", src, err)
	}
	flags := uintptr(unix.MS_BIND | unix.MS_REMOUNT | unix.MS_RDONLY | unix.MS_NOSUID | unix.MS_NODEV)
	for _, f := range []struct{ st, ms uintptr }{
		{unix.ST_NOEXEC, unix.MS_NOEXEC}, {unix.ST_NOATIME, unix.MS_NOATIME},
		{unix.ST_NODIRATIME, unix.MS_NODIRATIME}, {unix.ST_RELATIME, unix.MS_RELATIME},
	} {
		if uintptr(st.Flags)&f.st != 0 {
			flags |= f.ms
		}
	}
	if err := unix.Mount("", dst, "", flags, ""); err != nil {
		return fmt.Errorf("read-only %s: %w", filepath.Clean(src), err)
	}
	return nil
}
