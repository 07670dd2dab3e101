// Exercises: gradient clipping by global norm, panics for shape mismatches recovered in a Must helper, defer/recover
package main

import (
	"errors"
	"fmt"
	"math"
)

type Grads map[string][]float64

func globalNorm(g Grads) float64 {
	s := 0.0
	for _, v := range g {
		for _, x := range v {
			s += x * x
		}
	}
	return math.Sqrt(s)
}

func ClipByNorm(g Grads, maxNorm float64) float64 {
	n := globalNorm(g)
	if n > maxNorm {
		for _, v := range g {
			for i := range v {
				v[i] *= maxNorm / n
			}
		}
	}
	return n
}

func AddInto(dst, src []float64) {
	if len(dst) != len(src) {
		panic(fmt.Sprintf("shape mismatch: (%d) vs (%d)", len(dst), len(src)))
	}
	for i := range src {
		dst[i] += src[i]
	}
}

func Must(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	g := Grads{"w1": {3, 4}, "b1": {12}}
	before := ClipByNorm(g, 5)
	fmt.Printf("norm before %.2f after %.4f\n", before, globalNorm(g))
	fmt.Printf("w1=%.4f b1=%.4f\n", g["w1"], g["b1"])
	small := Grads{"w": {0.1, 0.2}}
	ClipByNorm(small, 5)
	fmt.Println(small)
	acc := []float64{1, 1}
	fmt.Println(Must(func() { AddInto(acc, []float64{1, 2}) }), acc)
	err := Must(func() { AddInto(acc, []float64{1, 2, 3}) })
	fmt.Println(err, acc)
	err = Must(func() { _ = acc[len(acc)] })
	fmt.Println(err)
	var re interface{ RuntimeError() }
	fmt.Println(errors.As(err, &re))
}
