// Exercises: generic Zip/Unzip producing a slice of a generic struct type.
package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := 0; i < n; i++ {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Unzip[A, B any](ps []Pair[A, B]) ([]A, []B) {
	as := make([]A, 0, len(ps))
	bs := make([]B, 0, len(ps))
	for _, p := range ps {
		as = append(as, p.First)
		bs = append(bs, p.Second)
	}
	return as, bs
}

func main() {
	names := []string{"x", "y", "z", "extra"}
	vals := []float64{1.5, 2.5, 3.5}
	zipped := Zip(names, vals)
	fmt.Println(len(zipped))
	for _, p := range zipped {
		fmt.Printf("%s=%.1f ", p.First, p.Second)
	}
	fmt.Println()
	fmt.Printf("%+v\n", zipped[0])
	n, v := Unzip(zipped)
	fmt.Println(n, v)
	idx := Zip([]int{1, 2}, []bool{true, false})
	fmt.Printf("%v %T\n", idx, idx)
}
