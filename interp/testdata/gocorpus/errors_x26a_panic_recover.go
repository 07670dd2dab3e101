package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type TransientError struct{ err error }

func (e TransientError) Error() string { return "transient: " + e.err.Error() }
func (e TransientError) Unwrap() error { return e.err }

type FrobError struct {
	defrobTag string
	inner     error
}

func (e FrobError) Error() string { return e.inner.Error() }

type Resource interface {
	io.Closer
	Frob(string)
	Defrob(string)
}

type opener func() (Resource, error)

func Use(open opener, input string) (err error) {
	var r Resource
	for {
		r, err = open()
		if err == nil {
			break
		}
		var te TransientError
		if !errors.As(err, &te) {
			return err
		}
	}
	defer r.Close()
	defer func() {
		if x := recover(); x != nil {
			if fe, ok := x.(FrobError); ok {
				r.Defrob(fe.defrobTag)
			}
			err = fmt.Errorf("recovered: %v", x)
		}
	}()
	r.Frob(input)
	return nil
}

type mockResource struct {
	log *strings.Builder
}

func (m mockResource) Close() error { m.log.WriteString("close;"); return nil }
func (m mockResource) Frob(s string) {
	switch s {
	case "boom":
		panic(FrobError{"tag-" + s, errors.New("meh")})
	case "plain":
		panic("plain panic")
	}
	fmt.Fprintf(m.log, "frob(%s);", s)
}
func (m mockResource) Defrob(tag string) { fmt.Fprintf(m.log, "defrob(%s);", tag) }

func main() {
	for _, input := range []string{"hello", "boom", "plain"} {
		var log strings.Builder
		tries := 0
		open := func() (Resource, error) {
			tries++
			if tries < 3 {
				return nil, TransientError{fmt.Errorf("try %d", tries)}
			}
			return mockResource{&log}, nil
		}
		err := Use(open, input)
		fmt.Printf("%-6s tries=%d err=%v log=%s\n", input, tries, err, log.String())
	}
	fatal := func() (Resource, error) { return nil, io.ErrUnexpectedEOF }
	err := Use(fatal, "x")
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	wrapped := fmt.Errorf("outer: %w", TransientError{io.EOF})
	var te TransientError
	fmt.Println(errors.As(wrapped, &te), errors.Is(wrapped, io.EOF), te)
	func() {
		defer func() {
			r := recover()
			e, isErr := r.(error)
			fmt.Println("runtime:", isErr, e)
		}()
		var m map[string]int
		m["x"] = 1
	}()
}
