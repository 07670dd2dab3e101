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

func (d Weekday) IsWeekend() bool { return d == Saturday || d == Sunday }
func (d Weekday) Next() Weekday   { return (d + 1) % 7 }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var parts []string
	for _, x := range []struct {
		f Perm
		n string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&x.f != 0 {
			parts = append(parts, x.n)
		} else {
			parts = append(parts, "-")
		}
	}
	return strings.Join(parts, "")
}

type Size int

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%v(%d) weekend=%t next=%s\n", d, d, d.IsWeekend(), d.Next())
	}
	fmt.Println(Weekday(9), []Weekday{Monday, Friday})
	m := map[Weekday]int{Friday: 5, Monday: 1, Wednesday: 3}
	fmt.Println(m)
	perms := []Perm{0, Read, Read | Write, Read | Exec, Read | Write | Exec}
	for _, p := range perms {
		fmt.Printf("%d=%v ", p, p)
	}
	fmt.Println()
	fmt.Println(KB, MB, GB)
	var p Perm = Write
	p |= Exec
	p &^= Write
	fmt.Printf("%s %08b %v\n", p, p, p == Exec)
	fmt.Printf("%+v %#v\n", struct{ D Weekday }{Tuesday}, Thursday)
}
