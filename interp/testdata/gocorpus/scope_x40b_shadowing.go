package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (n int, err error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n * 2, nil
	}
	return -1, err // err here is the outer (nil) one
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		_ = x
	}
	fmt.Println(x)

	if x := 5; x > 3 {
		fmt.Println("if x", x)
	} else {
		fmt.Println("else x", x)
	}
	fmt.Println(x)

	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop x", x)
	}

	n, err := parse("21")
	fmt.Println(n, err)
	n, err = parse("abc")
	fmt.Println(n, err)
	n, err = parse("")
	fmt.Println(n, err)

	// := with at least one new variable reuses existing ones
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)

	// shadowing in switch
	switch y := len(x); {
	case y > 3:
		y := "shadow"
		fmt.Println(y)
	default:
		fmt.Println(y)
	}

	// shadowing a package name
	fmtName := func() string {
		strconv := "not a package"
		return strconv
	}
	fmt.Println(fmtName())

	// shadowing builtin
	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))

	// closure captures the variable visible at that point
	v := 1
	f := func() int { return v }
	v = 2
	_ = v
	fmt.Println(f())

	total := 0
	for i := 1; i <= 3; i++ {
		total := total + i
		fmt.Print(total, " ")
	}
	fmt.Println(total)

	true := false
	fmt.Println(true)
}
