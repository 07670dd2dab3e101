package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Passenger struct {
	Age   float64
	Class string
	Port  string
	Fare  float64
}

var passengers = []Passenger{
	{22, "third", "S", 7.25}, {38, "first", "C", 71.28}, {26, "third", "S", 7.92},
	{35, "first", "S", 53.1}, {54, "first", "S", 51.86}, {2, "third", "S", 21.08},
	{27, "third", "S", 11.13}, {14, "second", "C", 30.07}, {4, "third", "S", 16.7},
	{58, "first", "S", 26.55}, {20, "third", "S", 8.05}, {39, "third", "S", 31.28},
	{55, "second", "S", 16}, {31, "second", "Q", 21}, {34, "second", "S", 13},
}

type Encoder struct {
	categories map[string][]string
}

func (e *Encoder) Fit(col string, values []string) {
	if e.categories == nil {
		e.categories = map[string][]string{}
	}
	uniq := slices.Clone(values)
	slices.Sort(uniq)
	e.categories[col] = slices.Compact(uniq)
}

func (e *Encoder) Encode(col, v string) []int {
	cats := e.categories[col]
	out := make([]int, len(cats))
	if i, ok := slices.BinarySearch(cats, v); ok {
		out[i] = 1
	}
	return out
}

func bucket(edges []float64, x float64) int {
	return sort.SearchFloat64s(edges, x)
}

func quantileEdges(xs []float64, k int) []float64 {
	s := slices.Sorted(slices.Values(xs))
	edges := make([]float64, 0, k-1)
	for i := 1; i < k; i++ {
		edges = append(edges, s[i*len(s)/k])
	}
	return edges
}

func main() {
	ageEdges := []float64{12, 18, 35, 60}
	ageNames := []string{"child", "teen", "young", "adult", "senior"}
	var fares []float64
	var classes, ports []string
	for _, p := range passengers {
		fares = append(fares, p.Fare)
		classes = append(classes, p.Class)
		ports = append(ports, p.Port)
	}
	fareEdges := quantileEdges(fares, 4)
	fmt.Println("fare quartile edges:", fareEdges)
	var enc Encoder
	enc.Fit("class", classes)
	enc.Fit("port", ports)
	fmt.Println("categories:", enc.categories)

	hist := make(map[string]int)
	fmt.Printf("%4s %-7s %6s %-4s %-10s %s\n", "age", "group", "fare", "q", "class", "port")
	for _, p := range passengers[:6] {
		g := ageNames[bucket(ageEdges, p.Age)]
		q := bucket(fareEdges, p.Fare)
		fmt.Printf("%4.0f %-7s %6.2f Q%-3d %-10v %v\n", p.Age, g, p.Fare, q+1, enc.Encode("class", p.Class), enc.Encode("port", p.Port))
	}
	for _, p := range passengers {
		hist[ageNames[bucket(ageEdges, p.Age)]]++
	}
	for _, n := range ageNames {
		fmt.Printf("%-7s %s\n", n, strings.Repeat("o", hist[n]))
	}
	fmt.Println(enc.Encode("class", "crew"), bucket(ageEdges, 12), bucket(ageEdges, 12.5))
	idx := slices.IndexFunc(passengers, func(p Passenger) bool { return p.Port == "Q" })
	fmt.Printf("first from Q: #%d %+v\n", idx, passengers[idx])
	older := slices.DeleteFunc(slices.Clone(passengers), func(p Passenger) bool { return p.Age < 50 })
	fmt.Println(len(older), "passengers aged 50+:", older)
}
