package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type TaskPanic struct {
	Task  string
	Value any
}

func (p *TaskPanic) Error() string { return fmt.Sprintf("task %s panicked: %v", p.Task, p.Value) }

func (p *TaskPanic) Unwrap() error {
	if err, ok := p.Value.(error); ok {
		return err
	}
	return nil
}

// safeGo runs f in a goroutine and turns a panic into an error.
func safeGo(wg *sync.WaitGroup, name string, f func() string, out chan<- string, errs chan<- error) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- &TaskPanic{name, r}
			}
		}()
		out <- name + ": " + f()
	}()
}

var ErrBadInput = errors.New("bad input")

func cleanup(log *[]string) {
	defer func() {
		if r := recover(); r != nil {
			*log = append(*log, fmt.Sprint("cleanup recovered: ", r))
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	defer func() { *log = append(*log, "closing resources") }()
	panic("disk full")
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	errs := make(chan error, 10)
	safeGo(&wg, "upper", func() string { return strings.ToUpper("ok") }, out, errs)
	safeGo(&wg, "index", func() string {
		var s []string
		return s[3]
	}, out, errs)
	safeGo(&wg, "custom", func() string { panic(fmt.Errorf("parse: %w", ErrBadInput)) }, out, errs)
	safeGo(&wg, "nilmap", func() string {
		var m map[string]int
		m["a"]++
		return "unreachable"
	}, out, errs)
	wg.Wait()
	close(out)
	close(errs)

	for s := range out {
		fmt.Println("result:", s)
	}
	var msgs []string
	for err := range errs {
		var tp *TaskPanic
		errors.As(err, &tp)
		_, isRuntime := tp.Value.(runtime.Error)
		msgs = append(msgs, fmt.Sprintf("%v [runtime=%t bad=%t]", err, isRuntime, errors.Is(err, ErrBadInput)))
	}
	sort.Strings(msgs)
	fmt.Println(strings.Join(msgs, "\n"))

	var log []string
	func() {
		defer func() {
			r := recover()
			log = append(log, fmt.Sprintf("outer recovered: %v (%T)", r, r))
		}()
		cleanup(&log)
	}()
	fmt.Println(strings.Join(log, "\n"))

	fmt.Println(divideAll([]int{10, 20, 30}, []int{2, 0, 5}))
}

func divideAll(a, b []int) (res []int, err error) {
	for i := range a {
		func() {
			defer func() {
				if r := recover(); r != nil {
					err = errors.Join(err, fmt.Errorf("item %d: %v", i, r))
					res = append(res, -1)
				}
			}()
			res = append(res, a[i]/b[i])
		}()
	}
	return
}
