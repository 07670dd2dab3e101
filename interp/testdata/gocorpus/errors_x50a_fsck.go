package main

import (
	"errors"
	"fmt"
)

type Severity int

const (
	Minor Severity = iota + 1
	Major
	Fatal
)

func (s Severity) String() string {
	switch s {
	case Minor:
		return "minor"
	case Major:
		return "major"
	case Fatal:
		return "fatal"
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

type InodeError struct {
	Ino int
	Sev Severity
	Err error
}

func (e InodeError) Error() string {
	return fmt.Sprintf("inode %d [%v]: %v", e.Ino, e.Sev, e.Err)
}

func (e InodeError) Unwrap() error { return e.Err }

var (
	ErrBadLinkCount = errors.New("wrong link count")
	ErrOrphan       = errors.New("orphaned inode")
	ErrBadBlock     = errors.New("block out of range")
	ErrDupBlock     = errors.New("block claimed twice")
)

type inode struct {
	links  int
	refs   int
	blocks []int
}

func check(inodes map[int]inode, nblocks int) error {
	var errs []error
	owner := map[int]int{}
	for ino := 1; ino <= len(inodes)+2; ino++ {
		in, ok := inodes[ino]
		if !ok {
			continue
		}
		if in.refs == 0 {
			errs = append(errs, InodeError{ino, Major, ErrOrphan})
		} else if in.links != in.refs {
			errs = append(errs, InodeError{ino, Minor, fmt.Errorf("%w: have %d, want %d", ErrBadLinkCount, in.links, in.refs)})
		}
		for _, b := range in.blocks {
			if b < 0 || b >= nblocks {
				errs = append(errs, InodeError{ino, Fatal, fmt.Errorf("block %d: %w", b, ErrBadBlock)})
				continue
			}
			if o, dup := owner[b]; dup {
				errs = append(errs, InodeError{ino, Major, fmt.Errorf("block %d also in inode %d: %w", b, o, ErrDupBlock)})
				continue
			}
			owner[b] = ino
		}
	}
	return errors.Join(errs...)
}

func worst(err error) Severity {
	var w Severity
	var walk func(error)
	walk = func(e error) {
		if ie, ok := e.(InodeError); ok && ie.Sev > w {
			w = ie.Sev
		}
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, c := range j.Unwrap() {
				walk(c)
			}
		}
	}
	walk(err)
	return w
}

func main() {
	clean := map[int]inode{1: {2, 2, []int{0, 1}}, 2: {1, 1, []int{2}}}
	fmt.Println("clean:", check(clean, 10))

	dirty := map[int]inode{
		1: {2, 2, []int{0, 1}},
		2: {1, 3, []int{1, 4}},
		3: {1, 0, nil},
		4: {1, 1, []int{9, 12, -1}},
	}
	err := check(dirty, 10)
	fmt.Println(err)
	fmt.Println("---")
	for _, target := range []error{ErrOrphan, ErrBadBlock, ErrDupBlock, ErrBadLinkCount, errors.ErrUnsupported} {
		fmt.Printf("%-22v %v\n", target, errors.Is(err, target))
	}
	var ie InodeError
	if errors.As(err, &ie) {
		fmt.Printf("first: %+v\n", ie)
	}
	fmt.Println("worst:", worst(err), Severity(7))
	wrapped := fmt.Errorf("fsck /dev/sda1: %w", err)
	fmt.Println(errors.Is(wrapped, ErrDupBlock), errors.Unwrap(wrapped) == err)
	two := fmt.Errorf("%w and %w", ErrOrphan, ErrBadBlock)
	fmt.Println(two, errors.Is(two, ErrBadBlock), errors.Unwrap(two) == nil)
}
