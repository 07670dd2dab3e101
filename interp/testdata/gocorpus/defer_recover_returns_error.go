// Exercises: recover in a deferred function converting a panic into an error result.
package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return q, nil
}

func mustPositive(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	if n < 0 {
		panic(errors.New("negative value"))
	}
	return nil
}

func main() {
	fmt.Println(divide(10, 2))
	fmt.Println(divide(1, 0))
	fmt.Println(mustPositive(3))
	fmt.Println(mustPositive(-3))
}
