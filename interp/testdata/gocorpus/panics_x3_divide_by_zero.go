// Exercises: integer division by zero panics at run time; float division gives Inf; conversion panics
package main

import (
	"fmt"
	"math"
)

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(7, 0))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, math.IsNaN(zero/zero))
	fmt.Println(div(math.MinInt64/int(math.Pow(2, 62)), 0))
	var e any = "x"
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = e.(int)
	}()
}
