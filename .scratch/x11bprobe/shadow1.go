package main

import (
	"fmt"
	"strings"
)

type string2 = string

func largest(xs []int) int {
	max := xs[0]
	for _, x := range xs {
		if x > max {
			max = x
		}
	}
	return max
}

func main() {
	xs := []int{3, 9, 2}
	max := largest(xs)
	min := xs[0]
	for _, x := range xs {
		if x < min {
			min = x
		}
	}
	len := len(xs)
	fmt.Println(max, min, len)
	copy := "copy"
	new := strings.ToUpper(copy)
	true := false
	fmt.Println(copy, new, true)
	var s string2 = "alias"
	fmt.Println(s)
	{
		fmt := "shadowed fmt"
		_ = fmt
	}
	nil := 0
	fmt.Println(nil)
}
