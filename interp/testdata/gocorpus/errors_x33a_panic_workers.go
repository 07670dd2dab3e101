package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
)

type PanicError struct {
	Worker int
	Value  any
	Stack  []byte
}

func (p *PanicError) Error() string {
	return fmt.Sprintf("worker %d panicked: %v", p.Worker, p.Value)
}

func (p *PanicError) Unwrap() error {
	if err, ok := p.Value.(error); ok {
		return err
	}
	return nil
}

func safeGo(wg *sync.WaitGroup, id int, errs chan<- error, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- &PanicError{Worker: id, Value: r, Stack: debug.Stack()}
			}
		}()
		f()
	}()
}

var ErrBadInput = errors.New("bad input")

func main() {
	errs := make(chan error, 10)
	var wg sync.WaitGroup
	inputs := []string{"10", "", "7", "zero", "3"}
	results := make([]int, len(inputs))
	for i, in := range inputs {
		safeGo(&wg, i, errs, func() {
			switch in {
			case "":
				panic(fmt.Errorf("empty string: %w", ErrBadInput))
			case "zero":
				d := 0
				results[i] = 100 / d
			default:
				n := 0
				fmt.Sscan(in, &n)
				results[i] = 100 / n
			}
		})
	}
	wg.Wait()
	close(errs)

	var collected []error
	for e := range errs {
		collected = append(collected, e)
	}
	var msgs []string
	for _, e := range collected {
		var pe *PanicError
		if errors.As(e, &pe) {
			msgs = append(msgs, fmt.Sprintf("%v | bad input: %v | stack captured: %v",
				pe, errors.Is(e, ErrBadInput), len(pe.Stack) > 0))
		}
	}
	sortStrings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Println("results:", results)

	var re interface{ RuntimeError() }
	for _, e := range collected {
		var pe *PanicError
		errors.As(e, &pe)
		if rerr, ok := pe.Value.(error); ok && errors.As(rerr, &re) {
			fmt.Println("runtime error in worker", pe.Worker, "-", strings.TrimPrefix(rerr.Error(), "runtime error: "))
		}
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
