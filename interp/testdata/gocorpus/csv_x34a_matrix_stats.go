package main

import (
	"encoding/csv"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

const measurements = `sensor,t0,t1,t2,t3,t4,t5
alpha,20.1,20.4,20.3,21.0,20.9,20.7
beta,18.0,18.5,19.2,19.8,20.1,20.6
gamma,25.5,25.1,24.8,24.0,23.9,23.2
delta,22.0,22.0,22.1,21.9,22.0,22.0
`

type Series struct {
	Name   string
	Values []float64
}

func (s Series) Mean() float64 {
	sum := 0.0
	for _, v := range s.Values {
		sum += v
	}
	return sum / float64(len(s.Values))
}

func (s Series) StdDev() float64 {
	m := s.Mean()
	ss := 0.0
	for _, v := range s.Values {
		ss += (v - m) * (v - m)
	}
	return math.Sqrt(ss / float64(len(s.Values)-1))
}

func (s Series) Median() float64 {
	c := slices.Clone(s.Values)
	slices.Sort(c)
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

// Slope returns the least squares slope of values against their index.
func (s Series) Slope() float64 {
	n := float64(len(s.Values))
	var sx, sy, sxy, sxx float64
	for i, v := range s.Values {
		x := float64(i)
		sx += x
		sy += v
		sxy += x * v
		sxx += x * x
	}
	return (n*sxy - sx*sy) / (n*sxx - sx*sx)
}

func correlation(a, b Series) float64 {
	ma, mb := a.Mean(), b.Mean()
	var num, da, db float64
	for i := range a.Values {
		x, y := a.Values[i]-ma, b.Values[i]-mb
		num += x * y
		da += x * x
		db += y * y
	}
	return num / math.Sqrt(da*db)
}

func main() {
	recs, err := csv.NewReader(strings.NewReader(measurements)).ReadAll()
	if err != nil {
		panic(err)
	}
	var all []Series
	for _, r := range recs[1:] {
		s := Series{Name: r[0]}
		for _, f := range r[1:] {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				panic(err)
			}
			s.Values = append(s.Values, v)
		}
		all = append(all, s)
	}
	fmt.Printf("%-6s %7s %7s %7s %8s %s\n", "sensor", "mean", "median", "stddev", "slope", "trend")
	for _, s := range all {
		trend := "flat"
		switch sl := s.Slope(); {
		case sl > 0.1:
			trend = "rising"
		case sl < -0.1:
			trend = "falling"
		}
		fmt.Printf("%-6s %7.3f %7.2f %7.4f %+8.4f %s\n", s.Name, s.Mean(), s.Median(), s.StdDev(), s.Slope(), trend)
	}
	fmt.Println("correlations:")
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			fmt.Printf("  %s~%s %+.3f\n", all[i].Name, all[j].Name, correlation(all[i], all[j]))
		}
	}
	hottest := slices.MaxFunc(all, func(a, b Series) int { return int(math.Round((a.Mean() - b.Mean()) * 1000)) })
	fmt.Println("hottest:", hottest.Name, math.Floor(hottest.Mean()*10)/10, math.Inf(1) > hottest.Mean(), math.NaN() == math.NaN())
	fmt.Printf("%v %.2e %g %08.3f\n", math.Pi, 123456.789, 1e-7, -3.14159)
}
