package main

import (
	"errors"
	"fmt"
)

type ErrCode int

const (
	ErrNone ErrCode = iota
	ErrNotFound
	ErrPermission
	ErrTimeout
	ErrInvalid
)

var codeNames = [...]string{"None", "NotFound", "Permission", "Timeout", "Invalid"}

func (c ErrCode) Error() string {
	if int(c) < len(codeNames) {
		return "err:" + codeNames[c]
	}
	return fmt.Sprintf("err:ErrCode(%d)", int(c))
}

type OpError struct {
	Op   string
	Path string
	Code ErrCode
}

func (e *OpError) Error() string { return e.Op + " " + e.Path + ": " + e.Code.Error() }
func (e *OpError) Unwrap() error { return e.Code }

func (e *OpError) Is(target error) bool {
	t, ok := target.(*OpError)
	if !ok {
		return false
	}
	return t.Op == e.Op
}

func open(path string) error {
	switch {
	case path == "":
		return &OpError{"open", path, ErrInvalid}
	case path[0] == '/':
		return &OpError{"open", path, ErrPermission}
	case len(path) > 8:
		return fmt.Errorf("wrapped: %w", &OpError{"open", path, ErrTimeout})
	case path == "missing":
		return &OpError{"stat", path, ErrNotFound}
	}
	return nil
}

func main() {
	paths := []string{"ok.txt", "", "/etc/pw", "averyverylongname", "missing"}
	for _, p := range paths {
		err := open(p)
		fmt.Printf("%-20q %v\n", p, err)
		if err == nil {
			continue
		}
		for _, c := range []ErrCode{ErrNotFound, ErrPermission, ErrTimeout, ErrInvalid} {
			if errors.Is(err, c) {
				fmt.Println("   is", codeNames[c])
			}
		}
		if errors.Is(err, &OpError{Op: "stat"}) {
			fmt.Println("   is a stat error")
		}
		var oe *OpError
		if errors.As(err, &oe) {
			fmt.Printf("   op=%s code=%d %+v\n", oe.Op, oe.Code, *oe)
		}
		var code ErrCode
		if errors.As(err, &code) {
			fmt.Printf("   code %v (%d)\n", code, code)
		}
	}
	joined := errors.Join(ErrTimeout, &OpError{"read", "x", ErrInvalid})
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrInvalid), errors.Is(joined, ErrNotFound))
	fmt.Println(ErrCode(9))
	fmt.Printf("%#v\n", ErrPermission)
}
