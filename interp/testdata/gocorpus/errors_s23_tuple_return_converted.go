// Exercises: return f() converting a result (int to any, T to any, a pair to (any, any), a method's), named results, a Stringer and an error pointer: every result arrives
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Money struct{ C int }

func (m Money) String() string { return fmt.Sprint(m.C, "c") }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func mk(n int) (Money, *MyErr) {
	if n < 0 {
		return Money{}, &MyErr{n}
	}
	return Money{n}, nil
}

func asStringer(n int) (fmt.Stringer, error) {
	m, e := mk(n)
	if e != nil {
		return m, e
	}
	return m, nil
}

func named() (v any, err error) {
	return strconv.Atoi("12x")
}

func pair() (int, string) { return 1, "a" }

func asAny() (any, any) { return pair() }

type T struct{}

func (T) get() (float64, error) { return 2.5, errors.New("m") }
func (t T) wrap() (any, error)  { return t.get() }

func main() {
	s, err := asStringer(5)
	fmt.Println(s, err)
	v, err := named()
	fmt.Println(v, err)
	a, b := asAny()
	fmt.Println(a, b)
	fmt.Println(T{}.wrap())
}
