package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Scores []int
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	sum := 0
	for _, sc := range s.Scores {
		sum += sc
	}
	return float64(sum) / float64(len(s.Scores))
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
	default:
		return "F"
	}
}

type GradeBook struct {
	course   string
	students map[string]*Student
}

func NewGradeBook(course string) *GradeBook {
	return &GradeBook{course: course, students: make(map[string]*Student)}
}

func (g *GradeBook) AddScore(name string, score int) {
	st, ok := g.students[name]
	if !ok {
		st = &Student{Name: name}
		g.students[name] = st
	}
	st.Scores = append(st.Scores, score)
}

func (g *GradeBook) Report() {
	names := make([]string, 0, len(g.students))
	for n := range g.students {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Printf("=== %s ===\n", g.course)
	fmt.Printf("%-10s|%-20s|%7s|%s\n", "Name", "Scores", "Avg", "Grade")
	fmt.Println(strings.Repeat("-", 45))
	for _, n := range names {
		st := g.students[n]
		avg := st.Average()
		fmt.Printf("%-10s|%-20v|%7.2f|%s\n", st.Name, st.Scores, avg, letter(avg))
	}
}

func (g *GradeBook) Distribution() map[string]int {
	dist := map[string]int{}
	for _, st := range g.students {
		dist[letter(st.Average())]++
	}
	return dist
}

func (g *GradeBook) Top(n int) []Student {
	all := []Student{}
	for _, st := range g.students {
		all = append(all, *st)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Average() != all[j].Average() {
			return all[i].Average() > all[j].Average()
		}
		return all[i].Name < all[j].Name
	})
	if n > len(all) {
		n = len(all)
	}
	return all[:n]
}

func main() {
	gb := NewGradeBook("CS 101")
	data := []struct {
		name  string
		score int
	}{
		{"alice", 92}, {"bob", 75}, {"carol", 88}, {"dave", 55},
		{"alice", 85}, {"bob", 81}, {"carol", 94}, {"dave", 67},
		{"alice", 97}, {"bob", 69}, {"carol", 90}, {"eve", 100},
	}
	for _, d := range data {
		gb.AddScore(d.name, d.score)
	}
	gb.Report()
	fmt.Println("Distribution:", gb.Distribution())
	for i, st := range gb.Top(3) {
		fmt.Printf("#%d %s (%.1f)\n", i+1, strings.ToUpper(st.Name[:1])+st.Name[1:], st.Average())
	}
	highest, lowest := -1, 101
	for _, st := range gb.students {
		for _, s := range st.Scores {
			highest = max(highest, s)
			lowest = min(lowest, s)
		}
	}
	fmt.Printf("highest=%d lowest=%d\n", highest, lowest)
}
