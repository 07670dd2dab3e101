package main

import (
	"fmt"
	"sort"
	"strings"
)

type Payable interface {
	MonthlyPay() float64
	Describe() string
}

type Employee struct {
	ID   int
	Name string
	Dept string
}

func (e Employee) Describe() string {
	return fmt.Sprintf("#%03d %s (%s)", e.ID, e.Name, e.Dept)
}

type Salaried struct {
	Employee
	Annual float64
}

func (s Salaried) MonthlyPay() float64 { return s.Annual / 12 }

type Hourly struct {
	Employee
	Rate  float64
	Hours float64
}

func (h Hourly) MonthlyPay() float64 {
	regular := min(h.Hours, 160)
	overtime := max(h.Hours-160, 0)
	return regular*h.Rate + overtime*h.Rate*1.5
}

func (h Hourly) Describe() string {
	return h.Employee.Describe() + fmt.Sprintf(" [%.0fh @ %.2f]", h.Hours, h.Rate)
}

type Manager struct {
	Salaried
	Reports []Payable
	Bonus   float64
}

func (m Manager) MonthlyPay() float64 {
	return m.Salaried.MonthlyPay() + m.Bonus*float64(len(m.Reports))
}

type Payroll []Payable

func (p Payroll) Len() int           { return len(p) }
func (p Payroll) Less(i, j int) bool { return p[i].MonthlyPay() > p[j].MonthlyPay() }
func (p Payroll) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

func main() {
	dev1 := Salaried{Employee{1, "Dana", "Eng"}, 96000}
	dev2 := Hourly{Employee{2, "Eli", "Eng"}, 42.5, 172}
	ops := Hourly{Employee{3, "Fay", "Ops"}, 30, 120}
	boss := Manager{Salaried{Employee{4, "Gus", "Eng"}, 120000}, []Payable{dev1, dev2}, 250}
	clerk := Salaried{Employee{5, "Hal", "Ops"}, 45000}

	staff := Payroll{dev1, dev2, ops, boss, clerk}
	sort.Sort(staff)
	total := 0.0
	byDept := map[string]float64{}
	for _, p := range staff {
		pay := p.MonthlyPay()
		total += pay
		fmt.Printf("%-40s %10.2f\n", p.Describe(), pay)
		switch v := p.(type) {
		case Manager:
			byDept[v.Dept] += pay
			fmt.Printf("   manages %d people\n", len(v.Reports))
		case Salaried:
			byDept[v.Dept] += pay
		case Hourly:
			byDept[v.Dept] += pay
			if v.Hours > 160 {
				fmt.Printf("   overtime: %.0f hours\n", v.Hours-160)
			}
		}
	}
	fmt.Println(strings.Repeat("-", 51))
	fmt.Printf("%-40s %10.2f\n", "Total", total)
	fmt.Println(byDept)
	depts := make([]string, 0)
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		fmt.Printf("%s share: %.1f%%\n", d, byDept[d]/total*100)
	}
	fmt.Printf("%+v\n", dev2)
	fmt.Printf("%v\n", boss.Employee)
}
