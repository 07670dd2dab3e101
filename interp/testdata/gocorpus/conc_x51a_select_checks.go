package main

import (
	"fmt"
	"math"
	"sort"
	"sync"
)

type check struct {
	name string
	f    func(float64) float64
	df   func(float64) float64
}

type outcome struct {
	name string
	err  float64
}

func main() {
	checks := []check{
		{"square", func(x float64) float64 { return x * x }, func(x float64) float64 { return 2 * x }},
		{"cube", func(x float64) float64 { return x * x * x }, func(x float64) float64 { return 3 * x * x }},
		{"exp", math.Exp, math.Exp},
		{"wrong-sin", math.Sin, func(x float64) float64 { return -math.Cos(x) }},
	}
	passed := make(chan outcome)
	failed := make(chan outcome)
	done := make(chan struct{})
	var once sync.Once
	var wg sync.WaitGroup
	for _, c := range checks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worst := 0.0
			for x := -2.0; x <= 2.0; x += 0.5 {
				num := (c.f(x+1e-6) - c.f(x-1e-6)) / 2e-6
				worst = math.Max(worst, math.Abs(num-c.df(x)))
			}
			o := outcome{c.name, worst}
			if worst < 1e-6 {
				passed <- o
			} else {
				failed <- o
			}
		}()
	}
	go func() {
		wg.Wait()
		once.Do(func() { close(done) })
	}()
	var ok, bad []outcome
loop:
	for {
		select {
		case o := <-passed:
			ok = append(ok, o)
		case o := <-failed:
			bad = append(bad, o)
		case <-done:
			break loop
		}
	}
	sort.Slice(ok, func(i, j int) bool { return ok[i].name < ok[j].name })
	for _, o := range ok {
		fmt.Printf("PASS %-10s\n", o.name)
	}
	for _, o := range bad {
		fmt.Printf("FAIL %-10s max err %.3f\n", o.name, o.err)
	}
	fmt.Println(len(ok), "passed,", len(bad), "failed")
}
