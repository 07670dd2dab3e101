package main

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type Real interface {
	~int | ~int64 | ~float64
}

type Stats[T Real] struct {
	Min, Max T
	Mean     float64
	Std      float64
	Median   float64
}

func Describe[T Real](xs []T) (Stats[T], error) {
	if len(xs) == 0 {
		return Stats[T]{}, fmt.Errorf("describe: empty sample of %T", xs)
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	var st Stats[T]
	st.Min, st.Max = s[0], s[len(s)-1]
	sum := 0.0
	for _, x := range s {
		sum += float64(x)
	}
	st.Mean = sum / float64(len(s))
	for _, x := range s {
		d := float64(x) - st.Mean
		st.Std += d * d
	}
	st.Std = math.Sqrt(st.Std / float64(len(s)))
	if len(s)%2 == 1 {
		st.Median = float64(s[len(s)/2])
	} else {
		st.Median = (float64(s[len(s)/2-1]) + float64(s[len(s)/2])) / 2
	}
	return st, nil
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Row struct {
	Name string
	Cols []string
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	steps := make([]int, 51)
	for i := range steps {
		steps[i] = 1 + r.IntN(20)
	}
	heights := Map(make([]float64, 40), func(float64) float64 { return 170 + 8*r.NormFloat64() })
	lifetimes := Map(make([]float64, 30), func(float64) float64 { return r.ExpFloat64() * 2.2 })

	si, _ := Describe(steps)
	sh, _ := Describe(heights)
	sl, _ := Describe(lifetimes)
	_, err := Describe([]int64{})
	rows := []Row{
		{"steps", []string{fmt.Sprint(si.Min), fmt.Sprint(si.Max), fmt.Sprintf("%.3f", si.Mean), fmt.Sprintf("%.3f", si.Std), fmt.Sprintf("%.1f", si.Median)}},
		{"height", []string{fmt.Sprintf("%.1f", sh.Min), fmt.Sprintf("%.1f", sh.Max), fmt.Sprintf("%.3f", sh.Mean), fmt.Sprintf("%.3f", sh.Std), fmt.Sprintf("%.1f", sh.Median)}},
		{"lifetime", []string{fmt.Sprintf("%.2f", sl.Min), fmt.Sprintf("%.2f", sl.Max), fmt.Sprintf("%.3f", sl.Mean), fmt.Sprintf("%.3f", sl.Std), fmt.Sprintf("%.2f", sl.Median)}},
	}
	slices.SortFunc(rows, func(a, b Row) int { return cmp.Compare(a.Name, b.Name) })
	header := []string{"min", "max", "mean", "std", "median"}
	fmt.Printf("%-9s|%s\n", "sample", strings.Join(Map(header, func(s string) string { return fmt.Sprintf("%9s", s) }), ""))
	fmt.Println(strings.Repeat("-", 9) + "+" + strings.Repeat("-", 45))
	for _, row := range rows {
		fmt.Printf("%-9s|%s\n", row.Name, strings.Join(Map(row.Cols, func(s string) string { return fmt.Sprintf("%9s", s) }), ""))
	}
	fmt.Println(err)
	fmt.Printf("%T %+v\n", si, si)
}
