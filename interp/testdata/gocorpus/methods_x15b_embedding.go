package main

import (
	"fmt"
	"sort"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Named interface{ Name() string }

type Base struct {
	ID   int
	name string
}

func (b Base) Name() string     { return b.name }
func (b *Base) Rename(n string) { b.name = n }
func (b Base) Describe() string { return fmt.Sprintf("#%d %s", b.ID, b.Name()) }

type Employee struct {
	Base
	*Logger
	Salary int
}

func (e Employee) Describe() string {
	return e.Base.Describe() + fmt.Sprintf(" ($%d)", e.Salary)
}

type Manager struct {
	Employee
	Reports []*Employee
}

func (m *Manager) Name() string { return "Mgr " + m.Employee.Name() }

func (m *Manager) Raise(pct int) {
	for _, r := range m.Reports {
		old := r.Salary
		r.Salary += r.Salary * pct / 100
		m.Logf("raise %s %d->%d", r.Name(), old, r.Salary)
	}
}

type ByName []Named

func (b ByName) Len() int           { return len(b) }
func (b ByName) Less(i, j int) bool { return b[i].Name() < b[j].Name() }
func (b ByName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	log := &Logger{prefix: "[hr] "}
	e1 := &Employee{Base{1, "zed"}, log, 1000}
	e2 := &Employee{Base{2, "amy"}, log, 2000}
	m := &Manager{Employee{Base{3, "kim"}, log, 5000}, []*Employee{e1, e2}}
	m.Raise(10)
	e1.Rename("zack")
	m.Rename("kimberly")
	m.Raise(5)
	fmt.Println(strings.Join(log.lines, "\n"))
	fmt.Println(e1.Describe(), "|", m.Describe(), "|", m.Name(), "|", m.Employee.Name())

	people := ByName{e1, e2, m, Base{4, "bob"}}
	sort.Sort(people)
	for _, p := range people {
		fmt.Printf("%T %s\n", p, p.Name())
	}
	var d interface{ Describe() string } = m
	fmt.Println(d.Describe())
	if _, ok := d.(Named); ok {
		fmt.Println("manager is Named")
	}
	f := (*Manager).Name
	g := Base.Describe
	h := e2.Describe
	e2.Salary = 1
	fmt.Println(f(m), g(Base{9, "nine"}), h())
}
