package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	First, Last string
	Age         int
}

func (p Person) FullName() string { return p.First + " " + p.Last }
func (p *Person) Birthday()       { p.Age++ }

type Employee struct {
	Person
	Title  string
	Salary float64
}

func (e Employee) String() string {
	return fmt.Sprintf("%s (%s, %d) $%.0f", e.FullName(), e.Title, e.Age, e.Salary)
}

type Manager struct {
	Employee
	Reports []*Employee
}

func (m *Manager) Raise(pct float64) {
	for _, r := range m.Reports {
		r.Salary *= 1 + pct/100
	}
}

func (m Manager) Title() string { return "Mgr. " + m.Employee.Title }

type Payable interface {
	FullName() string
}

func Payroll(ps ...Payable) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.FullName()
	}
	sort.Strings(names)
	return strings.Join(names, "; ")
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	Name string
}

func main() {
	a := &Employee{Person{"Ann", "Lee", 29}, "Engineer", 95000}
	b := &Employee{Person{"Bo", "Kim", 41}, "Designer", 80000}
	m := Manager{Employee{Person{"Cy", "Ng", 50}, "Director", 150000}, []*Employee{a, b}}
	fmt.Println(a)
	fmt.Println(m.Employee)
	m.Raise(10)
	a.Birthday()
	m.Birthday()
	fmt.Println(*a, "|", b.String())
	fmt.Println(m.Title(), m.Employee.Title, m.Age, m.Person.Age)
	fmt.Println(Payroll(a, b, m, &m.Person, Person{"Zed", "A", 1}))
	s := Service{&Logger{prefix: "[svc] "}, "api"}
	s.Log("start %s", s.Name)
	s.Log("reports=%d", len(m.Reports))
	fmt.Println(strings.Join(s.lines, "\n"))
	fmt.Printf("%+v\n", m.Person)
	emps := []Employee{*a, *b, m.Employee}
	sort.Slice(emps, func(i, j int) bool { return emps[i].Salary > emps[j].Salary })
	for _, e := range emps {
		fmt.Println(" -", e)
	}
}
