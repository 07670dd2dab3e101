package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Solver interface {
	Name() string
	Solve(input []int) any
}

type Describer interface {
	Describe() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type maxSubarray struct{ base }

func (maxSubarray) Solve(in []int) any {
	best, cur := in[0], 0
	for _, v := range in {
		cur = max(v, cur+v)
		best = max(best, cur)
	}
	return best
}

type productExceptSelf struct{ base }

func (productExceptSelf) Solve(in []int) any {
	out := make([]int, len(in))
	pre := 1
	for i := range in {
		out[i] = pre
		pre *= in[i]
	}
	suf := 1
	for i := len(in) - 1; i >= 0; i-- {
		out[i] *= suf
		suf *= in[i]
	}
	return out
}

func (productExceptSelf) Describe() string { return "prefix and suffix products, O(1) extra" }

type majority struct {
	base
	calls int
}

func (m *majority) Solve(in []int) any {
	m.calls++
	cand, cnt := 0, 0
	for _, v := range in {
		if cnt == 0 {
			cand = v
		}
		if v == cand {
			cnt++
		} else {
			cnt--
		}
	}
	return cand
}

type test struct {
	in   []int
	want any
}

func run(s Solver, tests []test) (passed int) {
	for _, tc := range tests {
		got := s.Solve(tc.in)
		ok := reflect.DeepEqual(got, tc.want)
		if ok {
			passed++
		}
		fmt.Printf("  %-18s %v -> %v (%T) ok=%t\n", s.Name(), tc.in, got, got, ok)
	}
	return
}

func main() {
	maj := &majority{base: base{"majority"}}
	suites := map[Solver][]test{
		maxSubarray{base{"maxSubarray"}}:             {{[]int{-2, 1, -3, 4, -1, 2, 1, -5, 4}, 6}, {[]int{-1}, -1}, {[]int{5, 4, -1, 7, 8}, 23}},
		productExceptSelf{base{"productExceptSelf"}}: {{[]int{1, 2, 3, 4}, []int{24, 12, 8, 6}}, {[]int{-1, 1, 0, -3, 3}, []int{0, 0, 9, 0, 0}}},
		maj: {{[]int{3, 2, 3}, 3}, {[]int{2, 2, 1, 1, 1, 2, 2}, 2}, {[]int{1}, 2}},
	}
	var solvers []Solver
	for s := range suites {
		solvers = append(solvers, s)
	}
	sort.Slice(solvers, func(i, j int) bool { return solvers[i].Name() < solvers[j].Name() })
	total := 0
	for _, s := range solvers {
		fmt.Printf("%s (%T):\n", s.Name(), s)
		if d, ok := s.(Describer); ok {
			fmt.Println("  note:", d.Describe())
		}
		total += run(s, suites[s])
	}
	fmt.Println(strings.Repeat("=", 10), "passed", total, "calls", maj.calls)
	fmt.Printf("%+v\n%#v\n", maj, solvers[1])
}
