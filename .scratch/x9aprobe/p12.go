// Exercises: const iota expressions, typed constants, bit flags with String, skipped iota
package main

import (
	"fmt"
	"strings"
)

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
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func main() {
	p := Read | Exec
	fmt.Println(p, Read, Write|Exec, Perm(7), Perm(0))
	fmt.Printf("%v %d %08b %s\n", p, p, p, p)
	fmt.Println(KB, MB, GB, Thursday)
	fmt.Printf("%T %T\n", GB, Thursday)
}
