// Exercises: type assertions distinguishing errors, an os.IsNotExist-like helper, *PathError-like struct errors, errors.As into a pointer type, behaviour interfaces (Temporary)
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

var ErrNotExist = errors.New("file does not exist")

type tempErr struct{ msg string }

func (t tempErr) Error() string   { return t.msg }
func (t tempErr) Temporary() bool { return true }

func IsNotExist(err error) bool {
	if pe, ok := err.(*PathError); ok {
		err = pe.Err
	}
	return err == ErrNotExist
}

func isTemporary(err error) bool {
	var t interface{ Temporary() bool }
	return errors.As(err, &t) && t.Temporary()
}

func open(name string) error {
	switch name {
	case "missing":
		return &PathError{"open", name, ErrNotExist}
	case "busy":
		return fmt.Errorf("open %s: %w", name, tempErr{"device busy"})
	}
	return nil
}

func main() {
	for _, n := range []string{"missing", "busy", "ok"} {
		err := open(n)
		var pe *PathError
		fmt.Printf("%s: %v notexist=%t temp=%t as=%t\n", n, err, IsNotExist(err), isTemporary(err), errors.As(err, &pe))
		if pe != nil {
			fmt.Println("  op", pe.Op, "path", pe.Path)
		}
	}
	_, err := os.Open("/no/such/file/x10b")
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		fmt.Println(pathErr.Op, pathErr.Path)
	}
	var e error = tempErr{"t"}
	if t, ok := e.(interface{ Temporary() bool }); ok {
		fmt.Println("temporary:", t.Temporary())
	}
	_, ok := e.(*PathError)
	fmt.Println(ok)
}
