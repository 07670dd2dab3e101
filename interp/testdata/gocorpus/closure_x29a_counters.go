package main

import (
	"fmt"
	"sort"
	"strings"
)

func makeCounter() (func() int, func()) {
	count := 0
	inc := func() int {
		count++
		return count
	}
	reset := func() { count = 0 }
	return inc, reset
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, &calls
}

type Handler func(string) string

func logging(prefix string, next Handler) Handler {
	return func(s string) string {
		out := next(s)
		fmt.Printf("[%s] %q -> %q\n", prefix, s, out)
		return out
	}
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	next, reset := makeCounter()
	next()
	next()
	fmt.Println("counter:", next())
	reset()
	fmt.Println("after reset:", next())

	f := fibGen()
	var fibs []int
	for i := 0; i < 12; i++ {
		fibs = append(fibs, f())
	}
	fmt.Println(fibs)

	slowSquare := func(n int) int { return n * n }
	sq, calls := memoize(slowSquare)
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println("calls:", *calls)

	h := logging("upper", strings.ToUpper)
	h = logging("trim", compose(strings.TrimSpace, Handler(h)))
	h("  hello closures  ")

	var funcs []func() int
	for i := 0; i < 4; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()

	adders := map[string]func(int) int{"plus1": adder(1), "plus10": adder(10), "minus5": adder(-5)}
	keys := make([]string, 0)
	for k := range adders {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s(7) = %d\n", k, adders[k](7))
	}

	people := []struct {
		Name string
		Age  int
	}{{"Zoe", 31}, {"Adam", 25}, {"Mia", 31}, {"Bob", 19}}
	by := func(less func(a, b int) bool) {
		sort.SliceStable(people, func(i, j int) bool { return less(i, j) })
	}
	by(func(a, b int) bool { return people[a].Name < people[b].Name })
	fmt.Println(people)
	by(func(a, b int) bool { return people[a].Age > people[b].Age })
	fmt.Println(people)

	total := 0
	apply := func(nums []int, fn func(int)) {
		for _, n := range nums {
			fn(n)
		}
	}
	apply([]int{1, 2, 3, 4}, func(n int) { total += n * n })
	fmt.Println("sum of squares:", total)
}
