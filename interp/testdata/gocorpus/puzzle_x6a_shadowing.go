// Exercises: shadowing puzzles: := in if/for scopes, shadowed err, shadowed package name, named result shadowing
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = 1

func parse(s string) (n int, err error) {
	if s == "" {
		err := errors.New("empty")
		return -1, fmt.Errorf("shadow: %w", err)
	}
	n, err = strconv.Atoi(s)
	return
}

func main() {
	x := x + 10
	fmt.Println(x)
	if x := 5; x > 3 {
		x := x * 2
		fmt.Println("inner", x)
	}
	fmt.Println(x)
	n, err := parse("")
	fmt.Println(n, err)
	n, err = parse("42")
	fmt.Println(n, err)
	var e error
	for i := 0; i < 2; i++ {
		_, e := parse("bad")
		_ = e
	}
	fmt.Println(e == nil)
	fmt := "shadowed fmt"
	println2(fmt)
	{
		x := "block"
		println2(x)
	}
	println2(strconv.Itoa(x))
}

func println2(s string) { fmt.Println("->", s) }
