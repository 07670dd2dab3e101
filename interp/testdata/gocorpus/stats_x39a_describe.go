package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float32 | ~float64
}

func Mean[T Number](xs []T) float64 {
	var s float64
	for _, x := range xs {
		s += float64(x)
	}
	return s / float64(len(xs))
}

func Variance[T Number](xs []T) float64 {
	m := Mean(xs)
	var s float64
	for _, x := range xs {
		d := float64(x) - m
		s += d * d
	}
	return s / float64(len(xs)-1)
}

func Quantile[T Number](xs []T, q float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	pos := q * float64(len(s)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	frac := pos - float64(lo)
	return float64(s[lo])*(1-frac) + float64(s[hi])*frac
}

type Summary struct {
	Name                                string
	Count                               int
	Mean, Std, Min, Q1, Median, Q3, Max float64
}

func Describe[T Number](name string, xs []T) Summary {
	return Summary{
		Name:   name,
		Count:  len(xs),
		Mean:   Mean(xs),
		Std:    math.Sqrt(Variance(xs)),
		Min:    float64(slices.Min(xs)),
		Q1:     Quantile(xs, 0.25),
		Median: Quantile(xs, 0.5),
		Q3:     Quantile(xs, 0.75),
		Max:    float64(slices.Max(xs)),
	}
}

type Celsius float64

func main() {
	ages := []int{23, 35, 31, 19, 42, 28, 35, 51, 26, 30}
	heights := []float64{1.72, 1.65, 1.80, 1.77, 1.59, 1.83, 1.70, 1.68, 1.75, 1.91}
	temps := []Celsius{12.5, 14.0, 9.8, 15.2, 17.9, 11.1, 13.3}

	rows := []Summary{
		Describe("age", ages),
		Describe("height", heights),
		Describe("temp", temps),
	}
	header := []string{"col", "count", "mean", "std", "min", "25%", "50%", "75%", "max"}
	for _, h := range header {
		fmt.Printf("%-8s", h)
	}
	fmt.Println()
	fmt.Println(strings.Repeat("-", 8*len(header)))
	for _, r := range rows {
		fmt.Printf("%-8s%-8d", r.Name, r.Count)
		for _, v := range []float64{r.Mean, r.Std, r.Min, r.Q1, r.Median, r.Q3, r.Max} {
			fmt.Printf("%-8.3f", v)
		}
		fmt.Println()
	}
	fmt.Printf("%+v\n", rows[2])

	// z-scores of ages
	m, sd := Mean(ages), math.Sqrt(Variance(ages))
	z := make([]string, len(ages))
	for i, a := range ages {
		z[i] = fmt.Sprintf("%.2f", (float64(a)-m)/sd)
	}
	fmt.Println("z:", strings.Join(z, " "))
}
