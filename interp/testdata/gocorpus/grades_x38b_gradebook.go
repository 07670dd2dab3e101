package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Student struct {
	Name   string
	Scores map[string][]int
}

type Gradebook struct {
	students []*Student
	weights  map[string]float64
}

var ErrNoScores = errors.New("no scores recorded")

func (g *Gradebook) Enroll(name string) *Student {
	s := &Student{Name: name, Scores: map[string][]int{}}
	g.students = append(g.students, s)
	return s
}

func (s *Student) Record(category string, scores ...int) {
	s.Scores[category] = append(s.Scores[category], scores...)
}

func average(xs []int) (float64, error) {
	if len(xs) == 0 {
		return 0, ErrNoScores
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs)), nil
}

func (g *Gradebook) Final(s *Student) (float64, error) {
	total := 0.0
	for _, cat := range slices.Sorted(maps.Keys(g.weights)) {
		avg, err := average(s.Scores[cat])
		if err != nil {
			return 0, fmt.Errorf("%s/%s: %w", s.Name, cat, err)
		}
		total += avg * g.weights[cat]
	}
	return total, nil
}

func letter(score float64) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score >= 60:
		return "D"
	default:
		return "F"
	}
}

type result struct {
	name  string
	score float64
}

func main() {
	g := &Gradebook{weights: map[string]float64{"homework": 0.3, "midterm": 0.3, "final": 0.4}}
	a := g.Enroll("Ava")
	a.Record("homework", 95, 88, 92)
	a.Record("midterm", 84)
	a.Record("final", 91)
	b := g.Enroll("Ben")
	b.Record("homework", 70, 65, 80, 75)
	b.Record("midterm", 72)
	b.Record("final", 68)
	c := g.Enroll("Cai")
	c.Record("homework", 100, 100)
	c.Record("midterm", 97)
	d := g.Enroll("Dee")
	d.Record("homework", 55, 60)
	d.Record("midterm", 58)
	d.Record("final", 49)

	var results []result
	for _, s := range g.students {
		f, err := g.Final(s)
		if err != nil {
			fmt.Println("skip:", err, errors.Is(err, ErrNoScores))
			continue
		}
		results = append(results, result{s.Name, f})
	}
	slices.SortFunc(results, func(x, y result) int {
		return cmp.Or(cmp.Compare(y.score, x.score), strings.Compare(x.name, y.name))
	})
	dist := map[string]int{}
	for rank, r := range results {
		l := letter(r.score)
		dist[l]++
		fmt.Printf("%d. %-4s %6.2f %s\n", rank+1, r.name, r.score, l)
	}
	fmt.Println("distribution:", dist)
	best := slices.MaxFunc(results, func(x, y result) int { return cmp.Compare(x.score, y.score) })
	fmt.Printf("top: %+v\n", best)
	fmt.Printf("%q\n", slices.Sorted(maps.Keys(a.Scores)))
}
