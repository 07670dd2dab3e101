// Exercises: iota enums with String via array lookup, bit flags with iota shifts and a String joining set flags, out-of-range values, %d vs %v
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
	_
	Thursday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, n := range []string{"r", "w", "x"} {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
)

func main() {
	fmt.Println(Sunday, Tuesday, Thursday, Weekday(3), Weekday(9))
	fmt.Printf("%v %d %s %q\n", Monday, Monday, Monday, Monday)
	p := Read | Exec
	fmt.Println(p, Perm(0), Read|Write|Exec, p&^Read)
	fmt.Printf("%v %08b %T\n", []Perm{Write, p}, uint8(p), p)
	fmt.Println(KB, MB, MB/KB)
	days := map[Weekday]bool{Monday: true, Sunday: false}
	fmt.Println(days)
}
