package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// recover only works in a deferred function directly; a panic in a goroutine
// must be recovered inside that goroutine.

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parseLine(n int, s string) int {
	if s == "" {
		panic(&ParseError{Line: n, Msg: "empty line"})
	}
	if strings.HasPrefix(s, "!") {
		panic("unexpected bang")
	}
	return len(s)
}

// Convert internal panics to errors at the API boundary, re-panic others.
func Parse(input string) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*ParseError); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	for i, line := range strings.Split(input, "\n") {
		total += parseLine(i+1, line)
	}
	return total, nil
}

func safeGo(wg *sync.WaitGroup, errs chan<- error, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Errorf("goroutine panicked: %v", r)
			}
		}()
		f()
	}()
}

func helperRecover() any { return recover() }

func notDirect() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("outer caught: ", r)
		}
	}()
	defer func() {
		r := helperRecover() // not called directly by the deferred function: returns nil
		out = fmt.Sprint("helper got: ", r)
	}()
	panic("boom")
}

func main() {
	fmt.Println(Parse("ab\ncde\nf"))
	fmt.Println(Parse("ab\n\nf"))
	_, err := Parse("x\n")
	var pe *ParseError
	fmt.Println(errors.As(err, &pe), pe.Line)

	func() {
		defer func() { fmt.Println("re-panicked:", recover()) }()
		Parse("ok\n!bang")
	}()

	var wg sync.WaitGroup
	errs := make(chan error, 3)
	safeGo(&wg, errs, func() { panic("worker 1 failed") })
	safeGo(&wg, errs, func() {
		var m map[string]int
		m["x"] = 1
	})
	safeGo(&wg, errs, func() {})
	wg.Wait()
	close(errs)
	var msgs []string
	for e := range errs {
		msgs = append(msgs, e.Error())
	}
	fmt.Println(len(msgs))
	if len(msgs) == 2 && msgs[0] > msgs[1] {
		msgs[0], msgs[1] = msgs[1], msgs[0]
	}
	for _, m := range msgs {
		fmt.Println(m)
	}

	fmt.Println(notDirect())

	// Runtime errors implement runtime.Error.
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		var arr []int
		_ = arr[5]
	}()

	// panic(nil) becomes *runtime.PanicNilError in Go 1.21+.
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(nil)
	}()

	// Deferred calls still run during panics, in LIFO order.
	func() {
		defer func() { recover(); fmt.Println("recovered last") }()
		defer fmt.Println("deferred 2")
		defer fmt.Println("deferred 1")
		panic(errors.New("x"))
	}()
}
