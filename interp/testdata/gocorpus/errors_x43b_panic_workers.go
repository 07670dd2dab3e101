package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type PanicError struct {
	Task  string
	Value any
}

func (p *PanicError) Error() string { return fmt.Sprintf("task %s panicked: %v", p.Task, p.Value) }

func safeRun(name string, f func() int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{name, r}
		}
	}()
	return f(), nil
}

func divide(a, b int) func() int { return func() int { return a / b } }

func main() {
	tasks := map[string]func() int{
		"ok":      divide(10, 2),
		"zero":    divide(1, 0),
		"index":   func() int { var s []int; return s[3] },
		"custom":  func() int { panic(errors.New("disk on fire")) },
		"nilmap":  func() int { var m map[string]int; m["x"] = 1; return 0 },
		"convert": func() int { var x any = "str"; return x.(int) },
	}
	type outcome struct {
		name string
		res  int
		err  error
	}
	var mu sync.Mutex
	var outs []outcome
	var wg sync.WaitGroup
	for name, f := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := safeRun(name, f)
			mu.Lock()
			outs = append(outs, outcome{name, r, err})
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Slice(outs, func(i, j int) bool { return outs[i].name < outs[j].name })
	for _, o := range outs {
		if o.err != nil {
			var pe *PanicError
			errors.As(o.err, &pe)
			_, isErr := pe.Value.(error)
			fmt.Printf("%-8s ERR %v (value is error: %t)\n", o.name, o.err, isErr)
			continue
		}
		fmt.Printf("%-8s OK  %d\n", o.name, o.res)
	}
}
