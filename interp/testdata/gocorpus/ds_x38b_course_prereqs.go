package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Catalog struct {
	prereqs map[string][]string
}

func (c *Catalog) Add(course string, reqs ...string) {
	if c.prereqs == nil {
		c.prereqs = map[string][]string{}
	}
	c.prereqs[course] = append(c.prereqs[course], reqs...)
	for _, r := range reqs {
		if _, ok := c.prereqs[r]; !ok {
			c.prereqs[r] = nil
		}
	}
}

var ErrCycle = errors.New("prerequisite cycle")

// Plan returns semesters of courses using Kahn's algorithm.
func (c *Catalog) Plan() ([][]string, error) {
	indeg := map[string]int{}
	next := map[string][]string{}
	for course, reqs := range c.prereqs {
		indeg[course] += 0
		for _, r := range reqs {
			indeg[course]++
			next[r] = append(next[r], course)
		}
	}
	var current []string
	for course, d := range indeg {
		if d == 0 {
			current = append(current, course)
		}
	}
	var plan [][]string
	done := 0
	for len(current) > 0 {
		slices.Sort(current)
		plan = append(plan, current)
		done += len(current)
		var upcoming []string
		for _, course := range current {
			for _, n := range next[course] {
				indeg[n]--
				if indeg[n] == 0 {
					upcoming = append(upcoming, n)
				}
			}
		}
		current = upcoming
	}
	if done != len(indeg) {
		var stuck []string
		for course, d := range indeg {
			if d > 0 {
				stuck = append(stuck, course)
			}
		}
		slices.Sort(stuck)
		return plan, fmt.Errorf("%w among %v", ErrCycle, stuck)
	}
	return plan, nil
}

func (c *Catalog) AllPrereqs(course string) []string {
	seen := map[string]bool{}
	var visit func(string)
	visit = func(x string) {
		for _, r := range c.prereqs[x] {
			if !seen[r] {
				seen[r] = true
				visit(r)
			}
		}
	}
	visit(course)
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func main() {
	var cat Catalog
	cat.Add("CS101")
	cat.Add("CS102", "CS101")
	cat.Add("MATH201", "MATH101")
	cat.Add("CS201", "CS102", "MATH201")
	cat.Add("CS301", "CS201")
	cat.Add("CS310", "CS201", "STAT200")
	cat.Add("STAT200", "MATH101")
	plan, err := cat.Plan()
	fmt.Println("error:", err)
	for i, sem := range plan {
		fmt.Printf("semester %d: %s\n", i+1, strings.Join(sem, ", "))
	}
	fmt.Println("CS310 needs:", cat.AllPrereqs("CS310"))

	cat.Add("MATH101", "CS301")
	plan, err = cat.Plan()
	fmt.Println(len(plan), err, errors.Is(err, ErrCycle))
	fmt.Printf("%v\n", cat.prereqs["CS201"])
	fmt.Printf("%#v\n", cat.prereqs["CS101"])
}
