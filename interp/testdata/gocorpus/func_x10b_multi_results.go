// Exercises: multiple results, named results with bare return, results passed straight to a variadic call, ignoring results with _, divmod
package main

import (
	"fmt"
	"strings"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minmax(xs ...int) (lo, hi int, ok bool) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi, true
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func wordStats(s string) (words, letters int) {
	defer func() { words *= 1 }()
	for _, w := range strings.Fields(s) {
		words++
		letters += len(w)
	}
	return
}

func pair() (string, int) { return "answer", 42 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(minmax(3, -1, 9, 4))
	fmt.Println(minmax())
	lo, _, _ := minmax(7, 2)
	fmt.Println(lo)
	fmt.Println(split(17))
	fmt.Println(wordStats("the quick brown fox"))
	s := fmt.Sprint(pair())
	fmt.Println(s)
	var parts []string
	for _, w := range []string{"a", "bb"} {
		n, l := wordStats(w + " " + w)
		parts = append(parts, fmt.Sprint(n, l))
	}
	fmt.Println(parts)
}
