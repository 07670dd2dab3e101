// Exercises: integer division by zero recovered as runtime.Error, and float division giving +Inf.
package main

import (
	"fmt"
	"runtime"
)

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = re
				return
			}
			panic(r)
		}
	}()
	return a / b, nil
}

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, 0}, {0, 5}}
	for _, p := range pairs {
		q, err := div(p[0], p[1])
		fmt.Printf("%d / %d = %d, err=%v\n", p[0], p[1], q, err)
	}
	fmt.Println(7%3, -7%3, 7%-3)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	_, err := div(1, 0)
	fmt.Printf("%T\n", err)
	fmt.Println(err.Error())
}
