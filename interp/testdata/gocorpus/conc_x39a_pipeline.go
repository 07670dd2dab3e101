package main

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
)

const readings = `sensor,value
a,12.5
b,13.1
a,bad
c,11.9
b,14.2
a,12.8
c,NaN
b,13.7
a,12.2
c,12.4`

type Reading struct {
	Sensor string
	Value  float64
}

func source(ctx context.Context, text string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, line := range strings.Split(text, "\n")[1:] {
			select {
			case out <- line:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func parse(ctx context.Context, in <-chan string, errs chan<- error) <-chan Reading {
	out := make(chan Reading)
	go func() {
		defer close(out)
		for line := range in {
			name, val, _ := strings.Cut(line, ",")
			v, err := strconv.ParseFloat(val, 64)
			if err != nil || math.IsNaN(v) {
				errs <- fmt.Errorf("skip %q: bad value", line)
				continue
			}
			select {
			case out <- Reading{name, v}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

type stats struct {
	n        int
	sum, min float64
	max      float64
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errs := make(chan error, 16)
	stream := parse(ctx, source(ctx, readings), errs)

	agg := map[string]*stats{}
	order := []string{}
	for r := range stream {
		s, ok := agg[r.Sensor]
		if !ok {
			s = &stats{min: math.Inf(1), max: math.Inf(-1)}
			agg[r.Sensor] = s
			order = append(order, r.Sensor)
		}
		s.n++
		s.sum += r.Value
		s.min = math.Min(s.min, r.Value)
		s.max = math.Max(s.max, r.Value)
	}
	close(errs)
	for e := range errs {
		fmt.Println("warn:", e)
	}
	fmt.Printf("%-6s %3s %7s %7s %7s\n", "sensor", "n", "mean", "min", "max")
	for _, name := range order {
		s := agg[name]
		fmt.Printf("%-6s %3d %7.2f %7.2f %7.2f\n", name, s.n, s.sum/float64(s.n), s.min, s.max)
	}

	// early cancellation: take only the first 3 lines
	ctx2, cancel2 := context.WithCancel(context.Background())
	lines := source(ctx2, readings)
	var first []string
	for l := range lines {
		first = append(first, l)
		if len(first) == 3 {
			cancel2()
			break
		}
	}
	fmt.Println("first:", first, ctx2.Err())
}
