package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// Heap's algorithm, as an iterator.
func Permutations[T any](items []T) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		a := slices.Clone(items)
		c := make([]int, len(a))
		if !yield(slices.Clone(a)) {
			return
		}
		for i := 0; i < len(a); {
			if c[i] < i {
				if i%2 == 0 {
					a[0], a[i] = a[i], a[0]
				} else {
					a[c[i]], a[i] = a[i], a[c[i]]
				}
				if !yield(slices.Clone(a)) {
					return
				}
				c[i]++
				i = 0
			} else {
				c[i] = 0
				i++
			}
		}
	}
}

func Combinations(n, k int, emit func([]int)) {
	comb := make([]int, 0, k)
	var rec func(start int)
	rec = func(start int) {
		if len(comb) == k {
			emit(slices.Clone(comb))
			return
		}
		for i := start; i < n; i++ {
			comb = append(comb, i)
			rec(i + 1)
			comb = comb[:len(comb)-1]
		}
	}
	rec(0)
}

func PowerSet[T any](s []T) [][]T {
	out := [][]T{{}}
	for _, x := range s {
		for _, sub := range out {
			out = append(out, append(slices.Clone(sub), x))
		}
	}
	return out
}

func nextPerm(a []int) bool {
	i := len(a) - 2
	for i >= 0 && a[i] >= a[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(a) - 1
	for a[j] <= a[i] {
		j--
	}
	a[i], a[j] = a[j], a[i]
	slices.Reverse(a[i+1:])
	return true
}

func main() {
	var all []string
	for p := range Permutations([]rune("abc")) {
		all = append(all, string(p))
	}
	fmt.Println(all)
	count := 0
	for range Permutations([]int{1, 2, 3, 4, 5, 6}) {
		count++
	}
	fmt.Println("6! =", count)

	var combos []string
	Combinations(5, 3, func(c []int) { combos = append(combos, fmt.Sprint(c)) })
	fmt.Println(len(combos), strings.Join(combos, " "))

	ps := PowerSet([]string{"x", "y", "z"})
	slices.SortFunc(ps, func(a, b []string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(strings.Join(a, ""), strings.Join(b, ""))
	})
	fmt.Printf("%q\n", ps)

	a := []int{1, 2, 2, 3}
	n := 1
	fmt.Print(a)
	for nextPerm(a) {
		n++
		if n <= 4 {
			fmt.Print(" ", a)
		}
	}
	fmt.Println(" ... total distinct:", n)

	// derangements of 4
	der := 0
	for p := range Permutations([]int{0, 1, 2, 3}) {
		ok := true
		for i, v := range p {
			if i == v {
				ok = false
				break
			}
		}
		if ok {
			der++
		}
	}
	fmt.Println("derangements(4) =", der)
}
