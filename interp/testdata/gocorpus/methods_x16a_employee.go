package main

import (
	"fmt"
	"sort"
)

type Payable interface {
	Pay() float64
	fmt.Stringer
}

type Employee struct {
	Name string
	ID   int
}

func (e Employee) String() string { return fmt.Sprintf("#%d %s", e.ID, e.Name) }

type Salaried struct {
	Employee
	Annual float64
}

func (s Salaried) Pay() float64 { return s.Annual / 12 }

type Hourly struct {
	Employee
	Rate  float64
	Hours float64
}

func (h Hourly) Pay() float64 {
	if h.Hours > 160 {
		return 160*h.Rate + (h.Hours-160)*h.Rate*1.5
	}
	return h.Hours * h.Rate
}

func (h Hourly) String() string { return h.Employee.String() + " (hourly)" }

type Manager struct {
	Salaried
	Reports []Payable
}

func (m Manager) Pay() float64 { return m.Salaried.Pay() + 100*float64(len(m.Reports)) }

func main() {
	a := Hourly{Employee{"Ann", 1}, 20, 170}
	b := Salaried{Employee{"Ben", 2}, 60000}
	c := Hourly{Employee: Employee{Name: "Cal", ID: 3}, Rate: 15, Hours: 80}
	m := Manager{Salaried{Employee{"Meg", 4}, 90000}, []Payable{a, b, c}}
	staff := []Payable{m, a, b, c}
	sort.Slice(staff, func(i, j int) bool { return staff[i].Pay() > staff[j].Pay() })
	total := 0.0
	for _, p := range staff {
		fmt.Printf("%-16s %9.2f\n", p, p.Pay())
		total += p.Pay()
	}
	fmt.Printf("total %.2f\n", total)
	fmt.Println(m.Name, m.ID, m.Employee, m.Salaried.Employee.Name, len(m.Reports))
	fmt.Println(m)
	fmt.Printf("%v|%s|%+v\n", a, b, c.Employee)
}
