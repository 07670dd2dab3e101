package main

import "fmt"

type T struct{ a int }

func (t T) String() string { return "hi" }

type E struct{}

func (E) Error() string { return "boom" }

func main() {
	fmt.Printf("%x %X %q %5s| %-4v|\n", T{}, T{}, T{}, T{}, T{})
	fmt.Printf("%x %q %10v|\n", E{}, E{}, E{})
	fmt.Println(fmt.Sprintf("%08v", T{1}), fmt.Sprint(T{}, T{}), fmt.Sprint("a", T{}, 1, 2))
}
