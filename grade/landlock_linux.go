package grade

import (
	"fmt"

	"github.com/landlock-lsm/go-landlock/landlock"
	llsys "github.com/landlock-lsm/go-landlock/landlock/syscall"
)

// restrictFiles confines every thread of the worker with Landlock: read
// and write under dir, read under readOnly, nothing else of the file
// system; no TCP; no signals to processes outside the worker (ABI 6).
// Without a mount namespace this is what keeps compiled packages that
// open paths themselves (text/template.ParseFiles, filepath.Glob,
// elf.Open, a plot's Save) out of the grader's files.
func restrictFiles(dir string, readOnly []string) error {
	abi, err := llsys.LandlockGetABIVersion()
	if err != nil || abi < 1 {
		return fmt.Errorf("not supported by this kernel (%v)", err)
	}
	rules := []landlock.Rule{landlock.RWDirs(dir).WithRefer()}
	if len(readOnly) > 0 {
		rules = append(rules, landlock.RODirs(readOnly...).IgnoreIfMissing())
	}
	// BestEffort uses what the kernel offers, down to ABI 1 (files only).
	return landlock.V7.BestEffort().Restrict(rules...)
}
