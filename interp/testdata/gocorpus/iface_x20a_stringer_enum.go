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

type Color uint8

const (
	Red Color = 1 << iota
	Green
	Blue
)

func (c Color) String() string {
	if c == 0 {
		return "none"
	}
	var parts []string
	for _, x := range []struct {
		c Color
		n string
	}{{Red, "red"}, {Green, "green"}, {Blue, "blue"}} {
		if c&x.c != 0 {
			parts = append(parts, x.n)
		}
	}
	return strings.Join(parts, "|")
}

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	switch verb {
	case 'f', 'v':
		fmt.Fprintf(f, "%.1f°C", float64(t))
	case 'F':
		fmt.Fprintf(f, "%.1f°F", float64(t)*9/5+32)
	default:
		fmt.Fprintf(f, "%%!%c(Temp)", verb)
	}
}

type Pair struct {
	D Weekday
	C Color
}

func main() {
	fmt.Println(Monday, Saturday, Weekday(9))
	d := Friday
	for range 4 {
		fmt.Printf("%v(%d,%t) ", d, d, d.Weekend())
		d = d.Next()
	}
	fmt.Println()
	fmt.Println(Red|Blue, Color(0), Green, Red|Green|Blue)
	fmt.Printf("%v %s %d %x\n", Blue, Red|Green, Blue, Red|Blue)
	p := Pair{Tuesday, Green | Blue}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println([]Weekday{Sunday, Wednesday}, map[Weekday]Color{Monday: Red, Sunday: Blue})
	t := Temp(21.5)
	fmt.Printf("%v %F %d\n", t, t, t)
	fmt.Println(t)
	var s fmt.Stringer = Thursday
	fmt.Println(s.String(), fmt.Sprint(s) == "Thu")
	fmt.Printf("%q %x\n", Monday, Saturday)
}
