// Exercises: var declarations, type inference, zero values, short declarations, multiple assignment, shadowing, the blank identifier
package main

import "fmt"

var greeting = "hello"

var (
	retries  int
	timeout  float64
	label    string
	verbose  bool
	cursor   *string
	history  []int
	registry map[string]bool
	notify   chan int
	handler  func()
	anything any
)

func coords() (float64, float64) { return 52.5, 13.4 }

func main() {
	var city string = "Lisbon"
	var population = 545_000
	var lat, lon = coords()
	fmt.Println(city, population, lat, lon)

	fmt.Printf("%v %v %q %v %v %v %v %v %v %v\n", retries, timeout, label, verbose, cursor, history, registry, notify, handler == nil, anything)
	fmt.Println(history == nil, len(registry), registry["x"])

	width, height := 4, 3
	area := width * height
	fmt.Printf("%d %T\n", area, area)

	ratio := 2.0 / 3
	letter := 'z'
	word := `raw\n`
	fmt.Printf("%.3f %T %c %T %s %d\n", ratio, ratio, letter, letter, word, len(word))

	width, height = height, width
	fmt.Println("rotated:", width, height)

	count, unit := 3, "apples"
	count, extra := 5, "pears"
	fmt.Println(count, unit, extra)

	level := 1
	if true {
		level := level + 10
		level *= 2
		fmt.Println("inner level:", level)
	}
	fmt.Println("outer level:", level)

	greeting := greeting + ", shadowed"
	fmt.Println(greeting)

	_, lonOnly := coords()
	var _ int = 99
	fmt.Println(lonOnly)

	var x, y, z = 1, "two", 3.0
	fmt.Printf("%T %T %T\n", x, y, z)
}
