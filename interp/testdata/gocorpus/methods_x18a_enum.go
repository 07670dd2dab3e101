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
func (d Weekday) Next() Weekday { return (d + 1) % 7 }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var b strings.Builder
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			b.WriteRune(c)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func (s Size) String() string {
	switch {
	case s >= GB:
		return fmt.Sprintf("%.2fGB", s/GB)
	case s >= MB:
		return fmt.Sprintf("%.2fMB", s/MB)
	case s >= KB:
		return fmt.Sprintf("%.2fKB", s/KB)
	}
	return fmt.Sprintf("%.0fB", float64(s))
}

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%v weekend=%t next=%s\n", d, d.Weekend(), d.Next())
	}
	fmt.Println(Weekday(9), []Weekday{Monday, Friday})
	fmt.Printf("%d %v %s %q\n", Wednesday, Wednesday, Wednesday, Wednesday)
	p := Read | Exec
	fmt.Println(p, Read|Write|Exec, Perm(0), p&^Exec)
	p |= Write
	fmt.Printf("%v %d %08b\n", p, p, p)
	for _, s := range []Size{512, 2048, 5.5 * MB, 3 * GB, 1536} {
		fmt.Print(s, " ")
	}
	fmt.Println()
	m := map[Weekday]int{Friday: 3, Monday: 1, Sunday: 9}
	fmt.Println(m)
	fmt.Println(KB, MB, float64(GB))
}
