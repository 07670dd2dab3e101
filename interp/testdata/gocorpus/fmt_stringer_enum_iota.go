// Exercises: Stringer on a named int enum built with iota, printed with various verbs.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	case Tuesday:
		return "Tue"
	case Wednesday:
		return "Wed"
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

func main() {
	fmt.Println(Monday, Wednesday, Weekday(9))
	fmt.Printf("%v %s %d %q %x\n", Tuesday, Tuesday, Tuesday, Tuesday, Tuesday)
	fmt.Printf("%+v %#v %T\n", Sunday, Sunday, Sunday)
	fmt.Println([]Weekday{Sunday, Monday})
}
