package main

import (
	"errors"
	"fmt"
)

// Defer pitfalls: arguments are evaluated at the defer statement,
// deferred calls run LIFO, and named results can be modified.

type tracer struct {
	depth int
}

func (t *tracer) enter(name string) string {
	fmt.Printf("%*senter %s\n", t.depth*2, "", name)
	t.depth++
	return name
}

func (t *tracer) exit(name string) {
	t.depth--
	fmt.Printf("%*sexit %s\n", t.depth*2, "", name)
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred value:", x)
	defer func() { fmt.Println("closure value:", x) }()
	x = 2
	fmt.Println("current value:", x)
}

func lifo() {
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func withTrace(t *tracer) {
	defer t.exit(t.enter("outer"))
	func() {
		defer t.exit(t.enter("inner"))
		fmt.Printf("%*sworking\n", t.depth*2, "")
	}()
}

var errClose = errors.New("close failed")

type resource struct{ failClose bool }

func (r *resource) Close() error {
	if r.failClose {
		return errClose
	}
	return nil
}

func use(r *resource) (err error) {
	defer func() {
		if cerr := r.Close(); cerr != nil {
			err = errors.Join(err, cerr)
		}
	}()
	return errors.New("work failed")
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func counter() (n int) {
	defer func() { n *= 10 }()
	n = 3
	return n + 1
}

type valueRecv struct{ n int }

func (v valueRecv) show() { fmt.Println("value receiver sees", v.n) }

func main() {
	argsEvaluatedEarly()
	lifo()
	fmt.Println()
	withTrace(&tracer{})
	fmt.Println(use(&resource{failClose: false}))
	fmt.Println(use(&resource{failClose: true}))
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	fmt.Println("counter:", counter())

	v := valueRecv{1}
	defer v.show()
	p := &valueRecv{1}
	defer p.show()
	v.n = 2
	p.n = 2
	fmt.Println("main returning")
}
