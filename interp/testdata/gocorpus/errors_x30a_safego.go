package main

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
)

type PanicError struct {
	Value any
	Task  string
}

func (p *PanicError) Error() string { return fmt.Sprintf("task %s panicked: %v", p.Task, p.Value) }

func (p *PanicError) Unwrap() error {
	if err, ok := p.Value.(error); ok {
		return err
	}
	return nil
}

type Group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs []error
}

func (g *Group) Go(name string, f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		defer func() {
			if r := recover(); r != nil {
				g.add(&PanicError{Value: r, Task: name})
			}
		}()
		if err := f(); err != nil {
			g.add(fmt.Errorf("%s: %w", name, err))
		}
	}()
}

func (g *Group) add(err error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.errs = append(g.errs, err)
}

func (g *Group) Wait() error {
	g.wg.Wait()
	slices.SortFunc(g.errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	return errors.Join(g.errs...)
}

var ErrTimeout = errors.New("timeout")

func divide(a, b int) int { return a / b }

func main() {
	var g Group
	g.Go("ok", func() error { return nil })
	g.Go("fetch", func() error { return ErrTimeout })
	g.Go("div", func() error { _ = divide(1, 0); return nil })
	g.Go("index", func() error {
		xs := []int{1, 2, 3}
		i := 5
		return fmt.Errorf("value %d", xs[i])
	})
	g.Go("custom", func() error { panic(fmt.Errorf("wrapped: %w", ErrTimeout)) })
	g.Go("string", func() error { panic("just a string") })

	err := g.Wait()
	fmt.Println(err)
	fmt.Println("---")
	fmt.Println("timeout anywhere:", errors.Is(err, ErrTimeout))

	var re runtime.Error
	fmt.Println("runtime error:", errors.As(err, &re))
	if re != nil {
		fmt.Println("  first:", re.Error())
	}
	var pe *PanicError
	if errors.As(err, &pe) {
		fmt.Printf("  first panic task=%q type=%T\n", pe.Task, pe.Value)
	}

	count := 0
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		if errors.As(e, &pe) {
			count++
		}
	}
	fmt.Println("panics:", count)

	func() {
		defer func() {
			r := recover()
			fmt.Printf("re-panicked: %v (%T)\n", r, r)
		}()
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprint("again: ", r))
			}
		}()
		var p *PanicError
		fmt.Println(p.Task)
	}()
}
