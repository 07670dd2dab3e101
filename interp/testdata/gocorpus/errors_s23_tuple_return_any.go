// Exercises: return f() with (int, error) into (any, error), in a plain function and through a generic wrapper
package main

import (
	"errors"
	"fmt"
)

func get() (int, error) { return 3, errors.New("boom") }

func wrap() (any, error) { return get() }

func gen[T any](f func() (T, error)) func() (any, error) {
	return func() (any, error) { return f() }
}

func main() {
	v, err := wrap()
	fmt.Println(v, err)
	v, err = gen(get)()
	fmt.Println(v, err)
}
