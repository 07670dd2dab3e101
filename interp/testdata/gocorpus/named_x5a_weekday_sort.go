// Exercises: type Weekday int with a String method, sort.Slice on []Weekday, Weekday map keys and values in fmt, switch with multiple constants, comparisons with untyped constants.
package main

import (
	"fmt"
	"sort"
	"time"
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

func (d Weekday) String() string { return time.Weekday(d).String()[:3] }

func (d Weekday) Weekend() bool {
	switch d {
	case Saturday, Sunday:
		return true
	}
	return false
}

func main() {
	days := []Weekday{Friday, Monday, Sunday, Wednesday, Saturday}
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	fmt.Println(days)
	meetings := map[Weekday][]string{Monday: {"standup"}, Friday: {"demo", "retro"}}
	meetings[Tuesday] = append(meetings[Tuesday], "1:1")
	fmt.Println(meetings)
	for _, d := range days {
		fmt.Printf("%v=%d weekend=%t ", d, d, d.Weekend())
	}
	fmt.Println()
	d := Thursday
	d++
	fmt.Println(d, d == 5, d > Wednesday, d+1, Weekday(0), time.Weekday(d))
	count := map[bool]int{}
	for w := Sunday; w <= Saturday; w++ {
		count[w.Weekend()]++
	}
	fmt.Println(count)
	fmt.Printf("%s %q %x %v\n", Tuesday, Tuesday, Tuesday, []interface{}{Monday, 1})
}
