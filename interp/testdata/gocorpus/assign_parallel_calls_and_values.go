// Exercises: parallel assignments whose right side mixes function calls with other values.
package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

func next(n int) int { return n + 1 }

func main() {
	a, b, c := 1, 2, 3
	a, b, c = next(a), 20, 30
	fmt.Println(a, b, c)
	s := []int{4, 5, 6}
	a, b = s[2], next(b)
	fmt.Println(a, b)
	var name string
	var score float64
	name, score = strings.ToUpper("ada"), 9.5
	fmt.Println(name, score)
	p := point{1, 2}
	p.x, p.y = p.y, next(p.x)
	fmt.Println(p)
	m := map[string]int{}
	m["k"], a = len("key"), 77
	fmt.Println(m, a)
	if a > 0 {
		a, b, c = len(name), b+c, next(c)
	}
	fmt.Println(a, b, c)
}
