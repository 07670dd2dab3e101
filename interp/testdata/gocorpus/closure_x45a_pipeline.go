package main

import (
	"fmt"
	"strings"
)

type Stage func(string) string

func compose(stages ...Stage) Stage {
	return func(s string) string {
		for _, st := range stages {
			s = st(s)
		}
		return s
	}
}

func replacer(from, to string) Stage {
	return func(s string) string { return strings.ReplaceAll(s, from, to) }
}

func counter() (Stage, func() map[string]int) {
	seen := map[string]int{}
	return func(s string) string {
			seen[s]++
			return s
		}, func() map[string]int {
			return seen
		}
}

func trimPolyA(min int) Stage {
	return func(s string) string {
		i := len(s)
		for i > 0 && s[i-1] == 'A' {
			i--
		}
		if len(s)-i >= min {
			return s[:i]
		}
		return s
	}
}

func main() {
	count, seen := counter()
	transcribe := replacer("T", "U")
	clean := compose(strings.TrimSpace, strings.ToUpper, trimPolyA(4), count)
	pipeline := compose(clean, transcribe)
	reads := []string{"  acgtaaaaa ", "GGTCA", "ttgaaa", "ACGT", "acgtAAAA"}
	for i, r := range reads {
		fmt.Printf("%d %-14q -> %q\n", i, r, pipeline(r))
	}
	fmt.Println(seen())
	var adders []func() int
	for i := range 3 {
		adders = append(adders, func() int { return i * 10 })
	}
	for _, f := range adders {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println("fib(40) =", fib(40), "memo size", len(memo))
}
