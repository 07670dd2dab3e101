// Exercises: defer order (LIFO), recover turning panics into errors, re-panic, named results changed in defer
package main

import "fmt"

type U0 struct{ msg string }
type U1 struct{ msg string }

func (e U0) Error() string { return "U0: " + e.msg }

func baz(i int) {
	if i == 0 {
		panic(U0{"first"})
	}
	panic(U1{"second"})
}

func bar(i int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(U0)
			if !ok {
				panic(r) // not ours: let it propagate
			}
			err = e
		}
	}()
	baz(i)
	return nil
}

func foo() (caught string) {
	defer func() {
		if r := recover(); r != nil {
			caught = fmt.Sprintf("foo caught %T %+v", r, r)
		}
	}()
	for i := 0; i < 2; i++ {
		fmt.Println("bar", i, "->", bar(i))
	}
	return "not reached"
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	x = 20
	defer func() { fmt.Print("x in closure: ", x, "; ") }()
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("divide: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(foo())
	order()
	fmt.Println()
	q, err := divide(7, 0)
	fmt.Println(q, err)
}
