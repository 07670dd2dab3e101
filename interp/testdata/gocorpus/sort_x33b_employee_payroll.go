package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Role int

const (
	Engineer Role = iota
	Manager
	Intern
)

func (r Role) String() string {
	switch r {
	case Engineer:
		return "Engineer"
	case Manager:
		return "Manager"
	case Intern:
		return "Intern"
	}
	return fmt.Sprintf("Role(%d)", int(r))
}

type Employee struct {
	ID     int
	Name   string
	Role   Role
	Salary int
	Dept   string
}

type Payable interface {
	MonthlyPay() float64
}

func (e Employee) MonthlyPay() float64 {
	pay := float64(e.Salary) / 12
	if e.Role == Manager {
		pay *= 1.10
	}
	return pay
}

type Contractor struct {
	Name  string
	Hours int
	Rate  float64
}

func (c Contractor) MonthlyPay() float64 { return float64(c.Hours) * c.Rate }

func main() {
	staff := []Employee{
		{1, "Ana", Engineer, 96000, "R&D"},
		{2, "Ben", Manager, 120000, "R&D"},
		{3, "Cleo", Intern, 30000, "Ops"},
		{4, "Dev", Engineer, 88000, "Ops"},
		{5, "Eve", Engineer, 96000, "R&D"},
		{6, "Finn", Role(7), 50000, "Ops"},
	}

	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(b.Salary, a.Salary),
			strings.Compare(a.Name, b.Name),
		)
	})
	fmt.Println("By salary desc, name:")
	for _, e := range staff {
		fmt.Printf("  %-4s %-9v %7d %s\n", e.Name, e.Role, e.Salary, e.Dept)
	}

	byDept := map[string][]string{}
	totals := map[string]int{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
		totals[e.Dept] += e.Salary
	}
	fmt.Println(byDept)
	fmt.Println(totals)

	idx, found := slices.BinarySearchFunc(staff, 88000, func(e Employee, s int) int {
		return cmp.Compare(s, e.Salary)
	})
	fmt.Println("88000 at", idx, found)

	var payroll []Payable
	for _, e := range staff {
		payroll = append(payroll, e)
	}
	payroll = append(payroll, Contractor{"Gus", 120, 55.5})
	total := 0.0
	for _, p := range payroll {
		total += p.MonthlyPay()
	}
	fmt.Printf("monthly payroll: %.2f\n", total)

	top := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.MonthlyPay(), b.MonthlyPay()) })
	fmt.Printf("top earner: %+v\n", top)
	fmt.Printf("%v %d %s %q\n", Manager, Manager, Intern, Engineer)
	i := slices.IndexFunc(staff, func(e Employee) bool { return e.Role == Intern })
	fmt.Println("first intern at", i, staff[i].Name)
}
