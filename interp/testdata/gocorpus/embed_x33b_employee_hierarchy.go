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

type Contact struct {
	Email string
	Phone string
}

func (c Contact) String() string { return fmt.Sprintf("<%s>", c.Email) }

type Employee struct {
	Person
	Contact
	ID     int
	Salary float64
}

type Manager struct {
	Employee
	Reports []*Employee
}

func (m *Manager) TeamCost() float64 {
	total := m.Salary
	for _, r := range m.Reports {
		total += r.Salary
	}
	return total
}

func (m Manager) FullName() string { return "Mgr. " + m.Employee.FullName() }

type Named interface{ FullName() string }

func greet(n Named) string { return "Hello, " + n.FullName() }

func (e *Employee) Raise(pct float64) {
	e.Salary *= 1 + pct/100
}

func main() {
	alice := &Employee{Person{"Alice", "Smith", 30}, Contact{"alice@corp.io", "555-1"}, 1, 85000}
	bob := &Employee{Person: Person{"Bob", "Jones", 41}, Contact: Contact{Email: "bob@corp.io"}, ID: 2, Salary: 72000}
	carol := Manager{Employee{Person{"Carol", "White", 50}, Contact{"carol@corp.io", ""}, 3, 120000}, []*Employee{alice, bob}}

	fmt.Println(alice.FullName(), alice.Age, alice.Email)
	alice.Birthday()
	alice.Raise(10)
	fmt.Printf("%s is %d, earns %.0f\n", alice.First, alice.Person.Age, alice.Salary)
	fmt.Println(greet(alice), "|", greet(carol), "|", greet(carol.Employee), "|", greet(&carol.Person))
	fmt.Printf("team cost: %.2f\n", carol.TeamCost())
	fmt.Println(carol.Contact, alice.Contact.String(), alice)
	fmt.Printf("%v\n", *bob)
	fmt.Printf("%+v\n", bob.Person)

	for _, e := range carol.Reports {
		e.Raise(5)
	}
	fmt.Printf("%.2f %.2f\n", alice.Salary, bob.Salary)

	everyone := []Named{carol, alice, bob, carol.Person}
	sort.Slice(everyone, func(i, j int) bool { return everyone[i].FullName() < everyone[j].FullName() })
	var names []string
	for _, n := range everyone {
		names = append(names, fmt.Sprintf("%s(%T)", n.FullName(), n))
	}
	fmt.Println(strings.Join(names, ", "))

	type withEmail interface{ String() string }
	var we withEmail = carol
	fmt.Println(we)
	_, ok := any(carol).(interface{ Birthday() })
	_, okp := any(&carol).(interface{ Birthday() })
	fmt.Println(ok, okp)
}
