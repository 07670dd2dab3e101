package main

import (
	"fmt"
	"strings"
)

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Weekday int

const (
	Mon Weekday = iota + 1
	Tue
	Wed
)

var dayNames = [...]string{"", "Mon", "Tue", "Wed"}

func (d Weekday) String() string { return dayNames[d] }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "%.1f°C", float64(t))
	case 'f':
		p, ok := f.Precision()
		if !ok {
			p = 2
		}
		fmt.Fprintf(f, "%.*f", p, float64(t))
	default:
		fmt.Fprintf(f, "%%!%c(Temp)", verb)
	}
}

type Order struct {
	ID    int
	Total Money
	Day   Weekday
	Tags  []string
	Note  *string
}

func main() {
	prices := []Money{199, 5, -1250, 100000}
	fmt.Println(prices)
	fmt.Printf("%v|%d|%s|%q\n", prices[0], prices[0], prices[2], prices[1])
	fmt.Printf("%8v|%-8v|\n", Money(42), Money(7))
	fmt.Println(Tue, Wed+0, Weekday(1))
	fmt.Printf("%v %d %x %03d\n", Wed, Wed, Wed, Tue)

	p := Point{3, 4}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %v\n", p, p, &p)

	t := Temp(21.456)
	fmt.Printf("%v %s %f %.3f %d\n", t, t, t, t, t)

	note := "rush"
	o := Order{7, 2599, Mon, []string{"a", "b"}, &note}
	fmt.Printf("%v\n", strings.Replace(fmt.Sprintf("%v", o), fmt.Sprintf("%p", &note), "PTR", 1))
	fmt.Printf("%+v\n", Order{ID: 8, Total: 1, Day: Wed})
	fmt.Printf("%#v\n", Order{ID: 9, Tags: []string{"x"}})
	fmt.Printf("%T %T %T\n", o.Total, o.Day, t)
	fmt.Printf("%5.1f|%-7.2f|%e|%g\n", 3.14159, 2.5, 123456.789, 1e21)
	fmt.Printf("%x %X %o %b %c %U\n", 255, 255, 8, 5, 'G', 'é')
	fmt.Printf("%q %v %08.3f %+d\n", []string{"go", "lang"}, [2]bool{true}, -3.5, 5)
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%6s|%-6s|%.2s\n", "ab", "cd", "efgh")
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"z"})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	fmt.Println(fmt.Sprintln("x", 1) + "end")
}
