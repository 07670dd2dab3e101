package main

import (
	"fmt"
	"strings"
)

type Case[In any, Out comparable] struct {
	Name string
	In   In
	Want Out
}

type Report struct {
	Pass, Fail int
	lines      []string
}

func (r *Report) String() string {
	return fmt.Sprintf("%s\n-- %d passed, %d failed", strings.Join(r.lines, "\n"), r.Pass, r.Fail)
}

func Run[In any, Out comparable](r *Report, suite string, fn func(In) Out, cases []Case[In, Out]) {
	for _, c := range cases {
		got := fn(c.In)
		if got == c.Want {
			r.Pass++
			r.lines = append(r.lines, fmt.Sprintf("PASS %s/%s", suite, c.Name))
		} else {
			r.Fail++
			r.lines = append(r.lines, fmt.Sprintf("FAIL %s/%s: got %v, want %v", suite, c.Name, got, c.Want))
		}
	}
}

func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type pair struct{ a, b int }

func gcd(p pair) int {
	a, b := p.a, p.b
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	var r Report
	Run(&r, "reverse", Reverse, []Case[string, string]{
		{"empty", "", ""},
		{"ascii", "abc", "cba"},
		{"unicode", "héllo", "olléh"},
		{"wrong on purpose", "ab", "ab"},
	})
	Run(&r, "sum", Sum[int], []Case[[]int, int]{
		{"nil", nil, 0},
		{"three", []int{1, 2, 3}, 6},
	})
	Run(&r, "sumf", Sum[float64], []Case[[]float64, float64]{
		{"halves", []float64{0.5, 0.25}, 0.75},
	})
	Run(&r, "gcd", gcd, []Case[pair, int]{
		{"12,18", pair{12, 18}, 6},
		{"prime", pair{7, 13}, 1},
		{"zero", pair{0, 5}, 5},
	})
	fmt.Println(r.String())
	fmt.Printf("%+v\n", Case[pair, int]{"x", pair{1, 2}, 3})
}
