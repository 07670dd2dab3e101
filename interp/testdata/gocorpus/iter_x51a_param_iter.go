package main

import (
	"fmt"
	"iter"
	"maps"
	"math"
	"slices"
)

type Model struct {
	params map[string][][]float64
}

func (m *Model) Params() iter.Seq2[string, [][]float64] {
	return func(yield func(string, [][]float64) bool) {
		for _, k := range slices.Sorted(maps.Keys(m.params)) {
			if !yield(k, m.params[k]) {
				return
			}
		}
	}
}

func Elements(p [][]float64) iter.Seq2[[2]int, *float64] {
	return func(yield func([2]int, *float64) bool) {
		for i := range p {
			for j := range p[i] {
				if !yield([2]int{i, j}, &p[i][j]) {
					return
				}
			}
		}
	}
}

func (m *Model) Loss() float64 {
	s := 0.0
	for name, p := range m.Params() {
		w := 1.0
		if name == "b" {
			w = 0.5
		}
		for _, v := range Elements(p) {
			s += w * *v * *v
		}
	}
	return s
}

func main() {
	m := &Model{params: map[string][][]float64{
		"W": {{0.1, -0.2}, {0.3, 0.4}},
		"b": {{1, -1}},
	}}
	fmt.Printf("loss = %.4f\n", m.Loss())
	count := 0
	for name, p := range m.Params() {
		for idx, v := range Elements(p) {
			old := *v
			*v = old + 1e-6
			lp := m.Loss()
			*v = old - 1e-6
			lm := m.Loss()
			*v = old
			num := (lp - lm) / 2e-6
			fmt.Printf("%s%v = %5.2f  dL = %7.4f\n", name, idx, old, math.Round(num*1e4)/1e4)
			count++
		}
	}
	fmt.Println("checked", count, "entries")
	for name := range m.Params() {
		fmt.Println("first param:", name)
		break
	}
}
