package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	First, Last string
}

func (p Person) FullName() string { return p.First + " " + p.Last }
func (p Person) Greeting() string { return "Hi, " + p.First }

type Employee struct {
	Person
	ID     int
	Salary float64
}

func (e Employee) AnnualCost() float64 { return e.Salary * 1.3 }

type Manager struct {
	Employee
	Reports []*Employee
}

func (m Manager) Greeting() string { return "Good morning, " + m.Last }

func (m Manager) AnnualCost() float64 {
	return m.Employee.AnnualCost() + 5000*float64(len(m.Reports))
}

type Coster interface {
	AnnualCost() float64
	FullName() string
}

type Greeter interface{ Greeting() string }

type Logger struct {
	prefix string
	lines  *[]string
}

func (l Logger) Logf(format string, args ...any) {
	*l.lines = append(*l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type PayrollService struct {
	Logger
	staff []Coster
}

func main() {
	e1 := &Employee{Person{"Ana", "Silva"}, 1, 52000}
	e2 := &Employee{Person{"Ben", "Okoro"}, 2, 61000}
	m := Manager{Employee{Person{"Clara", "Weiss"}, 3, 90000}, []*Employee{e1, e2}}
	var logs []string
	svc := PayrollService{Logger{"[payroll] ", &logs}, []Coster{e1, e2, m}}
	total := 0.0
	for _, c := range svc.staff {
		cost := c.AnnualCost()
		total += cost
		svc.Logf("%-12s %T %.0f", c.FullName(), c, cost)
	}
	svc.Logf("total %.2f", total)
	fmt.Println(strings.Join(logs, "\n"))
	for _, g := range []Greeter{e1, m, m.Employee, m.Person} {
		fmt.Println(g.Greeting())
	}
	m.First = "Klara"
	fmt.Println(m.FullName(), m.Employee.Person.First, m.ID)
	e1.Salary += 1000
	fmt.Printf("%+v\n", *m.Reports[0])
	fmt.Printf("%v\n", m.Employee)
	byLast := append([]*Employee{}, m.Reports...)
	byLast = append(byLast, &m.Employee)
	sort.Slice(byLast, func(i, j int) bool { return byLast[i].Last > byLast[j].Last })
	for _, e := range byLast {
		fmt.Print(e.Last, " ")
	}
	fmt.Println()
}
