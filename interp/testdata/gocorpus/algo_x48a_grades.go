package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name   string
	Scores []int
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	total := 0
	for _, sc := range s.Scores {
		total += sc
	}
	return float64(total) / float64(len(s.Scores))
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	case avg >= 60:
		return "D"
	}
	return "F"
}

func main() {
	class := []Student{
		{"Alice", []int{92, 88, 95}},
		{"Bob", []int{75, 64, 80}},
		{"Charlie", []int{58, 62, 49}},
		{"Dana", []int{85, 91, 78}},
		{"Eve", nil},
	}
	sort.Slice(class, func(i, j int) bool {
		return class[i].Average() > class[j].Average()
	})
	fmt.Printf("%-10s %7s %5s\n", "Name", "Average", "Grade")
	dist := make(map[string]int)
	for _, s := range class {
		avg := s.Average()
		g := letter(avg)
		dist[g]++
		fmt.Printf("%-10s %7.2f %5s\n", s.Name, avg, g)
	}
	fmt.Println("distribution:", dist)
	best := class[0]
	fmt.Printf("best: %+v\n", best)
	fmt.Printf("%T\n", best)
}
