package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (n int, err error) {
	if s == "" {
		err := errors.New("empty") // shadows named result
		_ = err
		return 0, errors.New("empty input")
	}
	n, err = strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	return
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := 3
		x++
		fmt.Println("block:", x)
	}
	fmt.Println(x)

	if x := len(x); x > 2 {
		fmt.Println("if:", x)
	} else {
		fmt.Println("else:", x)
	}

	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop:", x)
	}

	n, err := parse("42")
	fmt.Println(n, err)
	if n, err := parse("x1"); err != nil {
		fmt.Println("inner:", n, err)
	}
	fmt.Println("outer:", n, err)
	_, err = parse("")
	fmt.Println(err)

	var result int
	for _, s := range []string{"1", "2", "3"} {
		result, err := strconv.Atoi(s)
		_ = err
		result *= 2
		_ = result
	}
	fmt.Println("result still", result)

	switch x := 5; x := any(x).(type) {
	case int:
		fmt.Println("switch int", x+1)
	}

	len := func(s string) int { return 100 }
	fmt.Println(len("abc"))

	type int = string
	var v int = "a string typed int"
	fmt.Println(v)

	true := false
	fmt.Println(true)

}
