// Exercises: recover returns the panic value of any type; recover outside a deferred call returns nil; re-panic with wrapped error
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

type Custom struct{ Code int }

func catch(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return nil
}

func rethrow() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Errorf("layer: %w", r.(error)))
		}()
		panic(ErrBase)
	}()
	return nil
}

// Catch is deferred directly as a method value, so its recover stops the panic.
type Guard struct{ seen interface{} }

func (g *Guard) Catch() { g.seen = recover() }

func guarded() (g Guard) {
	defer g.Catch()
	panic("caught by method")
}

func main() {
	fmt.Printf("string: %v\n", catch(func() { panic("boom") }))
	fmt.Printf("int: %v\n", catch(func() { panic(42) }))
	v := catch(func() { panic(Custom{7}) })
	c, ok := v.(Custom)
	fmt.Println("struct value:", c.Code, ok)
	fmt.Println("no panic:", catch(func() {}))
	fmt.Println("direct recover:", recover())
	fmt.Println("deferred method recovers:", guarded().seen)
	err := rethrow()
	fmt.Println("re-panicked:", err, errors.Is(err, ErrBase))
	e := catch(func() { panic(fmt.Errorf("wrapped: %w", ErrBase)) })
	fmt.Println("is base:", errors.Is(e.(error), ErrBase))
}
