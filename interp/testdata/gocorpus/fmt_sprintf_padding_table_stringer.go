// Exercises: padding verbs applied to Stringer values.
package main

import "fmt"

type Status int

const (
	Active Status = iota
	Suspended
	Closed
)

var names = map[Status]string{Active: "active", Suspended: "suspended", Closed: "closed"}

func (s Status) String() string { return names[s] }

func main() {
	for _, s := range []Status{Active, Suspended, Closed} {
		fmt.Printf("|%-10v|%10s|%3d|\n", s, s, s)
	}
	fmt.Printf("|%.3s|\n", Suspended)
	fmt.Printf("|%q|\n", Closed)
}
