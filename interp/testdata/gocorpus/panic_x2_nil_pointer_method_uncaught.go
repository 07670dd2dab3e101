// Exercises: an uncaught nil pointer dereference inside a method reached through a linked structure.
package main

import "fmt"

type Employee struct {
	Name    string
	Manager *Employee
}

func (e *Employee) ManagerName() string {
	return e.Manager.Name
}

func (e *Employee) SafeManagerName() string {
	if e == nil || e.Manager == nil {
		return "<none>"
	}
	return e.Manager.Name
}

func main() {
	ceo := &Employee{Name: "Grace"}
	dev := &Employee{Name: "Linus", Manager: ceo}
	fmt.Println(dev.ManagerName())
	fmt.Println(ceo.SafeManagerName())
	var nobody *Employee
	fmt.Println(nobody.SafeManagerName())
	fmt.Println("asking the CEO for a manager...")
	fmt.Println(ceo.ManagerName())
	fmt.Println("unreachable")
}
