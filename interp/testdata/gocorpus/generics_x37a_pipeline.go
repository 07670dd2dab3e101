package main

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
)

func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.SplitSeq(s, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if !yield(line) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Reduce[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

type Reading struct {
	Sensor string
	Temp   float64
}

const raw = `
# sensor,temp
s1,21.5
s2,19.0
s1,22.1
# calibration gap
s3,-40.0
s2,19.4
s1,23.0
s3,18.2
`

func main() {
	readings := Map(Lines(raw), func(l string) Reading {
		name, t, _ := strings.Cut(l, ",")
		v, _ := strconv.ParseFloat(t, 64)
		return Reading{name, v}
	})
	valid := Filter(readings, func(r Reading) bool { return r.Temp > -30 })
	fmt.Println(slices.Collect(valid))
	fmt.Println(slices.Collect(Take(valid, 3)))

	type acc struct {
		n   int
		sum float64
	}
	per := Reduce(valid, map[string]acc{}, func(m map[string]acc, r Reading) map[string]acc {
		a := m[r.Sensor]
		a.n++
		a.sum += r.Temp
		m[r.Sensor] = a
		return m
	})
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range per {
			if !yield(k) {
				return
			}
		}
	}) {
		fmt.Printf("%s: %d readings, mean %.2f\n", k, per[k].n, per[k].sum/float64(per[k].n))
	}
	labels := Map(valid, func(r Reading) string { return fmt.Sprintf("%s=%.1f", r.Sensor, r.Temp) })
	fmt.Println(strings.Join(slices.Collect(labels), " | "))
	for i, v := range slices.Backward(slices.Collect(Take(labels, 2))) {
		fmt.Println(i, v)
	}
}
