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

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

func (d Weekday) Next() Weekday { return (d + 1) % 7 }

type Size uint8

const (
	Small Size = 1 << iota
	Medium
	Large
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%d %-3v weekend=%t next=%s\n", d, d, d.Weekend(), d.Next())
	}
	fmt.Println(Weekday(9), Friday)
	fmt.Printf("%v %d %T %q\n", Tuesday, Tuesday, Tuesday, Tuesday)
	fmt.Println([]Weekday{Monday, Friday})
	schedule := map[Weekday]string{Monday: "math", Wednesday: "art", Friday: "gym"}
	fmt.Println(schedule)
	fmt.Println(Small, Medium, Large, Small|Large)
	fmt.Println(KB, MB, GB)
	switch d := Thursday; d {
	case Saturday, Sunday:
		fmt.Println("rest")
	case Friday:
		fmt.Println("almost")
	default:
		fmt.Println("work on", d)
	}
}
