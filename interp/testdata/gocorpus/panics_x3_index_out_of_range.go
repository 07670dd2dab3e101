// Exercises: runtime error index out of range recovered and printed, runtime.Error assertion
package main

import (
	"fmt"
	"runtime"
)

func at(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			re, ok := r.(runtime.Error)
			err = fmt.Errorf("recovered (runtime.Error=%v): %v", ok, re)
		}
	}()
	return xs[i], nil
}

func main() {
	xs := []int{10, 20, 30}
	fmt.Println(at(xs, 1))
	fmt.Println(at(xs, 5))
	fmt.Println(at(xs, -1+len(xs)))
	fmt.Println(at(nil, 0))
}
