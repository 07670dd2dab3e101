// Exercises: iota with skips and expressions, typed constants with String method, bit flags, constants in arrays sizes
package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var parts []string
	for i, n := range []string{"r", "w", "x"} {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const N = len("four")

func main() {
	fmt.Println(Sunday, Monday, Thursday, Weekday(3))
	fmt.Printf("%v %d %s\n", Tuesday, Tuesday, Thursday)
	p := Read | Exec
	fmt.Println(p, p|Write, p&^Read, Perm(0) == 0)
	fmt.Printf("%v %d\n", []Perm{Read, Write | Exec}, Write)
	fmt.Println(KB, MB, GB/MB)
	var a [N]int
	fmt.Println(len(a), a)
}
