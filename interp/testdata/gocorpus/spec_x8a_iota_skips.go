// Exercises: constant declarations - iota with blank skips, expressions and implicit repetition
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	_
	Wednesday
	_
	Friday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota * 2, iota*2 + 1
	c, d
	e, f
)

const (
	x = "s"
	y
	z = iota
	w
)

func main() {
	fmt.Println("weekday skips:", Sunday, Monday, Wednesday, Friday)
	fmt.Println("shifted sizes:", KB, MB, GB)
	fmt.Println("pairs per line:", a, b, c, d, e, f)
	fmt.Println("repeated string then iota:", x, y, z, w)
	fmt.Printf("type of Friday: %T\n", Friday)
}
