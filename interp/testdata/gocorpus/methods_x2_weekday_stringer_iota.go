// Exercises: an iota enum with a String method, arithmetic on the enum and %v/%d/%s printing.
package main

import "fmt"

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

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

func (d Weekday) Next() Weekday   { return (d + 1) % 7 }
func (d Weekday) IsWeekend() bool { return d == Saturday || d == Sunday }

func main() {
	fmt.Println(Monday, Saturday.Next(), Friday+1)
	fmt.Printf("%v %d %s %q\n", Wednesday, Wednesday, Wednesday, Wednesday)
	for d := Sunday; d <= Saturday; d++ {
		if d.IsWeekend() {
			fmt.Print(d, "* ")
		} else {
			fmt.Print(d, " ")
		}
	}
	fmt.Println()
	fmt.Println(Weekday(9), []Weekday{Tuesday, Thursday})
	m := map[Weekday]int{Monday: 8, Friday: 6}
	fmt.Println(m)
	fmt.Printf("%+v %#v\n", struct{ Day Weekday }{Sunday}, Tuesday)
}
