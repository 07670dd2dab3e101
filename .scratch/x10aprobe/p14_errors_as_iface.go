package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

type temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (e netErr) Error() string   { return e.msg }
func (e netErr) Temporary() bool { return true }

type notFound struct{ name string }

func (e *notFound) Error() string        { return e.name + " not found" }
func (e *notFound) Is(target error) bool { return target == fs.ErrNotExist }

func main() {
	err := fmt.Errorf("dial: %w", netErr{"timeout"})
	var t temporary
	fmt.Println(errors.As(err, &t), t != nil && t.Temporary())
	var nf *notFound
	e2 := fmt.Errorf("open: %w", &notFound{"cfg"})
	fmt.Println(errors.Is(e2, fs.ErrNotExist), errors.Is(e2, os.ErrNotExist), errors.As(e2, &nf), nf.name)
	dir, _ := os.MkdirTemp("", "x10a-p14")
	defer os.RemoveAll(dir)
	_, err = os.Open(filepath.Join(dir, "missing"))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, filepath.Base(pe.Path), pe.Err)
	joined := errors.Join(&notFound{"a"}, netErr{"b"})
	var ne netErr
	fmt.Println(errors.As(joined, &ne), ne.msg, errors.As(joined, &nf), nf.name)
	fmt.Printf("%v|%q\n", joined, joined.Error())
}
