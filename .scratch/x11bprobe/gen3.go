package main

import "fmt"

type Meters float64

func (m Meters) String() string { return "m" }

func T1[T any](x T) string { return fmt.Sprintf("%T %v", x, x) }

func T2[T any](x T) bool { _, ok := any(x).(fmt.Stringer); return ok }

func T3[T any](x T) bool { _, ok := any(x).(Meters); return ok }

func main() {
	fmt.Println(T1(Meters(2)))
	fmt.Println(T2(Meters(2)), T3(Meters(2)))
	var s fmt.Stringer = Meters(1)
	fmt.Println(T1(s))
}
