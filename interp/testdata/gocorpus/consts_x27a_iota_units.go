package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

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

func (d Weekday) String() string { return dayNames[d] }

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

const (
	a, b = iota, iota * 10
	c, d
	e, f = iota + 100, "x"
)

const huge = 1 << 100
const small = huge >> 98

const typedPi float32 = 3.14159265358979
const untypedPi = 3.14159265358979

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(ByteSize(1536), ByteSize(5*1024*1024*1024+12345))
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%v weekend=%t\n", d, d.Weekend())
	}
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(small, huge/(1<<90))
	fmt.Println(typedPi, untypedPi)
	fmt.Printf("%T %T\n", typedPi, untypedPi)
	var x uint8 = 200
	x += 100
	fmt.Println(x)
	const big = 'a' + 1.0
	fmt.Printf("%T %v\n", big, big)
	fmt.Println(7/2, 7/2.0, -7/2, -7%3, 7%-3)
}
