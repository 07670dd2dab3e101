package main

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
)

type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string { return e.Op + ": timeout" }

func load(name string) error {
	switch name {
	case "a.cfg":
		return &fs.PathError{Op: "parse", Path: name, Err: &SyntaxError{2, "unexpected '}'"}}
	case "b.cfg":
		var inner error = &SyntaxError{Line: 7, Msg: "missing value"}
		return fmt.Errorf("loading: %w", &fs.PathError{Op: "read", Path: name, Err: inner})
	case "remote":
		return &url.Error{Op: "Get", URL: "http://x", Err: TimeoutError{"dial"}}
	}
	return &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

func main() {
	for _, name := range []string{"a.cfg", "b.cfg", "remote", "c.cfg"} {
		err := load(name)
		var se *SyntaxError
		var te TimeoutError
		var pe *fs.PathError
		fmt.Println(err)
		fmt.Println("  syntax:", errors.As(err, &se), se)
		fmt.Println("  timeout:", errors.As(err, &te), te.Op)
		fmt.Println("  path:", errors.As(err, &pe), errors.Is(err, os.ErrNotExist))
		if pe != nil {
			fmt.Printf("  op=%s path=%s inner=%v\n", pe.Op, pe.Path, pe.Err)
		}
	}
}
