package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name    string
	Title   string
	Salary  int
	Reports []*Employee
	boss    *Employee
}

func (e *Employee) Hire(name, title string, salary int) *Employee {
	r := &Employee{Name: name, Title: title, Salary: salary, boss: e}
	e.Reports = append(e.Reports, r)
	return r
}

func (e *Employee) Walk(visit func(e *Employee, depth int) bool) {
	var walk func(*Employee, int) bool
	walk = func(x *Employee, d int) bool {
		if !visit(x, d) {
			return false
		}
		for _, r := range x.Reports {
			if !walk(r, d+1) {
				return false
			}
		}
		return true
	}
	walk(e, 0)
}

func (e *Employee) TeamCost() int {
	total := e.Salary
	for _, r := range e.Reports {
		total += r.TeamCost()
	}
	return total
}

func (e *Employee) Chain() string {
	var names []string
	for x := e; x != nil; x = x.boss {
		names = append(names, x.Name)
	}
	return strings.Join(names, " <- ")
}

func (e *Employee) Find(name string) *Employee {
	var found *Employee
	e.Walk(func(x *Employee, _ int) bool {
		if x.Name == name {
			found = x
			return false
		}
		return true
	})
	return found
}

func main() {
	ceo := &Employee{Name: "Iris", Title: "CEO", Salary: 300}
	cto := ceo.Hire("Jon", "CTO", 250)
	cfo := ceo.Hire("Kim", "CFO", 240)
	lead := cto.Hire("Lou", "Eng Lead", 180)
	lead.Hire("Meg", "Engineer", 140)
	lead.Hire("Ned", "Engineer", 135)
	cto.Hire("Ola", "Architect", 190)
	cfo.Hire("Pia", "Accountant", 110)

	ceo.Walk(func(e *Employee, depth int) bool {
		fmt.Printf("%s%s (%s) $%dk\n", strings.Repeat("  ", depth), e.Name, e.Title, e.Salary)
		return true
	})
	for _, m := range []*Employee{ceo, cto, cfo, lead} {
		fmt.Printf("team of %-4s costs $%dk\n", m.Name, m.TeamCost())
	}
	if ned := ceo.Find("Ned"); ned != nil {
		fmt.Println(ned.Chain())
	}
	fmt.Println(ceo.Find("Zed") == nil)

	byTitle := map[string][]string{}
	ceo.Walk(func(e *Employee, _ int) bool {
		byTitle[e.Title] = append(byTitle[e.Title], e.Name)
		return true
	})
	titles := make([]string, 0, len(byTitle))
	for t := range byTitle {
		titles = append(titles, t)
	}
	sort.Strings(titles)
	for _, t := range titles {
		fmt.Printf("%-10s %v\n", t, byTitle[t])
	}
	raise := func(pct int) func(*Employee, int) bool {
		return func(e *Employee, depth int) bool {
			if depth >= 2 {
				e.Salary += e.Salary * pct / 100
			}
			return true
		}
	}
	ceo.Walk(raise(10))
	fmt.Println("after raises:", ceo.TeamCost(), lead.Reports[0].Salary)
	ned := *lead.Reports[1]
	ned.boss = nil
	fmt.Printf("%+v\n", ned)
}
