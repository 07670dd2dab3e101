package main

import "fmt"

type C float64
type F float64

func (c C) String() string { return fmt.Sprint(float64(c), "C") }
func (f F) String() string { return fmt.Sprint(float64(f), "F") }

func parse(s string) (fmt.Stringer, error) {
	if s == "c" {
		return C(1), nil
	}
	return F(2), nil
}

func main() {
	t, _ := parse("c")
	fmt.Printf("%T\n", t)
}
