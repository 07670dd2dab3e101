package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Year   int
	Grades map[string]float64
}

func (s Student) Average() float64 {
	if len(s.Grades) == 0 {
		return math.NaN()
	}
	t := 0.0
	for _, g := range s.Grades {
		t += g
	}
	return math.Round(t/float64(len(s.Grades))*100) / 100
}

type By func(a, b *Student) bool

func (by By) Sort(ss []Student) {
	sort.Sort(&sorter{ss, by})
}

type sorter struct {
	ss []Student
	by By
}

func (s *sorter) Len() int           { return len(s.ss) }
func (s *sorter) Swap(i, j int)      { s.ss[i], s.ss[j] = s.ss[j], s.ss[i] }
func (s *sorter) Less(i, j int) bool { return s.by(&s.ss[i], &s.ss[j]) }

func letter(avg float64) string {
	switch {
	case math.IsNaN(avg):
		return "-"
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	students := []Student{
		{"Mia", 2, map[string]float64{"math": 95, "art": 88, "cs": 91}},
		{"Leo", 1, map[string]float64{"math": 72, "cs": 64}},
		{"Ava", 2, map[string]float64{"art": 79, "cs": 85}},
		{"Max", 3, map[string]float64{}},
		{"Zoe", 1, map[string]float64{"math": 88, "art": 92}},
		{"Ian", 3, map[string]float64{"cs": 90, "math": 90}},
	}
	By(func(a, b *Student) bool { return a.Name < b.Name }).Sort(students)
	for _, s := range students {
		fmt.Printf("%-4s y%d %6.2f %s %v\n", s.Name, s.Year, s.Average(), letter(s.Average()), s.Grades)
	}
	sort.SliceStable(students, func(i, j int) bool { return students[i].Year < students[j].Year })
	var names []string
	for _, s := range students {
		names = append(names, fmt.Sprintf("%s(%d)", s.Name, s.Year))
	}
	fmt.Println(strings.Join(names, " "))

	By(func(a, b *Student) bool {
		x, y := a.Average(), b.Average()
		if math.IsNaN(x) {
			return false
		}
		if math.IsNaN(y) {
			return true
		}
		return x > y
	}).Sort(students)
	fmt.Println("ranking:")
	for i, s := range students {
		fmt.Printf("%d. %s %v\n", i+1, s.Name, s.Average())
	}

	subjects := map[string][]float64{}
	for _, s := range students {
		for sub, g := range s.Grades {
			subjects[sub] = append(subjects[sub], g)
		}
	}
	subs := make([]string, 0, len(subjects))
	for k := range subjects {
		subs = append(subs, k)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(subs)))
	for _, sub := range subs {
		gs := subjects[sub]
		sort.Float64s(gs)
		med := gs[len(gs)/2]
		if len(gs)%2 == 0 {
			med = (gs[len(gs)/2-1] + gs[len(gs)/2]) / 2
		}
		fmt.Printf("%-5s n=%d median=%.1f %v\n", sub, len(gs), med, gs)
	}
	ints := []int{5, 2, 8, 1}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 5), sort.IsSorted(sort.IntSlice(ints)), math.NaN(), math.Inf(-1))
}
