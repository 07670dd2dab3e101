// Exercises: puzzle - shadowing in if/else-if chains, := in if init shadowing outer err, shadowed package name, := with one new var on the left
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err != nil {
		return -1, errors.New("inner: " + err.Error())
	} else if n > 100 {
		n := n / 100
		return n, nil
	} else {
		_ = n
	}
	return n, err
}

func main() {
	fmt.Println(parse("5"))
	fmt.Println(parse("500"))
	fmt.Println(parse("x"))
	x := 1
	if x := 2; x > 1 {
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	var err error
	if true {
		_, err := strconv.Atoi("bad")
		_ = err
	}
	fmt.Println("outer err is nil:", err == nil)
	strconv := "shadowed package"
	fmt.Println(strconv)
	if v, ok := map[string]int{"k": 3}["k"]; !ok {
		fmt.Println("missing")
	} else if w := v * 2; w > 5 {
		fmt.Println("w", w, "v", v)
	}
}
