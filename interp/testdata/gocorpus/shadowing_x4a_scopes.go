// Exercises: shadowing: inner := hides an outer variable, if/for/switch scopes, shadowed err, package-level names shadowed by locals.
package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get(fail bool) (int, error) {
	if fail {
		return 0, errors.New("failed")
	}
	return 7, nil
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	}
	var err error
	if true {
		v, err := get(true)
		fmt.Println("inner", v, err)
	}
	fmt.Println("outer err", err)
	n := 1
	for n := 0; n < 2; n++ {
		fmt.Println("loop n", n)
	}
	fmt.Println("n", n)
	switch y := n * 10; y {
	case 10:
		n := "shadow"
		fmt.Println(n, y)
	}
	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))
	fmt.Println(n)
}
