package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

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

func Reduce[T, A any](seq iter.Seq[T], acc A, f func(A, T) A) A {
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

type Param struct {
	Name string
	Val  float64
	Grad float64
}

func Params(m map[string]*Param) iter.Seq[*Param] {
	return func(yield func(*Param) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(m[k]) {
				return
			}
		}
	}
}

func main() {
	model := map[string]*Param{
		"w1": {"w1", 0.5, 0.2},
		"w2": {"w2", -1.2, -0.4},
		"b1": {"b1", 0.0, 0.05},
		"b2": {"b2", 0.3, 0},
	}
	sq := Reduce(Map(Params(model), func(p *Param) float64 { return p.Grad * p.Grad }), 0.0,
		func(a, b float64) float64 { return a + b })
	fmt.Printf("grad sq norm %.4f\n", sq)
	nonzero := slices.Collect(Map(Filter(Params(model), func(p *Param) bool { return p.Grad != 0 }),
		func(p *Param) string { return p.Name }))
	fmt.Println(nonzero)
	for p := range Params(model) {
		p.Val -= 0.1 * p.Grad
	}
	desc := Reduce(Params(model), []string{}, func(acc []string, p *Param) []string {
		return append(acc, fmt.Sprintf("%s=%.3f", p.Name, p.Val))
	})
	fmt.Println(strings.Join(desc, ", "))
	first := 0
	for p := range Params(model) {
		first++
		if p.Name == "b2" {
			break
		}
	}
	fmt.Println("stopped after", first)
	words := slices.Values([]string{"grad", "loss", "relu", "tanh"})
	fmt.Println(slices.Collect(Map(words, strings.ToUpper)))
	for i, v := range slices.Backward([]int{10, 20, 30}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}
