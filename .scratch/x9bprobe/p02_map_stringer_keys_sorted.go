package main

import "fmt"

type Day int

func (d Day) String() string { return [...]string{"zSun", "yMon", "xTue", "wWed"}[d] }

type Name string

func (n Name) String() string { return "~" + string(n) }

func main() {
	m := map[Day]int{0: 10, 1: 11, 2: 12, 3: 13}
	fmt.Println(m)
	n := map[Name]Day{"b": 1, "a": 2, "c": 0}
	fmt.Printf("%v %d\n", n, n)
}
