package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil {
		return n * 2, nil
	}
	n = -1
	err = errors.New("bad: " + s)
	return
}

func show() {
	fmt.Println("show sees", x)
}

func counter() (int, int) {
	x := 0
	y := 0
	for i := 0; i < 3; i++ {
		x := i * 10
		y += x
	}
	return x, y
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	show()
	{
		x := 42
		fmt.Println("block", x)
		{
			x := x + 1
			fmt.Println("inner", x)
		}
		fmt.Println("block again", x)
	}
	fmt.Println(x)

	if v, err := parse("21"); err != nil {
		fmt.Println("err", err)
	} else if v > 40 {
		fmt.Println("big", v)
	} else {
		fmt.Println("small", v)
	}
	v, err := parse("zz")
	fmt.Println(v, err)

	fmt.Println(counter())

	switch x := len(x); {
	case x > 3:
		fmt.Println("long", x)
	default:
		fmt.Println("short", x)
	}

	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))

	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	type x2 struct{ x int }
	s := x2{x: 5}
	fmt.Println(s.x, x)
}
