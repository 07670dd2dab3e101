package main

import "fmt"

type Meters float64

func (m Meters) String() string { return "m" }

func Show[T any](x T) string { return fmt.Sprintf("%T %v", x, x) }

func IsMeters[T any](x T) bool { _, ok := any(x).(Meters); return ok }

func main() {
	// go: main.Meters m true; gobackprop: float64 2 false
	fmt.Println(Show(Meters(2)), IsMeters(Meters(2)))
}
