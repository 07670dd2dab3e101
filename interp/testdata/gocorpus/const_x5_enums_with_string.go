// Exercises: enums with iota and String, used as map keys, in switch, in slices printed with %v and %d.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue"}[d]
}

func (d Weekday) Next() Weekday { return (d + 1) % 3 }

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
)

var names = map[Level]string{Debug: "debug", Info: "info", Warn: "warn"}

func (l Level) String() string { return names[l] }

func main() {
	d := Monday
	fmt.Println(d, d.Next(), d.Next().Next())
	fmt.Printf("%v %d %s %q %x\n", d, d, d, d, d)
	days := []Weekday{Sunday, Tuesday}
	fmt.Println(days)
	fmt.Printf("%v %d\n", days, days)
	sched := map[Weekday]string{Monday: "gym", Tuesday: "read"}
	fmt.Println(sched)
	switch d {
	case Sunday:
		fmt.Println("rest")
	case Monday, Tuesday:
		fmt.Println("work")
	}
	for l := Debug; l <= Warn; l++ {
		fmt.Print(l, ":", uint8(l), " ")
	}
	fmt.Println()
	type pair struct {
		D Weekday
		L Level
	}
	fmt.Printf("%v %+v\n", pair{Tuesday, Warn}, pair{Sunday, Info})
}
