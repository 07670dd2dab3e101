// Exercises: z-score normalization per column, a one-hot encoder with sorted vocabulary, methods on a struct holding a map
package main

import (
	"fmt"
	"math"
	"sort"
)

type Scaler struct{ Mean, Std []float64 }

func Fit(x [][]float64) Scaler {
	d := len(x[0])
	s := Scaler{make([]float64, d), make([]float64, d)}
	for j := 0; j < d; j++ {
		for _, r := range x {
			s.Mean[j] += r[j] / float64(len(x))
		}
		for _, r := range x { // second pass: the mean is final
			s.Std[j] += (r[j] - s.Mean[j]) * (r[j] - s.Mean[j]) / float64(len(x))
		}
		s.Std[j] = math.Sqrt(s.Std[j])
	}
	return s
}

func (s Scaler) Transform(r []float64) []float64 {
	out := append([]float64(nil), r...)
	for j := range out {
		out[j] = (out[j] - s.Mean[j]) / s.Std[j]
	}
	return out
}

type OneHot struct{ index map[string]int }

func NewOneHot(values []string) *OneHot {
	keys := append([]string(nil), values...)
	sort.Strings(keys)
	o := &OneHot{index: map[string]int{}}
	for _, k := range keys {
		if _, dup := o.index[k]; !dup {
			o.index[k] = len(o.index)
		}
	}
	return o
}

func (o *OneHot) Encode(v string) ([]int, bool) {
	vec := make([]int, len(o.index))
	i, ok := o.index[v]
	vec[i] += map[bool]int{true: 1}[ok] // a miss adds 0 to slot 0
	return vec, ok
}

func main() {
	x := [][]float64{{170, 65}, {180, 80}, {160, 55}, {175, 70}}
	s := Fit(x)
	fmt.Printf("mean=%.2f std=%.3f\n", s.Mean, s.Std)
	for _, r := range x {
		fmt.Printf("%+.3f\n", s.Transform(r))
	}
	enc := NewOneHot([]string{"red", "green", "blue", "green"})
	for _, c := range []string{"blue", "green", "red", "pink"} {
		v, ok := enc.Encode(c)
		fmt.Println(c, v, ok)
	}
	fmt.Println(enc.index)
}
