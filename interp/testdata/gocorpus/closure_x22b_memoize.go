package main

import (
	"fmt"
	"strings"
)

func Memoize[K comparable, V any](f func(rec func(K) V, k K) V) (func(K) V, *int) {
	cache := map[K]V{}
	calls := 0
	var rec func(K) V
	rec = func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(rec, k)
		cache[k] = v
		return v
	}
	return rec, &calls
}

type grid struct{ r, c int }

func counter() (inc func() int, get func() int) {
	n := 0
	return func() int { n++; return n }, func() int { return n }
}

func generator(words []string) func() (string, bool) {
	i := 0
	return func() (string, bool) {
		if i >= len(words) {
			return "", false
		}
		defer func() { i++ }()
		return words[i], true
	}
}

const towels = `r, wr, b, g, bwu, rb, gb, br

brwrr
bggr
gbbr
rrbgbr
ubwu
bwurrg
brgr
bbrgwb`

func main() {
	fib, calls := Memoize(func(rec func(int) int, n int) int {
		if n < 2 {
			return n
		}
		return rec(n-1) + rec(n-2)
	})
	fmt.Println(fib(90), *calls)

	paths, pc := Memoize(func(rec func(grid) int, g grid) int {
		if g.r == 0 || g.c == 0 {
			return 1
		}
		return rec(grid{g.r - 1, g.c}) + rec(grid{g.r, g.c - 1})
	})
	fmt.Println(paths(grid{16, 16}), *pc)

	head, rest, _ := strings.Cut(towels, "\n\n")
	pats := strings.Split(head, ", ")
	ways, _ := Memoize(func(rec func(string) int, design string) int {
		if design == "" {
			return 1
		}
		total := 0
		for _, p := range pats {
			if after, ok := strings.CutPrefix(design, p); ok {
				total += rec(after)
			}
		}
		return total
	})
	possible, sum := 0, 0
	for _, d := range strings.Split(rest, "\n") {
		if w := ways(d); w > 0 {
			possible++
			sum += w
		}
	}
	fmt.Println("possible:", possible, "ways:", sum)

	inc, get := counter()
	var fns []func() int
	for i := range 3 {
		fns = append(fns, func() int { return i * inc() })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println(get())

	next := generator(strings.Fields("alpha beta gamma"))
	for w, ok := next(); ok; w, ok = next() {
		fmt.Print(strings.ToUpper(w), ";")
	}
	fmt.Println()

	compose := func(fs ...func(int) int) func(int) int {
		return func(x int) int {
			for i := len(fs) - 1; i >= 0; i-- {
				x = fs[i](x)
			}
			return x
		}
	}
	add := func(n int) func(int) int { return func(x int) int { return x + n } }
	mul := func(n int) func(int) int { return func(x int) int { return x * n } }
	fmt.Println(compose(add(1), mul(10), add(2))(3))
}
