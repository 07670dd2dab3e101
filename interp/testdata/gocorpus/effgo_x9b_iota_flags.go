// Exercises: iota enums skipping values, a Weekday type with String via an array, bit-flag constants 1 << iota with a String that joins set flags, typed constants in a switch.
package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, name := range []string{"read", "write", "exec", "?", "admin"} {
		if p&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "|")
}

func main() {
	fmt.Println(Tuesday, Saturday+1, Weekday(-1), []Weekday{Monday, Friday})
	for d := Sunday; d <= Saturday; d++ {
		if d.Weekend() {
			fmt.Print(d, " ")
		}
	}
	fmt.Println()
	p := Read | Exec
	fmt.Println(p, Admin, Perm(0), p|Write, uint8(Admin))
	p &^= Read
	fmt.Printf("%v %d %s %08b\n", p, p, p|Admin, p|Admin)
	fmt.Printf("%v\n", map[Perm]Weekday{Write: Monday})
}
