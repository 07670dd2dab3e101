package main

import (
	"fmt"
	"strings"
)

const input = `???.### 1,1,3
.??..??...?##. 1,1,3
?#?#?#?#?#?#?#? 1,3,1,6
????.#...#... 4,1,1
????.######..#####. 1,6,5
?###???????? 3,2,1`

func memoize[K comparable, V any](f func(func(K) V, K) V) func(K) V {
	cache := map[K]V{}
	var g func(K) V
	g = func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(g, k)
		cache[k] = v
		return v
	}
	return g
}

type state struct{ i, j int }

func arrangements(pattern string, groups []int) int {
	count := memoize(func(self func(state) int, s state) int {
		if s.j == len(groups) {
			if strings.Contains(pattern[s.i:], "#") {
				return 0
			}
			return 1
		}
		if s.i >= len(pattern) {
			return 0
		}
		total := 0
		if pattern[s.i] != '#' {
			total += self(state{s.i + 1, s.j})
		}
		g := groups[s.j]
		end := s.i + g
		if end <= len(pattern) && !strings.Contains(pattern[s.i:end], ".") && (end == len(pattern) || pattern[end] != '#') {
			total += self(state{min(end+1, len(pattern)), s.j + 1})
		}
		return total
	})
	return count(state{})
}

func main() {
	sum1, sum2 := 0, 0
	for _, line := range strings.Split(input, "\n") {
		pat, nums, _ := strings.Cut(line, " ")
		var groups []int
		for _, n := range strings.Split(nums, ",") {
			var v int
			fmt.Sscan(n, &v)
			groups = append(groups, v)
		}
		a := arrangements(pat, groups)
		pat5 := strings.Repeat(pat+"?", 5)
		pat5 = pat5[:len(pat5)-1]
		var g5 []int
		for range 5 {
			g5 = append(g5, groups...)
		}
		b := arrangements(pat5, g5)
		fmt.Printf("%-20s %v -> %d / %d\n", pat, groups, a, b)
		sum1 += a
		sum2 += b
	}
	fmt.Println("totals:", sum1, sum2)
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}()
	counter()
	counter()
	fmt.Println("counter:", counter())
}
