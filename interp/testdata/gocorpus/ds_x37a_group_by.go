package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Level  int
	Salary int
}

func GroupBy[T any, K comparable](items []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, it := range items {
		k := key(it)
		out[k] = append(out[k], it)
	}
	return out
}

func SumBy[T any, N int | float64](items []T, f func(T) N) N {
	var s N
	for _, it := range items {
		s += f(it)
	}
	return s
}

type Number interface {
	~int | ~int64 | ~float64
}

func Max[N Number](xs ...N) N {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

const roster = `alice;eng;3;145000
bob;eng;2;120000
carol;sales;3;98000
dave;sales;1;61000
erin;eng;1;88000
frank;ops;2;79000
grace;ops;3;101000
heidi;eng;3;150000`

func main() {
	var staff []Employee
	for _, line := range strings.Split(roster, "\n") {
		var e Employee
		parts := strings.Split(line, ";")
		e.Name, e.Dept = parts[0], parts[1]
		fmt.Sscanf(parts[2], "%d", &e.Level)
		fmt.Sscanf(parts[3], "%d", &e.Salary)
		staff = append(staff, e)
	}

	groups := GroupBy(staff, func(e Employee) string { return e.Dept })
	for _, dept := range slices.Sorted(maps.Keys(groups)) {
		members := groups[dept]
		total := SumBy(members, func(e Employee) int { return e.Salary })
		avg := float64(total) / float64(len(members))
		names := make([]string, len(members))
		for i, m := range members {
			names[i] = m.Name
		}
		fmt.Printf("%-6s n=%d total=%7d avg=%10.2f top=%d [%s]\n",
			dept, len(members), total, avg,
			Max(func() []int {
				s := []int{}
				for _, m := range members {
					s = append(s, m.Salary)
				}
				return s
			}()...),
			strings.Join(names, ","))
	}

	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(b.Level, a.Level),
			cmp.Compare(a.Dept, b.Dept),
			cmp.Compare(b.Salary, a.Salary),
		)
	})
	for _, e := range staff {
		fmt.Printf("%+v\n", e)
	}

	byLevel := GroupBy(staff, func(e Employee) int { return e.Level })
	fmt.Println(len(byLevel), "levels; level counts:", func() map[int]int {
		m := map[int]int{}
		for k, v := range byLevel {
			m[k] = len(v)
		}
		return m
	}())
	fmt.Printf("%.1f\n", Max(1.5, 2.25, 0.5))
}
