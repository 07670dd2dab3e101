package main

import (
	"fmt"
	"sort"
	"strings"
)

type Reading struct {
	Sensor string
	Value  float64
}

func sensor(name string, vals []float64) <-chan Reading {
	c := make(chan Reading)
	go func() {
		defer close(c)
		for _, v := range vals {
			c <- Reading{name, v}
		}
	}()
	return c
}

func main() {
	temp := sensor("temp", []float64{20.5, 21.0, 21.5, 22.25})
	hum := sensor("humidity", []float64{40, 42, 41})
	wind := sensor("wind", []float64{3.3, 5.1})
	quit := make(chan struct{})

	stats := map[string][]float64{}
	open := 3
	for open > 0 {
		select {
		case r, ok := <-temp:
			if !ok {
				temp = nil
				open--
				continue
			}
			stats[r.Sensor] = append(stats[r.Sensor], r.Value)
		case r, ok := <-hum:
			if !ok {
				hum = nil
				open--
				continue
			}
			stats[r.Sensor] = append(stats[r.Sensor], r.Value)
		case r, ok := <-wind:
			if !ok {
				wind = nil
				open--
				continue
			}
			stats[r.Sensor] = append(stats[r.Sensor], r.Value)
		case <-quit:
			return
		}
	}

	names := make([]string, 0, len(stats))
	for n := range stats {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		vs := stats[n]
		lo, hi, sum := vs[0], vs[0], 0.0
		for _, v := range vs {
			lo, hi = min(lo, v), max(hi, v)
			sum += v
		}
		fmt.Printf("%-9s n=%d min=%.2f max=%.2f avg=%.3f %v\n", n, len(vs), lo, hi, sum/float64(len(vs)), vs)
	}

	results := make(chan string, 3)
	for i, w := range strings.Fields("one two three") {
		select {
		case results <- fmt.Sprintf("%d:%s", i, w):
		default:
			fmt.Println("full")
		}
	}
	close(results)
	for r := range results {
		fmt.Print(r, " ")
	}
	fmt.Println()
}
